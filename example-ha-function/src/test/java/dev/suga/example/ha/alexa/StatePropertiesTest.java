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

import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.AlexaSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Home Assistant state -> Alexa context properties. */
class StatePropertiesTest {
  private static final String NOW = "2026-11-22T12:00:00.5Z";

  @Test
  void kitchenLight() {
    Map<String, Object> values = values("light.kitchen");
    assertEquals(
        n(
            Map.of(
                "Alexa.PowerController/powerState",
                "ON",
                "Alexa.BrightnessController/brightness",
                71,
                "Alexa.ColorController/color",
                Map.of("hue", 27.83, "saturation", 0.569, "brightness", 0.71),
                "Alexa.ColorTemperatureController/colorTemperatureInKelvin",
                3000,
                "Alexa.EndpointHealth/connectivity",
                Map.of("value", "OK"))),
        values);
  }

  @Test
  void anOffLightHasNoBrightnessButKeepsItsShape() {
    Map<String, Object> values = values("light.living_room");
    assertEquals("OFF", values.get("Alexa.PowerController/powerState"));
    assertEquals(0L, values.get("Alexa.BrightnessController/brightness"));
  }

  @Test
  void thermostatReportsOnlyTheSetpointsItHasNow() {
    Map<String, Object> values = values("climate.living_room");
    assertEquals(
        n(
            Map.of(
                "Alexa.PowerController/powerState", "ON",
                "Alexa.ThermostatController/targetSetpoint",
                    Map.of("value", 21.0, "scale", "CELSIUS"),
                "Alexa.ThermostatController/thermostatMode", "HEAT",
                "Alexa.TemperatureSensor/temperature", Map.of("value", 20.5, "scale", "CELSIUS"),
                "Alexa.EndpointHealth/connectivity", Map.of("value", "OK"))),
        values);
    Entity fahrenheit = Entity.of(DemoStates.state("climate.living_room"), Temperatures.FAHRENHEIT);
    assertEquals(
        n(Map.of("value", 21.0, "scale", "FAHRENHEIT")),
        valuesOf(fahrenheit).get("Alexa.ThermostatController/targetSetpoint"));
    Entity dual =
        DemoStates.with(
            "climate.living_room",
            "heat_cool",
            nulls("temperature", "target_temp_low", 19.0, "target_temp_high", 24.0));
    Map<String, Object> dualValues = valuesOf(dual);
    assertEquals(
        n(Map.of("value", 19.0, "scale", "CELSIUS")),
        dualValues.get("Alexa.ThermostatController/lowerSetpoint"));
    assertEquals(
        n(Map.of("value", 24.0, "scale", "CELSIUS")),
        dualValues.get("Alexa.ThermostatController/upperSetpoint"));
    assertEquals("AUTO", dualValues.get("Alexa.ThermostatController/thermostatMode"));
    assertEquals(null, dualValues.get("Alexa.ThermostatController/targetSetpoint"));
  }

  @Test
  void sensorsInTheirOwnUnits() {
    assertEquals(
        n(Map.of("value", 12.3, "scale", "CELSIUS")),
        values("sensor.outdoor_temperature").get("Alexa.TemperatureSensor/temperature"));
    assertEquals(
        n(Map.of("value", -0.4, "scale", "FAHRENHEIT")),
        values("sensor.freezer_temperature").get("Alexa.TemperatureSensor/temperature"));
    assertEquals(
        "NOT_DETECTED",
        values("binary_sensor.front_door").get("Alexa.ContactSensor/detectionState"));
    assertEquals(
        "DETECTED",
        valuesOf(DemoStates.with("binary_sensor.hallway_motion", "on", Map.of()))
            .get("Alexa.MotionSensor/detectionState"));
    Map<String, Object> unknown =
        valuesOf(DemoStates.with("sensor.outdoor_temperature", "unknown", Map.of()));
    assertEquals(
        null, unknown.get("Alexa.TemperatureSensor/temperature"), "an unknown value is left out");
  }

  @Test
  void coverLockMediaAndUnavailable() {
    Map<String, Object> blinds = values("cover.living_room_blinds");
    assertEquals("ON", blinds.get("Alexa.PowerController/powerState"));
    assertEquals(60L, blinds.get("Alexa.RangeController/rangeValue"));
    Map<String, Object> garage = values("cover.garage_door");
    assertEquals(null, garage.get("Alexa.PowerController/powerState"), "a garage door has none");
    assertEquals("Position.Closed", garage.get("Alexa.ModeController/mode"));
    assertEquals(
        null,
        valuesOf(DemoStates.with("cover.garage_door", "opening", Map.of()))
            .get("Alexa.ModeController/mode"),
        "a moving door is in no mode yet");
    assertEquals("LOCKED", values("lock.front_door").get("Alexa.LockController/lockState"));
    Map<String, Object> tv = values("media_player.living_room_tv");
    assertEquals(30L, tv.get("Alexa.Speaker/volume"));
    assertEquals(false, tv.get("Alexa.Speaker/muted"));
    assertEquals(
        n(Map.of("Alexa.EndpointHealth/connectivity", Map.of("value", "UNREACHABLE"))),
        values("light.broken_lamp"));
  }

  @Test
  void rangeAndModePropertiesNameTheirInstance() {
    assertEquals(
        List.of("Cover.Position"), instances("cover.living_room_blinds", "Alexa.RangeController"));
    assertEquals(List.of("Cover.Position"), instances("cover.garage_door", "Alexa.ModeController"));
    assertEquals(List.of("Fan.Speed"), instances("fan.bedroom", "Alexa.RangeController"));
    assertEquals(List.of("Fan.Preset"), instances("fan.living_room", "Alexa.ModeController"));
    assertEquals(
        List.of("InputNumber.Value"),
        instances("input_number.target_humidity", "Alexa.RangeController"));
    assertEquals(
        List.of("InputSelect.Option"),
        instances("input_select.house_mode", "Alexa.ModeController"));
    for (Map<String, Object> property : properties("light.kitchen")) {
      assertFalse(property.containsKey("instance"), "interfaces without instances name none");
    }
  }

  @Test
  void fanSpeedPresetHelperValueAndOption() {
    Map<String, Object> bedroom = values("fan.bedroom");
    assertEquals("OFF", bedroom.get("Alexa.PowerController/powerState"));
    assertEquals(0L, bedroom.get("Alexa.RangeController/rangeValue"), "an off fan is at 0 %");
    assertEquals(
        67L,
        valuesOf(DemoStates.with("fan.bedroom", "on", Map.of("percentage", 67)))
            .get("Alexa.RangeController/rangeValue"));
    assertEquals(
        100L,
        valuesOf(
                DemoStates.with(
                    "fan.bedroom", "on", Map.of("supported_features", 48, "percentage", 0)))
            .get("Alexa.RangeController/rangeValue"),
        "a fan without speeds is at 100 % when on");
    Map<String, Object> living = values("fan.living_room");
    assertEquals("ON", living.get("Alexa.PowerController/powerState"));
    assertEquals("Preset.auto", living.get("Alexa.ModeController/mode"));
    assertEquals(
        null,
        valuesOf(DemoStates.with("fan.living_room", null, Map.of("preset_mode", "turbo")))
            .get("Alexa.ModeController/mode"),
        "a preset the fan does not list is none of its modes");
    assertEquals(
        45L, values("input_number.target_humidity").get("Alexa.RangeController/rangeValue"));
    assertEquals(
        42.5,
        valuesOf(DemoStates.with("input_number.target_humidity", "42.5", Map.of()))
            .get("Alexa.RangeController/rangeValue"));
    assertEquals("Option.Home", values("input_select.house_mode").get("Alexa.ModeController/mode"));
    Map<String, Object> speaker = values("media_player.kitchen_speaker");
    assertEquals(
        n(
            Map.of(
                "Alexa.PowerController/powerState",
                "ON",
                "Alexa.EndpointHealth/connectivity",
                Map.of("value", "OK"))),
        speaker,
        "a step speaker reports no volume");
  }

  private static List<Object> instances(String entityId, String namespace) {
    List<Object> instances = new ArrayList<>();
    for (Map<String, Object> property : properties(entityId)) {
      if (namespace.equals(property.get("namespace"))) {
        instances.add(property.get("instance"));
      }
    }
    return instances;
  }

  private static List<Map<String, Object>> properties(String entityId) {
    Entity entity = DemoStates.entity(entityId);
    return StateProperties.of(entity, Capability.of(entity), NOW);
  }

  @Test
  void aStateReportOfEveryDemoEntityIsSchemaValid() {
    for (Map<String, Object> state : DemoStates.all()) {
      Entity entity = Entity.of(state, Temperatures.CELSIUS);
      Directive directive =
          Directive.parse(
              AlexaFixture.directive("Alexa", "ReportState", entity.endpointId(), Map.of()));
      AlexaSchema.assertValid(
          Messages.stateReport(
              directive,
              "f00dfeed-0000-4000-8000-000000000002",
              StateProperties.of(entity, Capability.of(entity), NOW)));
    }
  }

  private static Object n(Object value) {
    return AlexaFixture.normalized(value);
  }

  private static Map<String, Object> values(String entityId) {
    return valuesOf(DemoStates.entity(entityId));
  }

  /** namespace/name -> value, normalized through JSON. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> valuesOf(Entity entity) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Map<String, Object>> properties = StateProperties.of(entity, Capability.of(entity), NOW);
    for (Map<String, Object> property :
        (List<Map<String, Object>>) AlexaFixture.normalized(properties)) {
      assertEquals(NOW, property.get("timeOfSample"));
      assertEquals(0L, property.get("uncertaintyInMilliseconds"));
      values.put(
          property.get("namespace") + "/" + property.get("name"), JsonMaps.at(property, "value"));
    }
    return (Map<String, Object>) AlexaFixture.normalized(values);
  }

  private static Map<String, Object> nulls(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; ) {
      String key = (String) pairs[i++];
      Object value = i < pairs.length && !(pairs[i] instanceof String) ? pairs[i++] : null;
      map.put(key, value);
    }
    return map;
  }
}
