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

import dev.suga.example.ha.json.RawJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event documents a skill sends back: Response, StateReport, Discover.Response,
 * AcceptGrant.Response, SceneController ActivationStarted / DeactivationStarted. The endpoint is
 * echoed by id only: the bearer token is not repeated in responses.
 */
final class Messages {
  private Messages() {}

  /** {@code {namespace, name, payloadVersion "3", messageId[, correlationToken]}}. */
  static Map<String, Object> header(
      String namespace, String name, String messageId, String correlationToken) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", namespace);
    header.put("name", name);
    header.put("payloadVersion", "3");
    header.put("messageId", messageId);
    if (validCorrelationToken(correlationToken)) {
      header.put("correlationToken", correlationToken);
    }
    return header;
  }

  /** {@code {"event": {header, endpoint?, payload}}} with {@code context.properties} when given. */
  static Map<String, Object> event(
      Map<String, Object> header,
      String endpointId,
      Map<String, Object> payload,
      List<Map<String, Object>> properties) {
    Map<String, Object> document = new LinkedHashMap<>();
    if (properties != null) {
      document.put("context", Map.of("properties", properties));
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("header", header);
    if (validEndpointId(endpointId)) {
      Map<String, Object> endpoint = new LinkedHashMap<>();
      endpoint.put("endpointId", endpointId);
      event.put("endpoint", endpoint);
    }
    event.put("payload", payload);
    document.put("event", event);
    return document;
  }

  /** {@code Alexa/Response} to a control directive, with the endpoint's new state. */
  static Map<String, Object> response(
      Directive directive, String messageId, List<Map<String, Object>> properties) {
    return event(
        header("Alexa", "Response", messageId, directive.correlationToken()),
        directive.endpointId(),
        new LinkedHashMap<>(),
        properties);
  }

  /** {@code Alexa/StateReport} with every retrievable property. */
  static Map<String, Object> stateReport(
      Directive directive, String messageId, List<Map<String, Object>> properties) {
    return event(
        header("Alexa", "StateReport", messageId, directive.correlationToken()),
        directive.endpointId(),
        new LinkedHashMap<>(),
        properties);
  }

  /**
   * {@code Alexa.Discovery/Discover.Response}; {@code endpoints} is the array as {@code
   * alexa_discovery} wrote it.
   */
  static Map<String, Object> discoverResponse(String messageId, RawJson endpoints) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("endpoints", endpoints);
    return event(
        header("Alexa.Discovery", "Discover.Response", messageId, null), null, payload, null);
  }

  /** {@code Alexa.Authorization/AcceptGrant.Response}. */
  static Map<String, Object> acceptGrantResponse(Directive directive, String messageId) {
    return event(
        header(
            "Alexa.Authorization", "AcceptGrant.Response", messageId, directive.correlationToken()),
        null,
        new LinkedHashMap<>(),
        null);
  }

  /**
   * {@code Alexa.SceneController/ActivationStarted} or {@code DeactivationStarted}, caused by
   * voice.
   */
  static Map<String, Object> sceneStarted(
      Directive directive,
      String name,
      String messageId,
      String timestamp,
      List<Map<String, Object>> properties) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("cause", Map.of("type", "VOICE_INTERACTION"));
    payload.put("timestamp", timestamp);
    return event(
        header("Alexa.SceneController", name, messageId, directive.correlationToken()),
        directive.endpointId(),
        payload,
        properties.isEmpty() ? null : properties);
  }

  /** Whether the schema accepts {@code endpointId}: 1-256 of {@code [a-zA-Z0-9_\-=#;:?@&]}. */
  static boolean validEndpointId(String endpointId) {
    if (endpointId == null || endpointId.isEmpty() || endpointId.length() > 256) {
      return false;
    }
    for (int i = 0; i < endpointId.length(); i++) {
      char c = endpointId.charAt(i);
      boolean ok =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || "_-=#;:?@&".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean validCorrelationToken(String correlationToken) {
    return correlationToken != null && !correlationToken.isEmpty();
  }
}
