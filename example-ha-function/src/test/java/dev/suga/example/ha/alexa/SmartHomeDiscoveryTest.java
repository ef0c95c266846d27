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
import static dev.suga.example.ha.alexa.AlexaFixture.assertError;
import static dev.suga.example.ha.alexa.AlexaFixture.directive;
import static dev.suga.example.ha.alexa.AlexaFixture.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.AlexaSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alexa.Discovery/Discover through the real handler: one GET /api/states, endpoints, filters. */
class SmartHomeDiscoveryTest {
  private AlexaFixture fixture;

  @BeforeEach
  void start() {
    fixture = AlexaFixture.start();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void theOfficialDiscoverSampleFindsTheDemoHome() {
    Map<String, Object> sample = AlexaSchema.sample("Discovery/Discovery.request.json");
    JsonMaps.object(sample, "directive", "payload", "scope").put("token", AlexaFixture.TOKEN);
    Map<String, Object> response = fixture.invoke(sample);

    fixture.assertRequests(get("/api/states"));
    assertEquals("Alexa.Discovery", JsonMaps.string(response, "event", "header", "namespace"));
    assertEquals("Discover.Response", name(response));
    assertNull(
        JsonMaps.at(response, "event", "header", "correlationToken"),
        "Discover has no correlation token");
    List<String> ids = endpointIds(response);
    assertEquals(27, ids.size(), ids::toString);
    assertEquals("light#kitchen", ids.get(0));
    assertTrue(
        ids.containsAll(
            List.of(
                "lock#front_door",
                "climate#living_room",
                "cover#garage_door",
                "cover#garden_gate",
                "fan#living_room",
                "media_player#kitchen_speaker",
                "input_number#target_humidity",
                "input_select#house_mode",
                "sensor#freezer_temperature",
                "binary_sensor#hallway_motion",
                "media_player#living_room_tv",
                "scene#movie_night",
                "light#broken_lamp")),
        ids::toString);
    assertFalse(
        ids.contains("input_text#greeting") || ids.contains("timer#laundry"),
        "helpers without an Alexa interface are not announced");
    Map<String, Object> lamp = endpoint(response, "light#broken_lamp");
    assertEquals("Broken Lamp", lamp.get("friendlyName"));
    assertTrue(fixture.logLines().stream().anyMatch(line -> line.contains("\"Discoveries\"")));
    assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA_DISCOVERY));
  }

  @Test
  void includeAndExcludeFilters() {
    fixture.close();
    Map<String, String> environment = new HashMap<>();
    environment.put("DISCOVERY_INCLUDE_DOMAINS", " light, lock ,switch");
    environment.put("DISCOVERY_EXCLUDE_ENTITIES", "light.broken_lamp,lock.front_door");
    fixture = AlexaFixture.start(environment);
    Map<String, Object> response = fixture.invoke(AlexaFixture.discover(AlexaFixture.TOKEN));
    assertEquals(
        List.of("light#kitchen", "light#living_room", "switch#coffee_maker"),
        endpointIds(response));

    // an excluded entity cannot be controlled either, even through an endpoint id Alexa remembers
    fixture.home.clearRequests();
    Map<String, Object> unlock =
        directive("Alexa.LockController", "Unlock", "lock#front_door", Map.of());
    assertError("NO_SUCH_ENDPOINT", unlock, fixture.invoke(unlock));
    Map<String, Object> fan = directive("Alexa.PowerController", "TurnOn", "fan#bedroom", Map.of());
    assertError("NO_SUCH_ENDPOINT", fan, fixture.invoke(fan));
    fixture.assertRequests();
    assertEquals("locked", fixture.home.state("lock.front_door").get("state"));
  }

  @Test
  void includedEntitiesAddToTheIncludedDomains() {
    fixture.close();
    fixture =
        AlexaFixture.start(
            Map.of(
                "DISCOVERY_INCLUDE_DOMAINS",
                "lock",
                "DISCOVERY_INCLUDE_ENTITIES",
                "light.kitchen, fan.bedroom",
                "DISCOVERY_EXCLUDE_ENTITIES",
                "fan.bedroom"));
    assertEquals(
        List.of("light#kitchen", "lock#front_door"),
        endpointIds(fixture.invoke(AlexaFixture.discover(AlexaFixture.TOKEN))).stream()
            .sorted()
            .toList());

    fixture.close();
    fixture = AlexaFixture.start(Map.of("DISCOVERY_INCLUDE_ENTITIES", "switch.coffee_maker"));
    assertEquals(
        List.of("switch#coffee_maker"),
        endpointIds(fixture.invoke(AlexaFixture.discover(AlexaFixture.TOKEN))));
  }

  @Test
  void excludedDomains() {
    fixture.close();
    fixture =
        AlexaFixture.start(
            Map.of("DISCOVERY_EXCLUDE_DOMAINS", "sensor,binary_sensor,scene,script,button"));
    List<String> ids = endpointIds(fixture.invoke(AlexaFixture.discover(AlexaFixture.TOKEN)));
    assertEquals(20, ids.size(), ids::toString);
    for (String id : ids) {
      assertFalse(
          id.startsWith("sensor#") || id.startsWith("binary_sensor#") || id.startsWith("scene#"),
          id);
    }
  }

  @Test
  void newEntitiesAppearAndBrokenStatesAreSkipped() {
    fixture.home.setState("switch.garden_pump", "off", Map.of("friendly_name", "Garden Pump"));
    fixture.home.setState("light.Bad_Id", "on", Map.of());
    Map<String, Object> response = fixture.invoke(AlexaFixture.discover(AlexaFixture.TOKEN));
    List<String> ids = endpointIds(response);
    assertTrue(ids.contains("switch#garden_pump"), ids::toString);
    assertFalse(
        ids.contains("light#Bad_Id"), "an entity id Home Assistant would never issue is skipped");
    assertEquals("Garden Pump", endpoint(response, "switch#garden_pump").get("friendlyName"));
  }

  @Test
  void discoveryNeedsAToken() {
    Map<String, Object> anonymous = AlexaFixture.discover(null);
    assertError("INVALID_AUTHORIZATION_CREDENTIAL", anonymous, fixture.invoke(anonymous));
    Map<String, Object> revoked = AlexaFixture.discover(AlexaFixture.WRONG_TOKEN);
    assertError("INVALID_AUTHORIZATION_CREDENTIAL", revoked, fixture.invoke(revoked));
    fixture.assertRequests(get("/api/states").token(AlexaFixture.WRONG_TOKEN));
  }

  private static List<String> endpointIds(Map<String, Object> response) {
    List<String> ids = new ArrayList<>();
    for (Object endpoint : JsonMaps.array(response, "event", "payload", "endpoints")) {
      ids.add(JsonMaps.string(endpoint, "endpointId"));
    }
    return ids;
  }

  private static Map<String, Object> endpoint(Map<String, Object> response, String endpointId) {
    for (Object endpoint : JsonMaps.array(response, "event", "payload", "endpoints")) {
      if (endpointId.equals(JsonMaps.string(endpoint, "endpointId"))) {
        return JsonMaps.object(endpoint);
      }
    }
    throw new AssertionError("no endpoint " + endpointId);
  }
}
