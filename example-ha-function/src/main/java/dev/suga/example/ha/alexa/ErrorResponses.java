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

import dev.suga.example.ha.json.JsonMaps;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Complete, schema-valid ErrorResponse documents for any event, however broken: the correlation
 * token and endpoint id are echoed only when the schema would accept them, the type is one the
 * namespace allows (else INTERNAL_ERROR), the message is never null.
 */
final class ErrorResponses {
  /** The error types of the {@code Alexa} namespace's ErrorResponse. */
  static final Set<String> ALEXA_TYPES =
      Set.of(
          "ALREADY_IN_OPERATION",
          "BRIDGE_UNREACHABLE",
          "CLOUD_CONTROL_DISABLED",
          "ENDPOINT_BUSY",
          "ENDPOINT_LOW_POWER",
          "ENDPOINT_UNREACHABLE",
          "EXPIRED_AUTHORIZATION_CREDENTIAL",
          "FIRMWARE_OUT_OF_DATE",
          "HARDWARE_MALFUNCTION",
          "INSUFFICIENT_PERMISSIONS",
          "INTERNAL_ERROR",
          "INVALID_AUTHORIZATION_CREDENTIAL",
          "INVALID_DIRECTIVE",
          "INVALID_VALUE",
          "NO_SUCH_ENDPOINT",
          "NOT_CALIBRATED",
          "NOT_IN_OPERATION",
          "POWER_LEVEL_NOT_SUPPORTED",
          "RATE_LIMIT_EXCEEDED",
          "VALUE_OUT_OF_RANGE",
          "TEMPERATURE_VALUE_OUT_OF_RANGE",
          "TOO_MANY_FAILED_ATTEMPTS");

  /** Types whose payload needs more than type and message. */
  private static final Set<String> NEEDS_EXTRA = Set.of("NOT_SUPPORTED_IN_CURRENT_MODE");

  private static final Set<String> THERMOSTAT_TYPES =
      Set.of(
          "REQUESTED_SETPOINTS_TOO_CLOSE",
          "THERMOSTAT_IS_OFF",
          "UNSUPPORTED_THERMOSTAT_MODE",
          "DUAL_SETPOINTS_UNSUPPORTED",
          "TRIPLE_SETPOINTS_UNSUPPORTED",
          "UNWILLING_TO_SET_SCHEDULE",
          "UNWILLING_TO_SET_VALUE");
  private static final Set<String> AUTHORIZATION_TYPES = Set.of("ACCEPT_GRANT_FAILED");

  private ErrorResponses() {}

  /** The ErrorResponse for {@code error}, answering {@code event} (null or partial allowed). */
  static Map<String, Object> of(Map<String, Object> event, AlexaError error, String messageId) {
    return build(
        event, error.namespace(), error.type(), error.getMessage(), error.extra(), messageId);
  }

  /**
   * An ErrorResponse of namespace {@code namespace}; an unknown type becomes INTERNAL_ERROR of
   * {@code Alexa}.
   */
  static Map<String, Object> build(
      Map<String, Object> event,
      String namespace,
      String type,
      String message,
      Map<String, Object> extra,
      String messageId) {
    if (namespace == null) {
      namespace = AlexaError.ALEXA;
    }
    if (!allowed(namespace, type)
        || (extra == null || extra.isEmpty()) && NEEDS_EXTRA.contains(type)) {
      namespace = AlexaError.ALEXA;
      type = "INTERNAL_ERROR";
      extra = null;
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", type);
    payload.put("message", message == null ? "" : message);
    if (extra != null) {
      payload.putAll(extra);
    }
    String correlationToken = JsonMaps.string(event, "directive", "header", "correlationToken");
    String endpointId = JsonMaps.string(event, "directive", "endpoint", "endpointId");
    return Messages.event(
        Messages.header(namespace, "ErrorResponse", messageId, correlationToken),
        endpointId,
        payload,
        null);
  }

  private static boolean allowed(String namespace, String type) {
    if (type == null) {
      return false;
    }
    return switch (namespace) {
      case AlexaError.ALEXA -> ALEXA_TYPES.contains(type) || NEEDS_EXTRA.contains(type);
      case AlexaError.THERMOSTAT -> THERMOSTAT_TYPES.contains(type);
      case AlexaError.AUTHORIZATION -> AUTHORIZATION_TYPES.contains(type);
      default -> false;
    };
  }
}
