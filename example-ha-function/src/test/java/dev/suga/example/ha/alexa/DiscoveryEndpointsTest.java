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
    expect("fan.bedroom", "FAN", "Alexa.PowerController", "Alexa.RangeController", HEALTH);
    expect("fan.living_room", "FAN", "Alexa.PowerController", "Alexa.ModeController", HEALTH);
    expect("input_boolean.guest_mode", "OTHER", "Alexa.PowerController", HEALTH);
    expect("automation.lights_at_sunset", "ACTIVITY_TRIGGER", "Alexa.PowerController", HEALTH);
    expect("group.downstairs", "OTHER", "Alexa.PowerController", HEALTH);
    expect("lock.front_door", "SMARTLOCK", "Alexa.LockController", HEALTH);
    expect("scene.movie_night", "SCENE_TRIGGER", "Alexa.SceneController");
    expect("script.good_morning", "ACTIVITY_TRIGGER", "Alexa.SceneController");
    expect("button.doorbell", "ACTIVITY_TRIGGER", "Alexa.SceneController", HEALTH);
    expect(
        "climate.living_room",
        "THERMOSTAT",
        "Alexa.PowerController",
        "Alexa.ThermostatController",
        "Alexa.TemperatureSensor",
        HEALTH);
    expect(
        "climate.bedroom",
        "THERMOSTAT",
        "Alexa.ThermostatController",
        "Alexa.TemperatureSensor",
        HEALTH);
    expect("cover.garage_door", "GARAGE_DOOR", "Alexa.ModeController", HEALTH);
    expect(
        "cover.living_room_blinds",
        "INTERIOR_BLIND",
        "Alexa.PowerController",
        "Alexa.RangeController",
        HEALTH);
    expect("cover.garden_gate", "GARAGE_DOOR", "Alexa.ModeController", HEALTH);
    expect(
        "cover.patio_awning",
        "EXTERIOR_BLIND",
        "Alexa.PowerController",
        "Alexa.ModeController",
        HEALTH);
    expect("sensor.outdoor_temperature", "TEMPERATURE_SENSOR", "Alexa.TemperatureSensor", HEALTH);
    expect("sensor.freezer_temperature", "TEMPERATURE_SENSOR", "Alexa.TemperatureSensor", HEALTH);
    expect("binary_sensor.front_door", "CONTACT_SENSOR", "Alexa.ContactSensor", HEALTH);
    expect("binary_sensor.hallway_motion", "MOTION_SENSOR", "Alexa.MotionSensor", HEALTH);
    expect("media_player.living_room_tv", "TV", "Alexa.PowerController", "Alexa.Speaker", HEALTH);
    expect(
        "media_player.kitchen_speaker",
        "SPEAKER",
        "Alexa.PowerController",
        "Alexa.StepSpeaker",
        HEALTH);
    expect("input_number.target_humidity", "OTHER", "Alexa.RangeController", HEALTH);
    expect("input_select.house_mode", "OTHER", "Alexa.ModeController", HEALTH);
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
        "input_text and timer have no Alexa interface and are not exposed");
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

  /**
   * Home Assistant's names reach Alexa as whole characters: an emoji across the 128-character limit
   * is left out rather than cut in half (a lone surrogate, which is not Unicode text), and control
   * characters become spaces.
   */
  @Test
  void namesAreCutBetweenCharactersAndHoldNoControlCharacters() {
    String emoji = "\uD83D\uDE00";
    String name = "a".repeat(127) + emoji + " fan";
    Entity fan =
        Entity.of(
            Map.of(
                "entity_id",
                "switch.long_name",
                "state",
                "off",
                "attributes",
                Map.of("friendly_name", name)),
            null);
    assertEquals(
        "a".repeat(127), DiscoveryEndpoints.endpoint(fan, Capability.of(fan)).get("friendlyName"));
    assertEquals("a".repeat(126) + emoji, DiscoveryEndpoints.clip("a".repeat(126) + emoji + "b"));
    assertEquals("Porch   light", DiscoveryEndpoints.clip("Porch\n\u001b light\u0000"));
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
    Map<String, Object> range =
        capability(endpoint("cover.living_room_blinds"), "Alexa.RangeController");
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
  void garageDoorsGatesAndCoversWithoutPositionOpenAndCloseThroughModes() {
    for (String cover : List.of("cover.garage_door", "cover.garden_gate", "cover.patio_awning")) {
      Map<String, Object> mode = capability(endpoint(cover), "Alexa.ModeController");
      assertEquals("Cover.Position", mode.get("instance"), cover);
      assertEquals(false, JsonMaps.at(mode, "configuration", "ordered"));
      assertEquals(List.of("Position.Open", "Position.Closed"), modeValues(mode), cover);
      assertEquals(
          List.of("Alexa.Value.Open"),
          assetIds(JsonMaps.array(mode, "configuration", "supportedModes").get(0)),
          "the catalogue's words");
      List<String> actions = new ArrayList<>();
      for (Object mapping : JsonMaps.array(mode, "semantics", "actionMappings")) {
        actions.add(
            JsonMaps.array(mapping, "actions")
                + "->"
                + JsonMaps.string(mapping, "directive", "payload", "mode"));
      }
      assertEquals(
          List.of(
              "[Alexa.Actions.Close, Alexa.Actions.Lower]->Position.Closed",
              "[Alexa.Actions.Open, Alexa.Actions.Raise]->Position.Open"),
          actions);
      assertEquals(2, JsonMaps.array(mode, "semantics", "stateMappings").size());
    }
    assertTrue(
        !interfaces(endpoint("cover.garage_door")).contains("Alexa.PowerController"),
        "a garage door is not turned on and off");
  }

  @Test
  void fanPresetsAndInputSelectOptionsAreModesNamedAsHomeAssistantNamesThem() {
    Map<String, Object> preset = capability(endpoint("fan.living_room"), "Alexa.ModeController");
    assertEquals("Fan.Preset", preset.get("instance"));
    assertEquals(List.of("Preset.auto", "Preset.sleep", "Preset.breeze"), modeValues(preset));
    assertEquals(false, JsonMaps.at(preset, "configuration", "ordered"));
    assertEquals(
        Map.of("text", "sleep", "locale", "en-US"),
        JsonMaps.at(
            JsonMaps.array(
                    JsonMaps.array(preset, "configuration", "supportedModes").get(1),
                    "modeResources",
                    "friendlyNames")
                .get(0),
            "value"));

    Map<String, Object> option =
        capability(endpoint("input_select.house_mode"), "Alexa.ModeController");
    assertEquals("InputSelect.Option", option.get("instance"));
    assertEquals(
        List.of("Option.Home", "Option.Away", "Option.Night", "Option.Vacation"),
        modeValues(option));
    assertEquals(true, JsonMaps.at(option, "configuration", "ordered"), "next/previous work");
    assertEquals(null, option.get("semantics"));

    Entity single =
        DemoStates.with("input_select.house_mode", "Home", Map.of("options", List.of("Home")));
    assertTrue(Capability.of(single).isEmpty(), "one option is no choice");
    Entity onePreset =
        DemoStates.with("fan.living_room", null, Map.of("preset_modes", List.of("auto")));
    assertEquals(
        Set.of(Capability.POWER, Capability.RANGE, Capability.ENDPOINT_HEALTH),
        Capability.of(onePreset),
        "without presets to choose, the on/off range Home Assistant adds");
  }

  @Test
  void fanSpeedAndInputNumberAreRanges() {
    Map<String, Object> speed = capability(endpoint("fan.bedroom"), "Alexa.RangeController");
    assertEquals("Fan.Speed", speed.get("instance"));
    assertEquals(
        AlexaFixture.normalized(Map.of("minimumValue", 0, "maximumValue", 100, "precision", 1)),
        AlexaFixture.normalized(JsonMaps.object(speed, "configuration", "supportedRange")));
    assertEquals("Alexa.Unit.Percent", JsonMaps.string(speed, "configuration", "unitOfMeasure"));
    assertEquals(
        List.of("Alexa.Setting.FanSpeed"), assetIds(JsonMaps.object(speed, "capabilityResources")));
    // the demo fan has three speeds: "raise" and "lower" go one speed
    assertEquals(
        33L,
        AlexaFixture.normalized(
            JsonMaps.at(
                JsonMaps.array(speed, "semantics", "actionMappings").get(1),
                "directive",
                "payload",
                "rangeValueDelta")));

    Entity onOff =
        DemoStates.with("fan.bedroom", null, Map.of("supported_features", 48, "percentage", 0));
    Map<String, Object> onOffSpeed =
        capability(
            DiscoveryEndpoints.endpoint(onOff, Capability.of(onOff)), "Alexa.RangeController");
    assertEquals(
        100L,
        AlexaFixture.normalized(
            JsonMaps.at(onOffSpeed, "configuration", "supportedRange", "precision")),
        "a fan without speeds is at 0 or 100 %");

    Map<String, Object> number =
        capability(endpoint("input_number.target_humidity"), "Alexa.RangeController");
    assertEquals("InputNumber.Value", number.get("instance"));
    assertEquals(
        AlexaFixture.normalized(Map.of("minimumValue", 30, "maximumValue", 60, "precision", 1)),
        AlexaFixture.normalized(JsonMaps.object(number, "configuration", "supportedRange")));
    assertEquals("Alexa.Unit.Percent", JsonMaps.string(number, "configuration", "unitOfMeasure"));
    assertEquals(2, JsonMaps.array(number, "configuration", "presets").size());
  }

  @Test
  void powerOnlyWhereTheEntityTurnsOnAndOff() {
    Entity radiator = DemoStates.entity("climate.bedroom");
    assertTrue(!Capability.of(radiator).contains(Capability.POWER), "heat only, no TURN_ON/OFF");
    Entity withOff =
        DemoStates.with("climate.bedroom", null, Map.of("hvac_modes", List.of("off", "heat")));
    assertTrue(Capability.of(withOff).contains(Capability.POWER), "an off mode is power");
    Entity withFeature =
        DemoStates.with("climate.bedroom", null, Map.of("supported_features", 1 | 256));
    assertTrue(Capability.of(withFeature).contains(Capability.POWER), "TURN_ON is power");

    Entity mute = DemoStates.with("media_player.kitchen_speaker", null, Map.of());
    assertEquals(
        Set.of(Capability.POWER, Capability.STEP_SPEAKER, Capability.ENDPOINT_HEALTH),
        Capability.of(mute));
    Entity silent =
        DemoStates.with("media_player.kitchen_speaker", null, Map.of("supported_features", 0));
    assertEquals(Set.of(), Capability.of(silent), "nothing to control: not exposed");
    Entity player =
        DemoStates.with(
            "media_player.kitchen_speaker", null, Map.of("supported_features", 16384 | 4096));
    assertTrue(Capability.of(player).contains(Capability.POWER), "plays and stops");

    Entity positionOnly =
        DemoStates.with("cover.living_room_blinds", null, Map.of("supported_features", 4));
    assertEquals(
        Set.of(Capability.RANGE, Capability.ENDPOINT_HEALTH),
        Capability.of(positionOnly),
        "no OPEN/CLOSE, no power");

    Map<String, Object> tv = capability(endpoint("media_player.living_room_tv"), "Alexa.Speaker");
    assertEquals(
        List.of(Map.of("name", "volume"), Map.of("name", "muted")),
        JsonMaps.array(tv, "properties", "supported"));
    Entity noMute =
        DemoStates.with("media_player.living_room_tv", null, Map.of("supported_features", 4));
    assertEquals(
        List.of(Map.of("name", "volume")),
        JsonMaps.array(
            capability(DiscoveryEndpoints.endpoint(noMute, Capability.of(noMute)), "Alexa.Speaker"),
            "properties",
            "supported"));
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

  private static List<String> interfaces(Map<String, Object> endpoint) {
    List<String> names = new ArrayList<>();
    for (Object capability : JsonMaps.array(endpoint, "capabilities")) {
      names.add(JsonMaps.string(capability, "interface"));
    }
    return names;
  }

  private static List<String> modeValues(Map<String, Object> mode) {
    List<String> values = new ArrayList<>();
    for (Object supported : JsonMaps.array(mode, "configuration", "supportedModes")) {
      values.add(JsonMaps.string(supported, "value"));
    }
    return values;
  }

  /** The asset ids among the friendly names of a {@code *Resources} object's holder. */
  private static List<String> assetIds(Object holder) {
    Object resources =
        JsonMaps.at(holder, "modeResources") != null
            ? JsonMaps.at(holder, "modeResources")
            : holder;
    List<String> ids = new ArrayList<>();
    for (Object name : JsonMaps.array(resources, "friendlyNames")) {
      if ("asset".equals(JsonMaps.string(name, "@type"))) {
        ids.add(JsonMaps.string(name, "value", "assetId"));
      }
    }
    return ids;
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
