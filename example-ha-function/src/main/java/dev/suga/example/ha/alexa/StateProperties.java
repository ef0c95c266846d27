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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity's state as Alexa context properties, for the capabilities asked. A property whose value
 * Home Assistant does not know (an {@code unknown} sensor, a light that reports no color
 * temperature) is left out rather than invented.
 *
 * <p>An instance collects one answer's properties (see {@link #of}). Collecting in an object, not
 * with a lambda, and choosing with {@code ==}, not a switch on {@link Capability}, is for the cold
 * start: a lambda is spun into a hidden class at its first use, and an enum switch compiles to a
 * synthetic switch-map class; the first ReportState or control answer of a fresh JVM would load
 * both.
 */
final class StateProperties {
  /** The state was read from Home Assistant during this invocation. */
  static final int UNCERTAINTY_MILLIS = 0;

  private final List<Map<String, Object>> properties = new ArrayList<>();
  private final String timeOfSample;

  private StateProperties(String timeOfSample) {
    this.timeOfSample = timeOfSample;
  }

  /**
   * The properties of {@code entity} for {@code capabilities}, each sampled at {@code
   * timeOfSample}.
   */
  static List<Map<String, Object>> of(
      Entity entity, Set<Capability> capabilities, String timeOfSample) {
    StateProperties collected = new StateProperties(timeOfSample);
    for (Capability capability : capabilities) {
      collected.add(entity, capability);
    }
    return collected.properties;
  }

  /** One property document of an interface without instances. */
  static Map<String, Object> property(
      Capability capability, String name, Object value, String timeOfSample) {
    return property(capability, null, name, value, timeOfSample);
  }

  /** One property document; {@code instance} null for an interface without instances. */
  static Map<String, Object> property(
      Capability capability, String instance, String name, Object value, String timeOfSample) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("namespace", capability.interfaceName());
    if (instance != null) {
      property.put("instance", instance);
    }
    property.put("name", name);
    property.put("value", value);
    property.put("timeOfSample", timeOfSample);
    property.put("uncertaintyInMilliseconds", UNCERTAINTY_MILLIS);
    return property;
  }

  /** Adds the property unless its value is unknown (null). */
  private void add(Capability capability, String name, Object value) {
    if (value != null) {
      properties.add(property(capability, name, value, timeOfSample));
    }
  }

  /** Adds the instance's property unless its value is unknown (null). */
  private void add(Entity entity, Capability capability, String name, Object value) {
    if (value != null) {
      properties.add(
          property(
              capability,
              Capability.instance(capability, entity.domain()),
              name,
              value,
              timeOfSample));
    }
  }

  /**
   * The properties of {@code capability} (scenes and step speakers have no retrievable properties).
   */
  private void add(Entity entity, Capability capability) {
    if (capability == Capability.POWER) {
      add(capability, "powerState", powerState(entity));
    } else if (capability == Capability.BRIGHTNESS) {
      add(
          capability,
          "brightness",
          entity.stateIn("on", "off") ? Lights.brightnessPercent(entity) : null);
    } else if (capability == Capability.COLOR) {
      add(capability, "color", entity.stateIn("on", "off") ? Lights.color(entity) : null);
    } else if (capability == Capability.COLOR_TEMPERATURE) {
      add(capability, "colorTemperatureInKelvin", Lights.kelvin(entity));
    } else if (capability == Capability.LOCK) {
      add(capability, "lockState", lockState(entity.state()));
    } else if (capability == Capability.THERMOSTAT) {
      thermostat(entity);
    } else if (capability == Capability.TEMPERATURE_SENSOR) {
      add(capability, "temperature", temperature(entity));
    } else if (capability == Capability.RANGE) {
      add(entity, capability, "rangeValue", Ranges.value(entity));
    } else if (capability == Capability.MODE) {
      add(entity, capability, "mode", Modes.current(entity));
    } else if (capability == Capability.CONTACT_SENSOR || capability == Capability.MOTION_SENSOR) {
      add(
          capability,
          "detectionState",
          "on".equals(entity.state())
              ? "DETECTED"
              : "off".equals(entity.state()) ? "NOT_DETECTED" : null);
    } else if (capability == Capability.SPEAKER) {
      Double volume = entity.number("volume_level");
      add(
          capability,
          "volume",
          volume == null ? null : (Object) Math.max(0, Math.min(100, Math.round(volume * 100))));
      add(
          capability,
          "muted",
          Capability.speakerMutes(entity) ? entity.bool("is_volume_muted") : null);
    } else if (capability == Capability.ENDPOINT_HEALTH) {
      add(capability, "connectivity", Map.of("value", entity.unavailable() ? "UNREACHABLE" : "OK"));
    }
  }

  /** ON/OFF for the entity's domain, or null when the state says neither. */
  static String powerState(Entity entity) {
    String state = entity.state();
    switch (entity.domain()) {
      case "cover":
        return entity.stateIn("open", "opening")
            ? "ON"
            : entity.stateIn("closed", "closing") ? "OFF" : null;
      case "climate":
        return "off".equals(state)
            ? "OFF"
            : entity.stateIn("unknown", Entity.UNAVAILABLE) ? null : "ON";
      case "media_player":
        return entity.stateIn("off", "standby")
            ? "OFF"
            : entity.stateIn("on", "playing", "paused", "idle", "buffering") ? "ON" : null;
      default:
        return "on".equals(state) ? "ON" : "off".equals(state) ? "OFF" : null;
    }
  }

  /** LOCKED/UNLOCKED/JAMMED, or null while moving or unknown. */
  static String lockState(String state) {
    return switch (state) {
      case "locked" -> "LOCKED";
      case "unlocked", "open" -> "UNLOCKED";
      case "jammed" -> "JAMMED";
      default -> null;
    };
  }

  private static Map<String, Object> temperature(Entity entity) {
    if ("climate".equals(entity.domain())) {
      Double current = entity.number("current_temperature");
      return current == null ? null : Temperatures.value(current, Climate.scale(entity));
    }
    Double value = entity.stateNumber();
    String scale = Temperatures.scaleOfUnit(entity.text("unit_of_measurement"));
    return value == null || scale == null ? null : Temperatures.value(value, scale);
  }

  private void thermostat(Entity entity) {
    String scale = Climate.scale(entity);
    if (Climate.singleSetpoint(entity)) {
      add(Capability.THERMOSTAT, "targetSetpoint", setpoint(entity.number("temperature"), scale));
    }
    if (Climate.rangeSetpoints(entity)) {
      add(
          Capability.THERMOSTAT,
          "lowerSetpoint",
          setpoint(entity.number("target_temp_low"), scale));
      add(
          Capability.THERMOSTAT,
          "upperSetpoint",
          setpoint(entity.number("target_temp_high"), scale));
    }
    add(Capability.THERMOSTAT, "thermostatMode", Climate.alexaMode(entity));
  }

  /** A setpoint, or null when unknown or outside the schema's -100..100. */
  private static Map<String, Object> setpoint(Double value, String scale) {
    return value == null || value < -100 || value > 100 ? null : Temperatures.value(value, scale);
  }
}
