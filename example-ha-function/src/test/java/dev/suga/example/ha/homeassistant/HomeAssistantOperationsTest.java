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

import static dev.suga.example.ha.homeassistant.HaFixture.OTHER_TOKEN;
import static dev.suga.example.ha.homeassistant.HaFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.homeassistant.HomeAssistantException.Kind;
import dev.suga.example.ha.json.JsonMaps;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every home_assistant operation through the gateway against the demo: the exact request sent, and
 * the result.
 */
class HomeAssistantOperationsTest {
  private HaFixture ha;

  @BeforeEach
  void start() {
    ha = new HaFixture();
  }

  @AfterEach
  void stop() {
    ha.close();
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** The call fails with {@code kind} and, for caller errors, nothing reaches Home Assistant. */
  private HomeAssistantException fails(Kind kind, boolean sent, Executable call) {
    HomeAssistantException e = assertThrows(HomeAssistantException.class, call);
    assertEquals(kind, e.kind(), e::getMessage);
    assertFalse(e.getMessage().contains(TOKEN), "no token in exception messages");
    if (!sent) {
      assertEquals(List.of(), ha.demo.requests(), "refused before any request");
    }
    ha.demo.clearRequests();
    return e;
  }

  @Test
  void state() {
    Map<String, Object> kitchen = Gateway.homeAssistantState(TOKEN, "light.kitchen");
    ha.assertOnlyRequest("GET", "/api/states/light.kitchen", null);
    assertEquals("on", kitchen.get("state"));
    assertEquals(180L, JsonMaps.at(kitchen, "attributes", "brightness"));
    assertEquals("Kitchen Light", JsonMaps.string(kitchen, "attributes", "friendly_name"));
  }

  @Test
  void unavailableEntityIsReturnedNotThrown() {
    assertEquals(
        "unavailable", Gateway.homeAssistantState(TOKEN, "light.broken_lamp").get("state"));
  }

  @Test
  void unknownAndInvalidEntityIdsAreNotFound() {
    fails(Kind.NOT_FOUND, true, () -> Gateway.homeAssistantState(TOKEN, "light.nowhere"));
    for (String bad :
        new String[] {
          "Light.Kitchen",
          "light.kitchen/../../api/config",
          "light",
          ".kitchen",
          "light.kitchen?x=1",
          "light.küche",
          "light.kitchen%2F",
          "",
          null
        }) {
      fails(Kind.NOT_FOUND, false, () -> Gateway.homeAssistantState(TOKEN, bad));
    }
  }

  @Test
  void allStates() {
    List<Map<String, Object>> states = Gateway.homeAssistantAllStates(TOKEN);
    ha.assertOnlyRequest("GET", "/api/states", null);
    assertEquals(ha.demo.states().size(), states.size());
    assertEquals("light.kitchen", states.get(0).get("entity_id"));
  }

  @Test
  void callServiceChangesTheHomeAndReturnsChangedStates() {
    List<Map<String, Object>> changed =
        Gateway.homeAssistantCallService(
            TOKEN, "light", "turn_on", map("entity_id", "light.kitchen", "brightness", 100));
    ha.assertOnlyRequest(
        "POST",
        "/api/services/light/turn_on",
        map("entity_id", "light.kitchen", "brightness", 100L));
    assertEquals("light.kitchen", changed.get(0).get("entity_id"));
    assertEquals(100L, JsonMaps.at(changed.get(0), "attributes", "brightness"));
    assertEquals(100L, JsonMaps.at(ha.demo.state("light.kitchen"), "attributes", "brightness"));
  }

  @Test
  void callServiceWithNoDataSendsAnEmptyObject() {
    assertEquals(
        List.of(), Gateway.homeAssistantCallService(TOKEN, "homeassistant", "update_entity", null));
    ha.assertOnlyRequest("POST", "/api/services/homeassistant/update_entity", Map.of());
  }

  @Test
  void invalidServiceNamesAreRejectedBeforeAnyRequest() {
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantCallService(TOKEN, "light", "turn on", Map.of()));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantCallService(TOKEN, "../api", "x", Map.of()));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantCallService(TOKEN, "light", "turn_on/../../x", Map.of()));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantCallService(TOKEN, null, "turn_on", Map.of()));
  }

  @Test
  void homeAssistantsOwnRejectionIsRejectedWithItsMessage() {
    HomeAssistantException e =
        fails(
            Kind.REJECTED,
            true,
            () ->
                Gateway.homeAssistantCallService(
                    TOKEN,
                    "climate",
                    "set_temperature",
                    map("entity_id", "climate.living_room", "temperature", 40)));
    assertTrue(e.getMessage().contains("Accepted range is 7.0 to 35.0"), e.getMessage());
    assertEquals(
        21.0, JsonMaps.at(ha.demo.state("climate.living_room"), "attributes", "temperature"));
  }

  @Test
  void renderTemplate() {
    assertEquals(
        "locked", Gateway.homeAssistantRenderTemplate(TOKEN, "{{ states('lock.front_door') }}"));
    ha.assertOnlyRequest(
        "POST", "/api/template", Map.of("template", "{{ states('lock.front_door') }}"));
    fails(Kind.REJECTED, true, () -> Gateway.homeAssistantRenderTemplate(TOKEN, "{{ now() }}"));
    fails(Kind.REJECTED, false, () -> Gateway.homeAssistantRenderTemplate(TOKEN, " "));
  }

  @Test
  void areaEntities() {
    assertEquals(
        List.of("light.kitchen", "switch.coffee_maker", "media_player.kitchen_speaker"),
        Gateway.homeAssistantAreaEntities(TOKEN, "kitchen"));
    ha.assertOnlyRequest(
        "POST", "/api/template", Map.of("template", "{{ area_entities('kitchen') | tojson }}"));
    assertEquals(
        List.of(
            "light.living_room",
            "climate.living_room",
            "media_player.living_room_tv",
            "fan.living_room",
            "cover.living_room_blinds"),
        Gateway.homeAssistantAreaEntities(TOKEN, "Living Room"));
    ha.assertOnlyRequest(
        "POST", "/api/template", Map.of("template", "{{ area_entities('Living Room') | tojson }}"));
    assertEquals(List.of(), Gateway.homeAssistantAreaEntities(TOKEN, "attic"));
    ha.demo.clearRequests();
  }

  @Test
  void areaNamesThatCouldEscapeTheTemplateAreRejected() {
    for (String bad :
        new String[] {
          "kitchen') }}{{ states('lock.front_door",
          "it's",
          "a\"b",
          "{{x}}",
          "back\\slash",
          "{% raw %}",
          "line\nbreak",
          "",
          " ",
          null
        }) {
      fails(Kind.REJECTED, false, () -> Gateway.homeAssistantAreaEntities(TOKEN, bad));
    }
  }

  @Test
  void triggerAutomation() {
    Gateway.homeAssistantTriggerAutomation(TOKEN, "automation.lights_at_sunset");
    ha.assertOnlyRequest(
        "POST",
        "/api/services/automation/trigger",
        Map.of("entity_id", "automation.lights_at_sunset"));
    assertEquals(
        "on", ha.demo.state("light.living_room").get("state"), "the automation's action ran");
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantTriggerAutomation(TOKEN, "script.good_morning"));
  }

  @Test
  void runScript() {
    Gateway.homeAssistantRunScript(TOKEN, "script.good_morning", map("who", "alice", "minutes", 5));
    ha.assertOnlyRequest(
        "POST",
        "/api/services/script/turn_on",
        map("entity_id", "script.good_morning", "variables", map("who", "alice", "minutes", 5L)));
    assertEquals("on", ha.demo.state("switch.coffee_maker").get("state"));
    Gateway.homeAssistantRunScript(TOKEN, "script.good_morning", null);
    ha.assertOnlyRequest(
        "POST", "/api/services/script/turn_on", Map.of("entity_id", "script.good_morning"));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantRunScript(TOKEN, "automation.lights_at_sunset", null));
  }

  @Test
  void setInputHelpers() {
    Gateway.homeAssistantSetInput(TOKEN, "input_boolean.guest_mode", true);
    ha.assertOnlyRequest(
        "POST",
        "/api/services/input_boolean/turn_on",
        Map.of("entity_id", "input_boolean.guest_mode"));
    assertEquals("on", ha.demo.state("input_boolean.guest_mode").get("state"));

    Gateway.homeAssistantSetInput(TOKEN, "input_number.target_humidity", 50);
    ha.assertOnlyRequest(
        "POST",
        "/api/services/input_number/set_value",
        map("entity_id", "input_number.target_humidity", "value", 50L));
    assertEquals("50.0", ha.demo.state("input_number.target_humidity").get("state"));

    Gateway.homeAssistantSetInput(TOKEN, "input_text.greeting", "Hi there");
    ha.assertOnlyRequest(
        "POST",
        "/api/services/input_text/set_value",
        map("entity_id", "input_text.greeting", "value", "Hi there"));
    assertEquals("Hi there", ha.demo.state("input_text.greeting").get("state"));

    Gateway.homeAssistantSetInput(TOKEN, "input_select.house_mode", "Night");
    ha.assertOnlyRequest(
        "POST",
        "/api/services/input_select/select_option",
        map("entity_id", "input_select.house_mode", "option", "Night"));
    assertEquals("Night", ha.demo.state("input_select.house_mode").get("state"));

    ha.demo.setState(
        "input_datetime.wake_up", "07:00:00", Map.of("has_date", false, "has_time", true));
    Gateway.homeAssistantSetInput(TOKEN, "input_datetime.wake_up", "06:30:00");
    ha.assertOnlyRequest(
        "POST",
        "/api/services/input_datetime/set_datetime",
        map("entity_id", "input_datetime.wake_up", "time", "06:30:00"));
    assertEquals("06:30:00", ha.demo.state("input_datetime.wake_up").get("state"));
  }

  @Test
  void inputValuesOfTheWrongKindAreRejected() {
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantSetInput(TOKEN, "input_boolean.guest_mode", "maybe"));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantSetInput(TOKEN, "input_number.target_humidity", "lots"));
    fails(
        Kind.REJECTED, false, () -> Gateway.homeAssistantSetInput(TOKEN, "input_text.greeting", 5));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantSetInput(TOKEN, "input_datetime.wake_up", "soon"));
    fails(Kind.REJECTED, false, () -> Gateway.homeAssistantSetInput(TOKEN, "light.kitchen", true));
    fails(
        Kind.REJECTED,
        true,
        () -> Gateway.homeAssistantSetInput(TOKEN, "input_select.house_mode", "Mars"));
    fails(
        Kind.REJECTED,
        true,
        () -> Gateway.homeAssistantSetInput(TOKEN, "input_number.target_humidity", 99));
  }

  @Test
  void notifyWithAndWithoutTitle() {
    Gateway.homeAssistantNotify(TOKEN, "mobile_app_phone", "Laundry done", "Home");
    ha.assertOnlyRequest(
        "POST",
        "/api/services/notify/mobile_app_phone",
        map("message", "Laundry done", "title", "Home"));
    Gateway.homeAssistantNotify(TOKEN, "notify", "Door open", null);
    ha.assertOnlyRequest("POST", "/api/services/notify/notify", Map.of("message", "Door open"));
    assertEquals(List.of("Laundry done", "Door open"), ha.demo.notifications());
    fails(Kind.REJECTED, false, () -> Gateway.homeAssistantNotify(TOKEN, "mobile app", "x", null));
    fails(Kind.REJECTED, false, () -> Gateway.homeAssistantNotify(TOKEN, "notify", " ", null));
  }

  @Test
  void timers() {
    Gateway.homeAssistantTimer(TOKEN, "timer.laundry", "start", "00:05:00");
    ha.assertOnlyRequest(
        "POST",
        "/api/services/timer/start",
        map("entity_id", "timer.laundry", "duration", "00:05:00"));
    assertEquals("active", ha.demo.state("timer.laundry").get("state"));
    Gateway.homeAssistantTimer(TOKEN, "timer.laundry", "pause", null);
    ha.assertOnlyRequest("POST", "/api/services/timer/pause", Map.of("entity_id", "timer.laundry"));
    assertEquals("paused", ha.demo.state("timer.laundry").get("state"));
    Gateway.homeAssistantTimer(TOKEN, "timer.laundry", "cancel", null);
    ha.assertOnlyRequest(
        "POST", "/api/services/timer/cancel", Map.of("entity_id", "timer.laundry"));
    assertEquals("idle", ha.demo.state("timer.laundry").get("state"));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantTimer(TOKEN, "timer.laundry", "explode", null));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantTimer(TOKEN, "timer.laundry", "start", "soon"));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantTimer(TOKEN, "timer.laundry", "pause", "00:01:00"));
    fails(
        Kind.REJECTED,
        false,
        () -> Gateway.homeAssistantTimer(TOKEN, "light.kitchen", "start", null));
  }

  @Test
  void conversationKeepsTheConversationId() {
    Map<String, Object> first =
        Gateway.homeAssistantConversation(TOKEN, "turn on the kitchen", null, "en");
    ha.assertOnlyRequest(
        "POST", "/api/conversation/process", map("text", "turn on the kitchen", "language", "en"));
    assertEquals("You said: turn on the kitchen", first.get("speech"));
    String id = (String) first.get("conversation_id");
    assertNotNull(id);
    assertEquals(false, first.get("continue_conversation"));

    Map<String, Object> second = Gateway.homeAssistantConversation(TOKEN, "and the hall", id, null);
    ha.assertOnlyRequest(
        "POST", "/api/conversation/process", map("text", "and the hall", "conversation_id", id));
    assertEquals(id, second.get("conversation_id"));
    fails(Kind.REJECTED, false, () -> Gateway.homeAssistantConversation(TOKEN, " ", null, "en"));
  }

  @Test
  void ping() {
    assertTrue(Gateway.homeAssistantPing(TOKEN));
    ha.assertOnlyRequest("GET", "/api/", null);
    assertFalse(Gateway.homeAssistantPing(OTHER_TOKEN), "a refused token is not a crash");
    assertEquals(OTHER_TOKEN, ha.demo.requests().get(0).bearerToken());
  }

  @Test
  void config() {
    assertEquals(
        "°C", JsonMaps.string(Gateway.homeAssistantConfig(TOKEN), "unit_system", "temperature"));
    ha.assertOnlyRequest("GET", "/api/config", null);
  }

  @Test
  void forwardSmartHomeSendsTheDirectiveBytesUnchanged() {
    String directive =
        "{\"directive\": {\"header\": {\"namespace\": \"Alexa.PowerController\", \"name\": \"TurnOn\","
            + " \"payloadVersion\": \"3\", \"messageId\": \"m-1\", \"correlationToken\": \"c-42\"}, \"endpoint\": {"
            + "\"scope\": {\"type\": \"BearerToken\", \"token\": \""
            + TOKEN
            + "\"}, \"endpointId\": \"light#kitchen\"},"
            + " \"payload\": {}}}";
    byte[] answer =
        Gateway.homeAssistantForwardSmartHome(TOKEN, directive.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, ha.demo.requests().size());
    assertEquals(directive, ha.demo.requests().get(0).body(), "byte for byte, spacing included");
    HaFixture.assertRequest(
        ha.demo.requests().get(0), "POST", "/api/alexa/smart_home", JsonMaps.parse(directive));
    Object response = JsonMaps.parse(answer);
    assertEquals("c-42", JsonMaps.string(response, "event", "header", "correlationToken"));
    assertEquals("light#kitchen", JsonMaps.string(response, "event", "endpoint", "endpointId"));
    ha.demo.clearRequests();
    fails(Kind.REJECTED, false, () -> Gateway.homeAssistantForwardSmartHome(TOKEN, new byte[0]));
  }

  @Test
  void forwardSmartHomeReturnsTheAnswerBytesAsTheyCame() {
    byte[] directive =
        "{\"directive\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"ReportState\",\"payloadVersion\":\"3\",\"messageId\":\"m\",\"correlationToken\":\"c\"},\"endpoint\":{\"endpointId\":\"light#kitchen\"},\"payload\":{}}}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] answer = Gateway.homeAssistantForwardSmartHome(TOKEN, directive);
    assertEquals("StateReport", JsonMaps.string(JsonMaps.parse(answer), "event", "header", "name"));
    assertArrayEquals(
        answer,
        JsonMaps.write(JsonMaps.parse(answer)),
        "the demo's compact JSON comes back untouched");
  }
}
