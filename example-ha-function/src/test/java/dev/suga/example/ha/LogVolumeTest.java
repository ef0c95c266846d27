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
package dev.suga.example.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.LambdaContext;
import dev.suga.core.testing.RawStandIn;
import dev.suga.core.testing.RawStandIn.Reply;
import dev.suga.example.ha.testing.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An identifier from an event is copied into every log line of its invocation: the audit's 555
 * events with a 100 KB messageId made 109 MB of 128 MB of logs. Logged ids are cut to 256
 * characters, so such an invocation writes a few small lines, as any other.
 */
class LogVolumeTest {
  private static final String HUGE = "x".repeat(100_000);
  private static final int MAX_LINE = 2_000;

  private RawStandIn home;
  private CoreFixture fixture;

  @BeforeEach
  void start() {
    home = RawStandIn.http();
    home.script(Reply.json(200, "{}"));
    fixture = CoreFixture.with(Map.of("HA_BASE_URL", home.baseUrl(), "LOG_LEVEL", "DEBUG"));
    Handler.reset();
  }

  @AfterEach
  void stop() {
    Handler.reset();
    fixture.close();
    home.close();
  }

  @Test
  void aHugeMessageIdIsCutInEveryLine() throws IOException {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", "Alexa.PowerController");
    header.put("name", "TurnOn");
    header.put("payloadVersion", "3");
    header.put("messageId", HUGE);
    header.put("correlationToken", "volume-correlation");
    invoke(
        Map.of(
            "directive",
            Map.of(
                "header",
                header,
                "endpoint",
                Map.of(
                    "scope",
                    Map.of("type", "BearerToken", "token", "volume-token-1d4f"),
                    "endpointId",
                    "light#kitchen"),
                "payload",
                Map.of())));
    assertSmallLines();
    assertTrue(
        fixture.logs("INFO").stream().anyMatch(r -> "x".repeat(256).equals(r.get("messageId"))),
        "the id is still there, cut");
  }

  @Test
  void aHugeSkillRequestIdIsCutInEveryLine() throws IOException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("type", "IntentRequest");
    request.put("requestId", HUGE);
    request.put("locale", "en-US");
    request.put(
        "intent",
        Map.of(
            "name",
            "AskHomeAssistantIntent",
            "slots",
            Map.of("query", Map.of("name", "query", "value", "turn on the kitchen"))));
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", "1.0");
    envelope.put(
        "session",
        Map.of(
            "new",
            true,
            "sessionId",
            "session",
            "user",
            Map.of("userId", "user", "accessToken", "volume-token-1d4f")));
    envelope.put("request", request);
    invoke(envelope);
    assertSmallLines();
  }

  private void assertSmallLines() {
    assertFalse(fixture.lines().isEmpty());
    for (String line : fixture.lines()) {
      assertTrue(line.length() < MAX_LINE, () -> "a line of " + line.length() + " characters");
    }
    assertEquals(
        0,
        fixture.lines().stream().filter(line -> line.contains("x".repeat(257))).count(),
        "no more than 256 characters of the id anywhere");
  }

  private static void invoke(Map<String, Object> event) throws IOException {
    new LambdaHandler()
        .handleRequest(
            new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(event)),
            new ByteArrayOutputStream(),
            LambdaContext.of("volume"));
  }
}
