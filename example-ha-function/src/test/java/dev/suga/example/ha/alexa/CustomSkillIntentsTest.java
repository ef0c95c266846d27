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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.json.JsonMaps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The custom skill's intents, each against the demo Home Assistant through the real handler: the
 * requests Home Assistant receives, what changes in the home, what Alexa says.
 */
class CustomSkillIntentsTest {
  private AlexaFixture fixture;
  private int sequence;

  @BeforeEach
  void start() {
    fixture = AlexaFixture.start();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** One example of each intent, with the slot values a user would say. */
  private static final Map<SkillIntent, Map<String, String>> EXAMPLES =
      Map.of(
          SkillIntent.RUN_SCRIPT, Map.of("script", "good morning", "number", "2"),
          SkillIntent.TRIGGER_AUTOMATION, Map.of("automation", "lights at sunset"),
          SkillIntent.SET_INPUT, Map.of("helper", "house mode", "value", "night"),
          SkillIntent.NOTIFY, Map.of("message", "dinner is ready"),
          SkillIntent.START_TIMER, Map.of("timer", "laundry", "duration", "PT40M"),
          SkillIntent.PAUSE_TIMER, Map.of("timer", "laundry"),
          SkillIntent.CANCEL_TIMER, Map.of("timer", "laundry"),
          SkillIntent.AREA_POWER, Map.of("power", "off", "area", "kitchen"),
          SkillIntent.ASK, Map.of("query", "is the front door locked"));

  @Test
  void everyIntentOfTheModelRunsAgainstTheDemo() {
    assertEquals(List.of(SkillIntent.values()), List.copyOf(new TreeSet<>(EXAMPLES.keySet())));
    for (SkillIntent intent : SkillIntent.values()) {
      Map<String, Object> reply = fixture.invokeSkill(intent(intent, EXAMPLES.get(intent)));
      String speech = speech(reply);
      assertFalse(
          List.of(AlexaSkillCore.FAILED, AlexaSkillCore.UNREACHABLE, AlexaSkillCore.NOT_UNDERSTOOD)
              .contains(speech),
          intent + ": " + speech);
      assertFalse(speech.startsWith("I couldn't find"), intent + ": " + speech);
      assertNull(JsonMaps.at(reply, "response", "card"), intent + ": no account-link card");
    }
    assertEquals(List.of("dinner is ready"), fixture.home.notifications());
    assertEquals("Night", fixture.home.state("input_select.house_mode").get("state"));
    assertEquals(
        "idle", fixture.home.state("timer.laundry").get("state"), "started, paused, cancelled");
  }

  @Test
  void runAScriptWithTheOtherSlotsAsVariables() {
    Map<String, Object> reply =
        fixture.invokeSkill(
            intent(
                SkillIntent.RUN_SCRIPT,
                Map.of(
                    "script",
                    "Good Morning",
                    "number",
                    "5",
                    "duration",
                    "PT1H30M",
                    "room",
                    "kitchen")));
    assertEquals("Running Good Morning.", speech(reply));
    assertEquals(true, JsonMaps.at(reply, "response", "shouldEndSession"));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("number", 5);
    variables.put("duration", "1:30:00");
    variables.put("room", "kitchen");
    fixture.assertRequests(
        get("/api/states/script.good_morning"),
        post(
            "/api/services/script/turn_on",
            Map.of("entity_id", "script.good_morning", "variables", variables)));
    assertEquals("on", fixture.home.state("switch.coffee_maker").get("state"), "the script ran");
  }

  /** A negative duration has no Home Assistant form: the script runs without it. */
  @Test
  void aNegativeDurationIsNotPassedToAScript() {
    Map<String, Object> reply =
        fixture.invokeSkill(
            intent(SkillIntent.RUN_SCRIPT, Map.of("script", "Good Morning", "duration", "PT-5M")));
    assertEquals("Running Good Morning.", speech(reply));
    fixture.assertRequests(
        get("/api/states/script.good_morning"),
        post("/api/services/script/turn_on", Map.of("entity_id", "script.good_morning")));
  }

  /** Names become object ids the way Home Assistant's slugify makes them, beyond plain accents. */
  @Test
  void namesBecomeHomeAssistantsObjectIds() {
    assertEquals("mom_s_good_morning", SkillActions.slug("Mom's Good Morning!"));
    assertEquals("cafe_creme", SkillActions.slug("Café Crème"));
    assertEquals("gute_nacht_grusse", SkillActions.slug("Gute Nacht, Grüße"));
    assertEquals("strasse", SkillActions.slug("STRAẞE"));
    assertEquals("kaeledyr_lys", SkillActions.slug("Kæledyr lys"));
    assertEquals("lodz", SkillActions.slug("Łódź"));
    assertEquals("oresund", SkillActions.slug("Øresund"));
    assertEquals("", SkillActions.slug("😀"));
  }

  @Test
  void aResolvedSlotNamesTheEntityById() {
    Map<String, Object> request =
        intent(SkillIntent.RUN_SCRIPT, Map.of("script", "morning routine"));
    JsonMaps.object(request, "request", "intent", "slots", "script")
        .put(
            "resolutions",
            Map.of(
                "resolutionsPerAuthority",
                List.of(
                    Map.of(
                        "authority", "amzn1.er-authority.echo-sdk.test.ScriptName",
                        "status", Map.of("code", "ER_SUCCESS_MATCH"),
                        "values",
                            List.of(
                                Map.of(
                                    "value",
                                    Map.of(
                                        "name", "good morning", "id", "script.good_morning")))))));
    assertEquals("Running Good Morning.", speech(fixture.invokeSkill(request)));
    fixture.assertRequests(
        get("/api/states/script.good_morning"),
        post("/api/services/script/turn_on", Map.of("entity_id", "script.good_morning")));
  }

  @Test
  void whatHomeAssistantDoesNotHaveIsSaidNotApologisedFor() {
    assertEquals(
        "I couldn't find a script called wake the dog in Home Assistant.",
        speech(
            fixture.invokeSkill(intent(SkillIntent.RUN_SCRIPT, Map.of("script", "wake the dog")))));
    assertEquals(
        "I couldn't find a timer called pizza in Home Assistant.",
        speech(fixture.invokeSkill(intent(SkillIntent.START_TIMER, Map.of("timer", "pizza")))));
    fixture.assertRequests(get("/api/states/script.wake_the_dog"), get("/api/states/timer.pizza"));
    assertEquals(
        SkillActions.ASK_SCRIPT,
        speech(fixture.invokeSkill(intent(SkillIntent.RUN_SCRIPT, Map.of()))),
        "no name: ask for one");
  }

  @Test
  void triggerAnAutomation() {
    Map<String, Object> reply =
        fixture.invokeSkill(
            intent(SkillIntent.TRIGGER_AUTOMATION, Map.of("automation", "lights at sunset")));
    assertEquals("Triggered Lights at sunset.", speech(reply));
    fixture.assertRequests(
        get("/api/states/automation.lights_at_sunset"),
        post(
            "/api/services/automation/trigger",
            Map.of("entity_id", "automation.lights_at_sunset")));
    assertEquals("on", fixture.home.state("light.living_room").get("state"));
  }

  @Test
  void setEachKindOfInputHelper() {
    assertEquals(
        "House Mode is now Away.",
        speech(fixture.invokeSkill(set("house mode", "value", "away"))),
        "the option as Home Assistant spells it");
    fixture.assertRequests(
        get("/api/states/input_select.house_mode"),
        post(
            "/api/services/input_select/select_option",
            Map.of("entity_id", "input_select.house_mode", "option", "Away")));
    assertEquals(
        "House Mode can be Home, Away, Night or Vacation.",
        speech(fixture.invokeSkill(set("house mode", "value", "party"))));

    fixture.home.clearRequests();
    assertEquals(
        "Target Humidity is now 50.",
        speech(fixture.invokeSkill(set("target humidity", "number", "50"))));
    fixture.assertRequests(
        get("/api/states/input_select.target_humidity"),
        get("/api/states/input_number.target_humidity"),
        post(
            "/api/services/input_number/set_value",
            Map.of("entity_id", "input_number.target_humidity", "value", 50)));
    assertEquals(
        "Target Humidity can be set from 30 to 60.",
        speech(fixture.invokeSkill(set("target humidity", "number", "75"))));

    fixture.home.clearRequests();
    assertEquals(
        "Guest Mode is now on.", speech(fixture.invokeSkill(set("guest mode", "value", "on"))));
    fixture.assertRequests(
        get("/api/states/input_select.guest_mode"),
        get("/api/states/input_number.guest_mode"),
        get("/api/states/input_boolean.guest_mode"),
        post(
            "/api/services/input_boolean/turn_on",
            Map.of("entity_id", "input_boolean.guest_mode")));
    assertEquals(
        "Guest Mode can be on or off.",
        speech(fixture.invokeSkill(set("guest mode", "value", "maybe"))));

    assertEquals(
        "Greeting is now good evening.",
        speech(fixture.invokeSkill(set("greeting", "value", "good evening"))));
    assertEquals("good evening", fixture.home.state("input_text.greeting").get("state"));
    assertEquals(
        "I couldn't find a setting called alarm volume in Home Assistant.",
        speech(fixture.invokeSkill(set("alarm volume", "number", "3"))));
  }

  @Test
  void sendANotificationThroughTheConfiguredService() {
    assertEquals(
        SkillActions.NOTIFIED,
        speech(
            fixture.invokeSkill(
                intent(SkillIntent.NOTIFY, Map.of("message", "the wash is done")))));
    fixture.assertRequests(
        post(
            "/api/services/notify/persistent_notification", Map.of("message", "the wash is done")));

    fixture.close();
    fixture = AlexaFixture.start(Map.of("HA_NOTIFY_SERVICE", "mobile_app_pixel"));
    fixture.invokeSkill(intent(SkillIntent.NOTIFY, Map.of("message", "hello")));
    fixture.assertRequests(
        post("/api/services/notify/mobile_app_pixel", Map.of("message", "hello")));
    assertEquals(List.of("hello"), fixture.home.notifications());
  }

  @Test
  void startPauseAndCancelATimer() {
    assertEquals(
        "Started the Laundry timer for 1 hour 5 minutes.",
        speech(
            fixture.invokeSkill(
                intent(
                    SkillIntent.START_TIMER, Map.of("timer", "laundry", "duration", "PT1H5M")))));
    fixture.assertRequests(
        get("/api/states/timer.laundry"),
        post(
            "/api/services/timer/start",
            Map.of("entity_id", "timer.laundry", "duration", "1:05:00")));
    assertEquals("active", fixture.home.state("timer.laundry").get("state"));
    assertEquals(
        "Paused the Laundry timer.",
        speech(fixture.invokeSkill(intent(SkillIntent.PAUSE_TIMER, Map.of("timer", "laundry")))));
    assertEquals("paused", fixture.home.state("timer.laundry").get("state"));
    assertEquals(
        "Cancelled the Laundry timer.",
        speech(fixture.invokeSkill(intent(SkillIntent.CANCEL_TIMER, Map.of("timer", "laundry")))));
    assertEquals("idle", fixture.home.state("timer.laundry").get("state"));
    assertEquals(
        "Started the Laundry timer.",
        speech(fixture.invokeSkill(intent(SkillIntent.START_TIMER, Map.of("timer", "laundry")))),
        "its own duration");
    assertEquals(
        SkillActions.NO_DURATION,
        speech(
            fixture.invokeSkill(
                intent(SkillIntent.START_TIMER, Map.of("timer", "laundry", "duration", "soon")))));
  }

  @Test
  void turnOffARoom() {
    Map<String, Object> reply =
        fixture.invokeSkill(
            intent(SkillIntent.AREA_POWER, Map.of("power", "off", "area", "kitchen")));
    assertEquals("Turned off 3 devices in the kitchen.", speech(reply));
    fixture.assertRequests(
        post("/api/template", Map.of("template", "{{ area_entities('kitchen') | tojson }}")),
        post(
            "/api/services/homeassistant/turn_off",
            Map.of(
                "entity_id",
                List.of("light.kitchen", "switch.coffee_maker", "media_player.kitchen_speaker"))));
    assertEquals("off", fixture.home.state("light.kitchen").get("state"));
    assertEquals("off", fixture.home.state("media_player.kitchen_speaker").get("state"));
  }

  @Test
  void aRoomAlexaMistookForADeviceGoesToTheConversation() {
    Map<String, Object> reply =
        fixture.invokeSkill(
            intent(SkillIntent.AREA_POWER, Map.of("power", "on", "area", "coffee maker")));
    assertEquals("You said: turn on the coffee maker", speech(reply));
    assertEquals(false, JsonMaps.at(reply, "response", "shouldEndSession"));
  }

  @Test
  void aUserWhoIsNotAnAdministratorHearsWhyRoomsDoNotWork() {
    fixture.home.withoutAdminRights(AlexaFixture.TOKEN);
    Map<String, Object> reply =
        fixture.invokeSkill(
            intent(SkillIntent.AREA_POWER, Map.of("power", "off", "area", "kitchen")));
    assertEquals(SkillActions.NOT_ADMIN, speech(reply));
    assertNull(JsonMaps.at(reply, "response", "card"), "the link is fine: no link card");
    fixture.assertRequests(
        post("/api/template", Map.of("template", "{{ area_entities('kitchen') | tojson }}")),
        get("/api/"));
    assertEquals("on", fixture.home.state("light.kitchen").get("state"), "nothing was switched");
    // a script still runs for that user: only the template endpoint is for administrators
    assertEquals(
        "Running Good Morning.",
        speech(
            fixture.invokeSkill(intent(SkillIntent.RUN_SCRIPT, Map.of("script", "good morning")))));
  }

  @Test
  void aRevokedLinkIsStillARelink() {
    Map<String, Object> reply =
        fixture.invokeSkill(
            intent(
                SkillIntent.AREA_POWER,
                Map.of("power", "off", "area", "kitchen"),
                AlexaFixture.WRONG_TOKEN));
    assertEquals(AlexaSkillCore.RELINK, speech(reply));
    assertEquals("LinkAccount", JsonMaps.string(reply, "response", "card", "type"));
    Map<String, Object> unlinked =
        fixture.invokeSkill(intent(SkillIntent.RUN_SCRIPT, Map.of("script", "good morning"), null));
    assertEquals(AlexaSkillCore.LINK, speech(unlinked));
  }

  @Test
  void entitiesHiddenFromAlexaAreHiddenFromTheSkill() {
    fixture.close();
    fixture = AlexaFixture.start(Map.of("DISCOVERY_EXCLUDE_DOMAINS", "script,switch"));
    assertEquals(
        "I couldn't find a script called good morning in Home Assistant.",
        speech(
            fixture.invokeSkill(intent(SkillIntent.RUN_SCRIPT, Map.of("script", "good morning")))));
    fixture.home.clearRequests();
    assertEquals(
        "Turned on 2 devices in the kitchen.",
        speech(
            fixture.invokeSkill(
                intent(SkillIntent.AREA_POWER, Map.of("power", "on", "area", "kitchen")))));
    fixture.assertRequests(
        post("/api/template", Map.of("template", "{{ area_entities('kitchen') | tojson }}")),
        post(
            "/api/services/homeassistant/turn_on",
            Map.of("entity_id", List.of("light.kitchen", "media_player.kitchen_speaker"))));
    assertEquals("off", fixture.home.state("switch.coffee_maker").get("state"), "switches hidden");
  }

  @Test
  void homeAssistantRefusingAValueIsSaid() {
    // the text helper takes at most 100 characters: Home Assistant answers 400
    assertEquals(
        "Home Assistant did not accept that for Greeting.",
        speech(fixture.invokeSkill(set("greeting", "value", "x".repeat(120)))));
    assertTrue(fixture.logLines().stream().anyMatch(line -> line.contains("refused")));
  }

  // ---- requests -----------------------------------------------------------------------------

  private Map<String, Object> set(String helper, String slot, String value) {
    return intent(SkillIntent.SET_INPUT, Map.of("helper", helper, slot, value));
  }

  private Map<String, Object> intent(SkillIntent intent, Map<String, String> values) {
    return intent(intent, values, AlexaFixture.TOKEN);
  }

  /** An IntentRequest with every slot of {@code intent}, filled from {@code values}. */
  private Map<String, Object> intent(SkillIntent intent, Map<String, String> values, String token) {
    Map<String, Object> slots = new LinkedHashMap<>();
    for (String name : intent.slots()) {
      Map<String, Object> slot = new LinkedHashMap<>();
      slot.put("name", name);
      slot.put("confirmationStatus", "NONE");
      if (values.containsKey(name)) {
        slot.put("value", values.get(name));
      }
      slots.put(name, slot);
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("type", "IntentRequest");
    request.put("requestId", "amzn1.echo-api.request.intents-" + (++sequence));
    request.put("timestamp", "2026-12-08T12:00:00Z");
    request.put("locale", "en-US");
    Map<String, Object> named = new LinkedHashMap<>();
    named.put("name", intent.intentName());
    named.put("confirmationStatus", "NONE");
    named.put("slots", slots);
    request.put("intent", named);
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("userId", "amzn1.ask.account.test");
    if (token != null) {
      user.put("accessToken", token);
    }
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("new", true);
    session.put("sessionId", "amzn1.echo-api.session.intents");
    session.put("application", Map.of("applicationId", "amzn1.ask.skill.test"));
    session.put("attributes", Map.of());
    session.put("user", user);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", "1.0");
    envelope.put("session", session);
    envelope.put("context", Map.of("System", Map.of("user", user)));
    envelope.put("request", request);
    return envelope;
  }

  private static String speech(Map<String, Object> reply) {
    assertEquals(
        "PlainText", JsonMaps.string(reply, "response", "outputSpeech", "type"), reply::toString);
    return JsonMaps.string(reply, "response", "outputSpeech", "text");
  }
}
