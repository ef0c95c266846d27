package dev.suga.example.ha.alexa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Custom-skill response envelopes: {@code {"version": "1.0", "sessionAttributes": {...},
 * "response": {"outputSpeech": {"type": "PlainText", "text": ...}, "reprompt"?, "card"?,
 * "shouldEndSession": ...}}}.
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
  static Map<String, Object> ask(String text, String reprompt, Map<String, Object> sessionAttributes) {
    return reply(text, reprompt, sessionAttributes, false, false);
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

  private static Map<String, Object> reply(String text, String reprompt, Map<String, Object> sessionAttributes,
      boolean end, boolean linkCard) {
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
