package dev.suga.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The function's own time is read from its EMF records only, in order, one per invocation. */
class EmfRecordsTest {
  @Test
  void durationMinusHaLatencyOfEachRecordInOrder(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("run.log");
    Files.writeString(log, String.join("\n",
        "START RequestId: 1",
        "{\"timestamp\":\"2026-11-23T03:24:40.846Z\",\"level\":\"INFO\",\"message\":\"Duration\\\":99\"}",
        "{\"_aws\":{\"Timestamp\":1},\"Service\":\"ha-bridge\",\"HaLatency\":27.5,\"Duration\":57.25}",
        "{\"_aws\":{\"Timestamp\":2},\"Service\":\"ha-bridge\",\"Duration\":0.125}",
        "{\"_aws\":{\"Timestamp\":3},\"Service\":\"ha-bridge\",\"Directives\":1}",
        "{\"_aws\":{\"Timestamp\":4},\"HaLatency\":1.5E-1,\"Duration\":1}",
        ""));

    assertEquals(List.of(29.75, 0.125, 0.85), EmfRecords.ownTimeMs(log),
        "a log line that only mentions Duration and a record without one are not invocations");
  }

  @Test
  void noRecordsNoTimes(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("run.log");
    Files.writeString(log, "hello\n");
    assertEquals(List.of(), EmfRecords.ownTimeMs(log));
  }
}
