package dev.suga.example.ha.alexa;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.Json;
import dev.suga.example.ha.json.JsonException;
import java.util.Map;

/**
 * Proxy mode: the directive goes unchanged to Home Assistant's own Alexa endpoint
 * ({@code /api/alexa/smart_home}) and its answer comes back unchanged, provided it is an Alexa
 * event document. Failures become the same schema-valid errors as in native mode.
 */
final class Proxy {
  private Proxy() {}

  static Map<String, Object> forward(Map<String, Object> event, String token) {
    byte[] answer = Gateway.homeAssistantForwardSmartHome(token, Json.write(event));
    Map<String, Object> response;
    try {
      response = answer == null ? null : Json.parseObject(answer);
    } catch (JsonException malformed) {
      response = null;
    }
    if (response == null || !(response.get("event") instanceof Map)) {
      throw AlexaError.of("INTERNAL_ERROR", "Home Assistant's Alexa endpoint did not answer with an Alexa event");
    }
    return response;
  }
}
