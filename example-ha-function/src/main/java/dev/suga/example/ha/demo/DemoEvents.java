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
package dev.suga.example.ha.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the events the demo conversation sends: Alexa directives, custom-skill requests, HTTP
 * requests.
 */
public final class DemoEvents {
  private int sequence;

  /** A Smart Home directive for {@code endpointId} ({@code light#kitchen}), with a bearer token. */
  public Map<String, Object> directive(
      String namespace, String name, String endpointId, String token, Map<String, Object> payload) {
    Map<String, Object> header = header(namespace, name);
    header.put("correlationToken", "demo-correlation-" + sequence);
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("header", header);
    directive.put(
        "endpoint",
        Map.of(
            "scope", Map.of("type", "BearerToken", "token", token),
            "endpointId", endpointId,
            "cookie", Map.of()));
    directive.put("payload", payload);
    return Map.of("directive", directive);
  }

  /**
   * A directive of an interface with instances (ModeController, RangeController): {@code instance}
   * in its header.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> directive(
      String namespace,
      String name,
      String instance,
      String endpointId,
      String token,
      Map<String, Object> payload) {
    Map<String, Object> event = directive(namespace, name, endpointId, token, payload);
    ((Map<String, Object>) ((Map<String, Object>) event.get("directive")).get("header"))
        .put("instance", instance);
    return event;
  }

  /** {@code Alexa.Discovery/Discover}: the token is in the payload's scope. */
  public Map<String, Object> discover(String token) {
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("header", header("Alexa.Discovery", "Discover"));
    directive.put("payload", Map.of("scope", Map.of("type", "BearerToken", "token", token)));
    return Map.of("directive", directive);
  }

  /** A custom-skill IntentRequest with one catch-all slot {@code query}. */
  public Map<String, Object> skillIntent(
      String token, String text, Map<String, Object> sessionAttributes) {
    return skillIntent(token, "AskHomeAssistantIntent", Map.of("query", text), sessionAttributes);
  }

  /** A custom-skill IntentRequest for {@code intent}, its slots filled with {@code values}. */
  public Map<String, Object> skillIntent(
      String token,
      String intent,
      Map<String, String> values,
      Map<String, Object> sessionAttributes) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("type", "IntentRequest");
    request.put("requestId", "amzn1.echo-api.request.demo-" + (++sequence));
    request.put("timestamp", "2026-11-22T12:00:00Z");
    request.put("locale", "en-US");
    Map<String, Object> slots = new LinkedHashMap<>();
    values.forEach((slot, value) -> slots.put(slot, Map.of("name", slot, "value", value)));
    request.put("intent", Map.of("name", intent, "slots", slots));
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("new", sessionAttributes.isEmpty());
    session.put("sessionId", "amzn1.echo-api.session.demo");
    session.put("application", Map.of("applicationId", "amzn1.ask.skill.demo"));
    session.put("attributes", sessionAttributes);
    session.put("user", Map.of("userId", "amzn1.ask.account.demo", "accessToken", token));
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", "1.0");
    envelope.put("session", session);
    envelope.put(
        "context",
        Map.of(
            "System",
            Map.of("user", Map.of("userId", "amzn1.ask.account.demo", "accessToken", token))));
    envelope.put("request", request);
    return envelope;
  }

  /** A Function URL / API Gateway v2 request. */
  public Map<String, Object> http(String method, String path, Map<String, Object> headers) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", "2.0");
    event.put("rawPath", path);
    event.put("headers", headers);
    event.put("requestContext", Map.of("http", Map.of("method", method, "path", path)));
    return event;
  }

  private Map<String, Object> header(String namespace, String name) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", namespace);
    header.put("name", name);
    header.put("payloadVersion", "3");
    header.put("messageId", "demo-message-" + (++sequence));
    return header;
  }

  /** {@code {"value": v}} payloads, as most controllers take. */
  public static Map<String, Object> value(String key, Object value) {
    return Map.of(key, value);
  }

  /** An empty payload. */
  public static Map<String, Object> none() {
    return Map.of();
  }
}
