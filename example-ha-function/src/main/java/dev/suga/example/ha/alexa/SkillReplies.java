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

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.suga.core.Printable;
import dev.suga.example.ha.json.Mappers;
import dev.suga.example.ha.json.RawJson;
import java.util.Map;

/**
 * Custom-skill response envelopes, as records that databind writes ({@link Mappers}: this class is
 * loaded by {@code alexa_skill} only): {@code {"version": "1.0", "sessionAttributes": {...},
 * "response": {"outputSpeech": {"type": "PlainText", "text": ...}, "reprompt"?, "card"?,
 * "shouldEndSession": ...}}}. Speech is PlainText, or SSML ({@code {"type": "SSML", "ssml":
 * "<speak>...</speak>"}}) when Home Assistant's answer carries SSML of its own.
 */
final class SkillReplies {
  /** Alexa speaks at most 8,000 characters; keep well inside. */
  static final int MAX_SPEECH = 6000;

  static final String VERSION = "1.0";

  /** The response envelope; {@code sessionAttributes} absent only in the empty answer. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Envelope(String version, Map<String, Object> sessionAttributes, Response response) {}

  /** What Alexa says and does; absent parts are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Response(
      OutputSpeech outputSpeech, Reprompt reprompt, Card card, Boolean shouldEndSession) {}

  /** {@code PlainText} with {@code text}, or {@code SSML} with {@code ssml}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OutputSpeech(String type, String text, String ssml) {
    static OutputSpeech plain(String text) {
      String spoken = text == null || text.isBlank() ? "Done." : text.strip();
      return new OutputSpeech("PlainText", Printable.cut(spoken, MAX_SPEECH), null);
    }

    static OutputSpeech ssml(String ssml) {
      return new OutputSpeech("SSML", null, ssml.strip());
    }
  }

  record Reprompt(OutputSpeech outputSpeech) {}

  /** A card in the Alexa app: {@code LinkAccount} asks the user to link the skill. */
  record Card(String type) {}

  private SkillReplies() {}

  /** Speech that ends the session. */
  static RawJson tell(String text, Map<String, Object> sessionAttributes) {
    return reply(OutputSpeech.plain(text), null, sessionAttributes, true, false);
  }

  /** Speech that keeps the session open, with a reprompt. */
  static RawJson ask(String text, String reprompt, Map<String, Object> sessionAttributes) {
    return reply(OutputSpeech.plain(text), reprompt, sessionAttributes, false, false);
  }

  /**
   * Like {@link #ask}, speaking {@code ssml} when it is a complete {@code <speak>} document within
   * Alexa's length limit, else the plain {@code text}.
   */
  static RawJson askSsml(
      String ssml, String text, String reprompt, Map<String, Object> sessionAttributes) {
    OutputSpeech speech = isSsml(ssml) ? OutputSpeech.ssml(ssml) : OutputSpeech.plain(text);
    return reply(speech, reprompt, sessionAttributes, false, false);
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
  static RawJson linkAccount(String text) {
    return reply(OutputSpeech.plain(text), null, Map.of(), true, true);
  }

  /** The empty answer to SessionEndedRequest (Alexa ignores anything spoken). */
  static RawJson empty() {
    return Mappers.write(new Envelope(VERSION, null, new Response(null, null, null, null)));
  }

  private static RawJson reply(
      OutputSpeech speech,
      String reprompt,
      Map<String, Object> sessionAttributes,
      boolean end,
      boolean linkCard) {
    Response response =
        new Response(
            speech,
            reprompt == null ? null : new Reprompt(OutputSpeech.plain(reprompt)),
            linkCard ? new Card("LinkAccount") : null,
            end);
    return Mappers.write(
        new Envelope(VERSION, sessionAttributes == null ? Map.of() : sessionAttributes, response));
  }
}
