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
        Map.of("entity_id", "cover.living_room_blinds"),
        power("TurnOn", "cover.living_room_blinds"));
    assertCall(
        "cover",
        "close_cover",
        Map.of("entity_id", "cover.living_room_blinds"),
        power("TurnOff", "cover.living_room_blinds"));
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
  void powerWithoutPowerServicesUsesWhatTheEntityHas() {
    // a thermostat with an off mode but no TURN_ON/TURN_OFF changes its HVAC mode
    Entity modesOnly =
        DemoStates.with(
            "climate.living_room",
            "off",
            Map.of("supported_features", 1, "hvac_modes", List.of("off", "heat")));
    assertCall(
        "climate",
        "set_hvac_mode",
        Map.of("entity_id", "climate.living_room", "hvac_mode", "heat"),
        PowerController.INSTANCE.plan(
            directive("Alexa.PowerController", "TurnOn", Map.of()), modesOnly));
    assertCall(
        "climate",
        "set_hvac_mode",
        Map.of("entity_id", "climate.living_room", "hvac_mode", "off"),
        PowerController.INSTANCE.plan(
            directive("Alexa.PowerController", "TurnOff", Map.of()), modesOnly));
    Entity many =
        DemoStates.with(
            "climate.living_room",
            "off",
            Map.of("supported_features", 1, "hvac_modes", List.of("off", "cool", "auto", "dry")));
    assertEquals("auto", Climate.onMode(many));
    // a player that cannot power itself plays and stops, as Home Assistant's integration does
    Entity player =
        DemoStates.with(
            "media_player.kitchen_speaker", null, Map.of("supported_features", 16384 | 4096));
    assertCall(
        "media_player",
        "media_play",
        Map.of("entity_id", "media_player.kitchen_speaker"),
        PowerController.INSTANCE.plan(
            directive("Alexa.PowerController", "TurnOn", Map.of()), player));
    assertCall(
        "media_player",
        "media_stop",
        Map.of("entity_id", "media_player.kitchen_speaker"),
        PowerController.INSTANCE.plan(
            directive("Alexa.PowerController", "TurnOff", Map.of()), player));
    assertCall(
        "media_player",
        "turn_off",
        Map.of("entity_id", "media_player.kitchen_speaker"),
        power("TurnOff", "media_player.kitchen_speaker"));
  }

  @Test
  void modesOpenCloseSetPresetsAndStepThroughOptions() {
    assertCall(
        "cover",
        "open_cover",
        Map.of("entity_id", "cover.garage_door"),
        mode("SetMode", "cover.garage_door", Map.of("mode", "Position.Open")));
    assertCall(
        "cover",
        "close_cover",
        Map.of("entity_id", "cover.patio_awning"),
        mode("SetMode", "cover.patio_awning", Map.of("mode", "Position.Closed")));
    assertCall(
        "fan",
        "set_preset_mode",
        Map.of("entity_id", "fan.living_room", "preset_mode", "breeze"),
        mode("SetMode", "fan.living_room", Map.of("mode", "Preset.breeze")));
    assertCall(
        "input_select",
        "select_option",
        Map.of("entity_id", "input_select.house_mode", "option", "Night"),
        mode("SetMode", "input_select.house_mode", Map.of("mode", "Option.Night")));
    assertCall(
        "input_select",
        "select_option",
        Map.of("entity_id", "input_select.house_mode", "option", "Away"),
        mode("AdjustMode", "input_select.house_mode", Map.of("modeDelta", 1)));
    assertCall(
        "input_select",
        "select_option",
        Map.of("entity_id", "input_select.house_mode", "option", "Home"),
        mode("AdjustMode", "input_select.house_mode", Map.of("modeDelta", -1)));
    assertError(
        AlexaErrorType.INVALID_VALUE,
        () -> mode("SetMode", "fan.living_room", Map.of("mode", "Option.Home")));
    assertError(
        AlexaErrorType.INVALID_DIRECTIVE,
        () -> mode("AdjustMode", "fan.living_room", Map.of("modeDelta", 1)));
    assertError(
        AlexaErrorType.INVALID_DIRECTIVE,
        () -> mode("SetMode", "input_select.house_mode", Map.of("mode", 3)));
    Entity unknown = DemoStates.with("input_select.house_mode", "unknown", Map.of());
    AlexaError lost =
        assertThrows(
            AlexaError.class,
            () ->
                ModeController.INSTANCE.plan(
                    modeDirective("AdjustMode", "input_select.house_mode", Map.of("modeDelta", 1)),
                    unknown));
    assertEquals(AlexaErrorType.INVALID_VALUE, lost.type());
    assertEquals(
        List.of("Option.Home", "Option.Away", "Option.Night", "Option.Vacation"),
        Modes.values(DemoStates.entity("input_select.house_mode")));
    assertEquals("Home", Modes.name(DemoStates.entity("input_select.house_mode"), "Option.Home"));
    assertNull(Modes.name(DemoStates.entity("input_select.house_mode"), "Option.home"));
  }

  @Test
  void rangesOfFansAndHelpers() {
    assertCall(
        "fan",
        "set_percentage",
        Map.of("entity_id", "fan.bedroom", "percentage", 33),
        range("SetRangeValue", "fan.bedroom", Map.of("rangeValue", 33)));
    assertCall(
        "fan",
        "turn_off",
        Map.of("entity_id", "fan.bedroom"),
        range("SetRangeValue", "fan.bedroom", Map.of("rangeValue", 0)));
    // the demo fan is off (0 %): a default step up is one of its three speeds
    assertCall(
        "fan",
        "set_percentage",
        Map.of("entity_id", "fan.bedroom", "percentage", 33),
        range(
            "AdjustRangeValue",
            "fan.bedroom",
            Map.of("rangeValueDelta", 1, "rangeValueDeltaDefault", true)));
    Entity onOff =
        DemoStates.with("fan.bedroom", "off", Map.of("supported_features", 48, "percentage", 0));
    assertCall(
        "fan",
        "turn_on",
        Map.of("entity_id", "fan.bedroom"),
        RangeController.INSTANCE.plan(
            rangeDirective("SetRangeValue", "fan.bedroom", Map.of("rangeValue", 100)), onOff));
    assertCall(
        "input_number",
        "set_value",
        Map.of("entity_id", "input_number.target_humidity", "value", 52.5),
        range("SetRangeValue", "input_number.target_humidity", Map.of("rangeValue", 52.5)));
    // 45 + one step of 1
    assertCall(
        "input_number",
        "set_value",
        Map.of("entity_id", "input_number.target_humidity", "value", 46),
        range(
            "AdjustRangeValue",
            "input_number.target_humidity",
            Map.of("rangeValueDelta", 10, "rangeValueDeltaDefault", true)));
    assertOutOfRange(
        30,
        60,
        () -> range("SetRangeValue", "input_number.target_humidity", Map.of("rangeValue", 29)));
    assertOutOfRange(
        -30,
        30,
        () ->
            range(
                "AdjustRangeValue",
                "input_number.target_humidity",
                Map.of("rangeValueDelta", 31, "rangeValueDeltaDefault", false)));
  }

  @Test
  void stepSpeakerStepsAndMutes() {
    ServiceCall up =
        plan(
            StepSpeakerController.INSTANCE,
            "AdjustVolume",
            "media_player.kitchen_speaker",
            Map.of("volumeSteps", 4, "volumeStepsDefault", false));
    assertCall(
        "media_player", "volume_up", Map.of("entity_id", "media_player.kitchen_speaker"), up);
    assertEquals(4, up.times());
    ServiceCall down =
        plan(
            StepSpeakerController.INSTANCE,
            "AdjustVolume",
            "media_player.kitchen_speaker",
            Map.of("volumeSteps", -10, "volumeStepsDefault", true));
    assertEquals("volume_down", down.service());
    assertEquals(1, down.times(), "Alexa's default of ten steps is one");
    assertCall(
        "media_player",
        "volume_mute",
        Map.of("entity_id", "media_player.kitchen_speaker", "is_volume_muted", false),
        plan(
            StepSpeakerController.INSTANCE,
            "SetMute",
            "media_player.kitchen_speaker",
            Map.of("mute", false)));
    assertOutOfRange(
        -10,
        10,
        () ->
            plan(
                StepSpeakerController.INSTANCE,
                "AdjustVolume",
                "media_player.kitchen_speaker",
                Map.of("volumeSteps", -11, "volumeStepsDefault", false)));
    assertError(
        AlexaErrorType.INVALID_DIRECTIVE,
        () ->
            plan(
                StepSpeakerController.INSTANCE,
                "AdjustVolume",
                "media_player.kitchen_speaker",
                Map.of("volumeSteps", 1.5, "volumeStepsDefault", false)));
    assertTrue(!StepSpeakerController.INSTANCE.readBack(), "StepSpeaker reports no state");
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
        Map.of("entity_id", "cover.living_room_blinds", "position", 50),
        range("SetRangeValue", BLINDS, Map.of("rangeValue", 50)));
    assertCall(
        "cover",
        "set_cover_position",
        Map.of("entity_id", "cover.living_room_blinds", "position", 70),
        range(
            "AdjustRangeValue",
            BLINDS,
            Map.of("rangeValueDelta", 10, "rangeValueDeltaDefault", false)));
    assertOutOfRange(0, 100, () -> range("SetRangeValue", BLINDS, Map.of("rangeValue", 150)));
    Directive noInstance =
        directive("Alexa.RangeController", "SetRangeValue", Map.of("rangeValue", 50));
    AlexaError error =
        assertThrows(
            AlexaError.class,
            () -> RangeController.INSTANCE.plan(noInstance, DemoStates.entity(BLINDS)));
    assertEquals(AlexaErrorType.INVALID_DIRECTIVE, error.type());
    AlexaError fanInstance =
        assertThrows(
            AlexaError.class,
            () ->
                RangeController.INSTANCE.plan(
                    rangeDirective("SetRangeValue", "fan.bedroom", Map.of("rangeValue", 5)),
                    DemoStates.entity(BLINDS)));
    assertEquals(AlexaErrorType.INVALID_DIRECTIVE, fanInstance.type(), "another domain's range");
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

  private static final String BLINDS = "cover.living_room_blinds";

  private static ServiceCall range(String name, String entityId, Map<String, Object> payload) {
    return RangeController.INSTANCE.plan(
        rangeDirective(name, entityId, payload), DemoStates.entity(entityId));
  }

  /** A RangeController directive with the instance of {@code entityId}'s domain. */
  private static Directive rangeDirective(
      String name, String entityId, Map<String, Object> payload) {
    return instanced(Capability.RANGE, name, entityId, payload);
  }

  private static ServiceCall mode(String name, String entityId, Map<String, Object> payload) {
    return ModeController.INSTANCE.plan(
        modeDirective(name, entityId, payload), DemoStates.entity(entityId));
  }

  private static Directive modeDirective(
      String name, String entityId, Map<String, Object> payload) {
    return instanced(Capability.MODE, name, entityId, payload);
  }

  private static Directive instanced(
      Capability capability, String name, String entityId, Map<String, Object> payload) {
    String domain = entityId.substring(0, entityId.indexOf('.'));
    return Directive.parse(
        AlexaFixture.withInstance(
            AlexaFixture.directive(
                capability.interfaceName(), name, Entity.endpointIdOf(entityId), payload),
            Capability.instance(capability, domain)));
  }

  private static void assertError(AlexaErrorType type, Runnable action) {
    AlexaError error = assertThrows(AlexaError.class, action::run);
    assertEquals(type, error.type(), error::getMessage);
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
