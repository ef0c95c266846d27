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
 * Temperature scales: Home Assistant units to Alexa scales, conversions, Alexa temperature values.
 */
final class Temperatures {
  static final String CELSIUS = "CELSIUS";
  static final String FAHRENHEIT = "FAHRENHEIT";
  static final String KELVIN = "KELVIN";

  private Temperatures() {}

  /**
   * The Alexa scale of a Home Assistant unit ({@code °C}, {@code °F}, {@code K}, also {@code
   * C}/{@code F}), or null.
   */
  static String scaleOfUnit(String unit) {
    if (unit == null) {
      return null;
    }
    switch (unit.trim()) {
      case "°C":
      case "C":
      case "℃":
      case "CELSIUS":
      case "celsius":
        return CELSIUS;
      case "°F":
      case "F":
      case "℉":
      case "FAHRENHEIT":
      case "fahrenheit":
        return FAHRENHEIT;
      case "K":
      case "KELVIN":
      case "kelvin":
        return KELVIN;
      default:
        return null;
    }
  }

  /** {@code value} in {@code from} converted to {@code to}, rounded to 0.01. */
  static double convert(double value, String from, String to) {
    if (from.equals(to)) {
      return value;
    }
    double celsius =
        switch (from) {
          case FAHRENHEIT -> (value - 32) * 5 / 9;
          case KELVIN -> value - 273.15;
          default -> value;
        };
    double result =
        switch (to) {
          case FAHRENHEIT -> celsius * 9 / 5 + 32;
          case KELVIN -> celsius + 273.15;
          default -> celsius;
        };
    return round(result, 100);
  }

  /** A temperature difference in {@code from} expressed in {@code to} (no offset). */
  static double convertDelta(double delta, String from, String to) {
    double factorFrom = FAHRENHEIT.equals(from) ? 5.0 / 9 : 1;
    double factorTo = FAHRENHEIT.equals(to) ? 9.0 / 5 : 1;
    return round(delta * factorFrom * factorTo, 100);
  }

  /** The Alexa document {@code {"value": v, "scale": s}}. */
  static Map<String, Object> value(double value, String scale) {
    Map<String, Object> temperature = new LinkedHashMap<>();
    temperature.put("value", round(value, 100));
    temperature.put("scale", scale);
    return temperature;
  }

  /** Whether {@code scale} is one the schema knows. */
  static boolean known(String scale) {
    return CELSIUS.equals(scale) || FAHRENHEIT.equals(scale) || KELVIN.equals(scale);
  }

  static double round(double value, int per) {
    return Math.round(value * per) / (double) per;
  }
}
