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
package dev.suga.example.ha.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity of the demo home, mutable, and only ever touched while the owning {@link DemoHome}'s
 * lock is held. Rendered as Home Assistant's state object.
 *
 * <p>{@link #memory} keeps what a real device remembers while it is off (a light's last brightness,
 * a TV's volume), so that turning it back on restores it as Home Assistant does.
 */
final class DemoEntity {
  final String entityId;
  String state;
  final Map<String, Object> attributes;
  Instant lastChanged;
  Instant lastUpdated;
  final Map<String, Object> memory = new HashMap<>();

  DemoEntity(String entityId, String state, Map<String, Object> attributes, Instant now) {
    this.entityId = entityId;
    this.state = state;
    this.attributes = new LinkedHashMap<>(attributes);
    this.lastChanged = now;
    this.lastUpdated = now;
  }

  String domain() {
    return entityId.substring(0, entityId.indexOf('.'));
  }

  boolean available() {
    return !"unavailable".equals(state);
  }

  /**
   * Moves those of {@code keys} the entity has into memory, leaving null attributes (what HA shows
   * for an off light).
   */
  void stashAsNull(String... keys) {
    for (String key : keys) {
      if (!attributes.containsKey(key)) {
        continue;
      }
      Object value = attributes.get(key);
      if (value != null) {
        memory.put(key, value);
      }
      attributes.put(key, null);
    }
  }

  /** Moves {@code keys} into memory and removes them (what HA shows for an off media player). */
  void stashAndRemove(String... keys) {
    for (String key : keys) {
      if (attributes.containsKey(key)) {
        memory.put(key, attributes.remove(key));
      }
    }
  }

  /** Puts remembered values back where the attribute is absent or null. */
  void restore(String... keys) {
    for (String key : keys) {
      if (attributes.get(key) == null && memory.containsKey(key)) {
        attributes.put(key, memory.get(key));
      }
    }
  }

  /** A snapshot that later changes cannot reach: state plus deep-copied attributes. */
  Snapshot snapshot() {
    return new Snapshot(state, deepCopy(attributes));
  }

  /** Home Assistant's JSON form: a fresh, independent map. */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("entity_id", entityId);
    json.put("state", state);
    json.put("attributes", deepCopy(attributes));
    json.put("last_changed", DemoClock.format(lastChanged));
    json.put("last_reported", DemoClock.format(lastUpdated));
    json.put("last_updated", DemoClock.format(lastUpdated));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("id", DemoClock.contextId(entityId, lastUpdated));
    context.put("parent_id", null);
    context.put("user_id", null);
    json.put("context", context);
    return json;
  }

  /**
   * Copies maps and lists recursively so that callers never share mutable structure with the demo.
   */
  @SuppressWarnings("unchecked")
  static <T> T deepCopy(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(deepCopy(v)));
      return (T) copy;
    }
    return value;
  }

  /** State and attributes at one moment, for change detection. */
  record Snapshot(String state, Map<String, Object> attributes) {}
}
