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
package dev.suga.coldstart.micronaut;

import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Micronaut function: the handler shape Micronaut Launch generates for AWS Lambda ({@link
 * MicronautRequestHandler}, started once per JVM, beans injected into the handler), doing the
 * TurnOn of the other subjects: read the directive, call Home Assistant's {@code POST
 * /api/services/<domain>/turn_on} through an injected {@link HomeAssistant} bean, answer an Alexa
 * Response with powerState. The event and the answer are (de)serialized by the Lambda runtime, as
 * for every {@code RequestHandler<Map, Map>}.
 */
public class FunctionRequestHandler
    extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {
  @Inject HomeAssistant homeAssistant;

  @Inject AlexaMessages messages;

  @Override
  public Map<String, Object> execute(Map<String, Object> event) {
    Map<String, Object> directive = AlexaMessages.object(event.get("directive"));
    Map<String, Object> header = AlexaMessages.object(directive.get("header"));
    Map<String, Object> endpoint = AlexaMessages.object(directive.get("endpoint"));
    String name = (String) header.get("name");
    if (!"Alexa.PowerController".equals(header.get("namespace"))
        || !("TurnOn".equals(name) || "TurnOff".equals(name))) {
      return messages.error(directive, "INVALID_DIRECTIVE", "unsupported directive");
    }
    String endpointId = (String) endpoint.get("endpointId");
    String token = (String) AlexaMessages.object(endpoint.get("scope")).get("token");
    int hash = endpointId == null ? -1 : endpointId.indexOf('#');
    if (hash <= 0 || token == null) {
      return messages.error(directive, "NO_SUCH_ENDPOINT", "unknown endpoint");
    }
    boolean on = "TurnOn".equals(name);
    String entityId = endpointId.replace('#', '.');
    String state = null;
    try {
      List<Map<String, Object>> changed =
          homeAssistant.callService(
              endpointId.substring(0, hash), on ? "turn_on" : "turn_off", entityId, token);
      for (Map<String, Object> entity : changed) {
        if (entityId.equals(entity.get("entity_id"))) {
          state = (String) entity.get("state");
        }
      }
    } catch (IOException unreachable) {
      return messages.error(directive, "ENDPOINT_UNREACHABLE", "Home Assistant did not answer");
    }
    if (state == null) {
      state = on ? "on" : "off";
    }
    Map<String, Object> answer = messages.response(directive);
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("namespace", "Alexa.PowerController");
    property.put("name", "powerState");
    property.put("value", "on".equals(state) ? "ON" : "OFF");
    property.put("timeOfSample", messages.now());
    property.put("uncertaintyInMilliseconds", 500);
    answer.put("context", Map.of("properties", List.of(property)));
    return answer;
  }
}
