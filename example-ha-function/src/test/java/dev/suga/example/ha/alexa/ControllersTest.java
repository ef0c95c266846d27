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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each controller's request building: directive + entity state -> the Home Assistant service call.
 */
class ControllersTest {
  @Test
  void powerTurnsOnAndOffPerDomain() {
    assertCall(
        "light", "turn_on", Map.of("entity_id", "light.kitchen"), power("TurnOn", "light.kitchen"));
    assertCall(
        "switch",
        "turn_off",
        Map.of("entity_id", "switch.coffee_maker"),
        power("TurnOff", "switch.coffee_maker"));
    assertCall(
        "cover",
        "open_cover",
        Map.of("entity_id", "cover.garage_door"),
        power("TurnOn", "cover.garage_door"));
    assertCall(
        "cover",
        "close_cover",
        Map.of("entity_id", "cover.garage_door"),
        power("TurnOff", "cover.garage_door"));
    assertCall(
        "homeassistant",
        "turn_off",
        Map.of("entity_id", "group.downstairs"),
        power("TurnOff", "group.downstairs"));
    assertCall(
        "automation",
        "turn_off",
        Map.of("entity_id", "automation.lights_at_sunset"),
        power("TurnOff", "automation.lights_at_sunset"));
    assertCall(
        "climate",
        "turn_on",
        Map.of("entity_id", "climate.living_room"),
        power("TurnOn", "climate.living_room"));
    assertTrue(
        PowerController.INSTANCE.handles("TurnOn") && !PowerController.INSTANCE.handles("Toggle"));
  }

  @Test
  void brightnessSetAndAdjust() {
    // the kitchen light is at 180/255 = 71 %
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "brightness_pct", 75),
        plan(
            BrightnessController.INSTANCE,
            "SetBrightness",
            "light.kitchen",
            Map.of("brightness", 75)));
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "brightness_pct", 46),
        plan(
            BrightnessController.INSTANCE,
            "AdjustBrightness",
            "light.kitchen",
            Map.of("brightnessDelta", -25)));
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "brightness_pct", 100),
        plan(
            BrightnessController.INSTANCE,
            "AdjustBrightness",
            "light.kitchen",
            Map.of("brightnessDelta", 50)));
    assertCall(
        "light",
        "turn_off",
        Map.of("entity_id", "light.kitchen"),
        plan(
            BrightnessController.INSTANCE,
            "SetBrightness",
            "light.kitchen",
            Map.of("brightness", 0)));
    // an off light counts from 0
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.living_room", "brightness_pct", 20),
        plan(
            BrightnessController.INSTANCE,
            "AdjustBrightness",
            "light.living_room",
            Map.of("brightnessDelta", 20)));
    assertOutOfRange(
        0,
        100,
        () ->
            plan(
                BrightnessController.INSTANCE,
                "SetBrightness",
                "light.kitchen",
                Map.of("brightness", 101)));
    assertOutOfRange(
        -100,
        100,
        () ->
            plan(
                BrightnessController.INSTANCE,
                "AdjustBrightness",
                "light.kitchen",
                Map.of("brightnessDelta", -150)));
    AlexaError missing =
        assertThrows(
            AlexaError.class,
            () ->
                plan(
                    BrightnessController.INSTANCE,
                    "SetBrightness",
                    "light.kitchen",
                    Map.of("brightness", "bright")));
    assertEquals(AlexaErrorType.INVALID_DIRECTIVE, missing.type());
  }

  @Test
  void colorBecomesHueAndSaturationOnly() {
    Map<String, Object> color =
        Map.of("color", Map.of("hue", 350.5, "saturation", 0.7138, "brightness", 0.6524));
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "hs_color", List.of(350.5, 71.38)),
        plan(ColorController.INSTANCE, "SetColor", "light.kitchen", color));
    assertOutOfRange(
        0,
        360,
        () ->
            plan(
                ColorController.INSTANCE,
                "SetColor",
                "light.kitchen",
                Map.of("color", Map.of("hue", 361, "saturation", 1, "brightness", 1))));
    assertOutOfRange(
        0,
        1,
        () ->
            plan(
                ColorController.INSTANCE,
                "SetColor",
                "light.kitchen",
                Map.of("color", Map.of("hue", 0, "saturation", 1.5, "brightness", 1))));
  }

  @Test
  void colorTemperatureSetIncreaseDecrease() {
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "color_temp_kelvin", 5000),
        plan(
            ColorTemperatureController.INSTANCE,
            "SetColorTemperature",
            "light.kitchen",
            Map.of("colorTemperatureInKelvin", 5000)));
    // the kitchen light reaches 2000..6535 K: a cooler white is clamped, as Home Assistant would
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "color_temp_kelvin", 6535),
        plan(
            ColorTemperatureController.INSTANCE,
            "SetColorTemperature",
            "light.kitchen",
            Map.of("colorTemperatureInKelvin", 9000)));
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "color_temp_kelvin", 3500),
        plan(
            ColorTemperatureController.INSTANCE,
            "IncreaseColorTemperature",
            "light.kitchen",
            Map.of()));
    assertCall(
        "light",
        "turn_on",
        Map.of("entity_id", "light.kitchen", "color_temp_kelvin", 2500),
        plan(
            ColorTemperatureController.INSTANCE,
            "DecreaseColorTemperature",
            "light.kitchen",
            Map.of()));
    Entity warm = DemoStates.with("light.kitchen", null, Map.of("color_temp_kelvin", 2200));
    assertEquals(
        2000,
        ColorTemperatureController.INSTANCE
            .plan(
                directive("Alexa.ColorTemperatureController", "DecreaseColorTemperature", Map.of()),
                warm)
            .data()
            .get("color_temp_kelvin"));
    assertOutOfRange(
        1000,
        10000,
        () ->
            plan(
                ColorTemperatureController.INSTANCE,
                "SetColorTemperature",
                "light.kitchen",
                Map.of("colorTemperatureInKelvin", 500)));
  }

  @Test
  void lockAndUnlock() {
    assertCall(
        "lock",
        "lock",
        Map.of("entity_id", "lock.front_door"),
        plan(LockController.INSTANCE, "Lock", "lock.front_door", Map.of()));
    assertCall(
        "lock",
        "unlock",
        Map.of("entity_id", "lock.front_door"),
        plan(LockController.INSTANCE, "Unlock", "lock.front_door", Map.of()));
  }

  @Test
  void scenesScriptsAndButtons() {
    assertCall(
        "scene",
        "turn_on",
        Map.of("entity_id", "scene.movie_night"),
        plan(SceneController.INSTANCE, "Activate", "scene.movie_night", Map.of()));
    assertCall(
        "script",
        "turn_on",
        Map.of("entity_id", "script.good_morning"),
        plan(SceneController.INSTANCE, "Activate", "script.good_morning", Map.of()));
    assertCall(
        "script",
        "turn_off",
        Map.of("entity_id", "script.good_morning"),
        plan(SceneController.INSTANCE, "Deactivate", "script.good_morning", Map.of()));
    assertCall(
        "button",
        "press",
        Map.of("entity_id", "button.doorbell"),
        plan(SceneController.INSTANCE, "Activate", "button.doorbell", Map.of()));
    AlexaError error =
        assertThrows(
            AlexaError.class,
            () -> plan(SceneController.INSTANCE, "Deactivate", "scene.movie_night", Map.of()));
    assertEquals(AlexaErrorType.INVALID_DIRECTIVE, error.type());
  }

  @Test
  void thermostatSetpointsInTheEntitysScale() {
    assertCall(
        "climate",
        "set_temperature",
        Map.of("entity_id", "climate.living_room", "temperature", 25.0),
        thermostat("SetTargetTemperature", Map.of("targetSetpoint", temperature(25.0, "CELSIUS"))));
    assertCall(
        "climate",
        "set_temperature",
        Map.of(
            "entity_id", "climate.living_room", "target_temp_low", 20.0, "target_temp_high", 25.6),
        thermostat(
            "SetTargetTemperature",
            Map.of(
                "lowerSetpoint",
                temperature(68.0, "FAHRENHEIT"),
                "upperSetpoint",
                temperature(78.0, "FAHRENHEIT"))));
    assertCall(
        "climate",
        "set_temperature",
        Map.of(
            "entity_id",
            "climate.living_room",
            "temperature",
            22.8,
            "target_temp_low",
            20.0,
            "target_temp_high",
            25.6),
        thermostat(
            "SetTargetTemperature",
            Map.of(
                "targetSetpoint",
                temperature(73.0, "FAHRENHEIT"),
                "lowerSetpoint",
                temperature(68.0, "FAHRENHEIT"),
                "upperSetpoint",
                temperature(78.0, "FAHRENHEIT"))));
    assertCall(
        "climate",
        "set_temperature",
        Map.of("entity_id", "climate.living_room", "temperature", 21.5),
        thermostat(
            "SetTargetTemperature", Map.of("targetSetpoint", temperature(294.65, "KELVIN"))));
    // 21 °C - 2 °F (1.11 °C)
    assertCall(
        "climate",
        "set_temperature",
        Map.of("entity_id", "climate.living_room", "temperature", 19.9),
        thermostat(
            "AdjustTargetTemperature",
            Map.of("targetSetpointDelta", temperature(-2.0, "FAHRENHEIT"))));
  }

  @Test
  void thermostatErrorsCarryTheirRangeOrNamespace() {
    AlexaError tooHot =
        assertThrows(
            AlexaError.class,
            () ->
                thermostat(
                    "SetTargetTemperature",
                    Map.of("targetSetpoint", temperature(40.0, "CELSIUS"))));
    assertEquals(AlexaErrorType.TEMPERATURE_VALUE_OUT_OF_RANGE, tooHot.type());
    assertEquals(
        Map.of(
            "minimumValue",
            Map.of("value", 7.0, "scale", "CELSIUS"),
            "maximumValue",
            Map.of("value", 35.0, "scale", "CELSIUS")),
        tooHot.extra().get("validRange"));
    AlexaError close =
        assertThrows(
            AlexaError.class,
            () ->
                thermostat(
                    "SetTargetTemperature",
                    Map.of(
                        "lowerSetpoint",
                        temperature(22.0, "CELSIUS"),
                        "upperSetpoint",
                        temperature(21.5, "CELSIUS"))));
    assertEquals("Alexa.ThermostatController", close.type().namespace());
    assertEquals(AlexaErrorType.REQUESTED_SETPOINTS_TOO_CLOSE, close.type());
    AlexaError eco =
        assertThrows(
            AlexaError.class,
            () ->
                thermostat("SetThermostatMode", Map.of("thermostatMode", Map.of("value", "ECO"))));
    assertEquals(AlexaErrorType.UNSUPPORTED_THERMOSTAT_MODE, eco.type());
    AlexaError badScale =
        assertThrows(
            AlexaError.class,
            () ->
                thermostat(
                    "SetTargetTemperature",
                    Map.of("targetSetpoint", temperature(20.0, "RANKINE"))));
    assertEquals(AlexaErrorType.INVALID_DIRECTIVE, badScale.type());
  }

  @Test
  void thermostatModes() {
    assertCall(
        "climate",
        "set_hvac_mode",
        Map.of("entity_id", "climate.living_room", "hvac_mode", "cool"),
        thermostat("SetThermostatMode", Map.of("thermostatMode", Map.of("value", "COOL"))));
    assertCall(
        "climate",
        "set_hvac_mode",
        Map.of("entity_id", "climate.living_room", "hvac_mode", "heat_cool"),
        thermostat("SetThermostatMode", Map.of("thermostatMode", Map.of("value", "AUTO"))));
    Entity eco =
        DemoStates.with(
            "climate.living_room", null, Map.of("preset_modes", List.of("none", "eco")));
    assertEquals(
        new ServiceCall(
            "climate",
            "set_preset_mode",
            Map.of("entity_id", "climate.living_room", "preset_mode", "eco")),
        ThermostatController.INSTANCE.plan(
            directive(
                "Alexa.ThermostatController",
                "SetThermostatMode",
                Map.of("thermostatMode", Map.of("value", "ECO"))),
            eco));
    Entity heatOnly =
        DemoStates.with("climate.living_room", null, Map.of("hvac_modes", List.of("off", "heat")));
    assertNull(Climate.hvacMode(heatOnly, "AUTO"));
    assertEquals(
        "auto",
        Climate.hvacMode(
            DemoStates.with(
                "climate.living_room", null, Map.of("hvac_modes", List.of("off", "auto"))),
            "AUTO"));
  }

  @Test
  void coverPositionSetAndAdjust() {
    assertCall(
        "cover",
        "set_cover_position",
        Map.of("entity_id", "cover.garage_door", "position", 50),
        range("SetRangeValue", Map.of("rangeValue", 50)));
    assertCall(
        "cover",
        "set_cover_position",
        Map.of("entity_id", "cover.garage_door", "position", 10),
        range("AdjustRangeValue", Map.of("rangeValueDelta", 10, "rangeValueDeltaDefault", false)));
    assertOutOfRange(0, 100, () -> range("SetRangeValue", Map.of("rangeValue", 150)));
    Directive noInstance =
        directive("Alexa.RangeController", "SetRangeValue", Map.of("rangeValue", 50));
    AlexaError error =
        assertThrows(
            AlexaError.class,
            () ->
                RangeController.INSTANCE.plan(noInstance, DemoStates.entity("cover.garage_door")));
    assertEquals(AlexaErrorType.INVALID_DIRECTIVE, error.type());
  }

  @Test
  void speakerVolumeAndMute() {
    assertCall(
        "media_player",
        "volume_set",
        Map.of("entity_id", "media_player.living_room_tv", "volume_level", 0.5),
        plan(
            SpeakerController.INSTANCE,
            "SetVolume",
            "media_player.living_room_tv",
            Map.of("volume", 50)));
    assertCall(
        "media_player",
        "volume_set",
        Map.of("entity_id", "media_player.living_room_tv", "volume_level", 0.1),
        plan(
            SpeakerController.INSTANCE,
            "AdjustVolume",
            "media_player.living_room_tv",
            Map.of("volume", -20, "volumeDefault", false)));
    assertCall(
        "media_player",
        "volume_mute",
        Map.of("entity_id", "media_player.living_room_tv", "is_volume_muted", true),
        plan(
            SpeakerController.INSTANCE,
            "SetMute",
            "media_player.living_room_tv",
            Map.of("mute", true)));
    assertOutOfRange(
        0,
        100,
        () ->
            plan(
                SpeakerController.INSTANCE,
                "SetVolume",
                "media_player.living_room_tv",
                Map.of("volume", 120)));
  }

  @Test
  void everyNamespaceHasItsController() {
    for (Capability capability : Capability.values()) {
      Controller controller = Controller.forNamespace(capability.interfaceName());
      if (controller != null) {
        assertEquals(capability, controller.capability());
      }
    }
    assertNull(Controller.forNamespace("Alexa.ChannelController"));
  }

  // ---- helpers ------------------------------------------------------------------------------

  static Directive directive(String namespace, String name, Map<String, Object> payload) {
    return Directive.parse(AlexaFixture.directive(namespace, name, "light#kitchen", payload));
  }

  private static ServiceCall plan(
      Controller controller, String name, String entityId, Map<String, Object> payload) {
    String namespace = controller.capability().interfaceName();
    return controller.plan(directive(namespace, name, payload), DemoStates.entity(entityId));
  }

  private static ServiceCall power(String name, String entityId) {
    return plan(PowerController.INSTANCE, name, entityId, Map.of());
  }

  private static ServiceCall thermostat(String name, Map<String, Object> payload) {
    return plan(ThermostatController.INSTANCE, name, "climate.living_room", payload);
  }

  private static ServiceCall range(String name, Map<String, Object> payload) {
    Directive directive =
        Directive.parse(
            AlexaFixture.withInstance(
                AlexaFixture.directive("Alexa.RangeController", name, "cover#garage_door", payload),
                "Cover.Position"));
    return RangeController.INSTANCE.plan(directive, DemoStates.entity("cover.garage_door"));
  }

  private static Map<String, Object> temperature(double value, String scale) {
    return Map.of("value", value, "scale", scale);
  }

  private static void assertCall(
      String domain, String service, Map<String, Object> data, ServiceCall call) {
    assertEquals(domain + "." + service, call.domain() + "." + call.service());
    assertEquals(
        AlexaFixture.normalized(data), AlexaFixture.normalized(call.data()), call::toString);
    assertEquals("entity_id", call.data().keySet().iterator().next(), "entity_id comes first");
  }

  private static void assertOutOfRange(double minimum, double maximum, Runnable action) {
    AlexaError error = assertThrows(AlexaError.class, action::run);
    assertEquals(AlexaErrorType.VALUE_OUT_OF_RANGE, error.type());
    assertEquals(
        Map.of("minimumValue", minimum, "maximumValue", maximum), error.extra().get("validRange"));
  }
}
