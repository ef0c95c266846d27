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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer that is an Alexa ErrorResponse: the error {@link AlexaErrorType type} (which names the
 * header's namespace), a message for the logs and the Alexa app (never a token) and extra payload
 * fields such as {@code validRange}. Thrown by the pure logic, turned into a document by {@link
 * ErrorResponses}; cheap (no stack trace) because it is an expected outcome.
 */
final class AlexaError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final AlexaErrorType type;
  private final transient Map<String, Object> extra;

  private AlexaError(AlexaErrorType type, String message, Map<String, Object> extra) {
    super(message, null, false, false);
    this.type = type;
    this.extra = extra == null ? Map.of() : extra;
  }

  /** An error of {@code type} with no payload beyond type and message. */
  static AlexaError of(AlexaErrorType type, String message) {
    return new AlexaError(type, message, null);
  }

  static AlexaError invalidDirective(String message) {
    return of(AlexaErrorType.INVALID_DIRECTIVE, message);
  }

  static AlexaError noSuchEndpoint(String message) {
    return of(AlexaErrorType.NO_SUCH_ENDPOINT, message);
  }

  /** VALUE_OUT_OF_RANGE with {@code validRange} {minimumValue, maximumValue}. */
  static AlexaError valueOutOfRange(String message, double minimum, double maximum) {
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("minimumValue", minimum);
    range.put("maximumValue", maximum);
    return new AlexaError(AlexaErrorType.VALUE_OUT_OF_RANGE, message, Map.of("validRange", range));
  }

  /** TEMPERATURE_VALUE_OUT_OF_RANGE with {@code validRange} of {value, scale} temperatures. */
  static AlexaError temperatureOutOfRange(
      String message, double minimum, double maximum, String scale) {
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("minimumValue", Temperatures.value(minimum, scale));
    range.put("maximumValue", Temperatures.value(maximum, scale));
    return new AlexaError(
        AlexaErrorType.TEMPERATURE_VALUE_OUT_OF_RANGE, message, Map.of("validRange", range));
  }

  /** REQUESTED_SETPOINTS_TOO_CLOSE with the smallest allowed distance. */
  static AlexaError setpointsTooClose(String message, double minimumDelta, String scale) {
    return new AlexaError(
        AlexaErrorType.REQUESTED_SETPOINTS_TOO_CLOSE,
        message,
        Map.of("minimumTemperatureDelta", Temperatures.value(minimumDelta, scale)));
  }

  /** ACCEPT_GRANT_FAILED of the {@code Alexa.Authorization} namespace. */
  static AlexaError acceptGrantFailed(String message) {
    return new AlexaError(AlexaErrorType.ACCEPT_GRANT_FAILED, message, null);
  }

  AlexaErrorType type() {
    return type;
  }

  /** Extra payload fields (unmodifiable). */
  Map<String, Object> extra() {
    return extra;
  }
}
