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

import dev.suga.example.ha.demo.DemoEvents;
import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.Handler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handler's own job: recognise the event, hand it to the gateway, never throw. */
class LambdaHandlerTest {
  private static final String TOKEN = "handler-test-token-7f3a";
  private static final String DIAGNOSTICS = "diagnostics-secret-91bc";

  private DemoHomeAssistant home;
  private Handler handler;
  private final DemoEvents events = new DemoEvents();

  @BeforeEach
  void start() {
    home = DemoHomeAssistant.start(TOKEN);
    handler =
        Handler.with(
            Map.of(
                "HA_BASE_URL",
                home.baseUrl(),
                "DIAGNOSTICS_TOKEN",
                DIAGNOSTICS,
                "HA_TOKEN",
                TOKEN));
  }

  @AfterEach
  void stop() {
    handler.close();
    home.close();
  }

  @Test
  void aTurnOnNeverBuildsTheDiscoveryMachinery() {
    Gateway.releaseAll();
    Map<String, Object> response =
        handler.invoke(
            events.directive(
                "Alexa.PowerController",
                "TurnOn",
                "switch#coffee_maker",
                TOKEN,
                DemoEvents.none()));
    assertEquals(
        "Response", JsonMaps.string(response, "event", "header", "name"), response::toString);
    Set<String> loaded =
        Gateway.loadedInterfaces().stream().map(Gateway.Interface::id).collect(Collectors.toSet());
    assertFalse(loaded.contains("alexa_discovery"), loaded::toString);
    assertFalse(loaded.contains("alexa_skill"), loaded::toString);
    assertFalse(loaded.contains("debug"), loaded::toString);
    assertTrue(loaded.contains("alexa") && loaded.contains("home_assistant"), loaded::toString);

    handler.invoke(events.discover(TOKEN));
    assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA_DISCOVERY));
  }

  @Test
  void unrecognisedEventsGetAWellFormedErrorResponse() {
    Map<String, Object> response = handler.invoke(Map.of("hello", "world"));
    assertEquals("ErrorResponse", JsonMaps.string(response, "event", "header", "name"));
    assertEquals("INVALID_DIRECTIVE", JsonMaps.string(response, "event", "payload", "type"));
  }

  @Test
  void malformedTruncatedAndOversizedEventsGetInvalidDirective() {
    byte[] valid =
        JsonMaps.write(
            events.directive(
                "Alexa.PowerController", "TurnOn", "light#kitchen", TOKEN, DemoEvents.none()));
    byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
    byte[] oversized = new byte[LambdaHandler.MAX_EVENT_BYTES + 10];
    Arrays.fill(oversized, (byte) ' ');
    for (byte[] event :
        List.of("not json".getBytes(StandardCharsets.UTF_8), truncated, oversized, new byte[0])) {
      Map<String, Object> response = JsonMaps.parseObject(handler.invokeRaw(event));
      assertEquals(
          "INVALID_DIRECTIVE",
          JsonMaps.string(response, "event", "payload", "type"),
          response::toString);
    }
    assertTrue(home.requests().isEmpty(), "a bad event never reaches Home Assistant");
  }

  /**
   * Jackson's own message would quote the unquoted token ("Unrecognized token '...'"): neither the
   * answer nor a log line may.
   */
  @Test
  void aMalformedEventsTokenIsNeitherAnsweredNorLogged() {
    String token = "unquotedBearerToken7f3a"; // one word: Jackson would quote all of it
    byte[] event =
        ("{\"directive\":{\"endpoint\":{\"scope\":{\"type\":\"BearerToken\",\"token\":"
                + token
                + "}}}}")
            .getBytes(StandardCharsets.UTF_8);
    String answer = new String(handler.invokeRaw(event), StandardCharsets.UTF_8);
    assertTrue(answer.contains("INVALID_DIRECTIVE"), answer);
    assertFalse(answer.contains(token), answer);
    for (String line : handler.logLines()) {
      assertFalse(line.contains(token), line);
    }
  }

  @Test
  void healthReportsComponentsAndHomeAssistantReachability() {
    Map<String, Object> response = handler.invoke(events.http("GET", "/health", Map.of()));
    assertEquals(200L, response.get("statusCode"), response::toString);
    Map<String, Object> body =
        JsonMaps.parseObject(((String) response.get("body")).getBytes(StandardCharsets.UTF_8));
    assertEquals("ok", body.get("status"));
    assertEquals("reachable", JsonMaps.string(body, "components", "home_assistant"));
    int probes = home.requests().size();
    handler.invoke(events.http("GET", "/health", Map.of()));
    assertEquals(probes, home.requests().size(), "reachability is cached briefly");

    home.close();
    Handler.reset();
    Map<String, Object> down = handler.invoke(events.http("GET", "/health", Map.of()));
    assertEquals(503L, down.get("statusCode"), down::toString);
  }

  @Test
  void diagnosticsAreRefusedWithoutTheConfiguredToken() {
    Map<String, Object> none = handler.invoke(events.http("GET", "/diagnostics", Map.of()));
    assertEquals(401L, none.get("statusCode"));
    Map<String, Object> wrong =
        handler.invoke(events.http("GET", "/diagnostics", Map.of("authorization", "Bearer nope")));
    assertEquals(401L, wrong.get("statusCode"));
    Map<String, Object> right =
        handler.invoke(
            events.http("GET", "/diagnostics", Map.of("Authorization", "Bearer " + DIAGNOSTICS)));
    assertEquals(200L, right.get("statusCode"), right::toString);
    Map<String, Object> body =
        JsonMaps.parseObject(((String) right.get("body")).getBytes(StandardCharsets.UTF_8));
    for (String key :
        List.of(
            "loadedInterfaces",
            "modules",
            "operations",
            "cacheEntries",
            "circuitBreaker",
            "freeTier")) {
      assertTrue(body.containsKey(key), key + " in " + body);
    }
    assertFalse(right.get("body").toString().contains(DIAGNOSTICS));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> operations = (List<Map<String, Object>>) body.get("operations");
    assertFalse(operations.isEmpty(), body::toString);
    for (Map<String, Object> operation : operations) {
      long timed = ((Number) operation.get("timedCalls")).longValue();
      assertEquals(timed > 0, operation.containsKey("meanMicros"), operation::toString);
      assertEquals(timed > 0, operation.containsKey("maxMicros"), operation::toString);
    }
  }

  @Test
  void diagnosticsAreDisabledWhenNoTokenIsConfigured() {
    handler.close();
    handler = Handler.with(Map.of("HA_BASE_URL", home.baseUrl()));
    Map<String, Object> response =
        handler.invoke(
            events.http("GET", "/diagnostics", Map.of("authorization", "Bearer anything")));
    assertEquals(403L, response.get("statusCode"));
  }

  @Test
  void noTokenReachesTheLogs() {
    handler.invoke(
        events.directive(
            "Alexa.PowerController", "TurnOn", "light#kitchen", TOKEN, DemoEvents.none()));
    handler.invoke(
        events.directive(
            "Alexa.PowerController",
            "TurnOn",
            "light#kitchen",
            "wrong-token-55aa",
            DemoEvents.none()));
    handler.invoke(
        events.http("GET", "/diagnostics", Map.of("authorization", "Bearer " + DIAGNOSTICS)));
    List<String> lines = handler.logLines();
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      assertFalse(
          line.contains(TOKEN) || line.contains("wrong-token-55aa") || line.contains(DIAGNOSTICS),
          line);
    }
  }
}
