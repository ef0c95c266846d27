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

/**
 * The error types of an Alexa ErrorResponse, each with the header namespace it belongs to: the
 * {@code Alexa} namespace's, {@code Alexa.ThermostatController}'s and {@code
 * Alexa.Authorization}'s, as the Smart Home schema lists them (an {@code AlexaErrorTypeTest} holds
 * each one against it). A type and a namespace that do not belong together cannot be written.
 *
 * <p>Left out: {@code NOT_SUPPORTED_IN_CURRENT_MODE}, whose payload needs the device's current
 * mode, which the bridge never knows.
 */
public enum AlexaErrorType {
  ALREADY_IN_OPERATION,
  BRIDGE_UNREACHABLE,
  CLOUD_CONTROL_DISABLED,
  ENDPOINT_BUSY,
  ENDPOINT_LOW_POWER,
  ENDPOINT_UNREACHABLE,
  EXPIRED_AUTHORIZATION_CREDENTIAL,
  FIRMWARE_OUT_OF_DATE,
  HARDWARE_MALFUNCTION,
  INSUFFICIENT_PERMISSIONS,
  INTERNAL_ERROR,
  INVALID_AUTHORIZATION_CREDENTIAL,
  INVALID_DIRECTIVE,
  INVALID_VALUE,
  NO_SUCH_ENDPOINT,
  NOT_CALIBRATED,
  NOT_IN_OPERATION,
  POWER_LEVEL_NOT_SUPPORTED,
  RATE_LIMIT_EXCEEDED,
  VALUE_OUT_OF_RANGE,
  TEMPERATURE_VALUE_OUT_OF_RANGE,
  TOO_MANY_FAILED_ATTEMPTS,
  REQUESTED_SETPOINTS_TOO_CLOSE(AlexaErrorType.THERMOSTAT, "minimumTemperatureDelta"),
  THERMOSTAT_IS_OFF(AlexaErrorType.THERMOSTAT),
  UNSUPPORTED_THERMOSTAT_MODE(AlexaErrorType.THERMOSTAT),
  DUAL_SETPOINTS_UNSUPPORTED(AlexaErrorType.THERMOSTAT),
  TRIPLE_SETPOINTS_UNSUPPORTED(AlexaErrorType.THERMOSTAT),
  UNWILLING_TO_SET_SCHEDULE(AlexaErrorType.THERMOSTAT),
  UNWILLING_TO_SET_VALUE(AlexaErrorType.THERMOSTAT),
  ACCEPT_GRANT_FAILED(AlexaErrorType.AUTHORIZATION);

  static final String ALEXA = "Alexa";
  static final String THERMOSTAT = "Alexa.ThermostatController";
  static final String AUTHORIZATION = "Alexa.Authorization";

  private final String namespace;
  private final String requiredPayload;

  AlexaErrorType() {
    this(ALEXA);
  }

  AlexaErrorType(String namespace) {
    this(namespace, null);
  }

  AlexaErrorType(String namespace, String requiredPayload) {
    this.namespace = namespace;
    this.requiredPayload = requiredPayload;
  }

  /** The payload member the schema requires besides type and message, or null. */
  String requiredPayload() {
    return requiredPayload;
  }

  /** The namespace of the ErrorResponse's header for this type. */
  public String namespace() {
    return namespace;
  }
}
