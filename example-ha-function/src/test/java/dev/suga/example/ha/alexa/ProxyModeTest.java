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
package dev.suga.example.ha.alexa;

import static dev.suga.example.ha.alexa.AlexaFixture.Request.post;
import static dev.suga.example.ha.alexa.AlexaFixture.assertError;
import static dev.suga.example.ha.alexa.AlexaFixture.directive;
import static dev.suga.example.ha.alexa.AlexaFixture.name;
import static dev.suga.example.ha.alexa.AlexaFixture.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.demo.DemoHomeAssistant.Failure;
import dev.suga.example.ha.json.JsonMaps;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HA_MODE=proxy: the directive goes unchanged to Home Assistant's /api/alexa/smart_home with its
 * own token, the answer comes back unchanged; failures become the same errors as in native mode.
 */
class ProxyModeTest {
  private static final String SMART_HOME = "/api/alexa/smart_home";

  private AlexaFixture fixture;

  @BeforeEach
  void start() {
    fixture =
        AlexaFixture.start(
            Map.of(
                "HA_MODE",
                "proxy",
                "CIRCUIT_FAILURE_THRESHOLD",
                "2",
                "CIRCUIT_OPEN_SECONDS",
                "30"));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void aDirectiveIsForwardedUnchanged() {
    Map<String, Object> turnOn =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    Map<String, Object> response = fixture.invoke(turnOn);
    fixture.assertRequests(post(SMART_HOME, turnOn));
    assertEquals("Response", name(response));
    assertEquals(
        JsonMaps.string(turnOn, "directive", "header", "correlationToken"),
        JsonMaps.string(response, "event", "header", "correlationToken"));
    assertEquals("ON", property(response, "Alexa.PowerController", "powerState"));
    assertFalse(Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA_DISCOVERY));
  }

  @Test
  void discoveryAndAcceptGrantUseTheirPayloadTokens() {
    Map<String, Object> discover = AlexaFixture.discover(AlexaFixture.TOKEN);
    Map<String, Object> response = fixture.invoke(discover);
    assertEquals("Discover.Response", name(response));
    fixture.assertRequests(post(SMART_HOME, discover));
    assertFalse(
        Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA_DISCOVERY),
        "Home Assistant discovers: the bridge's own discovery is never built");
  }

  @Test
  void failuresBecomeAlexaErrors() {
    Map<String, Object> turnOn =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    fixture.home.failNext(1, Failure.MALFORMED_JSON);
    assertError("INTERNAL_ERROR", turnOn, fixture.invoke(turnOn));
    fixture.home.failNext(1, Failure.status(200, "{\"not\":\"alexa\"}"));
    assertError("INTERNAL_ERROR", turnOn, fixture.invoke(turnOn));
    fixture.home.failNext(1, Failure.status(404));
    assertError("INTERNAL_ERROR", turnOn, fixture.invoke(turnOn));
    Map<String, Object> revoked =
        directive(
            "Alexa.PowerController", "TurnOn", "light#kitchen", AlexaFixture.WRONG_TOKEN, Map.of());
    assertError("INVALID_AUTHORIZATION_CREDENTIAL", revoked, fixture.invoke(revoked));
    Map<String, Object> anonymous =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", null, Map.of());
    assertError("INVALID_AUTHORIZATION_CREDENTIAL", anonymous, fixture.invoke(anonymous));
    Map<String, Object> v2 =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    JsonMaps.object(v2, "directive", "header").put("payloadVersion", "2");
    assertError("INVALID_DIRECTIVE", v2, fixture.invoke(v2));
    assertEquals(
        4,
        fixture.home.requests().size(),
        "no token and a bad directive are answered without Home Assistant");
  }

  @Test
  void timeoutsAndTheCircuitBreakerProtectTheBudget() {
    fixture.close();
    fixture =
        AlexaFixture.start(
            Map.of(
                "HA_MODE",
                "proxy",
                "HA_READ_TIMEOUT_MS",
                "200",
                "CIRCUIT_FAILURE_THRESHOLD",
                "2",
                "CIRCUIT_OPEN_SECONDS",
                "30"));
    Map<String, Object> turnOn =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    fixture.home.failNext(1, Failure.slow(2_000));
    assertError("BRIDGE_UNREACHABLE", turnOn, fixture.invoke(turnOn));
    fixture.home.failNext(
        1, Failure.status(502)); // a reverse proxy in front of a Home Assistant that is down
    assertError("BRIDGE_UNREACHABLE", turnOn, fixture.invoke(turnOn));
    assertError("BRIDGE_UNREACHABLE", turnOn, fixture.invoke(turnOn));
    assertEquals(
        2,
        fixture.home.requests().size(),
        "the open circuit answers without calling Home Assistant");
  }

  @Test
  void homeAssistantDown() {
    fixture.home.close();
    Map<String, Object> turnOn =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    assertError("BRIDGE_UNREACHABLE", turnOn, fixture.invoke(turnOn));
  }
}
