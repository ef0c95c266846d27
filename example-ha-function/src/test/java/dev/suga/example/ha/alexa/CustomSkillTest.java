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

import static dev.suga.example.ha.alexa.AlexaFixture.Request.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.demo.DemoHomeAssistant.Failure;
import dev.suga.example.ha.json.JsonMaps;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The custom skill through the real handler: launch, conversation turns, help, stop, session end,
 * failures.
 */
class CustomSkillTest {
  private static final String CONVERSATION = "/api/conversation/process";

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

  @Test
  void launchWelcomesAndKeepsTheSessionOpen() {
    Map<String, Object> response =
        fixture.invokeSkill(request("LaunchRequest", null, null, AlexaFixture.TOKEN, Map.of()));
    assertEquals("1.0", response.get("version"));
    assertEquals(AlexaSkillCore.WELCOME, speech(response));
    assertEquals(false, JsonMaps.at(response, "response", "shouldEndSession"));
    assertEquals(
        "PlainText", JsonMaps.string(response, "response", "reprompt", "outputSpeech", "type"));
    fixture.assertRequests();
  }

  @Test
  void aConversationKeepsItsIdInTheSessionAcrossTurns() {
    Map<String, Object> first =
        fixture.invokeSkill(
            request(
                "IntentRequest",
                "AskHomeAssistantIntent",
                "turn on the kitchen light",
                AlexaFixture.TOKEN,
                Map.of()));
    assertEquals("You said: turn on the kitchen light", speech(first));
    assertEquals(false, JsonMaps.at(first, "response", "shouldEndSession"));
    String conversationId = JsonMaps.string(first, "sessionAttributes", "conversation_id");
    assertNotNull(conversationId);
    fixture.assertRequests(
        post(CONVERSATION, Map.of("text", "turn on the kitchen light", "language", "en-US")));

    fixture.home.clearRequests();
    Map<String, Object> attributes = JsonMaps.object(first, "sessionAttributes");
    Map<String, Object> second =
        fixture.invokeSkill(
            request(
                "IntentRequest",
                "AskHomeAssistantIntent",
                "and the living room",
                AlexaFixture.TOKEN,
                attributes));
    fixture.assertRequests(
        post(
            CONVERSATION,
            Map.of(
                "text",
                "and the living room",
                "language",
                "en-US",
                "conversation_id",
                conversationId)));
    assertEquals(conversationId, JsonMaps.string(second, "sessionAttributes", "conversation_id"));
    assertEquals("You said: and the living room", speech(second));

    // another session starts its own conversation: nothing is kept outside sessionAttributes
    fixture.home.clearRequests();
    Map<String, Object> other =
        fixture.invokeSkill(
            request(
                "IntentRequest", "AskHomeAssistantIntent", "hello", AlexaFixture.TOKEN, Map.of()));
    fixture.assertRequests(post(CONVERSATION, Map.of("text", "hello", "language", "en-US")));
    assertNotNull(JsonMaps.string(other, "sessionAttributes", "conversation_id"));
    assertTrue(fixture.logLines().stream().anyMatch(line -> line.contains("\"SkillRequests\"")));
  }

  @Test
  void anSsmlAnswerIsSpokenAsSsmlAndAnythingElseAsPlainText() {
    fixture.home.failNext(
        1,
        DemoHomeAssistant.Failure.status(
            200,
            "{\"conversation_id\":\"c-1\",\"response\":{\"speech\":"
                + "{\"ssml\":{\"speech\":\"<speak>Turned <emphasis>on</emphasis></speak>\"},"
                + "\"plain\":{\"speech\":\"Turned on\"}}}}"));
    Map<String, Object> ssml =
        fixture.invokeSkill(
            request(
                "IntentRequest",
                "AskHomeAssistantIntent",
                "turn on the light",
                AlexaFixture.TOKEN,
                Map.of()));
    assertEquals("SSML", JsonMaps.string(ssml, "response", "outputSpeech", "type"), ssml::toString);
    assertEquals(
        "<speak>Turned <emphasis>on</emphasis></speak>",
        JsonMaps.string(ssml, "response", "outputSpeech", "ssml"));
    assertEquals("c-1", JsonMaps.string(ssml, "sessionAttributes", "conversation_id"));

    // Not a complete <speak> document: Alexa would reject it, so the plain text is spoken.
    fixture.home.failNext(
        1,
        DemoHomeAssistant.Failure.status(
            200,
            "{\"response\":{\"speech\":"
                + "{\"ssml\":{\"speech\":\"Turned <emphasis>on\"},\"plain\":{\"speech\":\"Turned on\"}}}}"));
    Map<String, Object> plain =
        fixture.invokeSkill(
            request(
                "IntentRequest",
                "AskHomeAssistantIntent",
                "turn on the light",
                AlexaFixture.TOKEN,
                Map.of()));
    assertEquals("Turned on", speech(plain));
  }

  @Test
  void helpStopCancelAndSessionEnd() {
    Map<String, Object> help =
        fixture.invokeSkill(
            request(
                "IntentRequest",
                "AMAZON.HelpIntent",
                null,
                AlexaFixture.TOKEN,
                Map.of("conversation_id", "c-1")));
    assertEquals(AlexaSkillCore.HELP, speech(help));
    assertEquals(false, JsonMaps.at(help, "response", "shouldEndSession"));
    assertEquals(
        "c-1",
        JsonMaps.string(help, "sessionAttributes", "conversation_id"),
        "attributes carry over");

    for (String intent : new String[] {"AMAZON.StopIntent", "AMAZON.CancelIntent"}) {
      Map<String, Object> stop =
          fixture.invokeSkill(request("IntentRequest", intent, null, AlexaFixture.TOKEN, Map.of()));
      assertEquals(AlexaSkillCore.GOODBYE, speech(stop));
      assertEquals(true, JsonMaps.at(stop, "response", "shouldEndSession"));
    }

    Map<String, Object> ended =
        fixture.invokeSkill(
            request("SessionEndedRequest", null, null, AlexaFixture.TOKEN, Map.of()));
    assertEquals(Map.of("version", "1.0", "response", Map.of()), ended);

    Map<String, Object> empty =
        fixture.invokeSkill(
            request("IntentRequest", "AskHomeAssistantIntent", "  ", AlexaFixture.TOKEN, Map.of()));
    assertEquals(AlexaSkillCore.NOT_UNDERSTOOD, speech(empty));
    fixture.assertRequests();
  }

  @Test
  void failuresAreSpokenApologies() {
    Map<String, Object> ask =
        request(
            "IntentRequest",
            "AskHomeAssistantIntent",
            "open the garage",
            AlexaFixture.TOKEN,
            Map.of());
    fixture.home.failNext(1, Failure.status(500));
    Map<String, Object> broken = fixture.invokeSkill(ask);
    assertEquals(AlexaSkillCore.FAILED, speech(broken));
    assertEquals(true, JsonMaps.at(broken, "response", "shouldEndSession"));

    fixture.home.failNext(1, Failure.MALFORMED_JSON);
    assertEquals(AlexaSkillCore.FAILED, speech(fixture.invokeSkill(ask)));

    Map<String, Object> revoked =
        fixture.invokeSkill(
            request(
                "IntentRequest",
                "AskHomeAssistantIntent",
                "hi",
                AlexaFixture.WRONG_TOKEN,
                Map.of()));
    assertEquals(AlexaSkillCore.RELINK, speech(revoked));
    assertEquals("LinkAccount", JsonMaps.string(revoked, "response", "card", "type"));

    Map<String, Object> unlinked =
        fixture.invokeSkill(
            request("IntentRequest", "AskHomeAssistantIntent", "hi", null, Map.of()));
    assertEquals(AlexaSkillCore.LINK, speech(unlinked));
    assertEquals("LinkAccount", JsonMaps.string(unlinked, "response", "card", "type"));

    fixture.home.close();
    assertEquals(AlexaSkillCore.UNREACHABLE, speech(fixture.invokeSkill(ask)));
  }

  @Test
  void theConfiguredTokenOnlyWithTheFallbackFlag() {
    fixture.close();
    fixture = AlexaFixture.start(Map.of("HA_TOKEN_FALLBACK", "true"));
    Map<String, Object> response =
        fixture.invokeSkill(
            request("IntentRequest", "AskHomeAssistantIntent", "hi", null, Map.of()));
    assertEquals("You said: hi", speech(response));
    fixture.assertRequests(
        post(CONVERSATION, Map.of("text", "hi", "language", "en-US"))
            .token(AlexaFixture.FALLBACK_TOKEN));
  }

  @Test
  void theSessionTokenServesWhenTheContextHasNone() {
    Map<String, Object> envelope =
        request("IntentRequest", "AskHomeAssistantIntent", "hi", AlexaFixture.TOKEN, Map.of());
    envelope.put(
        "context", Map.of("System", Map.of("user", Map.of("userId", "amzn1.ask.account.test"))));
    assertEquals("You said: hi", speech(fixture.invokeSkill(envelope)));
    fixture.assertRequests(post(CONVERSATION, Map.of("text", "hi", "language", "en-US")));
  }

  /** A long answer is cut to what Alexa speaks, between characters, not inside an emoji. */
  @Test
  void longSpeechIsCutBetweenCharacters() {
    String emoji = "\uD83D\uDE00";
    int max = SkillReplies.MAX_SPEECH;
    assertEquals(
        "a".repeat(max - 1),
        SkillReplies.OutputSpeech.plain("a".repeat(max - 1) + emoji + "tail").text());
    assertEquals(
        "a".repeat(max - 2) + emoji,
        SkillReplies.OutputSpeech.plain("a".repeat(max - 2) + emoji + "tail").text());
  }

  private static String speech(Map<String, Object> response) {
    assertEquals(
        "PlainText",
        JsonMaps.string(response, "response", "outputSpeech", "type"),
        response::toString);
    return JsonMaps.string(response, "response", "outputSpeech", "text");
  }

  /**
   * A custom-skill request; {@code intent}/{@code text} only for IntentRequest, {@code token} null
   * for unlinked.
   */
  private Map<String, Object> request(
      String type, String intent, String text, String token, Map<String, Object> attributes) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("type", type);
    request.put("requestId", "amzn1.echo-api.request.test-" + (++sequence));
    request.put("timestamp", "2026-11-22T12:00:00Z");
    request.put("locale", "en-US");
    if (intent != null) {
      Map<String, Object> slots = new LinkedHashMap<>();
      slots.put("room", Map.of("name", "room"));
      if (text != null) {
        slots.put("query", Map.of("name", "query", "value", text));
      }
      request.put("intent", Map.of("name", intent, "confirmationStatus", "NONE", "slots", slots));
    }
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("userId", "amzn1.ask.account.test");
    if (token != null) {
      user.put("accessToken", token);
    }
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("new", attributes.isEmpty());
    session.put("sessionId", "amzn1.echo-api.session.test");
    session.put("application", Map.of("applicationId", "amzn1.ask.skill.test"));
    session.put("attributes", attributes);
    session.put("user", user);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", "1.0");
    envelope.put("session", session);
    envelope.put(
        "context",
        Map.of(
            "System",
            Map.of("application", Map.of("applicationId", "amzn1.ask.skill.test"), "user", user)));
    envelope.put("request", request);
    return envelope;
  }
}
