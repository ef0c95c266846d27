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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.Mappers;
import dev.suga.example.ha.testing.AlexaSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Entity -> Discover.Response endpoint, for every kind of entity the demo home has. */
class DiscoveryEndpointsTest {
  private static final String HEALTH = "Alexa.EndpointHealth";

  /** entity id -> display category, then the capability interfaces in order. */
  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    expect(
        "light.kitchen",
        "LIGHT",
        "Alexa.PowerController",
        "Alexa.BrightnessController",
        "Alexa.ColorController",
        "Alexa.ColorTemperatureController",
        HEALTH);
    expect(
        "light.living_room",
        "LIGHT",
        "Alexa.PowerController",
        "Alexa.BrightnessController",
        HEALTH);
    expect("switch.coffee_maker", "SMARTPLUG", "Alexa.PowerController", HEALTH);
    expect("fan.bedroom", "FAN", "Alexa.PowerController", HEALTH);
    expect("input_boolean.guest_mode", "OTHER", "Alexa.PowerController");
    expect("automation.lights_at_sunset", "OTHER", "Alexa.PowerController");
    expect("group.downstairs", "OTHER", "Alexa.PowerController");
    expect("lock.front_door", "SMARTLOCK", "Alexa.LockController", HEALTH);
    expect("scene.movie_night", "SCENE_TRIGGER", "Alexa.SceneController");
    expect("script.good_morning", "ACTIVITY_TRIGGER", "Alexa.SceneController");
    expect("button.doorbell", "ACTIVITY_TRIGGER", "Alexa.SceneController");
    expect(
        "climate.living_room",
        "THERMOSTAT",
        "Alexa.PowerController",
        "Alexa.ThermostatController",
        "Alexa.TemperatureSensor",
        HEALTH);
    expect(
        "cover.garage_door",
        "GARAGE_DOOR",
        "Alexa.PowerController",
        "Alexa.RangeController",
        HEALTH);
    expect("sensor.outdoor_temperature", "TEMPERATURE_SENSOR", "Alexa.TemperatureSensor", HEALTH);
    expect("sensor.freezer_temperature", "TEMPERATURE_SENSOR", "Alexa.TemperatureSensor", HEALTH);
    expect("binary_sensor.front_door", "CONTACT_SENSOR", "Alexa.ContactSensor", HEALTH);
    expect("binary_sensor.hallway_motion", "MOTION_SENSOR", "Alexa.MotionSensor", HEALTH);
    expect("media_player.living_room_tv", "TV", "Alexa.PowerController", "Alexa.Speaker", HEALTH);
    expect("light.broken_lamp", "LIGHT", "Alexa.PowerController", HEALTH);
  }

  private static void expect(String entityId, String category, String... interfaces) {
    List<String> row = new ArrayList<>();
    row.add(category);
    row.add("Alexa");
    row.addAll(List.of(interfaces));
    EXPECTED.put(entityId, row);
  }

  @Test
  void everyDemoEntityMapsToTheExpectedCategoryAndCapabilities() {
    List<String> exposed = new ArrayList<>();
    for (Map<String, Object> state : DemoStates.all()) {
      Entity entity = Entity.of(state, Temperatures.CELSIUS);
      Set<Capability> capabilities = Capability.of(entity);
      if (capabilities.isEmpty()) {
        continue;
      }
      exposed.add(entity.entityId());
      Map<String, Object> endpoint = DiscoveryEndpoints.endpoint(entity, capabilities);
      List<String> actual = new ArrayList<>();
      actual.add((String) JsonMaps.array(endpoint, "displayCategories").get(0));
      for (Object capability : JsonMaps.array(endpoint, "capabilities")) {
        actual.add(JsonMaps.string(capability, "interface"));
      }
      assertEquals(EXPECTED.get(entity.entityId()), actual, entity.entityId());
    }
    assertEquals(
        List.copyOf(EXPECTED.keySet()),
        exposed,
        "input_number, input_text, input_select and timer have no Alexa interface and are not exposed");
  }

  @Test
  void endpointIdsNamesAndDescriptions() {
    Map<String, Object> endpoint = endpoint("light.kitchen");
    assertEquals("light#kitchen", endpoint.get("endpointId"));
    assertEquals("Kitchen Light", endpoint.get("friendlyName"));
    assertEquals("Home Assistant", endpoint.get("manufacturerName"));
    assertEquals("light.kitchen via Home Assistant", endpoint.get("description"));
    Entity unnamed =
        Entity.of(
            Map.of("entity_id", "switch.garden_pump", "state", "off", "attributes", Map.of()),
            null);
    assertEquals(
        "garden pump",
        DiscoveryEndpoints.endpoint(unnamed, Capability.of(unnamed)).get("friendlyName"));
    assertEquals("light.kitchen", Entity.entityIdOf("light#kitchen"));
  }

  @Test
  void everyPropertyIsRetrievableAndNotProactivelyReported() {
    for (Map<String, Object> state : DemoStates.all()) {
      Entity entity = Entity.of(state, Temperatures.CELSIUS);
      for (Object capability :
          JsonMaps.array(
              DiscoveryEndpoints.endpoint(entity, Capability.of(entity)), "capabilities")) {
        Map<String, Object> properties = JsonMaps.object(capability, "properties");
        if (properties != null) {
          assertEquals(Boolean.TRUE, properties.get("retrievable"), capability::toString);
          assertEquals(Boolean.FALSE, properties.get("proactivelyReported"), capability::toString);
        }
      }
    }
  }

  @Test
  void thermostatAnnouncesItsSetpointsAndModes() {
    Map<String, Object> thermostat =
        capability(endpoint("climate.living_room"), "Alexa.ThermostatController");
    assertEquals(
        List.of(
            Map.of("name", "targetSetpoint"),
            Map.of("name", "lowerSetpoint"),
            Map.of("name", "upperSetpoint"),
            Map.of("name", "thermostatMode")),
        JsonMaps.array(thermostat, "properties", "supported"));
    assertEquals(
        List.of("OFF", "HEAT", "COOL", "AUTO"),
        JsonMaps.array(thermostat, "configuration", "supportedModes"));
    assertEquals(false, JsonMaps.at(thermostat, "configuration", "supportsScheduling"));
  }

  @Test
  void coverPositionIsARangeWithPresetsAndOpenCloseSemantics() {
    Map<String, Object> range = capability(endpoint("cover.garage_door"), "Alexa.RangeController");
    assertEquals("Cover.Position", range.get("instance"));
    assertEquals(
        Map.of("minimumValue", 0, "maximumValue", 100, "precision", 1),
        JsonMaps.object(range, "configuration", "supportedRange"));
    assertEquals("Alexa.Unit.Percent", JsonMaps.string(range, "configuration", "unitOfMeasure"));
    List<String> actions = new ArrayList<>();
    for (Object mapping : JsonMaps.array(range, "semantics", "actionMappings")) {
      actions.add(
          JsonMaps.array(mapping, "actions").get(0)
              + "->"
              + JsonMaps.string(mapping, "directive", "name"));
    }
    assertEquals(
        List.of(
            "Alexa.Actions.Close->SetRangeValue",
            "Alexa.Actions.Open->SetRangeValue",
            "Alexa.Actions.Lower->AdjustRangeValue",
            "Alexa.Actions.Raise->AdjustRangeValue"),
        actions);
    assertEquals(2, JsonMaps.array(range, "semantics", "stateMappings").size());
  }

  @Test
  void onlyScriptsCanBeDeactivated() {
    assertEquals(
        false,
        capability(endpoint("scene.movie_night"), "Alexa.SceneController")
            .get("supportsDeactivation"));
    assertEquals(
        true,
        capability(endpoint("script.good_morning"), "Alexa.SceneController")
            .get("supportsDeactivation"));
    assertEquals(
        false,
        capability(endpoint("button.doorbell"), "Alexa.SceneController")
            .get("supportsDeactivation"));
  }

  @Test
  void lightsFollowTheirColorModes() {
    Entity white =
        DemoStates.with(
            "light.kitchen", null, Map.of("supported_color_modes", List.of("color_temp")));
    assertEquals(
        Set.of(
            Capability.POWER,
            Capability.BRIGHTNESS,
            Capability.COLOR_TEMPERATURE,
            Capability.ENDPOINT_HEALTH),
        Capability.of(white));
    Entity rgb =
        DemoStates.with("light.kitchen", null, Map.of("supported_color_modes", List.of("rgbww")));
    assertEquals(
        Set.of(
            Capability.POWER, Capability.BRIGHTNESS, Capability.COLOR, Capability.ENDPOINT_HEALTH),
        Capability.of(rgb));
    Entity legacy =
        Entity.of(
            Map.of(
                "entity_id",
                "light.old",
                "state",
                "on",
                "attributes",
                Map.of("supported_features", 19)),
            null);
    assertEquals(
        Set.of(
            Capability.POWER,
            Capability.BRIGHTNESS,
            Capability.COLOR_TEMPERATURE,
            Capability.COLOR,
            Capability.ENDPOINT_HEALTH),
        Capability.of(legacy));
  }

  @Test
  void sensorsNeedATemperatureUnitAndBinarySensorsAKnownClass() {
    Entity humidity =
        Entity.of(
            Map.of(
                "entity_id",
                "sensor.humidity",
                "state",
                "40",
                "attributes",
                Map.of("unit_of_measurement", "%", "device_class", "humidity")),
            null);
    assertTrue(Capability.of(humidity).isEmpty());
    Entity smoke =
        Entity.of(
            Map.of(
                "entity_id",
                "binary_sensor.smoke",
                "state",
                "off",
                "attributes",
                Map.of("device_class", "smoke")),
            null);
    assertTrue(Capability.of(smoke).isEmpty());
    Entity window =
        Entity.of(
            Map.of(
                "entity_id",
                "binary_sensor.window",
                "state",
                "on",
                "attributes",
                Map.of("device_class", "window")),
            null);
    assertEquals(
        Set.of(Capability.CONTACT_SENSOR, Capability.ENDPOINT_HEALTH), Capability.of(window));
  }

  @Test
  void theWholeDiscoverResponseIsSchemaValid() {
    List<Map<String, Object>> endpoints = new ArrayList<>();
    for (Map<String, Object> state : DemoStates.all()) {
      Entity entity = Entity.of(state, Temperatures.CELSIUS);
      Set<Capability> capabilities = Capability.of(entity);
      if (!capabilities.isEmpty()) {
        endpoints.add(DiscoveryEndpoints.endpoint(entity, capabilities));
      }
    }
    AlexaSchema.assertValid(
        Messages.discoverResponse(
            "a1b2c3d4-0000-4000-8000-000000000001", Mappers.write(endpoints)));
  }

  private static Map<String, Object> endpoint(String entityId) {
    Entity entity = DemoStates.entity(entityId);
    return DiscoveryEndpoints.endpoint(entity, Capability.of(entity));
  }

  private static Map<String, Object> capability(
      Map<String, Object> endpoint, String interfaceName) {
    for (Object capability : JsonMaps.array(endpoint, "capabilities")) {
      if (interfaceName.equals(JsonMaps.string(capability, "interface"))) {
        return JsonMaps.object(capability);
      }
    }
    throw new AssertionError("no " + interfaceName + " in " + endpoint);
  }
}
