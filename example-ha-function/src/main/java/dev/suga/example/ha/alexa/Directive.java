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

import dev.suga.core.Printable;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.JsonMaps;
import java.util.Map;

/**
 * One parsed Smart Home directive ({@code {"directive": {"header", "endpoint", "payload"}}}).
 * {@link #parse} accepts only payload version 3 with every header field Alexa always sends;
 * anything else is INVALID_DIRECTIVE.
 *
 * @param token the bearer token of the directive (endpoint scope; payload scope for Discover;
 *     grantee for AcceptGrant), or null
 * @param endpointId the endpoint id as sent, or null
 * @param instance the header's {@code instance} (RangeController and friends), or null
 */
record Directive(
    String namespace,
    String name,
    String messageId,
    String correlationToken,
    String instance,
    String endpointId,
    String token,
    Map<String, Object> payload,
    Map<String, Object> event) {

  static Directive parse(Map<String, Object> event) {
    Map<String, Object> header = JsonMaps.object(event, "directive", "header");
    if (header == null) {
      throw AlexaError.invalidDirective("The directive has no header");
    }
    String namespace = required(header, "namespace");
    String name = required(header, "name");
    String payloadVersion = header.get("payloadVersion") instanceof String s ? s : null;
    if (payloadVersion == null) {
      throw AlexaError.invalidDirective("The directive header has no payloadVersion");
    }
    if (!"3".equals(payloadVersion)) {
      throw AlexaError.invalidDirective(
          "Unsupported payloadVersion " + printable(payloadVersion) + ": only 3 is supported");
    }
    String messageId = required(header, "messageId");
    Map<String, Object> payload = JsonMaps.object(event, "directive", "payload");
    if (payload == null) {
      throw AlexaError.invalidDirective("The directive has no payload object");
    }
    Object endpoint = JsonMaps.at(event, "directive", "endpoint");
    if (endpoint != null && !(endpoint instanceof Map)) {
      throw AlexaError.invalidDirective("The directive's endpoint is not an object");
    }
    String endpointId = JsonMaps.string(endpoint, "endpointId");
    String token =
        switch (namespace) {
          case "Alexa.Discovery" -> JsonMaps.string(payload, "scope", "token");
          case "Alexa.Authorization" -> JsonMaps.string(payload, "grantee", "token");
          default -> JsonMaps.string(endpoint, "scope", "token");
        };
    if (token != null && token.isBlank()) {
      token = null;
    }
    return new Directive(
        namespace,
        name,
        messageId,
        JsonMaps.string(header, "correlationToken"),
        JsonMaps.string(header, "instance"),
        endpointId,
        token,
        payload,
        event);
  }

  /** {@code Alexa.PowerController/TurnOn}. */
  String qualifiedName() {
    return namespace + "/" + name;
  }

  /**
   * The Home Assistant entity id of the endpoint.
   *
   * @throws AlexaError INVALID_DIRECTIVE without an endpoint, NO_SUCH_ENDPOINT when the id is not
   *     one this bridge issues
   */
  String entityId() {
    if (endpointId == null || endpointId.isEmpty()) {
      throw AlexaError.invalidDirective(qualifiedName() + " needs an endpoint.endpointId");
    }
    String entityId = Entity.entityIdOf(endpointId);
    if (entityId == null || !Gateway.homeAssistantValidEntityId(entityId)) {
      throw AlexaError.noSuchEndpoint("No endpoint " + printable(endpointId));
    }
    return entityId;
  }

  /** A number in the payload, or INVALID_DIRECTIVE naming the field. */
  double number(String... path) {
    Double value = JsonMaps.number(payload, path);
    if (value == null || !Double.isFinite(value)) {
      throw AlexaError.invalidDirective(
          qualifiedName() + " needs a number at payload." + String.join(".", path));
    }
    return value;
  }

  /** A string in the payload, or INVALID_DIRECTIVE naming the field. */
  String text(String... path) {
    String value = JsonMaps.string(payload, path);
    if (value == null) {
      throw AlexaError.invalidDirective(
          qualifiedName() + " needs a string at payload." + String.join(".", path));
    }
    return value;
  }

  private static String required(Map<String, Object> header, String field) {
    if (!(header.get(field) instanceof String value) || value.isEmpty()) {
      throw AlexaError.invalidDirective("The directive header has no " + field);
    }
    return value;
  }

  /** A value safe to put in a message, in quotes: short, printable. */
  static String printable(String value) {
    return '"' + Printable.of(value) + '"';
  }
}
