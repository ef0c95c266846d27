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
package dev.suga.example.ha.homeassistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.json.JsonMaps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo home changes like Home Assistant when services are called, and rejects what Home
 * Assistant rejects.
 */
class DemoServicesTest {
  private static final String TOKEN = "demo-services-token";

  private DemoHomeAssistant demo;
  private DemoClient client;

  @BeforeEach
  void start() {
    demo = DemoHomeAssistant.start(TOKEN);
    client = new DemoClient(demo.baseUrl(), TOKEN);
  }

  @AfterEach
  void stop() {
    demo.close();
  }

  private List<Object> call(String domain, String service, Map<String, Object> data) {
    DemoClient.Answer answer = client.post("/api/services/" + domain + "/" + service, data);
    assertEquals(200, answer.status(), answer.body());
    @SuppressWarnings("unchecked")
    List<Object> changed = (List<Object>) answer.json();
    return changed;
  }

  private int rejected(String domain, String service, Map<String, Object> data) {
    DemoClient.Answer answer = client.post("/api/services/" + domain + "/" + service, data);
    assertNotNull(JsonMaps.string(answer.json(), "message"));
    return answer.status();
  }

  private Object attribute(String entityId, String name) {
    return JsonMaps.at(demo.state(entityId), "attributes", name);
  }

  private String state(String entityId) {
    return (String) demo.state(entityId).get("state");
  }

  private static List<String> ids(List<Object> changed) {
    return changed.stream().map(s -> JsonMaps.string(s, "entity_id")).toList();
  }

  @Test
  void lightOffNullsBrightnessAndOnRestoresIt() {
    String changedBefore = (String) demo.state("light.kitchen").get("last_changed");
    List<Object> off = call("light", "turn_off", Map.of("entity_id", "light.kitchen"));
    assertEquals(
        List.of("light.kitchen", "group.downstairs"), ids(off), "the group follows its members");
    assertEquals("off", JsonMaps.string(off.get(0), "state"));
    assertNull(attribute("light.kitchen", "brightness"));
    assertNull(attribute("light.kitchen", "color_mode"));
    assertNotEquals(changedBefore, demo.state("light.kitchen").get("last_changed"));
    assertEquals("off", state("group.downstairs"));

    call("light", "turn_on", Map.of("entity_id", "light.kitchen"));
    assertEquals(180L, attribute("light.kitchen", "brightness"));
    assertEquals(3000L, attribute("light.kitchen", "color_temp_kelvin"));
    assertEquals("on", state("group.downstairs"));
  }

  @Test
  void fanPresetsTurnTheFanOnAndComeBackAfterOff() {
    call("fan", "set_preset_mode", Map.of("entity_id", "fan.living_room", "preset_mode", "sleep"));
    assertEquals("sleep", attribute("fan.living_room", "preset_mode"));
    call("fan", "turn_off", Map.of("entity_id", "fan.living_room"));
    assertEquals("off", state("fan.living_room"));
    assertNull(attribute("fan.living_room", "preset_mode"), "an off fan shows no preset");
    call("fan", "turn_on", Map.of("entity_id", "fan.living_room"));
    assertEquals("sleep", attribute("fan.living_room", "preset_mode"));
    assertEquals(
        400,
        rejected(
            "fan",
            "set_preset_mode",
            Map.of("entity_id", "fan.living_room", "preset_mode", "turbo")));
  }

  @Test
  void servicesAnEntityDoesNotSupportAreRejected() {
    assertEquals(
        400,
        rejected("fan", "set_percentage", Map.of("entity_id", "fan.living_room", "percentage", 50)),
        "presets only, no speeds");
    assertEquals(
        400,
        rejected("fan", "set_preset_mode", Map.of("entity_id", "fan.bedroom", "preset_mode", "a")));
    assertEquals(
        400,
        rejected(
            "cover",
            "set_cover_position",
            Map.of("entity_id", "cover.garden_gate", "position", 50)));
    assertEquals(400, rejected("climate", "turn_off", Map.of("entity_id", "climate.bedroom")));
    assertEquals(
        400,
        rejected(
            "media_player",
            "volume_set",
            Map.of("entity_id", "media_player.kitchen_speaker", "volume_level", 0.5)));
    assertEquals("heat", state("climate.bedroom"));
  }

  @Test
  void aStepOnlySpeakerCountsItsStepsAndReportsNoLevel() {
    call("media_player", "volume_up", Map.of("entity_id", "media_player.kitchen_speaker"));
    call("media_player", "volume_up", Map.of("entity_id", "media_player.kitchen_speaker"));
    call("media_player", "volume_down", Map.of("entity_id", "media_player.kitchen_speaker"));
    assertEquals(1, demo.volumeSteps("media_player.kitchen_speaker"));
    assertNull(attribute("media_player.kitchen_speaker", "volume_level"));
    call("media_player", "volume_up", Map.of("entity_id", "media_player.living_room_tv"));
    assertEquals(0.4, attribute("media_player.living_room_tv", "volume_level"));
  }

  @Test
  void coversWithoutAPositionOpenAndCloseWithoutOne() {
    call("cover", "open_cover", Map.of("entity_id", "cover.garden_gate"));
    assertEquals("open", state("cover.garden_gate"));
    assertNull(attribute("cover.garden_gate", "current_position"));
    call("cover", "close_cover", Map.of("entity_id", "cover.garden_gate"));
    assertEquals("closed", state("cover.garden_gate"));
  }

  @Test
  void unchangedEntitiesAreNotReported() {
    assertEquals(List.of(), call("light", "turn_on", Map.of("entity_id", "light.kitchen")));
    assertEquals(
        List.of(),
        call("light", "turn_on", Map.of("entity_id", "light.nowhere")),
        "unknown ids are skipped");
    assertEquals(
        List.of(),
        call("light", "turn_on", Map.of("entity_id", "light.broken_lamp")),
        "unavailable too");
    assertEquals(
        List.of(),
        call("light", "turn_on", Map.of("entity_id", "switch.coffee_maker")),
        "other domains too");
  }

  @Test
  void lightBrightnessColourAndTemperature() {
    call("light", "turn_on", Map.of("entity_id", "light.kitchen", "brightness_pct", 50));
    assertEquals(128L, attribute("light.kitchen", "brightness"));
    call("light", "turn_on", Map.of("entity_id", "light.kitchen", "brightness", 200));
    assertEquals(200L, attribute("light.kitchen", "brightness"));
    call("light", "turn_on", Map.of("entity_id", "light.kitchen", "brightness_step_pct", -10));
    assertEquals(175L, attribute("light.kitchen", "brightness"));
    call("light", "turn_on", Map.of("entity_id", "light.kitchen", "hs_color", List.of(240, 100)));
    assertEquals("hs", attribute("light.kitchen", "color_mode"));
    assertEquals(List.of(240.0, 100.0), attribute("light.kitchen", "hs_color"));
    assertNull(attribute("light.kitchen", "color_temp_kelvin"));
    call("light", "turn_on", Map.of("entity_id", "light.kitchen", "color_temp_kelvin", 9000));
    assertEquals("color_temp", attribute("light.kitchen", "color_mode"));
    assertEquals(
        6535L, attribute("light.kitchen", "color_temp_kelvin"), "clamped to the light's range");
    call("light", "turn_on", Map.of("entity_id", "light.kitchen", "brightness", 0));
    assertEquals("off", state("light.kitchen"), "brightness 0 turns a light off");
  }

  @Test
  void brightnessOnlyLightTurnsOnAtFullBrightness() {
    List<Object> changed =
        call("light", "toggle", Map.of("entity_id", List.of("light.living_room")));
    assertEquals(List.of("light.living_room"), ids(changed));
    assertEquals("on", state("light.living_room"));
    assertEquals(255L, attribute("light.living_room", "brightness"));
    assertEquals("brightness", attribute("light.living_room", "color_mode"));
  }

  @Test
  void badLightDataIs400AndChangesNothing() {
    assertEquals(
        400, rejected("light", "turn_on", Map.of("entity_id", "light.kitchen", "brightness", 300)));
    assertEquals(
        400,
        rejected("light", "turn_on", Map.of("entity_id", "light.kitchen", "hs_color", List.of(1))));
    assertEquals(400, rejected("light", "explode", Map.of("entity_id", "light.kitchen")));
    assertEquals(400, rejected("nowhere", "turn_on", Map.of()));
    assertEquals(180L, attribute("light.kitchen", "brightness"));
  }

  @Test
  void onOffDomains() {
    call("switch", "turn_on", Map.of("entity_id", "switch.coffee_maker"));
    call("fan", "turn_on", Map.of("entity_id", "fan.bedroom"));
    call("input_boolean", "toggle", Map.of("entity_id", "input_boolean.guest_mode"));
    call("automation", "turn_off", Map.of("entity_id", "automation.lights_at_sunset"));
    call("media_player", "turn_off", Map.of("entity_id", "media_player.living_room_tv"));
    assertEquals("on", state("switch.coffee_maker"));
    assertEquals("on", state("fan.bedroom"));
    assertEquals(67L, attribute("fan.bedroom", "percentage"));
    assertEquals("on", state("input_boolean.guest_mode"));
    assertEquals("off", state("automation.lights_at_sunset"));
    assertEquals("off", state("media_player.living_room_tv"));
    assertNull(
        attribute("media_player.living_room_tv", "volume_level"),
        "an off player reports no volume");
    call("media_player", "turn_on", Map.of("entity_id", "media_player.living_room_tv"));
    assertEquals(0.3, attribute("media_player.living_room_tv", "volume_level"));
  }

  @Test
  void groupsSwitchTheirMembersEitherWay() {
    call("homeassistant", "turn_off", Map.of("entity_id", "group.downstairs"));
    assertEquals("off", state("light.kitchen"));
    assertEquals("off", state("group.downstairs"));
    call("group", "turn_on", Map.of("entity_id", "group.downstairs"));
    assertEquals("on", state("light.living_room"));
    assertEquals("on", state("switch.coffee_maker"));
    assertEquals("on", state("group.downstairs"));
  }

  @Test
  void lockAndCover() {
    call("lock", "unlock", Map.of("entity_id", "lock.front_door"));
    assertEquals("unlocked", state("lock.front_door"));
    call("lock", "lock", Map.of("entity_id", "lock.front_door"));
    assertEquals("locked", state("lock.front_door"));
    call("cover", "open_cover", Map.of("entity_id", "cover.garage_door"));
    assertEquals("open", state("cover.garage_door"));
    assertEquals(100L, attribute("cover.garage_door", "current_position"));
    call("cover", "set_cover_position", Map.of("entity_id", "cover.garage_door", "position", 40));
    assertEquals(40L, attribute("cover.garage_door", "current_position"));
    call("cover", "close_cover", Map.of("entity_id", "cover.garage_door"));
    assertEquals("closed", state("cover.garage_door"));
    assertEquals(
        400,
        rejected(
            "cover",
            "set_cover_position",
            Map.of("entity_id", "cover.garage_door", "position", 140)));
  }

  @Test
  void climateTemperaturesAndModes() {
    call(
        "climate",
        "set_temperature",
        Map.of("entity_id", "climate.living_room", "temperature", 23.5));
    assertEquals(23.5, attribute("climate.living_room", "temperature"));
    assertEquals(
        400,
        rejected(
            "climate",
            "set_temperature",
            Map.of("entity_id", "climate.living_room", "temperature", 40)));
    assertEquals(23.5, attribute("climate.living_room", "temperature"));

    call(
        "climate",
        "set_hvac_mode",
        Map.of("entity_id", "climate.living_room", "hvac_mode", "heat_cool"));
    assertEquals("heat_cool", state("climate.living_room"));
    assertNull(attribute("climate.living_room", "temperature"));
    assertEquals(19.0, attribute("climate.living_room", "target_temp_low"));
    call(
        "climate",
        "set_temperature",
        Map.of("entity_id", "climate.living_room", "target_temp_low", 18, "target_temp_high", 25));
    assertEquals(18.0, attribute("climate.living_room", "target_temp_low"));
    assertEquals(25.0, attribute("climate.living_room", "target_temp_high"));
    assertEquals(
        400,
        rejected(
            "climate",
            "set_temperature",
            Map.of(
                "entity_id",
                "climate.living_room",
                "target_temp_low",
                26,
                "target_temp_high",
                25)));

    call(
        "climate",
        "set_hvac_mode",
        Map.of("entity_id", "climate.living_room", "hvac_mode", "cool"));
    assertEquals(
        23.5, attribute("climate.living_room", "temperature"), "the single target comes back");
    assertNull(attribute("climate.living_room", "target_temp_low"));
    assertEquals(
        400,
        rejected(
            "climate",
            "set_hvac_mode",
            Map.of("entity_id", "climate.living_room", "hvac_mode", "dry")));
    call("climate", "turn_off", Map.of("entity_id", "climate.living_room"));
    assertEquals("off", state("climate.living_room"));
    call("climate", "turn_on", Map.of("entity_id", "climate.living_room"));
    assertEquals("cool", state("climate.living_room"));
  }

  @Test
  void sceneScriptButtonAndAutomationRunTheirActions() {
    List<Object> scene = call("scene", "turn_on", Map.of("entity_id", "scene.movie_night"));
    assertTrue(
        ids(scene).containsAll(List.of("light.kitchen", "scene.movie_night")),
        ids(scene).toString());
    assertEquals(40L, attribute("light.kitchen", "brightness"));
    assertTrue(
        state("scene.movie_night").matches("\\d{4}-.*"), "a scene's state is its activation time");

    call(
        "script",
        "turn_on",
        Map.of("entity_id", "script.good_morning", "variables", Map.of("who", "me")));
    assertEquals("on", state("switch.coffee_maker"));
    assertEquals(255L, attribute("light.kitchen", "brightness"));
    assertEquals("off", state("script.good_morning"));
    assertNotNull(attribute("script.good_morning", "last_triggered"));

    call("button", "press", Map.of("entity_id", "button.doorbell"));
    assertNotEquals("unknown", state("button.doorbell"));

    Object before = attribute("automation.lights_at_sunset", "last_triggered");
    call("automation", "trigger", Map.of("entity_id", "automation.lights_at_sunset"));
    assertNotEquals(before, attribute("automation.lights_at_sunset", "last_triggered"));
    assertEquals("on", state("light.living_room"));
  }

  @Test
  void inputHelpers() {
    call(
        "input_number",
        "set_value",
        Map.of("entity_id", "input_number.target_humidity", "value", 52));
    assertEquals("52.0", state("input_number.target_humidity"));
    assertEquals(
        400,
        rejected(
            "input_number",
            "set_value",
            Map.of("entity_id", "input_number.target_humidity", "value", 99)));
    call("input_text", "set_value", Map.of("entity_id", "input_text.greeting", "value", "Hello"));
    assertEquals("Hello", state("input_text.greeting"));
    call(
        "input_select",
        "select_option",
        Map.of("entity_id", "input_select.house_mode", "option", "Away"));
    assertEquals("Away", state("input_select.house_mode"));
    assertEquals(
        400,
        rejected(
            "input_select",
            "select_option",
            Map.of("entity_id", "input_select.house_mode", "option", "Mars")));
    demo.setState(
        "input_datetime.wake_up",
        "07:00:00",
        Map.of("has_date", false, "has_time", true, "friendly_name", "Wake up"));
    call(
        "input_datetime",
        "set_datetime",
        Map.of("entity_id", "input_datetime.wake_up", "time", "06:45"));
    assertEquals("06:45:00", state("input_datetime.wake_up"));
  }

  @Test
  void timersStartPauseAndCancel() {
    call("timer", "start", Map.of("entity_id", "timer.laundry", "duration", "00:05:00"));
    assertEquals("active", state("timer.laundry"));
    assertEquals("0:05:00", attribute("timer.laundry", "duration"));
    assertNotNull(attribute("timer.laundry", "finishes_at"));
    call("timer", "pause", Map.of("entity_id", "timer.laundry"));
    assertEquals("paused", state("timer.laundry"));
    assertNotNull(attribute("timer.laundry", "remaining"));
    call("timer", "cancel", Map.of("entity_id", "timer.laundry"));
    assertEquals("idle", state("timer.laundry"));
    assertEquals(
        400, rejected("timer", "start", Map.of("entity_id", "timer.laundry", "duration", "soon")));
  }

  @Test
  void mediaPlayerVolume() {
    call(
        "media_player",
        "volume_set",
        Map.of("entity_id", "media_player.living_room_tv", "volume_level", 0.55));
    assertEquals(0.55, attribute("media_player.living_room_tv", "volume_level"));
    call(
        "media_player",
        "volume_mute",
        Map.of("entity_id", "media_player.living_room_tv", "is_volume_muted", true));
    assertEquals(true, attribute("media_player.living_room_tv", "is_volume_muted"));
    assertEquals(
        400,
        rejected(
            "media_player",
            "volume_set",
            Map.of("entity_id", "media_player.living_room_tv", "volume_level", 1.5)));
  }

  @Test
  void notifyRecordsTheMessage() {
    assertEquals(
        List.of(),
        call("notify", "mobile_app_phone", Map.of("message", "Laundry done", "title", "Home")));
    assertEquals(List.of("Laundry done"), demo.notifications());
    assertEquals(400, rejected("notify", "notify", Map.of("title", "no message")));
  }

  @Test
  void setStateCreatesOrReplacesAndStateReturnsCopies() {
    demo.setState("light.kitchen", "unavailable", null);
    assertEquals("unavailable", state("light.kitchen"));
    assertEquals(
        "Kitchen Light",
        attribute("light.kitchen", "friendly_name"),
        "null attributes keep the old ones");
    demo.setState("sensor.new", "1", Map.of("unit_of_measurement", "W"));
    assertEquals("W", attribute("sensor.new", "unit_of_measurement"));
    demo.state("sensor.new").put("state", "tampered");
    assertEquals("1", state("sensor.new"));
    assertNull(demo.state("sensor.none"));
  }
}
