package dev.suga.example.ha.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingCoreTest {
  private static final String TOKEN = "configured-long-lived-token";
  private final PlatformFixture fixture = PlatformFixture.with(Map.of("HA_TOKEN", TOKEN));

  @AfterEach
  void restore() {
    Gateway.loggingClearCorrelation();
    fixture.close();
  }

  @Test
  void writesOneJsonObjectPerRecordWithCorrelationIds() {
    Gateway.loggingCorrelate("req-1", "msg-1");
    Gateway.loggingInfo("hello");
    List<String> lines = fixture.lines();
    assertEquals(1, lines.size());
    assertFalse(lines.get(0).contains("\n"));
    Map<String, Object> record = fixture.records().get(0);
    assertEquals(List.of("timestamp", "level", "message", "requestId", "messageId"), List.copyOf(record.keySet()));
    assertEquals("INFO", record.get("level"));
    assertEquals("hello", record.get("message"));
    assertEquals("req-1", record.get("requestId"));
    assertEquals("msg-1", record.get("messageId"));
    assertTrue(((String) record.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
  }

  @Test
  void clearedCorrelationLeavesTheIdsOut() {
    Gateway.loggingCorrelate("req-1", "msg-1");
    Gateway.loggingClearCorrelation();
    Gateway.loggingWarn("after");
    Map<String, Object> record = fixture.records().get(0);
    assertNull(record.get("requestId"));
    assertNull(record.get("messageId"));
    assertEquals("WARN", record.get("level"));
  }

  @Test
  void levelFiltersAndIsReadOnEachRecord() {
    Gateway.loggingDebug("hidden at INFO");
    assertTrue(fixture.lines().isEmpty());
    fixture.set("LOG_LEVEL", "debug");
    Gateway.loggingDebug("shown at DEBUG");
    fixture.set("LOG_LEVEL", "ERROR");
    Gateway.loggingInfo("hidden at ERROR");
    Gateway.loggingWarn("hidden at ERROR");
    Gateway.loggingError("shown at ERROR", null);
    fixture.set("LOG_LEVEL", "nonsense");
    Gateway.loggingInfo("INFO is the fallback");
    Gateway.loggingDebug("hidden");
    List<Object> messages = fixture.records().stream().map(r -> r.get("message")).toList();
    assertEquals(List.of("shown at DEBUG", "shown at ERROR", "INFO is the fallback"), messages);
  }

  @Test
  void errorsCarryClassAndRedactedMessageButNoStackTrace() {
    IOException cause = new IOException("server said Bearer " + TOKEN);
    Gateway.loggingError("call failed for " + TOKEN, new IllegalStateException("wrapped " + TOKEN, cause));
    String line = fixture.lines().get(0);
    assertFalse(line.contains(TOKEN), line);
    assertFalse(line.contains("\tat "), line);
    assertFalse(line.contains("LoggingCoreTest"), line);
    Map<String, Object> record = fixture.records().get(0);
    assertEquals("ERROR", record.get("level"));
    assertEquals("call failed for <redacted>", record.get("message"));
    assertEquals("java.lang.IllegalStateException: wrapped <redacted> (caused by java.io.IOException: server said"
        + " Bearer <redacted>)", record.get("error"));
  }

  @Test
  void nullMessageIsLoggedAsEmpty() {
    Gateway.loggingInfo(null);
    assertEquals("", fixture.records().get(0).get("message"));
  }

  @Test
  void messagesAreEscapedIntoValidJson() {
    Gateway.loggingInfo("quote \" backslash \\ newline \n tab \t unicode \u00e9");
    assertEquals("quote \" backslash \\ newline \n tab \t unicode \u00e9", fixture.records().get(0).get("message"));
    assertFalse(fixture.lines().get(0).contains("\n"));
  }
}
