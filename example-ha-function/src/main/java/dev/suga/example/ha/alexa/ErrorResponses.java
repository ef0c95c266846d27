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

/**
 * Complete, schema-valid ErrorResponse documents for any event, however broken: the correlation
 * token and endpoint id are echoed only when the schema would accept them, the header's namespace
 * is the one of the {@link AlexaErrorType}, the message is never null. A type whose payload the
 * schema requires more of than the error carries becomes INTERNAL_ERROR.
 */
final class ErrorResponses {
  private ErrorResponses() {}

  /** The ErrorResponse for {@code error}, answering {@code event} (null or partial allowed). */
  static Map<String, Object> of(Map<String, Object> event, AlexaError error, String messageId) {
    return build(event, error.type(), error.getMessage(), error.extra(), messageId);
  }

  /** An ErrorResponse of {@code type}, with {@code extra} payload fields (null for none). */
  static Map<String, Object> build(
      Map<String, Object> event,
      AlexaErrorType type,
      String message,
      Map<String, Object> extra,
      String messageId) {
    String required = type.requiredPayload();
    if (required != null && (extra == null || !extra.containsKey(required))) {
      type = AlexaErrorType.INTERNAL_ERROR;
      extra = null;
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", type.name());
    payload.put("message", message == null ? "" : message);
    if (extra != null) {
      payload.putAll(extra);
    }
    String correlationToken = JsonMaps.string(event, "directive", "header", "correlationToken");
    String endpointId = JsonMaps.string(event, "directive", "endpoint", "endpointId");
    return Messages.event(
        Messages.header(type.namespace(), "ErrorResponse", messageId, correlationToken),
        endpointId,
        payload,
        null);
  }
}
