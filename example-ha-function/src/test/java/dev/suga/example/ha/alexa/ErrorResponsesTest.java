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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.suga.core.http.HttpFailure;
import dev.suga.example.ha.homeassistant.HomeAssistantException;
import dev.suga.example.ha.homeassistant.HomeAssistantException.Kind;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.MalformedJsonException;
import dev.suga.example.ha.testing.AlexaSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ErrorResponse documents are complete and schema-valid whatever they answer. */
class ErrorResponsesTest {
  private static final String ID = "0a58ace0-e6ab-47de-b6af-b600b5ab8a7a";

  @Test
  void echoesCorrelationTokenAndEndpoint() {
    Map<String, Object> directive =
        AlexaFixture.directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    Map<String, Object> response =
        ErrorResponses.of(directive, AlexaError.noSuchEndpoint("No endpoint"), ID);
    assertEquals(
        Map.of(
            "namespace",
            "Alexa",
            "name",
            "ErrorResponse",
            "payloadVersion",
            "3",
            "messageId",
            ID,
            "correlationToken",
            JsonMaps.string(directive, "directive", "header", "correlationToken")),
        JsonMaps.object(response, "event", "header"));
    assertEquals(
        Map.of("endpointId", "light#kitchen"), JsonMaps.object(response, "event", "endpoint"));
    assertEquals(
        Map.of("type", "NO_SUCH_ENDPOINT", "message", "No endpoint"),
        JsonMaps.object(response, "event", "payload"));
    assertNull(response.get("context"));
    AlexaSchema.assertValid(response);
  }

  @Test
  void anythingPartialOrNullStillGivesAValidError() {
    Map<String, Object> broken = new LinkedHashMap<>();
    broken.put(
        "directive",
        Map.of(
            "header",
            Map.of("correlationToken", 42),
            "endpoint",
            Map.of("endpointId", "not valid!/ id")));
    List<Map<String, Object>> events =
        Arrays.asList(null, Map.of(), broken, Map.of("directive", "text"));
    for (Map<String, Object> event : events) {
      Map<String, Object> response =
          ErrorResponses.build(event, AlexaErrorType.INVALID_DIRECTIVE, null, null, ID);
      assertEquals("INVALID_DIRECTIVE", JsonMaps.string(response, "event", "payload", "type"));
      assertEquals("", JsonMaps.string(response, "event", "payload", "message"));
      assertNull(
          JsonMaps.at(response, "event", "endpoint"),
          "an endpoint id the schema would refuse is not echoed");
      assertNull(JsonMaps.at(response, "event", "header", "correlationToken"));
      AlexaSchema.assertValid(response);
    }
  }

  /**
   * Each type with its namespace is one the schema accepts; one whose payload needs more than the
   * error carries becomes INTERNAL_ERROR.
   */
  @Test
  void everyTypeIsValidInItsNamespace() {
    for (AlexaErrorType type : AlexaErrorType.values()) {
      Map<String, Object> response = ErrorResponses.build(null, type, "x", null, ID);
      AlexaErrorType written =
          type.requiredPayload() == null ? type : AlexaErrorType.INTERNAL_ERROR;
      assertEquals(written.namespace(), JsonMaps.string(response, "event", "header", "namespace"));
      assertEquals(written.name(), JsonMaps.string(response, "event", "payload", "type"));
      AlexaSchema.assertValid(response);
    }
    assertEquals("Alexa", AlexaErrorType.NO_SUCH_ENDPOINT.namespace());
    assertEquals(
        "Alexa.ThermostatController", AlexaErrorType.UNSUPPORTED_THERMOSTAT_MODE.namespace());
    assertEquals("Alexa.Authorization", AlexaErrorType.ACCEPT_GRANT_FAILED.namespace());
  }

  @Test
  void rangesAndInterfaceErrorsValidate() {
    Map<String, Object> directive =
        AlexaFixture.directive(
            "Alexa.ThermostatController", "SetTargetTemperature", "climate#living_room", Map.of());
    for (AlexaError error :
        new AlexaError[] {
          AlexaError.valueOutOfRange("too bright", 0, 100),
          AlexaError.temperatureOutOfRange("too hot", 7, 35, "CELSIUS"),
          AlexaError.of(AlexaErrorType.UNSUPPORTED_THERMOSTAT_MODE, "no eco"),
          AlexaError.setpointsTooClose("too close", 1, "FAHRENHEIT"),
          AlexaError.acceptGrantFailed("no"),
          AlexaError.of(AlexaErrorType.RATE_LIMIT_EXCEEDED, "budget"),
          AlexaError.of(AlexaErrorType.BRIDGE_UNREACHABLE, "down")
        }) {
      Map<String, Object> response = ErrorResponses.of(directive, error, ID);
      assertEquals(
          error.type().namespace(), JsonMaps.string(response, "event", "header", "namespace"));
      assertEquals(error.type().name(), JsonMaps.string(response, "event", "payload", "type"));
      AlexaSchema.assertValid(response);
    }
    Map<String, Object> range =
        ErrorResponses.of(
            directive, AlexaError.temperatureOutOfRange("too hot", 7, 35, "CELSIUS"), ID);
    assertEquals(
        AlexaFixture.normalized(
            Map.of(
                "minimumValue",
                Map.of("value", 7, "scale", "CELSIUS"),
                "maximumValue",
                Map.of("value", 35, "scale", "CELSIUS"))),
        AlexaFixture.normalized(JsonMaps.at(range, "event", "payload", "validRange")));
  }

  @Test
  void failuresMapToTheirAlexaTypes() {
    Map<Kind, AlexaErrorType> expected =
        Map.of(
            Kind.UNAUTHORIZED,
            AlexaErrorType.INVALID_AUTHORIZATION_CREDENTIAL,
            Kind.NOT_FOUND,
            AlexaErrorType.NO_SUCH_ENDPOINT,
            Kind.UNAVAILABLE,
            AlexaErrorType.ENDPOINT_UNREACHABLE,
            Kind.UNREACHABLE,
            AlexaErrorType.BRIDGE_UNREACHABLE,
            Kind.REJECTED,
            AlexaErrorType.INVALID_VALUE,
            Kind.RATE_LIMITED,
            AlexaErrorType.RATE_LIMIT_EXCEEDED,
            Kind.BAD_RESPONSE,
            AlexaErrorType.INTERNAL_ERROR,
            Kind.NOT_CONFIGURED,
            AlexaErrorType.INTERNAL_ERROR);
    for (Kind kind : Kind.values()) {
      assertEquals(
          expected.get(kind),
          Failures.toAlexa(new HomeAssistantException(kind, "x"), Failures.Context.ENTITY).type(),
          kind::name);
    }
    assertEquals(
        AlexaErrorType.INTERNAL_ERROR,
        Failures.toAlexa(new HomeAssistantException(Kind.NOT_FOUND, "x"), Failures.Context.BRIDGE)
            .type(),
        "a 404 outside an entity is a misconfigured bridge, not an unknown endpoint");
    assertEquals(
        AlexaErrorType.BRIDGE_UNREACHABLE,
        Failures.toAlexa(
                new HttpFailure(HttpFailure.Kind.TIMEOUT, "slow", null), Failures.Context.ENTITY)
            .type());
    assertEquals(
        AlexaErrorType.INTERNAL_ERROR,
        Failures.toAlexa(new MalformedJsonException("bad"), Failures.Context.ENTITY).type());
    assertEquals(
        AlexaErrorType.INTERNAL_ERROR,
        Failures.toAlexa(new IllegalStateException("bug"), Failures.Context.ENTITY).type());
    assertFalse(Failures.unexpected(new HomeAssistantException(Kind.UNREACHABLE, "x")));
  }
}
