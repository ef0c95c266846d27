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
import static dev.suga.example.ha.alexa.AlexaFixture.property;
import static dev.suga.example.ha.alexa.AlexaFixture.withInstance;
import static dev.suga.example.ha.alexa.SmartHomeControlTest.assertResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.suga.example.ha.demo.DemoHomeAssistant.Failure;
import dev.suga.example.ha.json.JsonMaps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interfaces Home Assistant's own integration offers beyond on/off, end to end against the demo
 * Home Assistant: ModeController (garage doors, gates, covers without a position, fan presets,
 * input_select), RangeController (fan speed, input_number), StepSpeaker, and PowerController only
 * where the device turns on and off. Every answer is schema-checked when the fixture closes.
 */
class SmartHomeModesAndRangesTest {
  private static final String MODE = "Alexa.ModeController";
  private static final String RANGE = "Alexa.RangeController";
  private static final String HEALTH = "Alexa.EndpointHealth";

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
  void aGarageDoorOpensThroughItsModeAndIsNotTurnedOn() {
    Map<String, Object> open =
        mode("SetMode", "cover#garage_door", Map.of("mode", "Position.Open"));
    Map<String, Object> response = fixture.invoke(open);
    fixture.assertRequests(
        get("/api/states/cover.garage_door"),
        post("/api/services/cover/open_cover", Map.of("entity_id", "cover.garage_door")));
    assertResponse(open, response);
    assertEquals("Position.Open", property(response, MODE, "mode"));
    assertEquals("Cover.Position", instanceOf(response, MODE));
    assertEquals(Map.of("value", "OK"), property(response, HEALTH, "connectivity"));
    assertEquals("open", fixture.home.state("cover.garage_door").get("state"));

    fixture.home.clearRequests();
    Map<String, Object> close =
        mode("SetMode", "cover#garden_gate", Map.of("mode", "Position.Closed"));
    assertEquals("Position.Closed", property(fixture.invoke(close), MODE, "mode"));
    fixture.assertRequests(
        get("/api/states/cover.garden_gate"),
        post("/api/services/cover/close_cover", Map.of("entity_id", "cover.garden_gate")),
        get("/api/states/cover.garden_gate"));

    fixture.home.clearRequests();
    Map<String, Object> turnOn =
        directive("Alexa.PowerController", "TurnOn", "cover#garage_door", Map.of());
    assertError("INVALID_DIRECTIVE", turnOn, fixture.invoke(turnOn));
    Map<String, Object> next = mode("AdjustMode", "cover#garage_door", Map.of("modeDelta", 1));
    assertError("INVALID_DIRECTIVE", next, fixture.invoke(next));
    Map<String, Object> ajar =
        mode("SetMode", "cover#garage_door", Map.of("mode", "Position.Ajar"));
    assertError("INVALID_VALUE", ajar, fixture.invoke(ajar));
    fixture.assertRequests(
        get("/api/states/cover.garage_door"),
        get("/api/states/cover.garage_door"),
        get("/api/states/cover.garage_door"));
  }

  @Test
  void aMovingCoverReportsTheModeAskedFor() {
    String awning =
        "{\"entity_id\":\"cover.patio_awning\",\"state\":\"%s\",\"attributes\":"
            + "{\"device_class\":\"awning\",\"supported_features\":11}}";
    // Home Assistant answers that the awning is closed, then, after open_cover, that it is opening
    fixture.home.failNext(1, Failure.status(200, String.format(awning, "closed")));
    fixture.home.failNext(1, Failure.status(200, "[" + String.format(awning, "opening") + "]"));
    Map<String, Object> open =
        mode("SetMode", "cover#patio_awning", Map.of("mode", "Position.Open"));
    Map<String, Object> response = fixture.invoke(open);
    assertResponse(open, response);
    assertEquals("Position.Open", property(response, MODE, "mode"));
    fixture.assertRequests(
        get("/api/states/cover.patio_awning"),
        post("/api/services/cover/open_cover", Map.of("entity_id", "cover.patio_awning")));
  }

  @Test
  void fanPresetsAreModes() {
    Map<String, Object> sleep = mode("SetMode", "fan#living_room", Map.of("mode", "Preset.sleep"));
    Map<String, Object> response = fixture.invoke(sleep);
    fixture.assertRequests(
        get("/api/states/fan.living_room"),
        post(
            "/api/services/fan/set_preset_mode",
            Map.of("entity_id", "fan.living_room", "preset_mode", "sleep")));
    assertResponse(sleep, response);
    assertEquals("Preset.sleep", property(response, MODE, "mode"));
    assertEquals("Fan.Preset", instanceOf(response, MODE));

    fixture.home.clearRequests();
    Map<String, Object> turbo = mode("SetMode", "fan#living_room", Map.of("mode", "Preset.turbo"));
    assertError("INVALID_VALUE", turbo, fixture.invoke(turbo));
    Map<String, Object> wrongInstance =
        withInstance(
            directive(MODE, "SetMode", "fan#living_room", Map.of("mode", "Preset.auto")),
            "Fan.Direction");
    assertError("INVALID_DIRECTIVE", wrongInstance, fixture.invoke(wrongInstance));
    Map<String, Object> next = mode("AdjustMode", "fan#living_room", Map.of("modeDelta", 1));
    assertError("INVALID_DIRECTIVE", next, fixture.invoke(next));
    fixture.assertRequests(
        get("/api/states/fan.living_room"),
        get("/api/states/fan.living_room"),
        get("/api/states/fan.living_room"));
    assertEquals(
        "sleep", JsonMaps.at(fixture.home.state("fan.living_room"), "attributes", "preset_mode"));
  }

  @Test
  void fanSpeedIsARange() {
    Map<String, Object> set = range("SetRangeValue", "fan#bedroom", Map.of("rangeValue", 67));
    Map<String, Object> response = fixture.invoke(set);
    fixture.assertRequests(
        get("/api/states/fan.bedroom"),
        post(
            "/api/services/fan/set_percentage",
            Map.of("entity_id", "fan.bedroom", "percentage", 67)));
    assertResponse(set, response);
    assertEquals(67L, property(response, RANGE, "rangeValue"));
    assertEquals("Fan.Speed", instanceOf(response, RANGE));
    assertEquals("on", fixture.home.state("fan.bedroom").get("state"));

    // "turn up the fan": one of its three speeds
    fixture.home.clearRequests();
    Map<String, Object> up =
        range(
            "AdjustRangeValue",
            "fan#bedroom",
            Map.of("rangeValueDelta", 1, "rangeValueDeltaDefault", true));
    assertEquals(100L, property(fixture.invoke(up), RANGE, "rangeValue"));
    fixture.assertRequests(
        get("/api/states/fan.bedroom"),
        post(
            "/api/services/fan/set_percentage",
            Map.of("entity_id", "fan.bedroom", "percentage", 100)));

    fixture.home.clearRequests();
    Map<String, Object> off = range("SetRangeValue", "fan#bedroom", Map.of("rangeValue", 0));
    Map<String, Object> stopped = fixture.invoke(off);
    fixture.assertRequests(
        get("/api/states/fan.bedroom"),
        post("/api/services/fan/turn_off", Map.of("entity_id", "fan.bedroom")));
    assertEquals(0L, property(stopped, RANGE, "rangeValue"));
    assertEquals("off", fixture.home.state("fan.bedroom").get("state"));

    Map<String, Object> tooFast = range("SetRangeValue", "fan#bedroom", Map.of("rangeValue", 120));
    assertError("VALUE_OUT_OF_RANGE", tooFast, fixture.invoke(tooFast));
  }

  /**
   * A fan that is on and can set its speed, but whose {@code percentage} Home Assistant reports as
   * null (integrations that do not know the speed of a fan switched on by hand): its state, and the
   * answer to "turn on the fan", leave the speed out; they used to fail with INTERNAL_ERROR after
   * the fan had been switched.
   */
  @Test
  void aRunningFanOfUnknownSpeedStillAnswers() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("friendly_name", "Bedroom fan");
    attributes.put("supported_features", 1L);
    attributes.put("percentage_step", 33.33);
    attributes.put("percentage", null);
    fixture.home.setState("fan.bedroom", "on", attributes);

    Map<String, Object> report = directive("Alexa", "ReportState", "fan#bedroom", Map.of());
    Map<String, Object> state = fixture.invoke(report);
    assertEquals("StateReport", AlexaFixture.name(state), state::toString);
    assertEquals("ON", property(state, "Alexa.PowerController", "powerState"));
    assertNull(property(state, RANGE, "rangeValue"), state::toString);

    Map<String, Object> turnOn =
        directive("Alexa.PowerController", "TurnOn", "fan#bedroom", Map.of());
    Map<String, Object> response = fixture.invoke(turnOn);
    assertEquals("Response", AlexaFixture.name(response), response::toString);
    assertEquals("ON", property(response, "Alexa.PowerController", "powerState"));
  }

  @Test
  void anInputNumberIsARangeWithinItsBounds() {
    Map<String, Object> set =
        range("SetRangeValue", "input_number#target_humidity", Map.of("rangeValue", 50));
    Map<String, Object> response = fixture.invoke(set);
    fixture.assertRequests(
        get("/api/states/input_number.target_humidity"),
        post(
            "/api/services/input_number/set_value",
            Map.of("entity_id", "input_number.target_humidity", "value", 50)));
    assertResponse(set, response);
    assertEquals(50L, property(response, RANGE, "rangeValue"));
    assertEquals("InputNumber.Value", instanceOf(response, RANGE));

    fixture.home.clearRequests();
    Map<String, Object> tooHigh =
        range("SetRangeValue", "input_number#target_humidity", Map.of("rangeValue", 70));
    Map<String, Object> refused = fixture.invoke(tooHigh);
    assertError("VALUE_OUT_OF_RANGE", tooHigh, refused);
    assertEquals(
        AlexaFixture.normalized(Map.of("minimumValue", 30.0, "maximumValue", 60.0)),
        JsonMaps.at(refused, "event", "payload", "validRange"));
    Map<String, Object> down =
        range(
            "AdjustRangeValue",
            "input_number#target_humidity",
            Map.of("rangeValueDelta", -20, "rangeValueDeltaDefault", false));
    assertEquals(30L, property(fixture.invoke(down), RANGE, "rangeValue"), "stops at the minimum");
    fixture.assertRequests(
        get("/api/states/input_number.target_humidity"),
        get("/api/states/input_number.target_humidity"),
        post(
            "/api/services/input_number/set_value",
            Map.of("entity_id", "input_number.target_humidity", "value", 30)));
  }

  @Test
  void anInputSelectsOptionsAreOrderedModes() {
    Map<String, Object> away =
        mode("SetMode", "input_select#house_mode", Map.of("mode", "Option.Away"));
    Map<String, Object> response = fixture.invoke(away);
    fixture.assertRequests(
        get("/api/states/input_select.house_mode"),
        post(
            "/api/services/input_select/select_option",
            Map.of("entity_id", "input_select.house_mode", "option", "Away")));
    assertResponse(away, response);
    assertEquals("Option.Away", property(response, MODE, "mode"));

    Map<String, Object> next =
        mode("AdjustMode", "input_select#house_mode", Map.of("modeDelta", 1));
    assertEquals("Option.Night", property(fixture.invoke(next), MODE, "mode"));
    Map<String, Object> far = mode("AdjustMode", "input_select#house_mode", Map.of("modeDelta", 5));
    assertEquals(
        "Option.Vacation", property(fixture.invoke(far), MODE, "mode"), "stops at the last");
    Map<String, Object> back =
        mode("AdjustMode", "input_select#house_mode", Map.of("modeDelta", -9));
    assertEquals("Option.Home", property(fixture.invoke(back), MODE, "mode"), "and the first");
  }

  @Test
  void aStepSpeakerStepsItsVolumeAndMutes() {
    Map<String, Object> up =
        directive(
            "Alexa.StepSpeaker",
            "AdjustVolume",
            "media_player#kitchen_speaker",
            Map.of("volumeSteps", 3, "volumeStepsDefault", false));
    Map<String, Object> response = fixture.invoke(up);
    AlexaFixture.Request volumeUp =
        post(
            "/api/services/media_player/volume_up",
            Map.of("entity_id", "media_player.kitchen_speaker"));
    fixture.assertRequests(
        get("/api/states/media_player.kitchen_speaker"), volumeUp, volumeUp, volumeUp);
    assertResponse(up, response);
    assertEquals(
        List.of(HEALTH),
        namespaces(response),
        "StepSpeaker has no properties: the answer carries health only");
    assertEquals(3, fixture.home.volumeSteps("media_player.kitchen_speaker"));

    fixture.home.clearRequests();
    Map<String, Object> downDefault =
        directive(
            "Alexa.StepSpeaker",
            "AdjustVolume",
            "media_player#kitchen_speaker",
            Map.of("volumeSteps", -10, "volumeStepsDefault", true));
    fixture.invoke(downDefault);
    fixture.assertRequests(
        get("/api/states/media_player.kitchen_speaker"),
        post(
            "/api/services/media_player/volume_down",
            Map.of("entity_id", "media_player.kitchen_speaker")));
    assertEquals(2, fixture.home.volumeSteps("media_player.kitchen_speaker"), "one step, not ten");

    fixture.home.clearRequests();
    Map<String, Object> mute =
        directive(
            "Alexa.StepSpeaker", "SetMute", "media_player#kitchen_speaker", Map.of("mute", true));
    fixture.invoke(mute);
    fixture.assertRequests(
        get("/api/states/media_player.kitchen_speaker"),
        post(
            "/api/services/media_player/volume_mute",
            Map.of("entity_id", "media_player.kitchen_speaker", "is_volume_muted", true)));
    assertEquals(
        true,
        JsonMaps.at(
            fixture.home.state("media_player.kitchen_speaker"), "attributes", "is_volume_muted"));

    Map<String, Object> tooMany =
        directive(
            "Alexa.StepSpeaker",
            "AdjustVolume",
            "media_player#kitchen_speaker",
            Map.of("volumeSteps", 50, "volumeStepsDefault", false));
    assertError("VALUE_OUT_OF_RANGE", tooMany, fixture.invoke(tooMany));
    Map<String, Object> setVolume =
        directive(
            "Alexa.Speaker", "SetVolume", "media_player#kitchen_speaker", Map.of("volume", 5));
    assertError("INVALID_DIRECTIVE", setVolume, fixture.invoke(setVolume));
  }

  @Test
  void aThermostatWithoutOffIsNotTurnedOnOrOff() {
    Map<String, Object> off =
        directive("Alexa.PowerController", "TurnOff", "climate#bedroom", Map.of());
    assertError("INVALID_DIRECTIVE", off, fixture.invoke(off));
    fixture.assertRequests(get("/api/states/climate.bedroom"), get("/api/config"));
    assertEquals("heat", fixture.home.state("climate.bedroom").get("state"));
  }

  private static Map<String, Object> mode(
      String name, String endpointId, Map<String, Object> payload) {
    String domain = endpointId.substring(0, endpointId.indexOf('#'));
    return withInstance(
        directive(MODE, name, endpointId, payload), Capability.instance(Capability.MODE, domain));
  }

  private static Map<String, Object> range(
      String name, String endpointId, Map<String, Object> payload) {
    String domain = endpointId.substring(0, endpointId.indexOf('#'));
    return withInstance(
        directive(RANGE, name, endpointId, payload), Capability.instance(Capability.RANGE, domain));
  }

  private static Object instanceOf(Map<String, Object> response, String namespace) {
    for (Object property : JsonMaps.array(response, "context", "properties")) {
      if (namespace.equals(JsonMaps.string(property, "namespace"))) {
        return JsonMaps.string(property, "instance");
      }
    }
    return null;
  }

  private static List<String> namespaces(Map<String, Object> response) {
    List<String> namespaces = new ArrayList<>();
    for (Object property : JsonMaps.array(response, "context", "properties")) {
      namespaces.add(JsonMaps.string(property, "namespace"));
    }
    return namespaces;
  }
}
