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
package dev.suga.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingCoreTest {
  private static final String TOKEN = "configured-long-lived-token";
  private final CoreFixture fixture = CoreFixture.with(Map.of("LOGGING_TEST_TOKEN", TOKEN));

  LoggingCoreTest() {
    CoreGateway.securityRegisterSecretSetting(
        "LOGGING_TEST_TOKEN"); // as the example registers HA_TOKEN
  }

  @AfterEach
  void restore() {
    CoreGateway.loggingClearCorrelation();
    fixture.close();
  }

  @Test
  void writesOneJsonObjectPerRecordWithCorrelationIds() {
    CoreGateway.loggingCorrelate("req-1", "msg-1");
    CoreGateway.loggingInfo("hello");
    List<String> lines = fixture.lines();
    assertEquals(1, lines.size());
    assertFalse(lines.get(0).contains("\n"));
    Map<String, Object> record = fixture.records().get(0);
    assertEquals(
        List.of("timestamp", "level", "message", "requestId", "messageId"),
        List.copyOf(record.keySet()));
    assertEquals("INFO", record.get("level"));
    assertEquals("hello", record.get("message"));
    assertEquals("req-1", record.get("requestId"));
    assertEquals("msg-1", record.get("messageId"));
    assertTrue(
        ((String) record.get("timestamp"))
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
  }

  /**
   * Ids come from events: a 100 KB messageId was copied into every line of its invocation (the
   * audit's log amplification). At most 256 characters are, and never half a surrogate pair.
   */
  @Test
  void longCorrelationIdsAreCut() {
    CoreGateway.loggingCorrelate("r".repeat(300), "m".repeat(100_000));
    CoreGateway.loggingInfo("one");
    CoreGateway.loggingInfo("two");
    for (Map<String, Object> record : fixture.records()) {
      assertEquals("r".repeat(256), record.get("requestId"));
      assertEquals("m".repeat(256), record.get("messageId"));
    }
    assertTrue(fixture.lines().stream().allMatch(line -> line.length() < 1_000));
    String smile = "\uD83D\uDE00";
    CoreGateway.loggingCorrelate("req", "m".repeat(255) + smile);
    CoreGateway.loggingInfo("three");
    assertEquals("m".repeat(255), fixture.records().get(2).get("messageId"));
  }

  @Test
  void longMessagesAreCutSayingHowMuch() {
    CoreGateway.loggingWarn("x".repeat(LoggingCore.MAX_MESSAGE_LENGTH + 1_000));
    String message = (String) fixture.records().get(0).get("message");
    assertEquals(
        "x".repeat(LoggingCore.MAX_MESSAGE_LENGTH) + "... (1000 more characters)", message);
  }

  @Test
  void clearedCorrelationLeavesTheIdsOut() {
    CoreGateway.loggingCorrelate("req-1", "msg-1");
    CoreGateway.loggingClearCorrelation();
    CoreGateway.loggingWarn("after");
    Map<String, Object> record = fixture.records().get(0);
    assertNull(record.get("requestId"));
    assertNull(record.get("messageId"));
    assertEquals("WARN", record.get("level"));
  }

  @Test
  void levelFiltersAndIsReadOnEachRecord() {
    CoreGateway.loggingDebug("hidden at INFO");
    assertTrue(fixture.lines().isEmpty());
    fixture.set("LOG_LEVEL", "debug");
    CoreGateway.loggingDebug("shown at DEBUG");
    fixture.set("LOG_LEVEL", "ERROR");
    CoreGateway.loggingInfo("hidden at ERROR");
    CoreGateway.loggingWarn("hidden at ERROR");
    CoreGateway.loggingError("shown at ERROR", null);
    fixture.set("LOG_LEVEL", "nonsense");
    CoreGateway.loggingInfo("INFO is the fallback");
    CoreGateway.loggingDebug("hidden");
    List<Object> messages = fixture.records().stream().map(r -> r.get("message")).toList();
    assertEquals(List.of("shown at DEBUG", "shown at ERROR", "INFO is the fallback"), messages);
  }

  @Test
  void errorsCarryClassAndRedactedMessageButNoStackTrace() {
    IOException cause = new IOException("server said Bearer " + TOKEN);
    CoreGateway.loggingError(
        "call failed for " + TOKEN, new IllegalStateException("wrapped " + TOKEN, cause));
    String line = fixture.lines().get(0);
    assertFalse(line.contains(TOKEN), line);
    assertFalse(line.contains("\tat "), line);
    assertFalse(line.contains("LoggingCoreTest"), line);
    Map<String, Object> record = fixture.records().get(0);
    assertEquals("ERROR", record.get("level"));
    assertEquals("call failed for <redacted>", record.get("message"));
    assertEquals(
        "java.lang.IllegalStateException: wrapped <redacted> (caused by java.io.IOException: server said"
            + " Bearer <redacted>)",
        record.get("error"));
  }

  @Test
  void nullMessageIsLoggedAsEmpty() {
    CoreGateway.loggingInfo(null);
    assertEquals("", fixture.records().get(0).get("message"));
  }

  @Test
  void messagesAreEscapedIntoValidJson() {
    CoreGateway.loggingInfo("quote \" backslash \\ newline \n tab \t unicode \u00e9");
    assertEquals(
        "quote \" backslash \\ newline \n tab \t unicode \u00e9",
        fixture.records().get(0).get("message"));
    assertFalse(fixture.lines().get(0).contains("\n"));
  }

  /** jackson-core's escapes, as the example function's own JSON has them. */
  @Test
  void escapesAreJacksonCoresAsBefore() {
    CoreGateway.loggingCorrelate("req-\"1", null);
    CoreGateway.loggingWarn("tab\tcontrol\u0001 slash / \u00e9");
    String line = fixture.lines().get(0);
    String fromTimestamp = line.substring(line.indexOf(",\"level\""));
    assertEquals(
        ",\"level\":\"WARN\",\"message\":\"tab\\tcontrol\\u0001 slash / \u00e9\","
            + "\"requestId\":\"req-\\\"1\"}",
        fromTimestamp);
  }

  /**
   * The writer-based generator takes any String: a lone surrogate from a hostile input does not
   * break logging.
   */
  @Test
  void aLoneSurrogateIsLoggedNotThrown() {
    CoreGateway.loggingInfo("half \ud83d of an emoji");
    assertEquals(1, fixture.lines().size());
  }
}
