/*
 * Copyright 2026 The SUGA for Java developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.suga.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handler's timings are read from its EMF records only, in order, one per invocation. */
class EmfRecordsTest {
  @Test
  void durationAndHaLatencyOfEachRecordInOrder(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("run.log");
    Files.writeString(
        log,
        String.join(
            "\n",
            "START RequestId: 1",
            "{\"timestamp\":\"2026-11-23T03:24:40.846Z\",\"level\":\"INFO\",\"message\":\"Duration\\\":99\"}",
            "{\"_aws\":{\"Metrics\":[{\"Name\":\"Duration\"}]},\"HttpDuration\":5,\"HaLatency\":27.5,\"Duration\":57.25}",
            "{\"_aws\":{\"Timestamp\":2},\"Service\":\"ha-bridge\",\"Duration\":0.125}",
            "{\"_aws\":{\"Timestamp\":3},\"Service\":\"ha-bridge\",\"Directives\":1}",
            "{\"_aws\":{\"Timestamp\":4},\"HaLatency\":1.5E-1,\"Duration\":1}",
            ""));

    assertEquals(
        List.of(
            new EmfRecords.Timing(57.25, 27.5),
            new EmfRecords.Timing(0.125, 0),
            new EmfRecords.Timing(1, 0.15)),
        EmfRecords.read(log),
        "a log line that only mentions Duration, a metric's name and a record without one are not invocations");
  }

  @Test
  void aLogWithoutRecordsOrWithBytesThatAreNotUtf8GivesNoTimingsAndNoFailure(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("run.log");
    Files.writeString(log, "hello\n");
    assertEquals(List.of(), EmfRecords.read(log));
    Files.write(
        log,
        new byte[] {
          (byte) 0xff,
          '\n',
          '{',
          '"',
          '_',
          'a',
          'w',
          's',
          '"',
          ':',
          '1',
          ',',
          '"',
          'D',
          'u',
          'r',
          'a',
          't',
          'i',
          'o',
          'n',
          '"',
          ':',
          '3',
          '}',
          '\n'
        });
    assertEquals(List.of(new EmfRecords.Timing(3, 0)), EmfRecords.read(log));
    Files.writeString(log, "{\"_aws\":1,\"Duration\":1.2.3}\n", StandardCharsets.UTF_8);
    assertEquals(
        List.of(), EmfRecords.read(log), "a number that does not parse: no timings for the run");
  }
}
