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

import java.util.List;
import java.util.Map;

/**
 * One Home Assistant state object ({@code entity_id}, {@code state}, {@code attributes}) with
 * typed, null-safe reads. {@code defaultTemperatureScale} is the scale of temperatures that carry
 * no unit of their own (climate entities: Home Assistant reports them in the system's unit, which
 * the REST state does not name; see {@link Temperatures}).
 */
record Entity(
    String entityId,
    String domain,
    String state,
    Map<String, Object> attributes,
    String defaultTemperatureScale) {
  static final String UNAVAILABLE = "unavailable";

  /**
   * The entity of a state object, or null when it is not one (no {@code domain.object_id} entity
   * id).
   */
  static Entity of(Map<String, Object> state, String defaultTemperatureScale) {
    if (state == null) {
      return null;
    }
    return of(
        state.get("entity_id"),
        state.get("state"),
        state.get("attributes"),
        defaultTemperatureScale);
  }

  /**
   * The entity of a state object's three members as parsed (of any JSON type), or null when {@code
   * entityId} is not a {@code domain.object_id} string. A {@code state} that is not a string reads
   * as {@code unknown}, {@code attributes} that are not an object as none.
   */
  @SuppressWarnings("unchecked")
  static Entity of(
      Object entityId, Object state, Object attributes, String defaultTemperatureScale) {
    if (!(entityId instanceof String id)) {
      return null;
    }
    int dot = id.indexOf('.');
    if (dot <= 0 || dot == id.length() - 1 || id.indexOf('.', dot + 1) >= 0) {
      return null;
    }
    return new Entity(
        id,
        id.substring(0, dot),
        state instanceof String s ? s : "unknown",
        attributes instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(),
        defaultTemperatureScale == null ? Temperatures.CELSIUS : defaultTemperatureScale);
  }

  /** {@code light.kitchen} -> {@code light#kitchen} (Alexa does not allow dots in endpoint ids). */
  static String endpointIdOf(String entityId) {
    return entityId.replace('.', '#');
  }

  /** {@code light#kitchen} -> {@code light.kitchen}; null when it cannot be an entity id. */
  static String entityIdOf(String endpointId) {
    if (endpointId == null) {
      return null;
    }
    int hash = endpointId.indexOf('#');
    if (hash <= 0 || hash == endpointId.length() - 1 || endpointId.indexOf('#', hash + 1) >= 0) {
      return null;
    }
    return endpointId.substring(0, hash) + '.' + endpointId.substring(hash + 1);
  }

  String endpointId() {
    return endpointIdOf(entityId);
  }

  boolean unavailable() {
    return UNAVAILABLE.equals(state);
  }

  /** {@code state} is one of {@code values}. */
  boolean stateIn(String... values) {
    for (String value : values) {
      if (value.equals(state)) {
        return true;
      }
    }
    return false;
  }

  /** The state as a number (sensors), or null. */
  Double stateNumber() {
    try {
      double value = Double.parseDouble(state);
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  boolean has(String attribute) {
    return attributes.containsKey(attribute);
  }

  /** A numeric attribute (also numeric text), or null. */
  Double number(String attribute) {
    Object value = attributes.get(attribute);
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    if (value instanceof String s) {
      try {
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  String text(String attribute) {
    return attributes.get(attribute) instanceof String s ? s : null;
  }

  Boolean bool(String attribute) {
    return attributes.get(attribute) instanceof Boolean b ? b : null;
  }

  /** A list attribute, or an empty list. */
  List<?> list(String attribute) {
    return attributes.get(attribute) instanceof List<?> list ? list : List.of();
  }

  /** Whether the list attribute contains {@code value}. */
  boolean listContains(String attribute, String value) {
    return list(attribute).contains(value);
  }

  /** {@code supported_features} as a bit set (0 when absent). */
  long supportedFeatures() {
    Double features = number("supported_features");
    return features == null ? 0 : features.longValue();
  }

  /** {@code device_class}, or null. */
  String deviceClass() {
    return text("device_class");
  }

  /** {@code friendly_name}, else the object id with spaces. */
  String friendlyName() {
    String name = text("friendly_name");
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    return entityId.substring(domain.length() + 1).replace('_', ' ');
  }
}
