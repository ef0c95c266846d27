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

import static dev.suga.example.ha.alexa.AlexaFixture.Request.get;
import static dev.suga.example.ha.alexa.AlexaFixture.Request.post;
import static dev.suga.example.ha.alexa.AlexaFixture.assertError;
import static dev.suga.example.ha.alexa.AlexaFixture.directive;
import static dev.suga.example.ha.alexa.AlexaFixture.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.demo.DemoHomeAssistant.Failure;
import dev.suga.example.ha.json.JsonMaps;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a directive can go wrong gets the right, schema-valid ErrorResponse (checked at close
 * by the fixture), with the directive's correlation token echoed, and nothing escapes.
 */
class SmartHomeFailureTest {
  private static final Map<String, Object> TURN_ON_KITCHEN =
      directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());

  private AlexaFixture fixture;

  @BeforeEach
  void start() {
    fixture =
        AlexaFixture.start(Map.of("CIRCUIT_FAILURE_THRESHOLD", "2", "CIRCUIT_OPEN_SECONDS", "1"));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void restart(Map<String, String> environment) {
    fixture.close();
    fixture = AlexaFixture.start(environment);
  }

  @Test
  void unknownEntityIsNoSuchEndpoint() {
    Map<String, Object> attic =
        directive("Alexa.PowerController", "TurnOn", "light#attic", Map.of());
    assertError("NO_SUCH_ENDPOINT", attic, fixture.invoke(attic));
    fixture.assertRequests(get("/api/states/light.attic"));
  }

  @Test
  void endpointIdsThisBridgeNeverIssuedAreNoSuchEndpointWithoutAsking() {
    Map<String, Object> foreign =
        directive("Alexa.PowerController", "TurnOn", "endpoint-001", Map.of());
    assertError("NO_SUCH_ENDPOINT", foreign, fixture.invoke(foreign));
    Map<String, Object> sneaky =
        directive("Alexa.PowerController", "TurnOn", "light#..?x=1", Map.of());
    Map<String, Object> refused = fixture.invoke(sneaky);
    assertEquals("NO_SUCH_ENDPOINT", AlexaFixture.type(refused));
    assertNull(
        JsonMaps.at(refused, "event", "endpoint"),
        "an endpoint id the schema forbids is not echoed");
    Map<String, Object> helper =
        directive("Alexa.PowerController", "TurnOn", "input_text#greeting", Map.of());
    assertError("NO_SUCH_ENDPOINT", helper, fixture.invoke(helper));
    fixture.assertRequests(get("/api/states/input_text.greeting"));
  }

  @Test
  void unsupportedDirectivesAreInvalid() {
    Map<String, Object> channel =
        directive(
            "Alexa.ChannelController",
            "ChangeChannel",
            "media_player#living_room_tv",
            Map.of("channel", Map.of("number", "5")));
    assertError("INVALID_DIRECTIVE", channel, fixture.invoke(channel));
    Map<String, Object> toggle =
        directive("Alexa.PowerController", "Toggle", "light#kitchen", Map.of());
    assertError("INVALID_DIRECTIVE", toggle, fixture.invoke(toggle));
    Map<String, Object> reportSomething =
        directive("Alexa", "ReportEverything", "light#kitchen", Map.of());
    assertError("INVALID_DIRECTIVE", reportSomething, fixture.invoke(reportSomething));
    fixture.assertRequests();

    Map<String, Object> dimSwitch =
        directive(
            "Alexa.BrightnessController",
            "SetBrightness",
            "switch#coffee_maker",
            Map.of("brightness", 50));
    assertError("INVALID_DIRECTIVE", dimSwitch, fixture.invoke(dimSwitch));
    fixture.assertRequests(get("/api/states/switch.coffee_maker"));
  }

  @Test
  void malformedTruncatedAndOversizedEventsAreInvalidDirectives() {
    byte[] valid = JsonMaps.write(TURN_ON_KITCHEN);
    Map<String, Object> padded = new LinkedHashMap<>(TURN_ON_KITCHEN);
    padded.put("padding", "x".repeat(300 * 1024));
    List<byte[]> events =
        List.of(
            "{\"directive\": {".getBytes(StandardCharsets.UTF_8),
            "not json at all".getBytes(StandardCharsets.UTF_8),
            Arrays.copyOf(valid, valid.length - 7),
            JsonMaps.write(padded),
            "[]".getBytes(StandardCharsets.UTF_8),
            new byte[0]);
    for (byte[] event : events) {
      Map<String, Object> response = fixture.invokeRaw(event);
      assertEquals("ErrorResponse", name(response), response::toString);
      assertEquals("INVALID_DIRECTIVE", AlexaFixture.type(response), response::toString);
    }
    Map<String, Object> headerless =
        Map.of("directive", Map.of("header", "x", "payload", Map.of()));
    assertEquals("INVALID_DIRECTIVE", AlexaFixture.type(fixture.invoke(headerless)));
    fixture.assertRequests();
  }

  @Test
  void wrongPayloadVersionIsInvalid() {
    Map<String, Object> v2 =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    JsonMaps.object(v2, "directive", "header").put("payloadVersion", "2");
    Map<String, Object> response = fixture.invoke(v2);
    assertError("INVALID_DIRECTIVE", v2, response);
    assertTrue(JsonMaps.string(response, "event", "payload", "message").contains("payloadVersion"));
    fixture.assertRequests();
  }

  @Test
  void outOfRangeValuesCarryTheValidRange() {
    Map<String, Object> bright =
        directive(
            "Alexa.BrightnessController",
            "SetBrightness",
            "light#kitchen",
            Map.of("brightness", 150));
    Map<String, Object> response = fixture.invoke(bright);
    assertError("VALUE_OUT_OF_RANGE", bright, response);
    assertEquals(
        Map.of("minimumValue", 0L, "maximumValue", 100L),
        JsonMaps.object(response, "event", "payload", "validRange"));
    fixture.assertRequests(get("/api/states/light.kitchen"));

    fixture.home.clearRequests();
    Map<String, Object> hot =
        directive(
            "Alexa.ThermostatController",
            "SetTargetTemperature",
            "climate#living_room",
            Map.of("targetSetpoint", Map.of("value", 100.0, "scale", "FAHRENHEIT")));
    Map<String, Object> tooHot = fixture.invoke(hot);
    assertError("TEMPERATURE_VALUE_OUT_OF_RANGE", hot, tooHot);
    assertEquals(
        AlexaFixture.normalized(
            Map.of(
                "minimumValue",
                Map.of("value", 7, "scale", "CELSIUS"),
                "maximumValue",
                Map.of("value", 35, "scale", "CELSIUS"))),
        JsonMaps.object(tooHot, "event", "payload", "validRange"));
    fixture.assertRequests(get("/api/states/climate.living_room"), get("/api/config"));
  }

  @Test
  void anUnavailableEntityIsUnreachable() {
    Map<String, Object> lamp =
        directive("Alexa.PowerController", "TurnOn", "light#broken_lamp", Map.of());
    assertError("ENDPOINT_UNREACHABLE", lamp, fixture.invoke(lamp));
    fixture.assertRequests(get("/api/states/light.broken_lamp"));
    Map<String, Object> report = directive("Alexa", "ReportState", "light#broken_lamp", Map.of());
    assertError("ENDPOINT_UNREACHABLE", report, fixture.invoke(report));
  }

  @Test
  void homeAssistant500IsAnInternalError() {
    fixture.home.failNext(1, Failure.status(500));
    assertError("INTERNAL_ERROR", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    fixture.assertRequests(get("/api/states/light.kitchen"));
  }

  @Test
  void aFailedReadBackReportsNoStateRatherThanTheOldOne() {
    // The kitchen light is on, so TurnOn changes nothing and the answer must be read back:
    // the state read and the service call succeed, the read-back fails.
    Map<String, Object> kitchen = fixture.home.state("light.kitchen");
    fixture.home.failNext(1, Failure.status(200, JsonMaps.writeString(kitchen)));
    fixture.home.failNext(1, Failure.status(200, "[]"));
    fixture.home.failNext(1, Failure.status(500));
    Map<String, Object> response = fixture.invoke(TURN_ON_KITCHEN);
    assertEquals("Response", name(response), response::toString);
    assertNull(
        AlexaFixture.property(response, "Alexa.PowerController", "powerState"),
        "no state is claimed when it could not be confirmed");
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post("/api/services/light/turn_on", Map.of("entity_id", "light.kitchen")),
        get("/api/states/light.kitchen"));
  }

  @Test
  void aProxyAnswering503MeansHomeAssistantIsDown() {
    // nginx or Nabu Casa in front of a restarting Home Assistant: 502/503/504 on every try.
    fixture.home.failNext(5, Failure.status(503));
    Map<String, Object> off =
        directive("Alexa.PowerController", "TurnOff", "light#kitchen", Map.of());
    assertError("BRIDGE_UNREACHABLE", off, fixture.invoke(off));
    fixture.home.clearFailures();
    assertTrue(
        fixture.home.requests().stream().allMatch(r -> r.method().equals("GET")),
        "the state read failed, so no service was called");
    assertEquals(
        "on", fixture.home.state("light.kitchen").get("state"), "the failed call changed nothing");
  }

  @Test
  void aRefusedTokenIsAnInvalidCredential() {
    Map<String, Object> revoked =
        directive(
            "Alexa.PowerController", "TurnOn", "light#kitchen", AlexaFixture.WRONG_TOKEN, Map.of());
    assertError("INVALID_AUTHORIZATION_CREDENTIAL", revoked, fixture.invoke(revoked));
    fixture.assertRequests(get("/api/states/light.kitchen").token(AlexaFixture.WRONG_TOKEN));

    fixture.home.clearRequests();
    fixture.home.failNext(1, Failure.status(403));
    assertError(
        "INVALID_AUTHORIZATION_CREDENTIAL", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
  }

  @Test
  void homeAssistant404IsNoSuchEndpoint() {
    fixture.home.failNext(1, Failure.status(404));
    assertError("NO_SUCH_ENDPOINT", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    fixture.assertRequests(get("/api/states/light.kitchen"));
  }

  @Test
  void homeAssistant400OnTheServiceCallIsAnInvalidValue() {
    fixture.home.failNext(
        1, Failure.status(200, JsonMaps.writeString(fixture.home.state("light.kitchen"))));
    fixture.home.failNext(1, Failure.status(400, "{\"message\":\"Invalid data\"}"));
    assertError("INVALID_VALUE", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
  }

  @Test
  void homeAssistant429IsARateLimitNotAnInvalidValue() {
    fixture.home.failNext(
        1, Failure.status(200, JsonMaps.writeString(fixture.home.state("light.kitchen"))));
    fixture.home.failNext(1, Failure.status(429, "{\"message\":\"Too many requests\"}"));
    assertError("RATE_LIMIT_EXCEEDED", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
  }

  @Test
  void malformedJsonFromHomeAssistantIsAnInternalError() {
    fixture.home.failNext(1, Failure.MALFORMED_JSON);
    assertError("INTERNAL_ERROR", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    fixture.assertRequests(get("/api/states/light.kitchen"));
  }

  @Test
  void aSlowHomeAssistantIsUnreachable() {
    restart(Map.of("HA_READ_TIMEOUT_MS", "200"));
    fixture.home.failNext(1, Failure.slow(2_000));
    assertError("BRIDGE_UNREACHABLE", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    fixture.assertRequests(get("/api/states/light.kitchen"));
  }

  @Test
  void aDroppedConnectionIsUnreachable() {
    // The JDK's HttpURLConnection silently resends a GET once when the connection drops before
    // any answer: two drops make sure no answer arrives.
    fixture.home.failNext(2, Failure.DROP_CONNECTION);
    assertError("BRIDGE_UNREACHABLE", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    List<DemoHomeAssistant.Recorded> requests = fixture.home.requests();
    assertFalse(requests.isEmpty());
    for (DemoHomeAssistant.Recorded request : requests) {
      get("/api/states/light.kitchen").assertMatches(request, 0);
    }
    fixture.home.clearFailures();
  }

  @Test
  void aServiceCallWhoseConnectionDropsIsUnreachableAndSentOnce() {
    fixture.home.failNext(1, Failure.slow(0)); // the state read is answered normally
    fixture.home.failNext(
        1, Failure.DROP_CONNECTION); // the connection drops under the service call
    assertError("BRIDGE_UNREACHABLE", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post("/api/services/light/turn_on", Map.of("entity_id", "light.kitchen")));
  }

  @Test
  void homeAssistantDownIsUnreachable() {
    fixture.home.close();
    assertError("BRIDGE_UNREACHABLE", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    Map<String, Object> discover = AlexaFixture.discover(AlexaFixture.TOKEN);
    assertError("BRIDGE_UNREACHABLE", discover, fixture.invoke(discover));
    assertTrue(fixture.home.requests().isEmpty());
  }

  @Test
  void theCircuitOpensAndRecovers() {
    // Open for an hour, then for no time at all: no real-clock race in either direction.
    fixture.handler.set("CIRCUIT_OPEN_SECONDS", "3600");
    fixture.home.failNext(2, Failure.status(500));
    assertError("INTERNAL_ERROR", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    assertError("INTERNAL_ERROR", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    assertEquals(2, fixture.home.requests().size());

    // open: answered at once, Home Assistant is not called
    assertError("BRIDGE_UNREACHABLE", TURN_ON_KITCHEN, fixture.invoke(TURN_ON_KITCHEN));
    assertEquals(2, fixture.home.requests().size(), "no request while the circuit is open");
    assertTrue(
        fixture.logLines().stream().anyMatch(line -> line.contains("circuit open")),
        "the open circuit is logged");

    // after CIRCUIT_OPEN_SECONDS a trial call goes through and closes the circuit again
    fixture.handler.set("CIRCUIT_OPEN_SECONDS", "0");
    Map<String, Object> response = fixture.invoke(TURN_ON_KITCHEN);
    assertEquals("Response", name(response), "the circuit recovered");
    assertEquals(
        5, fixture.home.requests().size(), "two failures, then GET, POST and the read-back");
  }

  @Test
  void exhaustedFreeTierIsRateLimited() {
    restart(Map.of("FREE_TIER_REQUESTS", "1"));
    fixture.invoke(TURN_ON_KITCHEN);
    fixture.home.clearRequests();
    Map<String, Object> again =
        directive("Alexa.PowerController", "TurnOff", "light#kitchen", Map.of());
    assertError("RATE_LIMIT_EXCEEDED", again, fixture.invoke(again));
    fixture.assertRequests();
  }

  @Test
  void aThrottledFreeTierSkipsTheReadBack() {
    // Free-tier counters are per container (this JVM): fill them to at least 20 requests, then
    // set the allowance so that they stand at 90-95 %, the throttle band.
    long requests = 0;
    while (requests < 20) {
      fixture.handler.invoke(Map.of("hello", "world"));
      requests =
          ((Number) Gateway.freeTierUsage(System.currentTimeMillis()).get("requests")).longValue();
    }
    long allowance = (long) Math.ceil(requests / 0.925);
    restart(Map.of("FREE_TIER_REQUESTS", Long.toString(allowance)));
    assertEquals("throttle", Gateway.freeTierLevel(System.currentTimeMillis()));

    Map<String, Object> response = fixture.invoke(TURN_ON_KITCHEN);
    assertEquals("Response", name(response));
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post("/api/services/light/turn_on", Map.of("entity_id", "light.kitchen")));
    assertEquals(
        List.of(),
        JsonMaps.array(response, "context", "properties"),
        "nothing changed, and the confirming read is skipped");
  }

  @Test
  void malformedPayloadValuesAreInvalidNotExceptions() {
    Map<String, Object> words =
        directive(
            "Alexa.BrightnessController",
            "SetBrightness",
            "light#kitchen",
            Map.of("brightness", "bright"));
    assertError("INVALID_DIRECTIVE", words, fixture.invoke(words));
    Map<String, Object> noMode =
        directive(
            "Alexa.ThermostatController",
            "SetThermostatMode",
            "climate#living_room",
            Map.of("thermostatMode", 3));
    assertError("INVALID_DIRECTIVE", noMode, fixture.invoke(noMode));
    Map<String, Object> eco =
        directive(
            "Alexa.ThermostatController",
            "SetThermostatMode",
            "climate#living_room",
            Map.of("thermostatMode", Map.of("value", "ECO")));
    Map<String, Object> unsupported = fixture.invoke(eco);
    assertEquals(
        "Alexa.ThermostatController", JsonMaps.string(unsupported, "event", "header", "namespace"));
    assertEquals("UNSUPPORTED_THERMOSTAT_MODE", AlexaFixture.type(unsupported));
  }

  @Test
  void errorsAreLoggedAndCountedWithoutTokens() {
    fixture.invoke(
        directive(
            "Alexa.PowerController",
            "TurnOn",
            "light#kitchen",
            AlexaFixture.WRONG_TOKEN,
            Map.of()));
    fixture.invoke(TURN_ON_KITCHEN);
    List<String> lines = fixture.logLines();
    assertTrue(
        lines.stream().anyMatch(line -> line.contains("INVALID_AUTHORIZATION_CREDENTIAL")),
        lines::toString);
    assertTrue(
        lines.stream().anyMatch(line -> line.contains("\"Errors\"")),
        "the Errors metric is written");
    assertTrue(
        lines.stream()
            .anyMatch(
                line ->
                    line.contains(
                        JsonMaps.string(TURN_ON_KITCHEN, "directive", "header", "messageId"))),
        "log lines carry the Alexa message id");
    for (String line : lines) {
      assertFalse(line.contains("Bearer "), line);
    }
    // the fixture checks at close that no line contains any of the tokens
  }

  @Test
  void theFallbackTokenNeverReachesAResponse() {
    restart(Map.of("HA_TOKEN_FALLBACK", "true"));
    Map<String, Object> anonymous =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", null, Map.of());
    Map<String, Object> response = fixture.invoke(anonymous);
    assertEquals("Response", name(response));
    assertFalse(JsonMaps.writeString(response).contains(AlexaFixture.FALLBACK_TOKEN));
    assertNull(JsonMaps.at(response, "event", "endpoint", "scope"));
    fixture.assertRequests(
        get("/api/states/light.kitchen").token(AlexaFixture.FALLBACK_TOKEN),
        post("/api/services/light/turn_on", Map.of("entity_id", "light.kitchen"))
            .token(AlexaFixture.FALLBACK_TOKEN),
        get("/api/states/light.kitchen").token(AlexaFixture.FALLBACK_TOKEN));
  }
}
