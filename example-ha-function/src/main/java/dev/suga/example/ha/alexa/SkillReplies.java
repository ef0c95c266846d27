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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Custom-skill response envelopes: {@code {"version": "1.0", "sessionAttributes": {...},
 * "response": {"outputSpeech": {"type": "PlainText", "text": ...}, "reprompt"?, "card"?,
 * "shouldEndSession": ...}}}. Speech is PlainText, or SSML ({@code {"type": "SSML", "ssml":
 * "<speak>...</speak>"}}) when Home Assistant's answer carries SSML of its own.
 */
final class SkillReplies {
  /** Alexa speaks at most 8,000 characters; keep well inside. */
  static final int MAX_SPEECH = 6000;

  private SkillReplies() {}

  /** Speech that ends the session. */
  static Map<String, Object> tell(String text, Map<String, Object> sessionAttributes) {
    return reply(text, null, sessionAttributes, true, false);
  }

  /** Speech that keeps the session open, with a reprompt. */
  static Map<String, Object> ask(
      String text, String reprompt, Map<String, Object> sessionAttributes) {
    return reply(text, reprompt, sessionAttributes, false, false);
  }

  /**
   * Like {@link #ask}, speaking {@code ssml} when it is a complete {@code <speak>} document within
   * Alexa's length limit, else the plain {@code text}.
   */
  static Map<String, Object> askSsml(
      String ssml, String text, String reprompt, Map<String, Object> sessionAttributes) {
    Map<String, Object> envelope = reply(text, reprompt, sessionAttributes, false, false);
    if (isSsml(ssml)) {
      Map<String, Object> speech = new LinkedHashMap<>();
      speech.put("type", "SSML");
      speech.put("ssml", ssml.strip());
      @SuppressWarnings("unchecked")
      Map<String, Object> response = (Map<String, Object>) envelope.get("response");
      response.put("outputSpeech", speech);
    }
    return envelope;
  }

  /** Whether {@code ssml} is one {@code <speak>} document Alexa can take as it is. */
  static boolean isSsml(String ssml) {
    if (ssml == null) {
      return false;
    }
    String s = ssml.strip();
    return s.startsWith("<speak>") && s.endsWith("</speak>") && s.length() <= MAX_SPEECH;
  }

  /** Speech plus a LinkAccount card, ending the session. */
  static Map<String, Object> linkAccount(String text) {
    return reply(text, null, Map.of(), true, true);
  }

  /** The empty answer to SessionEndedRequest (Alexa ignores anything spoken). */
  static Map<String, Object> empty() {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", "1.0");
    envelope.put("response", new LinkedHashMap<>());
    return envelope;
  }

  private static Map<String, Object> reply(
      String text,
      String reprompt,
      Map<String, Object> sessionAttributes,
      boolean end,
      boolean linkCard) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("outputSpeech", speech(text));
    if (reprompt != null) {
      response.put("reprompt", Map.of("outputSpeech", speech(reprompt)));
    }
    if (linkCard) {
      response.put("card", Map.of("type", "LinkAccount"));
    }
    response.put("shouldEndSession", end);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", "1.0");
    envelope.put("sessionAttributes", sessionAttributes == null ? Map.of() : sessionAttributes);
    envelope.put("response", response);
    return envelope;
  }

  private static Map<String, Object> speech(String text) {
    String spoken = text == null || text.isBlank() ? "Done." : text.strip();
    if (spoken.length() > MAX_SPEECH) {
      spoken = spoken.substring(0, MAX_SPEECH);
    }
    Map<String, Object> speech = new LinkedHashMap<>();
    speech.put("type", "PlainText");
    speech.put("text", spoken);
    return speech;
  }
}
