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
package dev.suga.example.ha.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo home as a real Home Assistant would report it: entity ids, states and attributes (with
 * the nulls and units Home Assistant really sends), areas, and what scenes, scripts and automations
 * do when they run.
 */
final class DemoCatalog {
  /** Areas by id, with their display names (area_entities accepts either). */
  static final Map<String, String> AREA_NAMES =
      Map.of("kitchen", "Kitchen", "living_room", "Living Room");

  /** Entities per area id, in a stable order. */
  static final Map<String, List<String>> AREAS =
      Map.of(
          "kitchen",
              List.of("light.kitchen", "switch.coffee_maker", "media_player.kitchen_speaker"),
          "living_room",
              List.of(
                  "light.living_room",
                  "climate.living_room",
                  "media_player.living_room_tv",
                  "fan.living_room",
                  "cover.living_room_blinds"));

  /** Service calls each scene, script and automation makes: entity -> [domain, service, data]. */
  static final Map<String, List<Action>> ACTIONS =
      Map.of(
          "scene.movie_night",
              List.of(
                  new Action(
                      "light",
                      "turn_on",
                      "light.kitchen",
                      Map.of("brightness", 40L, "color_temp_kelvin", 2700L)),
                  new Action("light", "turn_off", "light.living_room", Map.of()),
                  new Action("media_player", "turn_on", "media_player.living_room_tv", Map.of())),
          "script.good_morning",
              List.of(
                  new Action("switch", "turn_on", "switch.coffee_maker", Map.of()),
                  new Action("light", "turn_on", "light.kitchen", Map.of("brightness_pct", 100L))),
          "automation.lights_at_sunset",
              List.of(new Action("light", "turn_on", "light.living_room", Map.of())));

  private DemoCatalog() {}

  /** One service call a scene, script or automation makes. */
  record Action(String domain, String service, String entityId, Map<String, Object> data) {}

  /** The initial entities, in the order {@code GET /api/states} lists them. */
  static List<DemoEntity> entities(Instant now) {
    List<DemoEntity> all = new ArrayList<>();
    Instant earlier = now.minusSeconds(3600);

    Map<String, Object> kitchen =
        attributes(
            "min_color_temp_kelvin",
            2000L,
            "max_color_temp_kelvin",
            6535L,
            "min_mireds",
            153L,
            "max_mireds",
            500L,
            "supported_color_modes",
            List.of("color_temp", "hs"),
            "color_mode",
            "color_temp",
            "brightness",
            180L,
            "color_temp_kelvin",
            3000L,
            "color_temp",
            333L,
            "hs_color",
            List.of(27.825, 56.895),
            "friendly_name",
            "Kitchen Light",
            "supported_features",
            40L);
    all.add(new DemoEntity("light.kitchen", "on", kitchen, earlier));

    Map<String, Object> livingRoom =
        attributes(
            "supported_color_modes",
            List.of("brightness"),
            "color_mode",
            null,
            "brightness",
            null,
            "friendly_name",
            "Living Room Light",
            "supported_features",
            32L);
    DemoEntity livingRoomLight = new DemoEntity("light.living_room", "off", livingRoom, earlier);
    livingRoomLight.memory.put("brightness", 255L);
    livingRoomLight.memory.put("color_mode", "brightness");
    all.add(livingRoomLight);

    all.add(
        new DemoEntity(
            "switch.coffee_maker",
            "off",
            attributes("device_class", "outlet", "friendly_name", "Coffee Maker"),
            earlier));

    DemoEntity fan =
        new DemoEntity(
            "fan.bedroom",
            "off",
            attributes(
                "preset_modes",
                null,
                "oscillating",
                false,
                "percentage",
                0L,
                "percentage_step",
                33.333333333333336,
                "preset_mode",
                null,
                "friendly_name",
                "Bedroom Fan",
                "supported_features",
                51L),
            earlier);
    fan.memory.put("percentage", 67L);
    all.add(fan);

    // Presets only, no speeds: PRESET_MODE | TURN_OFF | TURN_ON.
    all.add(
        new DemoEntity(
            "fan.living_room",
            "on",
            attributes(
                "preset_modes",
                List.of("auto", "sleep", "breeze"),
                "preset_mode",
                "auto",
                "friendly_name",
                "Living Room Fan",
                "supported_features",
                56L),
            earlier));

    all.add(
        new DemoEntity(
            "input_boolean.guest_mode",
            "off",
            attributes(
                "editable", false, "icon", "mdi:account-multiple", "friendly_name", "Guest Mode"),
            earlier));

    all.add(
        new DemoEntity(
            "automation.lights_at_sunset",
            "on",
            attributes(
                "id",
                "1700000000001",
                "last_triggered",
                DemoClock.format(now.minusSeconds(86_400)),
                "mode",
                "single",
                "current",
                0L,
                "friendly_name",
                "Lights at sunset"),
            earlier));

    all.add(
        new DemoEntity(
            "group.downstairs",
            "on",
            attributes(
                "entity_id",
                List.of("light.kitchen", "light.living_room", "switch.coffee_maker"),
                "order",
                0L,
                "friendly_name",
                "Downstairs"),
            earlier));

    all.add(
        new DemoEntity(
            "lock.front_door",
            "locked",
            attributes("friendly_name", "Front Door", "supported_features", 0L),
            earlier));

    all.add(
        new DemoEntity(
            "scene.movie_night",
            "unknown",
            attributes(
                "entity_id",
                List.of("light.kitchen", "light.living_room", "media_player.living_room_tv"),
                "id",
                "1700000000002",
                "friendly_name",
                "Movie Night"),
            earlier));

    all.add(
        new DemoEntity(
            "script.good_morning",
            "off",
            attributes(
                "last_triggered",
                null,
                "mode",
                "single",
                "current",
                0L,
                "friendly_name",
                "Good Morning"),
            earlier));

    all.add(
        new DemoEntity(
            "button.doorbell", "unknown", attributes("friendly_name", "Doorbell"), earlier));

    DemoEntity climate =
        new DemoEntity(
            "climate.living_room",
            "heat",
            attributes(
                "hvac_modes",
                List.of("off", "heat", "cool", "auto", "heat_cool"),
                "min_temp",
                7.0,
                "max_temp",
                35.0,
                "target_temp_step",
                0.5,
                "current_temperature",
                20.5,
                "temperature",
                21.0,
                "target_temp_high",
                null,
                "target_temp_low",
                null,
                "hvac_action",
                "heating",
                "friendly_name",
                "Living Room Thermostat",
                "supported_features",
                387L),
            earlier);
    climate.memory.put("target_temp_low", 19.0);
    climate.memory.put("target_temp_high", 24.0);
    climate.memory.put("hvac_mode", "heat");
    all.add(climate);

    // A radiator valve that only heats: no off mode, no TURN_ON/TURN_OFF, so no PowerController.
    all.add(
        new DemoEntity(
            "climate.bedroom",
            "heat",
            attributes(
                "hvac_modes",
                List.of("heat"),
                "min_temp",
                5.0,
                "max_temp",
                30.0,
                "target_temp_step",
                0.5,
                "current_temperature",
                18.5,
                "temperature",
                19.0,
                "hvac_action",
                "heating",
                "friendly_name",
                "Bedroom Radiator",
                "supported_features",
                1L),
            earlier));

    all.add(
        new DemoEntity(
            "cover.garage_door",
            "closed",
            attributes(
                "current_position",
                0L,
                "device_class",
                "garage",
                "friendly_name",
                "Garage Door",
                "supported_features",
                15L),
            earlier));

    // OPEN | CLOSE | SET_POSITION | STOP: a position, so a RangeController.
    all.add(
        new DemoEntity(
            "cover.living_room_blinds",
            "open",
            attributes(
                "current_position",
                60L,
                "device_class",
                "blind",
                "friendly_name",
                "Living Room Blinds",
                "supported_features",
                15L),
            earlier));

    // OPEN | CLOSE: a gate opens and closes through a ModeController, like a garage door.
    all.add(
        new DemoEntity(
            "cover.garden_gate",
            "closed",
            attributes(
                "device_class", "gate", "friendly_name", "Garden Gate", "supported_features", 3L),
            earlier));

    // OPEN | CLOSE | STOP, no position: power and an open/closed ModeController.
    all.add(
        new DemoEntity(
            "cover.patio_awning",
            "closed",
            attributes(
                "device_class",
                "awning",
                "friendly_name",
                "Patio Awning",
                "supported_features",
                11L),
            earlier));

    all.add(
        new DemoEntity(
            "sensor.outdoor_temperature",
            "12.3",
            attributes(
                "state_class",
                "measurement",
                "unit_of_measurement",
                "°C",
                "device_class",
                "temperature",
                "friendly_name",
                "Outdoor Temperature"),
            earlier));

    all.add(
        new DemoEntity(
            "sensor.freezer_temperature",
            "-0.4",
            attributes(
                "state_class",
                "measurement",
                "unit_of_measurement",
                "°F",
                "device_class",
                "temperature",
                "friendly_name",
                "Freezer Temperature"),
            earlier));

    all.add(
        new DemoEntity(
            "binary_sensor.front_door",
            "off",
            attributes("device_class", "door", "friendly_name", "Front Door Contact"),
            earlier));

    all.add(
        new DemoEntity(
            "binary_sensor.hallway_motion",
            "off",
            attributes("device_class", "motion", "friendly_name", "Hallway Motion"),
            earlier));

    all.add(
        new DemoEntity(
            "media_player.living_room_tv",
            "on",
            attributes(
                "source_list",
                List.of("HDMI 1", "HDMI 2", "TV"),
                "volume_level",
                0.3,
                "is_volume_muted",
                false,
                "source",
                "HDMI 1",
                "device_class",
                "tv",
                "friendly_name",
                "Living Room TV",
                "supported_features",
                3468L),
            earlier));

    // Volume steps and mute, no volume level (an IR-controlled speaker): a StepSpeaker.
    // PAUSE | VOLUME_MUTE | TURN_ON | TURN_OFF | VOLUME_STEP | PLAY.
    all.add(
        new DemoEntity(
            "media_player.kitchen_speaker",
            "playing",
            attributes(
                "is_volume_muted",
                false,
                "device_class",
                "speaker",
                "friendly_name",
                "Kitchen Speaker",
                "supported_features",
                17801L),
            earlier));

    all.add(
        new DemoEntity(
            "input_number.target_humidity",
            "45.0",
            attributes(
                "initial",
                null,
                "editable",
                false,
                "min",
                30.0,
                "max",
                60.0,
                "step",
                1.0,
                "mode",
                "slider",
                "unit_of_measurement",
                "%",
                "friendly_name",
                "Target Humidity"),
            earlier));

    all.add(
        new DemoEntity(
            "input_text.greeting",
            "Good morning",
            attributes(
                "editable",
                false,
                "min",
                0L,
                "max",
                100L,
                "pattern",
                null,
                "mode",
                "text",
                "friendly_name",
                "Greeting"),
            earlier));

    all.add(
        new DemoEntity(
            "input_select.house_mode",
            "Home",
            attributes(
                "options",
                List.of("Home", "Away", "Night", "Vacation"),
                "editable",
                false,
                "friendly_name",
                "House Mode"),
            earlier));

    all.add(
        new DemoEntity(
            "timer.laundry",
            "idle",
            attributes(
                "duration",
                "0:45:00",
                "editable",
                false,
                "restore",
                false,
                "friendly_name",
                "Laundry"),
            earlier));

    all.add(
        new DemoEntity(
            "light.broken_lamp",
            "unavailable",
            attributes(
                "supported_color_modes",
                List.of("onoff"),
                "friendly_name",
                "Broken Lamp",
                "supported_features",
                0L,
                "restored",
                true),
            earlier));
    return all;
  }

  /** Key/value pairs to an ordered map that, unlike {@code Map.of}, allows nulls. */
  private static Map<String, Object> attributes(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /**
   * The area id for an id or display name ({@code "Living Room"}, {@code "living_room"}), or null.
   */
  static String areaId(String area) {
    if (AREAS.containsKey(area)) {
      return area;
    }
    for (Map.Entry<String, String> entry : AREA_NAMES.entrySet()) {
      if (entry.getValue().equalsIgnoreCase(area)) {
        return entry.getKey();
      }
    }
    return null;
  }

  /**
   * Entities turned on/off by a group's members, for {@code homeassistant.*} and group expansion.
   */
  static List<String> members(DemoEntity group) {
    return group.attributes.get("entity_id") instanceof List<?> list
        ? list.stream().map(String::valueOf).toList()
        : List.of();
  }
}
