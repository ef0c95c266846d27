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
import static dev.suga.example.ha.alexa.AlexaFixture.directive;
import static dev.suga.example.ha.alexa.AlexaFixture.name;
import static dev.suga.example.ha.alexa.AlexaFixture.normalized;
import static dev.suga.example.ha.alexa.AlexaFixture.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.AlexaSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Native mode end to end: each controller's directive through the real handler, the exact requests
 * the demo Home Assistant received, and the answer with the state read back.
 */
class SmartHomeControlTest {
  private static final Pattern ISO_TIME =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z");
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
  void turnOnASwitch() {
    Map<String, Object> directive =
        directive("Alexa.PowerController", "TurnOn", "switch#coffee_maker", Map.of());
    Map<String, Object> response = fixture.invoke(directive);

    fixture.assertRequests(
        get("/api/states/switch.coffee_maker"),
        post("/api/services/switch/turn_on", Map.of("entity_id", "switch.coffee_maker")));
    assertResponse(directive, response);
    assertEquals("ON", property(response, "Alexa.PowerController", "powerState"));
    assertEquals(Map.of("value", "OK"), property(response, HEALTH, "connectivity"));
    assertEquals(
        2,
        JsonMaps.array(response, "context", "properties").size(),
        "the changed property and health");
    assertEquals("on", fixture.home.state("switch.coffee_maker").get("state"));
    assertTrue(
        fixture.logLines().stream().anyMatch(line -> line.contains("\"Directives\"")),
        "the Directives metric is written");
  }

  @Test
  void officialTurnOffSampleAgainstTheKitchenLight() {
    Map<String, Object> sample =
        AlexaSchema.sample("PowerController/PowerController.TurnOff.request.json");
    JsonMaps.object(sample, "directive", "endpoint").put("endpointId", "light#kitchen");
    JsonMaps.object(sample, "directive", "endpoint", "scope").put("token", AlexaFixture.TOKEN);
    Map<String, Object> response = fixture.invoke(sample);

    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post("/api/services/light/turn_off", Map.of("entity_id", "light.kitchen")));
    assertResponse(sample, response);
    assertEquals("OFF", property(response, "Alexa.PowerController", "powerState"));
  }

  @Test
  void whenNothingChangesTheStateIsReadBack() {
    Map<String, Object> directive =
        directive("Alexa.PowerController", "TurnOn", "light#kitchen", Map.of());
    Map<String, Object> response = fixture.invoke(directive);
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post("/api/services/light/turn_on", Map.of("entity_id", "light.kitchen")),
        get("/api/states/light.kitchen"));
    assertEquals("ON", property(response, "Alexa.PowerController", "powerState"));
  }

  @Test
  void coversOpenWithPowerAndMoveWithRange() {
    Map<String, Object> open =
        directive("Alexa.PowerController", "TurnOn", "cover#living_room_blinds", Map.of());
    Map<String, Object> opened = fixture.invoke(open);
    assertEquals("ON", property(opened, "Alexa.PowerController", "powerState"));
    assertEquals(
        100L,
        JsonMaps.at(
            fixture.home.state("cover.living_room_blinds"), "attributes", "current_position"));

    fixture.home.clearRequests();
    Map<String, Object> half =
        AlexaFixture.withInstance(
            directive(
                "Alexa.RangeController",
                "SetRangeValue",
                "cover#living_room_blinds",
                Map.of("rangeValue", 40)),
            "Cover.Position");
    Map<String, Object> response = fixture.invoke(half);
    fixture.assertRequests(
        get("/api/states/cover.living_room_blinds"),
        post(
            "/api/services/cover/set_cover_position",
            Map.of("entity_id", "cover.living_room_blinds", "position", 40)));
    assertResponse(half, response);
    assertEquals(40L, property(response, "Alexa.RangeController", "rangeValue"));

    fixture.home.clearRequests();
    Map<String, Object> lower =
        AlexaFixture.withInstance(
            directive(
                "Alexa.RangeController",
                "AdjustRangeValue",
                "cover#living_room_blinds",
                Map.of("rangeValueDelta", -10, "rangeValueDeltaDefault", false)),
            "Cover.Position");
    Map<String, Object> lowered = fixture.invoke(lower);
    fixture.assertRequests(
        get("/api/states/cover.living_room_blinds"),
        post(
            "/api/services/cover/set_cover_position",
            Map.of("entity_id", "cover.living_room_blinds", "position", 30)));
    assertEquals(30L, property(lowered, "Alexa.RangeController", "rangeValue"));
  }

  @Test
  void brightnessSetAndAdjust() {
    Map<String, Object> set =
        directive(
            "Alexa.BrightnessController",
            "SetBrightness",
            "light#kitchen",
            Map.of("brightness", 40));
    Map<String, Object> response = fixture.invoke(set);
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post(
            "/api/services/light/turn_on",
            Map.of("entity_id", "light.kitchen", "brightness_pct", 40)));
    assertResponse(set, response);
    assertEquals(40L, property(response, "Alexa.BrightnessController", "brightness"));

    fixture.home.clearRequests();
    Map<String, Object> adjusted =
        fixture.invoke(
            directive(
                "Alexa.BrightnessController",
                "AdjustBrightness",
                "light#kitchen",
                Map.of("brightnessDelta", -25)));
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post(
            "/api/services/light/turn_on",
            Map.of("entity_id", "light.kitchen", "brightness_pct", 15)));
    assertEquals(15L, property(adjusted, "Alexa.BrightnessController", "brightness"));
  }

  @Test
  void officialSetColorSample() {
    Map<String, Object> sample =
        AlexaSchema.sample("ColorController/ColorController.SetColor.request.json");
    JsonMaps.object(sample, "directive", "endpoint").put("endpointId", "light#kitchen");
    JsonMaps.object(sample, "directive", "endpoint", "scope").put("token", AlexaFixture.TOKEN);
    Map<String, Object> response = fixture.invoke(sample);

    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post(
            "/api/services/light/turn_on",
            Map.of("entity_id", "light.kitchen", "hs_color", List.of(350.5, 71.38))));
    assertResponse(sample, response);
    // The colour changes; the brightness stays where it was (180 of 255), not the sample's 0.6524.
    assertEquals(
        normalized(Map.of("hue", 350.5, "saturation", 0.7138, "brightness", 0.71)),
        property(response, "Alexa.ColorController", "color"));
  }

  @Test
  void colorTemperatureSetAndWarmer() {
    Map<String, Object> set =
        directive(
            "Alexa.ColorTemperatureController",
            "SetColorTemperature",
            "light#kitchen",
            Map.of("colorTemperatureInKelvin", 5000));
    Map<String, Object> response = fixture.invoke(set);
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post(
            "/api/services/light/turn_on",
            Map.of("entity_id", "light.kitchen", "color_temp_kelvin", 5000)));
    assertEquals(
        5000L, property(response, "Alexa.ColorTemperatureController", "colorTemperatureInKelvin"));

    fixture.home.clearRequests();
    Map<String, Object> warmer =
        fixture.invoke(
            directive(
                "Alexa.ColorTemperatureController",
                "DecreaseColorTemperature",
                "light#kitchen",
                Map.of()));
    fixture.assertRequests(
        get("/api/states/light.kitchen"),
        post(
            "/api/services/light/turn_on",
            Map.of("entity_id", "light.kitchen", "color_temp_kelvin", 4500)));
    assertEquals(
        4500L, property(warmer, "Alexa.ColorTemperatureController", "colorTemperatureInKelvin"));
  }

  @Test
  void unlockAndLock() {
    Map<String, Object> unlock =
        directive("Alexa.LockController", "Unlock", "lock#front_door", Map.of());
    Map<String, Object> unlocked = fixture.invoke(unlock);
    fixture.assertRequests(
        get("/api/states/lock.front_door"),
        post("/api/services/lock/unlock", Map.of("entity_id", "lock.front_door")));
    assertResponse(unlock, unlocked);
    assertEquals("UNLOCKED", property(unlocked, "Alexa.LockController", "lockState"));

    Map<String, Object> sample =
        AlexaSchema.sample("LockController/LockController.Lock.request.json");
    JsonMaps.object(sample, "directive", "endpoint").put("endpointId", "lock#front_door");
    JsonMaps.object(sample, "directive", "endpoint", "scope").put("token", AlexaFixture.TOKEN);
    Map<String, Object> locked = fixture.invoke(sample);
    assertEquals("LOCKED", property(locked, "Alexa.LockController", "lockState"));
    assertEquals("locked", fixture.home.state("lock.front_door").get("state"));
  }

  @Test
  void sceneActivationStarts() {
    Map<String, Object> activate =
        directive("Alexa.SceneController", "Activate", "scene#movie_night", Map.of());
    Map<String, Object> response = fixture.invoke(activate);
    fixture.assertRequests(
        get("/api/states/scene.movie_night"),
        post("/api/services/scene/turn_on", Map.of("entity_id", "scene.movie_night")));
    assertEquals(
        "Alexa.SceneController", JsonMaps.string(response, "event", "header", "namespace"));
    assertEquals("ActivationStarted", name(response));
    assertEquals(
        JsonMaps.string(activate, "directive", "header", "correlationToken"),
        JsonMaps.string(response, "event", "header", "correlationToken"));
    assertEquals(
        "VOICE_INTERACTION", JsonMaps.string(response, "event", "payload", "cause", "type"));
    assertTrue(
        ISO_TIME.matcher(JsonMaps.string(response, "event", "payload", "timestamp")).matches());
    assertNull(response.get("context"), "a scene has no health to report");
    assertEquals("off", fixture.home.state("light.living_room").get("state"), "the scene ran");

    fixture.home.clearRequests();
    Map<String, Object> stop =
        fixture.invoke(
            directive("Alexa.SceneController", "Deactivate", "script#good_morning", Map.of()));
    fixture.assertRequests(
        get("/api/states/script.good_morning"),
        post("/api/services/script/turn_off", Map.of("entity_id", "script.good_morning")));
    assertEquals("DeactivationStarted", name(stop));

    fixture.home.clearRequests();
    fixture.invoke(directive("Alexa.SceneController", "Activate", "button#doorbell", Map.of()));
    fixture.assertRequests(
        get("/api/states/button.doorbell"),
        post("/api/services/button/press", Map.of("entity_id", "button.doorbell")));
  }

  @Test
  void thermostatSingleSetpointAsksForTheUnitSystemOnce() {
    Map<String, Object> sample =
        AlexaSchema.sample(
            "ThermostatController/ThermostatController.SetTargetTemperature.SingleMode.request.json");
    JsonMaps.object(sample, "directive", "endpoint").put("endpointId", "climate#living_room");
    JsonMaps.object(sample, "directive", "endpoint", "scope").put("token", AlexaFixture.TOKEN);
    Map<String, Object> response = fixture.invoke(sample);

    fixture.assertRequests(
        get("/api/states/climate.living_room"),
        get("/api/config"),
        post(
            "/api/services/climate/set_temperature",
            Map.of("entity_id", "climate.living_room", "temperature", 25.0)));
    assertResponse(sample, response);
    assertEquals(
        normalized(Map.of("value", 25.0, "scale", "CELSIUS")),
        property(response, "Alexa.ThermostatController", "targetSetpoint"));
    assertEquals("HEAT", property(response, "Alexa.ThermostatController", "thermostatMode"));

    fixture.home.clearRequests();
    Map<String, Object> adjusted =
        fixture.invoke(
            directive(
                "Alexa.ThermostatController",
                "AdjustTargetTemperature",
                "climate#living_room",
                Map.of("targetSetpointDelta", Map.of("value", -2.0, "scale", "CELSIUS"))));
    fixture.assertRequests(
        get("/api/states/climate.living_room"),
        post(
            "/api/services/climate/set_temperature",
            Map.of("entity_id", "climate.living_room", "temperature", 23.0)));
    assertEquals(
        normalized(Map.of("value", 23.0, "scale", "CELSIUS")),
        property(adjusted, "Alexa.ThermostatController", "targetSetpoint"));
  }

  @Test
  void thermostatDualAndTripleSetpointsInFahrenheit() {
    Map<String, Object> dual =
        AlexaSchema.sample(
            "ThermostatController/ThermostatController.SetTargetTemperature.DualMode.request.json");
    JsonMaps.object(dual, "directive", "endpoint").put("endpointId", "climate#living_room");
    JsonMaps.object(dual, "directive", "endpoint", "scope").put("token", AlexaFixture.TOKEN);
    Map<String, Object> mode =
        fixture.invoke(
            directive(
                "Alexa.ThermostatController",
                "SetThermostatMode",
                "climate#living_room",
                Map.of("thermostatMode", Map.of("value", "AUTO"))));
    assertEquals("AUTO", property(mode, "Alexa.ThermostatController", "thermostatMode"));

    fixture.home.clearRequests();
    Map<String, Object> response = fixture.invoke(dual);
    fixture.assertRequests(
        get("/api/states/climate.living_room"),
        post(
            "/api/services/climate/set_temperature",
            Map.of(
                "entity_id",
                "climate.living_room",
                "target_temp_low",
                20.0,
                "target_temp_high",
                25.6)));
    assertResponse(dual, response);
    assertEquals(
        normalized(Map.of("value", 20.0, "scale", "CELSIUS")),
        property(response, "Alexa.ThermostatController", "lowerSetpoint"));
    assertEquals(
        normalized(Map.of("value", 25.6, "scale", "CELSIUS")),
        property(response, "Alexa.ThermostatController", "upperSetpoint"));

    fixture.home.clearRequests();
    Map<String, Object> triple =
        AlexaSchema.sample(
            "ThermostatController/ThermostatController.SetTargetTemperature.TripleMode.request.json");
    JsonMaps.object(triple, "directive", "endpoint").put("endpointId", "climate#living_room");
    JsonMaps.object(triple, "directive", "endpoint", "scope").put("token", AlexaFixture.TOKEN);
    fixture.invoke(triple);
    fixture.assertRequests(
        get("/api/states/climate.living_room"),
        post(
            "/api/services/climate/set_temperature",
            Map.of(
                "entity_id",
                "climate.living_room",
                "temperature",
                22.8,
                "target_temp_low",
                20.0,
                "target_temp_high",
                25.6)));
  }

  @Test
  void thermostatModeCoolWithAConfiguredUnit() {
    fixture.close();
    fixture = AlexaFixture.start(Map.of("HA_TEMPERATURE_UNIT", "C"));
    Map<String, Object> cool =
        directive(
            "Alexa.ThermostatController",
            "SetThermostatMode",
            "climate#living_room",
            Map.of("thermostatMode", Map.of("value", "COOL")));
    Map<String, Object> response = fixture.invoke(cool);
    fixture.assertRequests(
        get("/api/states/climate.living_room"),
        post(
            "/api/services/climate/set_hvac_mode",
            Map.of("entity_id", "climate.living_room", "hvac_mode", "cool")));
    assertEquals("COOL", property(response, "Alexa.ThermostatController", "thermostatMode"));
  }

  @Test
  void speakerVolumeAndMute() {
    Map<String, Object> volume =
        directive(
            "Alexa.Speaker", "SetVolume", "media_player#living_room_tv", Map.of("volume", 50));
    Map<String, Object> response = fixture.invoke(volume);
    fixture.assertRequests(
        get("/api/states/media_player.living_room_tv"),
        post(
            "/api/services/media_player/volume_set",
            Map.of("entity_id", "media_player.living_room_tv", "volume_level", 0.5)));
    assertEquals(50L, property(response, "Alexa.Speaker", "volume"));
    assertEquals(false, property(response, "Alexa.Speaker", "muted"));

    fixture.home.clearRequests();
    Map<String, Object> muted =
        fixture.invoke(
            directive(
                "Alexa.Speaker", "SetMute", "media_player#living_room_tv", Map.of("mute", true)));
    fixture.assertRequests(
        get("/api/states/media_player.living_room_tv"),
        post(
            "/api/services/media_player/volume_mute",
            Map.of("entity_id", "media_player.living_room_tv", "is_volume_muted", true)));
    assertEquals(true, property(muted, "Alexa.Speaker", "muted"));

    fixture.home.clearRequests();
    Map<String, Object> quieter =
        fixture.invoke(
            directive(
                "Alexa.Speaker",
                "AdjustVolume",
                "media_player#living_room_tv",
                Map.of("volume", -20, "volumeDefault", false)));
    fixture.assertRequests(
        get("/api/states/media_player.living_room_tv"),
        post(
            "/api/services/media_player/volume_set",
            Map.of("entity_id", "media_player.living_room_tv", "volume_level", 0.3)));
    assertEquals(30L, property(quieter, "Alexa.Speaker", "volume"));
  }

  @Test
  void reportStateHasEveryRetrievableProperty() {
    Map<String, Object> sample = AlexaSchema.sample("StateReport/ReportState.json");
    JsonMaps.object(sample, "directive", "endpoint").put("endpointId", "climate#living_room");
    JsonMaps.object(sample, "directive", "endpoint", "scope").put("token", AlexaFixture.TOKEN);
    Map<String, Object> response = fixture.invoke(sample);

    fixture.assertRequests(get("/api/states/climate.living_room"), get("/api/config"));
    assertEquals("StateReport", name(response));
    assertEquals(
        "dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg==",
        JsonMaps.string(response, "event", "header", "correlationToken"));
    Map<String, Object> values = new LinkedHashMap<>();
    for (Object property : JsonMaps.array(response, "context", "properties")) {
      values.put(
          JsonMaps.string(property, "namespace") + "/" + JsonMaps.string(property, "name"),
          JsonMaps.at(property, "value"));
      assertTrue(
          ISO_TIME.matcher(JsonMaps.string(property, "timeOfSample")).matches(),
          property::toString);
      assertEquals(0L, JsonMaps.at(property, "uncertaintyInMilliseconds"));
    }
    assertEquals(
        normalized(
            Map.of(
                "Alexa.PowerController/powerState", "ON",
                "Alexa.ThermostatController/targetSetpoint",
                    Map.of("value", 21.0, "scale", "CELSIUS"),
                "Alexa.ThermostatController/thermostatMode", "HEAT",
                "Alexa.TemperatureSensor/temperature", Map.of("value", 20.5, "scale", "CELSIUS"),
                "Alexa.EndpointHealth/connectivity", Map.of("value", "OK"))),
        normalized(values));

    fixture.home.clearRequests();
    Map<String, Object> sensor =
        fixture.invoke(directive("Alexa", "ReportState", "binary_sensor#hallway_motion", Map.of()));
    fixture.assertRequests(get("/api/states/binary_sensor.hallway_motion"));
    assertEquals("NOT_DETECTED", property(sensor, "Alexa.MotionSensor", "detectionState"));
  }

  @Test
  void acceptGrantChecksTheGranteeToken() {
    Map<String, Object> sample =
        AlexaSchema.sample("Authorization/Authorization.AcceptGrant.request.json");
    JsonMaps.object(sample, "directive", "payload", "grantee").put("token", AlexaFixture.TOKEN);
    Map<String, Object> response = fixture.invoke(sample);
    fixture.assertRequests(get("/api/"));
    assertEquals("Alexa.Authorization", JsonMaps.string(response, "event", "header", "namespace"));
    assertEquals("AcceptGrant.Response", name(response));
    assertEquals(Map.of(), JsonMaps.object(response, "event", "payload"));

    fixture.home.clearRequests();
    JsonMaps.object(sample, "directive", "payload", "grantee")
        .put("token", AlexaFixture.WRONG_TOKEN);
    Map<String, Object> refused = fixture.invoke(sample);
    fixture.assertRequests(get("/api/").token(AlexaFixture.WRONG_TOKEN));
    assertEquals("Alexa.Authorization", JsonMaps.string(refused, "event", "header", "namespace"));
    assertEquals("ACCEPT_GRANT_FAILED", AlexaFixture.type(refused));
  }

  @Test
  void theConfiguredTokenIsUsedOnlyWhenAllowed() {
    Map<String, Object> anonymous =
        directive("Alexa.PowerController", "TurnOn", "switch#coffee_maker", null, Map.of());
    Map<String, Object> refused = fixture.invoke(anonymous);
    AlexaFixture.assertError("INVALID_AUTHORIZATION_CREDENTIAL", anonymous, refused);
    fixture.assertRequests();

    fixture.close();
    fixture = AlexaFixture.start(Map.of("HA_TOKEN_FALLBACK", "true"));
    Map<String, Object> response = fixture.invoke(anonymous);
    assertEquals("Response", name(response));
    fixture.assertRequests(
        get("/api/states/switch.coffee_maker").token(AlexaFixture.FALLBACK_TOKEN),
        post("/api/services/switch/turn_on", Map.of("entity_id", "switch.coffee_maker"))
            .token(AlexaFixture.FALLBACK_TOKEN));

    fixture.home.clearRequests();
    fixture.invoke(directive("Alexa.PowerController", "TurnOff", "switch#coffee_maker", Map.of()));
    assertEquals(
        AlexaFixture.TOKEN,
        fixture.home.requests().get(0).bearerToken(),
        "a directive's own token always wins over the configured one");
  }

  /**
   * A Response to {@code directive}: fresh message id, echoed correlation token and endpoint, empty
   * payload.
   */
  static void assertResponse(Map<String, Object> directive, Map<String, Object> response) {
    assertEquals(
        "Alexa", JsonMaps.string(response, "event", "header", "namespace"), response::toString);
    assertEquals("Response", name(response), response::toString);
    assertEquals("3", JsonMaps.string(response, "event", "header", "payloadVersion"));
    String messageId = JsonMaps.string(response, "event", "header", "messageId");
    assertNotEquals(JsonMaps.string(directive, "directive", "header", "messageId"), messageId);
    assertTrue(
        messageId.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
        messageId);
    assertEquals(
        JsonMaps.string(directive, "directive", "header", "correlationToken"),
        JsonMaps.string(response, "event", "header", "correlationToken"));
    assertEquals(
        Map.of("endpointId", JsonMaps.string(directive, "directive", "endpoint", "endpointId")),
        JsonMaps.object(response, "event", "endpoint"),
        "the endpoint is echoed by id, without the token");
    assertEquals(Map.of(), JsonMaps.object(response, "event", "payload"));
    for (Object property : JsonMaps.array(response, "context", "properties")) {
      assertTrue(
          ISO_TIME.matcher(JsonMaps.string(property, "timeOfSample")).matches(),
          property::toString);
    }
  }
}
