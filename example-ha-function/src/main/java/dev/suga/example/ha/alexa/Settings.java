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

import dev.suga.example.ha.BridgeSettings;
import dev.suga.example.ha.Gateway;

/**
 * The Alexa modules' configuration, read through {@code config} on every use (cheap, and tests
 * change it between invocations):
 *
 * <ul>
 *   <li>{@code HA_MODE}: {@code native} (default) or {@code proxy}.
 *   <li>{@code HA_TOKEN} + {@code HA_TOKEN_FALLBACK}: the configured token is used only when a
 *       request carries none and the flag is {@code true}.
 *   <li>{@code HA_TEMPERATURE_UNIT}: {@code C} or {@code F}, the unit of climate entities'
 *       temperatures (Home Assistant's REST states do not name it); when unset, Home Assistant's
 *       {@code /api/config} {@code unit_system.temperature} is asked once an hour.
 *   <li>the four {@code DISCOVERY_*} settings: see {@link DiscoveryFilter}.
 * </ul>
 *
 * <p>Every setting's name and default: {@link BridgeSettings}.
 */
final class Settings {
  private Settings() {}

  /**
   * Whether any {@code DISCOVERY_*} setting is set. Without one every entity is exposed, and a
   * directive need not build (nor load) the {@link DiscoveryFilter}.
   */
  static boolean discoveryFiltered() {
    return Gateway.configGet(BridgeSettings.DISCOVERY_INCLUDE_DOMAINS) != null
        || Gateway.configGet(BridgeSettings.DISCOVERY_INCLUDE_ENTITIES) != null
        || Gateway.configGet(BridgeSettings.DISCOVERY_EXCLUDE_DOMAINS) != null
        || Gateway.configGet(BridgeSettings.DISCOVERY_EXCLUDE_ENTITIES) != null;
  }

  static boolean proxyMode() {
    String mode = Gateway.configGet(BridgeSettings.HA_MODE);
    return mode != null && BridgeSettings.PROXY.equalsIgnoreCase(mode.trim());
  }

  /**
   * The Home Assistant token for a request that carried {@code requestToken} (null when none).
   *
   * @throws AlexaError INVALID_AUTHORIZATION_CREDENTIAL when there is none to use
   */
  static String credential(String requestToken) {
    String token = fallback(requestToken);
    if (token == null) {
      throw AlexaError.of(
          AlexaErrorType.INVALID_AUTHORIZATION_CREDENTIAL, "The request carries no bearer token");
    }
    return token;
  }

  /** {@code requestToken}, else the configured HA_TOKEN when HA_TOKEN_FALLBACK is on, else null. */
  static String fallback(String requestToken) {
    if (requestToken != null && !requestToken.isBlank()) {
      return requestToken;
    }
    if (Gateway.configFlag(BridgeSettings.HA_TOKEN_FALLBACK, false)) {
      return Gateway.configGet(BridgeSettings.HA_TOKEN);
    }
    return null;
  }

  /**
   * The scale of temperatures that name no unit (climate entities): HA_TEMPERATURE_UNIT, else Home
   * Assistant's unit system (cached), else Celsius.
   */
  static String temperatureScale(String token) {
    String configured =
        Temperatures.scaleOfUnit(Gateway.configGet(BridgeSettings.HA_TEMPERATURE_UNIT));
    if (configured != null) {
      return configured;
    }
    try {
      return Gateway.alexaTemperatureScale(token);
    } catch (RuntimeException failure) {
      Gateway.loggingWarn(
          "Could not read Home Assistant's unit system ("
              + failure.getClass().getSimpleName()
              + "); climate temperatures are taken as Celsius");
      return Temperatures.CELSIUS;
    }
  }
}
