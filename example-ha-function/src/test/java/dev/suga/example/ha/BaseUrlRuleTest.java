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
import dev.suga.core.testing.TestJson;
import dev.suga.example.ha.testing.AlexaSchema;
import dev.suga.example.ha.testing.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One rule for HA_BASE_URL everywhere: the start-up check, every directive and the {@code /health}
 * probe refuse the same values, and a password in it never reaches a log line. (The audit found the
 * probe calling, and logging, {@code http://admin:hunter2pw@...}, and reporting "reachable" for a
 * URL with a query that every directive refused as not configured.)
 */
class BaseUrlRuleTest {
  private static final String TOKEN = "base-url-token-5e8c0a";
  private static final String PASSWORD = "hunter2pw";
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawStandIn home;

  @BeforeEach
  void start() {
    home = RawStandIn.http();
    home.script(Reply.json(200, "{\"message\":\"API running.\"}"));
  }

  @AfterEach
  void stop() {
    home.close();
    Handler.reset();
  }

  private List<String> refusedUrls() {
    String hostPort = "127.0.0.1:" + home.port();
    return List.of(
        "http://admin:" + PASSWORD + "@" + hostPort,
        "http://admin:" + PASSWORD + "@" + hostPort + "/",
        "http://" + PASSWORD + "@" + hostPort,
        "admin:" + PASSWORD + "@" + hostPort,
        "http://" + hostPort + "/?x=1",
        "http://" + hostPort + "#fragment",
        "ftp://" + hostPort);
  }

  @Test
  void healthDirectivesAndTheStartUpCheckRefuseTheSameUrls() throws IOException {
    for (String url : refusedUrls()) {
      CoreFixture fixture = CoreFixture.with(Map.of("HA_BASE_URL", url, "LOG_LEVEL", "DEBUG"));
      try {
        Handler.reset();
        List<String> problems = new ArrayList<>();
        BridgeSetup.check().check(problems);
        assertEquals(1, problems.size(), url + ": " + problems);

        Map<String, Object> health = TestJson.parseObject(invoke(healthEvent()));
        assertEquals(503L, ((Number) health.get("statusCode")).longValue(), url);
        Map<String, Object> body = TestJson.parseObject((String) health.get("body"));
        assertEquals("not configured", TestJson.at(body, "components", "home_assistant"), url);

        String answer = invoke(turnOn());
        assertEquals(
            "INTERNAL_ERROR",
            TestJson.at(TestJson.parseObject(answer), "event", "payload", "type"),
            url);
        AlexaSchema.assertValid(answer);

        List<String> texts = new ArrayList<>(fixture.lines());
        texts.addAll(problems);
        texts.add(answer);
        texts.add((String) health.get("body"));
        for (String text : texts) {
          assertFalse(text.contains(PASSWORD), () -> "the password in: " + text);
        }
      } finally {
        fixture.close();
      }
    }
    assertTrue(home.received().isEmpty(), "a refused URL is never called: " + home.received());
  }

  @Test
  void theProbeUsesTheSameBaseAsTheRequests() throws IOException {
    CoreFixture fixture =
        CoreFixture.with(Map.of("HA_BASE_URL", "http://127.0.0.1:" + home.port() + "///"));
    try {
      Handler.reset();
      Map<String, Object> health = TestJson.parseObject(invoke(healthEvent()));
      assertEquals(200L, ((Number) health.get("statusCode")).longValue(), health::toString);
      assertEquals("/api/", home.received().get(0).path());
      assertEquals(null, home.received().get(0).header("Authorization"), "no token in a probe");
    } finally {
      fixture.close();
    }
  }

  private static Map<String, Object> healthEvent() {
    return Map.of(
        "version",
        "2.0",
        "rawPath",
        "/health",
        "headers",
        Map.of(),
        "requestContext",
        Map.of("http", Map.of("method", "GET", "path", "/health")));
  }

  private static Map<String, Object> turnOn() {
    return Map.of(
        "directive",
        Map.of(
            "header",
            Map.of(
                "namespace",
                "Alexa.PowerController",
                "name",
                "TurnOn",
                "payloadVersion",
                "3",
                "messageId",
                "base-url-message",
                "correlationToken",
                "base-url-correlation"),
            "endpoint",
            Map.of(
                "scope",
                Map.of("type", "BearerToken", "token", TOKEN),
                "endpointId",
                "light#kitchen"),
            "payload",
            Map.of()));
  }

  private static String invoke(Map<String, Object> event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LambdaHandler()
        .handleRequest(
            new ByteArrayInputStream(JSON.writeValueAsBytes(event)),
            out,
            LambdaContext.of("base-url"));
    return out.toString(StandardCharsets.UTF_8);
  }
}
