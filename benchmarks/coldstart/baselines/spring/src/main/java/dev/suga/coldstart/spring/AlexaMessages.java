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
package dev.suga.coldstart.spring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Alexa message envelopes, written the way a Spring application would (UUID, java.time). */
@Component
public class AlexaMessages {
  public Map<String, Object> response(
      Map<String, Object> directive, String namespace, String name) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("header", header(directive, namespace, name));
    Object endpointId = object(directive.get("endpoint")).get("endpointId");
    if (endpointId != null) {
      event.put("endpoint", Map.of("endpointId", endpointId));
    }
    event.put("payload", Map.of());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("event", event);
    return answer;
  }

  public Map<String, Object> error(Map<String, Object> directive, String type, String message) {
    Map<String, Object> answer = response(directive, "Alexa", "ErrorResponse");
    object(answer.get("event")).put("payload", Map.of("type", type, "message", message));
    return answer;
  }

  public String now() {
    return Instant.now().toString();
  }

  private static Map<String, Object> header(
      Map<String, Object> directive, String namespace, String name) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", namespace);
    header.put("name", name);
    header.put("payloadVersion", "3");
    header.put("messageId", UUID.randomUUID().toString());
    Object correlationToken = object(directive.get("header")).get("correlationToken");
    if (correlationToken != null) {
      header.put("correlationToken", correlationToken);
    }
    return header;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : new LinkedHashMap<>();
  }
}
