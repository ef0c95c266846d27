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

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.core.http.HttpFailure;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.homeassistant.HomeAssistantException;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.RawJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Alexa custom skill: LaunchRequest, IntentRequest, AMAZON.HelpIntent / StopIntent /
 * CancelIntent / NavigateHomeIntent / FallbackIntent, SessionEndedRequest. Never throws.
 *
 * <p>The intents of the shipped interaction model ({@code skill/interaction-model.en-US.json},
 * {@link SkillIntent}) reach Home Assistant's operations by voice: run a script (its slots as
 * variables), trigger an automation, set an input helper, send a notification, start, pause or
 * cancel a timer, turn a room on or off ({@link SkillActions}). Free speech ({@code
 * AskHomeAssistantIntent}, and any intent this function does not know, whose first filled slot is
 * taken as the text) goes to Home Assistant's conversation API; the conversation id lives in {@code
 * sessionAttributes}, never in a field.
 *
 * <p>The Home Assistant token is the linked account's ({@code context.System.user.accessToken},
 * else {@code session.user.accessToken}); HA_TOKEN only with HA_TOKEN_FALLBACK.
 *
 * <p>Metrics (count): {@code SkillRequests} per request, {@code Errors} per spoken apology.
 */
@GatewayModule(value = "alexa_skill", unload = GatewayModule.Unload.IDLE, idleSeconds = 300)
public final class AlexaSkillCore {
  static final String SKILL_REQUESTS = "SkillRequests";
  static final String CONVERSATION_ID = "conversation_id";

  static final String WELCOME = "Home Assistant is listening. What would you like to do?";
  static final String HELP =
      "You can ask Home Assistant anything it understands, like: turn on the kitchen light, or:"
          + " is the front door locked? You can also run a script, trigger an automation, set a"
          + " helper, send a notification, start a timer, or turn off a room. What would you like"
          + " to do?";
  static final String REPROMPT = "What would you like Home Assistant to do?";
  static final String GOODBYE = "Goodbye.";
  static final String NOT_UNDERSTOOD =
      "Sorry, I didn't catch that. What should I ask Home Assistant?";
  static final String LINK = "Please link your Home Assistant account in the Alexa app.";
  static final String RELINK =
      "Home Assistant did not accept your account link. Please link the skill again in the"
          + " Alexa app.";
  static final String UNREACHABLE =
      "Sorry, I can't reach Home Assistant right now. Please try again later.";
  static final String FAILED = "Sorry, something went wrong while talking to Home Assistant.";
  static final String LIMIT =
      "Sorry, this skill has used up its monthly budget. Please try again later.";

  /**
   * Handles one parsed custom-skill request envelope; returns the response envelope, written by
   * databind (this module's records, {@link SkillReplies}).
   */
  @GatewayOperation
  public RawJson handleRequest(Map<String, Object> envelope) {
    Map<String, Object> attributes = sessionAttributes(envelope);
    try {
      Gateway.loggingCorrelate(
          Gateway.lambdaRequestId(), JsonMaps.string(envelope, "request", "requestId"));
      Gateway.metricsCount(SKILL_REQUESTS, 1);
      String type = JsonMaps.string(envelope, "request", "type");
      Gateway.loggingInfo("Skill request " + (type == null ? "(no type)" : type));
      if ("SessionEndedRequest".equals(type)) {
        return SkillReplies.empty();
      }
      if (FreeTierLevel.now() == FreeTierLevel.REFUSE) {
        return SkillReplies.tell(LIMIT, attributes);
      }
      if ("LaunchRequest".equals(type)) {
        return SkillReplies.ask(WELCOME, REPROMPT, attributes);
      }
      if ("IntentRequest".equals(type)) {
        return intent(envelope, attributes);
      }
      return SkillReplies.tell(FAILED, attributes);
    } catch (RuntimeException failure) {
      return apology(failure, attributes);
    }
  }

  private static RawJson intent(Map<String, Object> envelope, Map<String, Object> attributes) {
    String intent = JsonMaps.string(envelope, "request", "intent", "name");
    if (intent == null) {
      return SkillReplies.ask(NOT_UNDERSTOOD, REPROMPT, attributes);
    }
    switch (intent) {
      case "AMAZON.HelpIntent":
        return SkillReplies.ask(HELP, REPROMPT, attributes);
      case "AMAZON.StopIntent":
      case "AMAZON.CancelIntent":
      case "AMAZON.NoIntent":
      case "AMAZON.NavigateHomeIntent":
        return SkillReplies.tell(GOODBYE, attributes);
      case "AMAZON.FallbackIntent":
        return SkillReplies.ask(NOT_UNDERSTOOD, REPROMPT, attributes);
      default:
        break;
    }
    SkillIntent known = SkillIntent.of(intent);
    if (known != null && known != SkillIntent.ASK) {
      String token = Settings.fallback(accessToken(envelope));
      if (token == null) {
        return SkillReplies.linkAccount(LINK);
      }
      Gateway.loggingInfo("Skill intent " + known.intentName());
      return SkillActions.run(known, envelope, token, attributes);
    }
    String text = firstSlotValue(envelope);
    if (text == null) {
      return SkillReplies.ask(NOT_UNDERSTOOD, REPROMPT, attributes);
    }
    String token = Settings.fallback(accessToken(envelope));
    if (token == null) {
      return SkillReplies.linkAccount(LINK);
    }
    return converse(envelope, token, text, attributes);
  }

  /**
   * One turn of Home Assistant's conversation: {@code text} in, its answer spoken, the session kept
   * open, the conversation id carried in the session's attributes.
   */
  static RawJson converse(
      Map<String, Object> envelope, String token, String text, Map<String, Object> attributes) {
    String conversationId = attributes.get(CONVERSATION_ID) instanceof String id ? id : null;
    String locale = JsonMaps.string(envelope, "request", "locale");
    Map<String, Object> answer =
        Gateway.homeAssistantConversation(token, text, conversationId, locale);
    Map<String, Object> next = new LinkedHashMap<>(attributes);
    if (answer != null && answer.get(CONVERSATION_ID) instanceof String id && !id.isEmpty()) {
      next.put(CONVERSATION_ID, id);
    }
    String ssml = answer == null ? null : JsonMaps.string(answer, "ssml");
    return SkillReplies.askSsml(ssml, speech(answer), REPROMPT, next);
  }

  /**
   * Home Assistant's spoken answer: {@code speech}, or the raw API's {@code
   * response.speech.plain.speech}.
   */
  static String speech(Map<String, Object> answer) {
    String speech = JsonMaps.string(answer, "speech");
    if (speech == null) {
      speech = JsonMaps.string(answer, "response", "speech", "plain", "speech");
    }
    return speech == null || speech.isBlank() ? "Done." : speech;
  }

  /** The value of the first slot that has one, or null. */
  static String firstSlotValue(Map<String, Object> envelope) {
    Map<String, Object> slots = JsonMaps.object(envelope, "request", "intent", "slots");
    if (slots == null) {
      return null;
    }
    for (Object slot : slots.values()) {
      String value = JsonMaps.string(slot, "value");
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /** The linked account's token (context first, as Alexa recommends), or null. */
  static String accessToken(Map<String, Object> envelope) {
    String token = JsonMaps.string(envelope, "context", "System", "user", "accessToken");
    if (token == null || token.isBlank()) {
      token = JsonMaps.string(envelope, "session", "user", "accessToken");
    }
    return token == null || token.isBlank() ? null : token;
  }

  private static Map<String, Object> sessionAttributes(Map<String, Object> envelope) {
    Map<String, Object> attributes = JsonMaps.object(envelope, "session", "attributes");
    return attributes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(attributes);
  }

  /** The built-in intents this skill answers itself (the model may include each). */
  static final List<String> BUILT_IN_INTENTS =
      List.of(
          "AMAZON.HelpIntent",
          "AMAZON.StopIntent",
          "AMAZON.CancelIntent",
          "AMAZON.NoIntent",
          "AMAZON.NavigateHomeIntent",
          "AMAZON.FallbackIntent");

  /** A spoken apology for {@code failure}; logs it. Never throws. */
  private static RawJson apology(RuntimeException failure, Map<String, Object> attributes) {
    AlexaCore.quietly(() -> Gateway.metricsCount(AlexaCore.ERRORS, 1));
    if (failure instanceof HomeAssistantException ha) {
      AlexaCore.quietly(
          () -> Gateway.loggingWarn("Skill request failed: Home Assistant " + ha.kind()));
      switch (ha.kind()) {
        case UNAUTHORIZED:
          return SkillReplies.linkAccount(RELINK);
        case UNREACHABLE:
          return SkillReplies.tell(UNREACHABLE, attributes);
        default:
          return SkillReplies.tell(FAILED, attributes);
      }
    }
    if (failure instanceof HttpFailure) {
      AlexaCore.quietly(
          () -> Gateway.loggingWarn("Skill request failed: Home Assistant unreachable"));
      return SkillReplies.tell(UNREACHABLE, attributes);
    }
    AlexaCore.quietly(() -> Gateway.loggingError("Skill request failed", failure));
    return SkillReplies.tell(FAILED, attributes);
  }
}
