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

import java.util.List;
import java.util.Map;

/**
 * The shape Alexa requires of an answer to a directive, checked before proxy mode returns what Home
 * Assistant sent (the audit's {@code {"event":{}}} reached Alexa, which refuses it). From Amazon's
 * Smart Home message schema ({@code alexa_smart_home_message_schema.json}), what every answer
 * shares:
 *
 * <ul>
 *   <li>an object with {@code event} and optionally {@code context}, nothing else; {@code context}
 *       only on the answers that have one (not on errors, deferred answers or discovery), with
 *       {@code properties} only: a list of objects with a string {@code namespace}, {@code name}
 *       and {@code timeOfSample}, a {@code value} and a numeric {@code uncertaintyInMilliseconds};
 *   <li>{@code event}: {@code header} and {@code payload} objects and optionally {@code endpoint}
 *       (not on deferred answers or discovery), nothing else;
 *   <li>{@code header}: a namespace and name that answer a directive ({@link #ANSWERS}), {@code
 *       payloadVersion} {@code "3"}, a {@code messageId} of 1 to 127 letters, digits and dashes,
 *       and optionally a non-empty {@code correlationToken}, nothing else;
 *   <li>{@code endpoint}: an {@code endpointId} of 1 to 256 of the schema's characters, and a
 *       {@code scope}, if any, of type {@code BearerToken} with a token;
 *   <li>{@code payload}: an error has a string {@code type} and {@code message}; a discovery answer
 *       a list of {@code endpoints}; a state report and an AcceptGrant answer nothing.
 * </ul>
 *
 * Not checked: each capability's own payload and property values (the schema's thousands of lines).
 * What passes is what Home Assistant's own Alexa integration sends.
 */
final class ProxyAnswers {
  /**
   * Namespace and name of every answer to a directive in the schema: ({@code context} allowed,
   * {@code endpoint} allowed). Proactive events (ChangeReport, AddOrUpdateReport, DoorbellPress,
   * ...) are not answers.
   */
  private static final Map<String, boolean[]> ANSWERS =
      Map.ofEntries(
          answer("Alexa Response", true, true),
          answer("Alexa StateReport", true, true),
          answer("Alexa ErrorResponse", false, true),
          answer("Alexa DeferredResponse", false, false),
          answer("Alexa.Discovery Discover.Response", false, false),
          answer("Alexa.Authorization AcceptGrant.Response", true, true),
          answer("Alexa.Authorization ErrorResponse", false, true),
          answer("Alexa.SceneController ActivationStarted", true, true),
          answer("Alexa.SceneController DeactivationStarted", true, true),
          answer("Alexa.ThermostatController ErrorResponse", false, true),
          answer("Alexa.SecurityPanelController Arm.Response", true, true),
          answer("Alexa.SecurityPanelController ErrorResponse", false, true),
          answer("Alexa.Cooking ErrorResponse", false, true),
          answer("Alexa.CameraStreamController Response", true, true),
          answer("Alexa.SeekController StateReport", true, true),
          answer("Alexa.MediaMetadata GetMediaMetadata.Response", true, true),
          answer("Alexa.RTCSessionController AnswerGeneratedForSession", true, true),
          answer("Alexa.RTCSessionController SessionConnected", true, true),
          answer("Alexa.RTCSessionController SessionDisconnected", true, true));

  private static final int MAX_MESSAGE_ID = 127;
  private static final int MAX_ENDPOINT_ID = 256;

  private ProxyAnswers() {}

  private static Map.Entry<String, boolean[]> answer(
      String qualifiedName, boolean context, boolean endpoint) {
    return Map.entry(qualifiedName, new boolean[] {context, endpoint});
  }

  /** What is wrong with {@code answer}'s shape, in a few words; null when Alexa can take it. */
  static String problem(Object answer) {
    if (!(answer instanceof Map<?, ?> message) || !onlyKeys(message, "event", "context")) {
      return "not an object of event and context";
    }
    if (!(message.get("event") instanceof Map<?, ?> event)
        || !onlyKeys(event, "header", "payload", "endpoint")) {
      return "no event of header, payload and endpoint";
    }
    if (!(event.get("header") instanceof Map<?, ?> header)
        || !onlyKeys(
            header, "namespace", "name", "payloadVersion", "messageId", "correlationToken")) {
      return "no header";
    }
    boolean[] allowed =
        header.get("namespace") instanceof String namespace
                && header.get("name") instanceof String name
            ? ANSWERS.get(namespace + " " + name)
            : null;
    if (allowed == null) {
      return "not an answer to a directive";
    }
    if (!"3".equals(header.get("payloadVersion"))) {
      return "not payloadVersion 3";
    }
    if (!(header.get("messageId") instanceof String messageId) || !validMessageId(messageId)) {
      return "no valid messageId";
    }
    if (header.containsKey("correlationToken")
        && !(header.get("correlationToken") instanceof String token && !token.isEmpty())) {
      return "an invalid correlationToken";
    }
    if (!(event.get("payload") instanceof Map<?, ?> payload)) {
      return "no payload";
    }
    if (event.containsKey("endpoint") && (!allowed[1] || !validEndpoint(event.get("endpoint")))) {
      return "an invalid endpoint";
    }
    if (message.containsKey("context") && (!allowed[0] || !validContext(message.get("context")))) {
      return "an invalid context";
    }
    return payloadProblem((String) header.get("name"), payload);
  }

  private static String payloadProblem(String name, Map<?, ?> payload) {
    switch (name) {
      case "ErrorResponse":
        return payload.get("type") instanceof String type
                && !type.isEmpty()
                && payload.get("message") instanceof String
            ? null
            : "an error without type and message";
      case "Discover.Response":
        return payload.get("endpoints") instanceof List && onlyKeys(payload, "endpoints")
            ? null
            : "a discovery answer without endpoints";
      case "StateReport":
      case "AcceptGrant.Response":
        return payload.isEmpty() ? null : "a payload where the schema allows none";
      default:
        return null;
    }
  }

  private static boolean onlyKeys(Map<?, ?> map, String... allowed) {
    for (Object key : map.keySet()) {
      boolean known = false;
      for (String name : allowed) {
        known |= name.equals(key);
      }
      if (!known) {
        return false;
      }
    }
    return true;
  }

  /** 1 to 127 of {@code [a-zA-Z0-9-]}. */
  private static boolean validMessageId(String id) {
    if (id.isEmpty() || id.length() > MAX_MESSAGE_ID) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean validEndpoint(Object value) {
    if (!(value instanceof Map<?, ?> endpoint)
        || !(endpoint.get("endpointId") instanceof String id)
        || id.isEmpty()
        || id.length() > MAX_ENDPOINT_ID) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || "_-=#;:?@&".indexOf(c) >= 0)) {
        return false;
      }
    }
    if (!endpoint.containsKey("scope")) {
      return true;
    }
    return endpoint.get("scope") instanceof Map<?, ?> scope
        && "BearerToken".equals(scope.get("type"))
        && scope.get("token") instanceof String token
        && !token.isEmpty();
  }

  private static boolean validContext(Object value) {
    if (!(value instanceof Map<?, ?> context) || !onlyKeys(context, "properties")) {
      return false;
    }
    if (!context.containsKey("properties")) {
      return true;
    }
    if (!(context.get("properties") instanceof List<?> properties)) {
      return false;
    }
    for (Object item : properties) {
      if (!(item instanceof Map<?, ?> property)
          || !(property.get("namespace") instanceof String)
          || !(property.get("name") instanceof String)
          || !(property.get("timeOfSample") instanceof String)
          || !(property.get("uncertaintyInMilliseconds") instanceof Number)
          || !property.containsKey("value")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
