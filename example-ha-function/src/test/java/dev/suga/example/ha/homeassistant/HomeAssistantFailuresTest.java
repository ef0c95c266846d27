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
package dev.suga.example.ha.homeassistant;

import static dev.suga.example.ha.homeassistant.HaFixture.OTHER_TOKEN;
import static dev.suga.example.ha.homeassistant.HaFixture.TOKEN;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.demo.DemoHomeAssistant.Failure;
import dev.suga.example.ha.homeassistant.HomeAssistantException.Kind;
import dev.suga.example.ha.json.JsonMaps;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Home Assistant failing in every way the function must survive: each becomes the right {@link
 * Kind}, the circuit opens on transport failures and 5xx (not on 4xx) and then spares Home
 * Assistant, and neither exceptions nor log lines ever carry the token.
 */
class HomeAssistantFailuresTest {
  private static final Map<String, Object> KITCHEN_ON = Map.of("entity_id", "light.kitchen");

  private HaFixture ha;

  @BeforeEach
  void start() {
    ha = new HaFixture();
  }

  @AfterEach
  void stop() {
    ha.close();
  }

  private static HomeAssistantException fails(Kind kind, Executable call) {
    HomeAssistantException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> assertThrows(HomeAssistantException.class, call));
    assertEquals(kind, e.kind(), e::getMessage);
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertFalse(
          message.contains(TOKEN) || message.contains(OTHER_TOKEN),
          "no token in any exception message");
    }
    return e;
  }

  private boolean logged(String fragment) {
    return ha.logLines().stream().anyMatch(line -> line.contains(fragment));
  }

  @Test
  void serverErrorIsBadResponse() {
    ha.demo.failNext(1, Failure.status(500, "{\"message\":\"boom\"}"));
    HomeAssistantException e =
        fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    assertTrue(e.getMessage().contains("500"), e.getMessage());
    assertEquals(1, ha.demo.requests().size());
    assertTrue(logged("answered 500"), "failures are logged (and the log is checked for tokens)");
    assertEquals(
        "closed",
        Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY),
        "one failure is below the threshold of 2");
  }

  @Test
  void refusedTokenIsUnauthorized() {
    fails(Kind.UNAUTHORIZED, () -> Gateway.homeAssistantState(OTHER_TOKEN, "light.kitchen"));
    fails(
        Kind.UNAUTHORIZED,
        () -> Gateway.homeAssistantCallService(OTHER_TOKEN, "light", "turn_off", KITCHEN_ON));
    assertEquals("on", ha.demo.state("light.kitchen").get("state"));
    ha.demo.failNext(1, Failure.status(403));
    fails(Kind.UNAUTHORIZED, () -> Gateway.homeAssistantAllStates(TOKEN));
  }

  @Test
  void notFoundFromHomeAssistant() {
    ha.demo.failNext(1, Failure.status(404));
    fails(
        Kind.NOT_FOUND,
        () -> Gateway.homeAssistantCallService(TOKEN, "light", "turn_on", KITCHEN_ON));
  }

  @Test
  void malformedJsonIsBadResponse() {
    ha.demo.failNext(3, Failure.MALFORMED_JSON);
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantAllStates(TOKEN));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantConversation(TOKEN, "hello", null, "en"));
    assertEquals(
        "closed",
        Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY),
        "a garbled answer still proves Home Assistant is up");
  }

  @Test
  void wrongJsonShapeIsBadResponse() {
    ha.demo.failNext(1, Failure.status(200, "{\"not\":\"a list\"}"));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantAllStates(TOKEN));
    ha.demo.failNext(1, Failure.status(200, "\"just text\""));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantAreaEntities(TOKEN, "kitchen"));
  }

  @Test
  void slowAnswerBeyondTheReadTimeoutIsUnreachable() {
    ha.set("HA_READ_TIMEOUT_MS", "300");
    ha.demo.failNext(1, Failure.slow(3_000));
    HomeAssistantException e =
        fails(Kind.UNREACHABLE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    assertTrue(e.getMessage().contains("timeout"), e.getMessage());
    assertEquals(1, ha.demo.requests().size());
  }

  @Test
  void slowReadsAreRetriedButServiceCallsAreNever() {
    ha.set("HA_READ_TIMEOUT_MS", "300");
    ha.set("HA_MAX_RETRIES", "2");
    ha.demo.failNext(1, Failure.slow(3_000));
    assertEquals("on", Gateway.homeAssistantState(TOKEN, "light.kitchen").get("state"));
    assertEquals(2, ha.demo.requests().size(), "the GET was sent again after the timeout");
    ha.demo.clearRequests();

    ha.demo.failNext(1, Failure.slow(3_000));
    fails(
        Kind.UNREACHABLE,
        () ->
            Gateway.homeAssistantCallService(
                TOKEN, "switch", "toggle", Map.of("entity_id", "switch.coffee_maker")));
    assertEquals(
        1, ha.demo.requests().size(), "a service call is not idempotent: never sent twice");
  }

  @Test
  void droppedConnectionIsUnreachableAndAServiceCallIsNotRepeated() {
    ha.demo.failNext(1, Failure.DROP_CONNECTION);
    fails(
        Kind.UNREACHABLE,
        () -> Gateway.homeAssistantCallService(TOKEN, "light", "turn_off", KITCHEN_ON));
    assertEquals(1, ha.demo.requests().size());
    assertEquals("on", ha.demo.state("light.kitchen").get("state"));
  }

  @Test
  void droppedConnectionOnReadsIsUnreachable() {
    // The JDK re-sends a GET once by itself when the connection drops: drop every attempt.
    ha.demo.failNext(10, Failure.DROP_CONNECTION);
    fails(Kind.UNREACHABLE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    assertTrue(
        ha.demo.requests().stream().allMatch(r -> r.path().equals("/api/states/light.kitchen")));
  }

  @Test
  void serverDownIsUnreachable() {
    ha.demo.close();
    HomeAssistantException e =
        fails(Kind.UNREACHABLE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    assertTrue(e.getMessage().contains("connect"), e.getMessage());
    assertFalse(Gateway.homeAssistantPing(TOKEN), "ping answers false rather than throwing");
  }

  @Test
  void circuitOpensAfterRepeatedFailuresAndThenSparesHomeAssistant() {
    ha.demo.failNext(2, Failure.status(500));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantAllStates(TOKEN));
    assertEquals("open", Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY));
    ha.demo.clearRequests();

    HomeAssistantException open =
        fails(
            Kind.UNREACHABLE,
            () -> Gateway.homeAssistantCallService(TOKEN, "light", "turn_off", KITCHEN_ON));
    assertTrue(open.getMessage().contains("circuit open"), open.getMessage());
    assertFalse(Gateway.homeAssistantPing(TOKEN));
    assertEquals(List.of(), ha.demo.requests(), "an open circuit does not call Home Assistant");
    assertEquals("on", ha.demo.state("light.kitchen").get("state"));
    String metrics = Gateway.metricsFlush("circuit-test");
    assertNotNull(metrics);
    assertTrue(metrics.contains("\"CircuitOpen\""), metrics);
  }

  @Test
  void circuitOpensWhenHomeAssistantIsDown() {
    ha.demo.close();
    fails(Kind.UNREACHABLE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    fails(Kind.UNREACHABLE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    HomeAssistantException open =
        fails(Kind.UNREACHABLE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    assertTrue(open.getMessage().contains("circuit open"), open.getMessage());
  }

  @Test
  void clientErrorsDoNotOpenTheCircuit() {
    for (int i = 0; i < 3; i++) {
      fails(Kind.NOT_FOUND, () -> Gateway.homeAssistantState(TOKEN, "light.nowhere"));
      fails(Kind.UNAUTHORIZED, () -> Gateway.homeAssistantState(OTHER_TOKEN, "light.kitchen"));
      fails(
          Kind.REJECTED,
          () ->
              Gateway.homeAssistantCallService(
                  TOKEN,
                  "light",
                  "turn_on",
                  Map.of("entity_id", "light.kitchen", "brightness", 999)));
    }
    assertEquals("closed", Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY));
    assertEquals(9, ha.demo.requests().size());
  }

  @Test
  void circuitClosesAgainWhenATrialCallSucceeds() {
    ha.set("CIRCUIT_OPEN_SECONDS", "3600"); // no real-clock race: open until the test says so
    ha.demo.failNext(2, Failure.status(500));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    fails(Kind.BAD_RESPONSE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    fails(Kind.UNREACHABLE, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    ha.set("CIRCUIT_OPEN_SECONDS", "0"); // the open period has passed
    assertEquals(
        "light.kitchen", Gateway.homeAssistantState(TOKEN, "light.kitchen").get("entity_id"));
    assertEquals("closed", Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY));
  }

  @Test
  void gatewayErrorsFromAProxyMeanUnreachable() {
    for (int status : new int[] {502, 503, 504}) {
      ha.demo.failNext(1, Failure.status(status));
      fails(
          Kind.UNREACHABLE,
          () ->
              Gateway.homeAssistantCallService(
                  TOKEN, "light", "turn_on", Map.of("entity_id", "light.kitchen")));
      Gateway.circuitBreakerReset(HomeAssistantRest.DEPENDENCY);
    }
  }

  @Test
  void missingConfigurationIsNotConfigured() {
    ha.set("HA_BASE_URL", null);
    fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantState(TOKEN, "light.kitchen"));
    fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantPing(TOKEN));
    ha.set("HA_BASE_URL", "ftp://127.0.0.1:1");
    fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantAllStates(TOKEN));
    ha.set("HA_BASE_URL", "http://");
    fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantAllStates(TOKEN));
    ha.set("HA_BASE_URL", ha.demo.baseUrl().replace("http://", "http://admin:secret@"));
    HomeAssistantException withCredentials =
        fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantAllStates(TOKEN));
    assertFalse(withCredentials.getMessage().contains("secret"), withCredentials::getMessage);
    assertTrue(ha.demo.requests().isEmpty(), "a URL with credentials is never used");
    ha.set("HA_BASE_URL", ha.demo.baseUrl() + "/?x=1");
    HomeAssistantException withQuery =
        fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantAllStates(TOKEN));
    assertEquals(
        HomeAssistantUrl.fromConfig().problem(),
        withQuery.getMessage(),
        "the rule initialization reports with");
    ha.set("HA_BASE_URL", ha.demo.baseUrl() + "/");
    fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantAllStates(null));
    fails(Kind.NOT_CONFIGURED, () -> Gateway.homeAssistantAllStates(" "));
    assertEquals(List.of(), ha.demo.requests());
    assertEquals("closed", Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY));
    assertEquals(
        29,
        Gateway.homeAssistantAllStates(TOKEN).size(),
        "a trailing slash in HA_BASE_URL is fine");
    assertEquals("/api/states", ha.demo.requests().get(0).path());
  }

  @Test
  void failuresInTheMiddleOfAConversationKeepNoTokenInLogs() {
    ha.demo.failNext(1, Failure.status(500));
    ha.demo.failNext(1, Failure.DROP_CONNECTION);
    fails(
        Kind.BAD_RESPONSE,
        () -> Gateway.homeAssistantConversation(TOKEN, "hi " + TOKEN, null, "en"));
    fails(
        Kind.UNREACHABLE,
        () ->
            Gateway.homeAssistantForwardSmartHome(
                TOKEN,
                ("{\"directive\":{\"endpoint\":{\"scope\":{\"token\":\"" + TOKEN + "\"}}}}")
                    .getBytes(UTF_8)));
    assertTrue(ha.logLines().size() >= 2, "both failures were logged");
    Gateway.circuitBreakerReset(HomeAssistantRest.DEPENDENCY); // two failures opened it
    assertEquals(
        "You said: hello",
        JsonMaps.string(Gateway.homeAssistantConversation(TOKEN, "hello", null, null), "speech"));
  }
}
