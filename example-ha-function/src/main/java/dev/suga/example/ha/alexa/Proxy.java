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

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.MalformedJsonException;
import java.util.Map;

/**
 * Proxy mode: the directive goes unchanged to Home Assistant's own Alexa endpoint ({@code
 * /api/alexa/smart_home}) and its answer comes back unchanged, provided it has the shape Alexa
 * requires of an answer ({@link ProxyAnswers}). Failures become the same schema-valid errors as in
 * native mode.
 */
final class Proxy {
  private Proxy() {}

  static Map<String, Object> forward(Map<String, Object> event, String token) {
    byte[] answer = Gateway.homeAssistantForwardSmartHome(token, JsonMaps.write(event));
    Map<String, Object> response;
    try {
      response = answer == null ? null : JsonMaps.parseObject(answer);
    } catch (MalformedJsonException malformed) {
      response = null;
    }
    String problem = ProxyAnswers.problem(response);
    if (problem != null) {
      throw AlexaError.of(
          AlexaErrorType.INTERNAL_ERROR,
          "Home Assistant's Alexa endpoint did not answer with an Alexa event (" + problem + ")");
    }
    return response;
  }
}
