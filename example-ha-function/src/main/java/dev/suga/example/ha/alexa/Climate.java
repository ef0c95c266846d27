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

import java.util.ArrayList;
import java.util.List;

/**
 * Home Assistant climate entities in Alexa terms: HVAC modes <-> thermostat modes, which setpoints
 * exist, the temperature scale and the allowed range.
 */
final class Climate {
  private static final long TARGET_TEMPERATURE = 1, TARGET_TEMPERATURE_RANGE = 2;

  /**
   * Home Assistant's defaults when an entity names no limits ({@code DEFAULT_MIN_TEMP}/{@code
   * DEFAULT_MAX_TEMP}, °C).
   */
  private static final double DEFAULT_MIN_CELSIUS = 7, DEFAULT_MAX_CELSIUS = 35;

  private Climate() {}

  /**
   * The entity's temperature scale: its own unit attribute if it has one, else the configured
   * default.
   */
  static String scale(Entity entity) {
    String own = Temperatures.scaleOfUnit(entity.text("temperature_unit"));
    if (own == null) {
      own = Temperatures.scaleOfUnit(entity.text("unit_of_measurement"));
    }
    return own != null ? own : entity.defaultTemperatureScale();
  }

  /** Whether the entity has a single target temperature. */
  static boolean singleSetpoint(Entity entity) {
    long features = entity.supportedFeatures();
    return features != 0 ? (features & TARGET_TEMPERATURE) != 0 : entity.has("temperature");
  }

  /** Whether the entity has a low/high target range. */
  static boolean rangeSetpoints(Entity entity) {
    long features = entity.supportedFeatures();
    return features != 0
        ? (features & TARGET_TEMPERATURE_RANGE) != 0
        : entity.has("target_temp_low");
  }

  static double minimum(Entity entity) {
    Double value = entity.number("min_temp");
    return value != null
        ? value
        : Temperatures.convert(DEFAULT_MIN_CELSIUS, Temperatures.CELSIUS, scale(entity));
  }

  static double maximum(Entity entity) {
    Double value = entity.number("max_temp");
    return value != null
        ? value
        : Temperatures.convert(DEFAULT_MAX_CELSIUS, Temperatures.CELSIUS, scale(entity));
  }

  /**
   * The Alexa thermostat mode of the entity's current state, or null when Alexa has no word for it.
   */
  static String alexaMode(Entity entity) {
    if ("eco".equals(entity.text("preset_mode")) && !"off".equals(entity.state())) {
      return "ECO";
    }
    return alexaMode(entity.state());
  }

  /** The Alexa thermostat mode of a Home Assistant HVAC mode, or null. */
  static String alexaMode(String hvacMode) {
    if (hvacMode == null) {
      return null;
    }
    return switch (hvacMode) {
      case "heat" -> "HEAT";
      case "cool" -> "COOL";
      case "heat_cool", "auto" -> "AUTO";
      case "off" -> "OFF";
      default -> null;
    };
  }

  /** The Alexa modes the entity supports, in a stable order, without duplicates. */
  static List<String> supportedModes(Entity entity) {
    List<String> modes = new ArrayList<>();
    for (Object hvac : entity.list("hvac_modes")) {
      String mode = hvac instanceof String s ? alexaMode(s) : null;
      if (mode != null && !modes.contains(mode)) {
        modes.add(mode);
      }
    }
    if (entity.listContains("preset_modes", "eco")) {
      modes.add("ECO");
    }
    return modes;
  }

  /**
   * The Home Assistant HVAC mode for an Alexa mode on this entity ({@code AUTO} is {@code
   * heat_cool} when the entity has it, else {@code auto}), or null when it has no such mode. {@code
   * ECO} is a preset, not an HVAC mode: see {@link #supportsEco}.
   */
  static String hvacMode(Entity entity, String alexaMode) {
    List<?> available = entity.list("hvac_modes");
    if ("AUTO".equals(alexaMode)) {
      if (available.contains("heat_cool")) {
        return "heat_cool";
      }
      return available.isEmpty() || available.contains("auto") ? "auto" : null;
    }
    String candidate =
        switch (alexaMode) {
          case "HEAT" -> "heat";
          case "COOL" -> "cool";
          case "OFF" -> "off";
          default -> null;
        };
    return candidate != null && (available.isEmpty() || available.contains(candidate))
        ? candidate
        : null;
  }

  /**
   * The HVAC mode "turn on" means for an entity without a {@code turn_on} service: its only mode
   * besides {@code off}; else {@code heat_cool}, {@code auto}, {@code heat} or {@code cool}, the
   * first it has; else its first mode that is not {@code off}; null when it has none.
   */
  static String onMode(Entity entity) {
    List<String> modes = new ArrayList<>();
    for (Object mode : entity.list("hvac_modes")) {
      if (mode instanceof String s && !"off".equals(s)) {
        modes.add(s);
      }
    }
    if (modes.size() == 1) {
      return modes.get(0);
    }
    for (String preferred : List.of("heat_cool", "auto", "heat", "cool")) {
      if (modes.contains(preferred)) {
        return preferred;
      }
    }
    return modes.isEmpty() ? null : modes.get(0);
  }

  static boolean supportsEco(Entity entity) {
    return entity.listContains("preset_modes", "eco");
  }
}
