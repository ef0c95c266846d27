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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.AlexaSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing directives: the official samples, the token's three homes, and everything malformed. */
class DirectiveTest {
  @Test
  void officialSamplesParseWithTheirTokens() {
    Directive turnOn =
        Directive.parse(AlexaSchema.sample("PowerController/PowerController.TurnOn.request.json"));
    assertEquals("Alexa.PowerController/TurnOn", turnOn.qualifiedName());
    assertEquals("access-token-from-skill", turnOn.token());
    assertEquals("endpoint-001", turnOn.endpointId());
    assertEquals("dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg==", turnOn.correlationToken());

    Directive discover = Directive.parse(AlexaSchema.sample("Discovery/Discovery.request.json"));
    assertEquals("access-token-from-skill", discover.token());
    assertNull(discover.endpointId());

    Directive grant =
        Directive.parse(AlexaSchema.sample("Authorization/Authorization.AcceptGrant.request.json"));
    assertEquals("access-token-from-skill", grant.token());
  }

  @Test
  void endpointIdsMapToEntityIds() {
    assertEquals("light.kitchen", parse("light#kitchen").entityId());
    assertEquals("binary_sensor.front_door", parse("binary_sensor#front_door").entityId());
    for (String foreign :
        new String[] {
          "endpoint-001",
          "light#Kitchen",
          "light#kitchen#2",
          "#kitchen",
          "light#",
          "light#../../api"
        }) {
      AlexaError error = assertThrows(AlexaError.class, () -> parse(foreign).entityId(), foreign);
      assertEquals(AlexaErrorType.NO_SUCH_ENDPOINT, error.type(), foreign);
    }
  }

  @Test
  void malformedDirectivesAreInvalid() {
    assertInvalid(Map.of());
    assertInvalid(Map.of("directive", Map.of()));
    for (String field : new String[] {"namespace", "name", "payloadVersion", "messageId"}) {
      Map<String, Object> event =
          AlexaFixture.directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
      Map<String, Object> header =
          new LinkedHashMap<>(
              Map.of(
                  "namespace",
                  "Alexa.PowerController",
                  "name",
                  "TurnOn",
                  "payloadVersion",
                  "3",
                  "messageId",
                  "m-1"));
      header.remove(field);
      assertInvalid(Map.of("directive", Map.of("header", header, "payload", Map.of())));
      assertEquals("Alexa.PowerController/TurnOn", Directive.parse(event).qualifiedName());
    }
    assertInvalid(
        Map.of(
            "directive",
            Map.of(
                "header",
                Map.of(
                    "namespace",
                    "Alexa",
                    "name",
                    "ReportState",
                    "payloadVersion",
                    "2",
                    "messageId",
                    "m"),
                "payload",
                Map.of())));
    assertInvalid(
        Map.of(
            "directive",
            Map.of(
                "header",
                Map.of(
                    "namespace",
                    "Alexa",
                    "name",
                    "ReportState",
                    "payloadVersion",
                    3,
                    "messageId",
                    "m"),
                "payload",
                Map.of())));
    assertInvalid(
        Map.of(
            "directive",
            Map.of(
                "header",
                Map.of(
                    "namespace",
                    "Alexa",
                    "name",
                    "ReportState",
                    "payloadVersion",
                    "3",
                    "messageId",
                    "m"))));
    assertInvalid(
        Map.of(
            "directive",
            Map.of(
                "header",
                Map.of(
                    "namespace",
                    "Alexa",
                    "name",
                    "ReportState",
                    "payloadVersion",
                    "3",
                    "messageId",
                    "m"),
                "payload",
                Map.of(),
                "endpoint",
                "light#kitchen")));
  }

  @Test
  void printableKeepsMessagesShortAndClean() {
    assertEquals("\"a?b\"", Directive.printable("a\nb"));
    assertEquals(69, Directive.printable("x".repeat(500)).length());
  }

  @Test
  void aBlankTokenIsNoToken() {
    Map<String, Object> event =
        AlexaFixture.directive("Alexa.PowerController", "TurnOn", "light#kitchen", " ", Map.of());
    assertNull(Directive.parse(event).token());
    assertEquals(
        "light.kitchen", Directive.parse(JsonMaps.parseObject(JsonMaps.write(event))).entityId());
  }

  private static Directive parse(String endpointId) {
    return Directive.parse(
        AlexaFixture.directive("Alexa.PowerController", "TurnOn", endpointId, Map.of()));
  }

  private static void assertInvalid(Map<String, Object> event) {
    AlexaError error =
        assertThrows(AlexaError.class, () -> Directive.parse(event), event::toString);
    assertEquals(AlexaErrorType.INVALID_DIRECTIVE, error.type(), event::toString);
  }
}
