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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One service call in progress: its data, its targets, and every entity it edits. Home Assistant
 * answers a service call with the states that changed during it; this class snapshots an entity the
 * first time it is edited and, at the end, reports exactly those whose state or attributes differ
 * (updating {@code last_changed} / {@code last_updated} the way Home Assistant does: {@code
 * last_changed} only when the state string changed).
 */
final class ServiceCall {
  final String domain;
  final String service;
  final Map<String, Object> data;
  final Instant now;
  private final DemoHome home;
  private final Map<DemoEntity, DemoEntity.Snapshot> edited;

  ServiceCall(DemoHome home, String domain, String service, Map<String, Object> data, Instant now) {
    this(home, domain, service, data, now, new LinkedHashMap<>());
  }

  private ServiceCall(
      DemoHome home,
      String domain,
      String service,
      Map<String, Object> data,
      Instant now,
      Map<DemoEntity, DemoEntity.Snapshot> edited) {
    this.home = home;
    this.domain = domain;
    this.service = service;
    this.data = data;
    this.now = now;
    this.edited = edited;
  }

  /**
   * A call made on behalf of this one (a scene's light.turn_on, a group member's turn_off): its
   * changes are reported with this call's.
   */
  ServiceCall nested(
      String nestedDomain, String nestedService, String entityId, Map<String, Object> nestedData) {
    Map<String, Object> merged = new LinkedHashMap<>(nestedData);
    merged.remove("target");
    merged.put("entity_id", entityId);
    return new ServiceCall(home, nestedDomain, nestedService, merged, now, edited);
  }

  DemoHome home() {
    return home;
  }

  /** Marks {@code entity} as being edited (snapshots it once) and returns it. */
  DemoEntity edit(DemoEntity entity) {
    edited.computeIfAbsent(entity, DemoEntity::snapshot);
    return entity;
  }

  /**
   * The available entities of {@code targetDomain} named by {@code entity_id} (a string, a
   * comma-separated string or a list; also inside {@code target}). Unknown and unavailable entities
   * are skipped silently, as Home Assistant does.
   */
  List<DemoEntity> targets(String targetDomain) {
    List<DemoEntity> result = new ArrayList<>();
    for (String id : targetIds()) {
      DemoEntity entity = home.entity(id);
      if (entity != null
          && entity.available()
          && (targetDomain == null || entity.domain().equals(targetDomain))) {
        result.add(entity);
      }
    }
    return result;
  }

  /** Every entity id named by the call, in order, without duplicates. */
  Set<String> targetIds() {
    Set<String> ids = new LinkedHashSet<>();
    addIds(ids, data.get("entity_id"));
    if (data.get("target") instanceof Map<?, ?> target) {
      addIds(ids, target.get("entity_id"));
    }
    return ids;
  }

  private static void addIds(Set<String> ids, Object value) {
    if (value instanceof String text) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          ids.add(part.trim());
        }
      }
    } else if (value instanceof List<?> list) {
      list.forEach(v -> addIds(ids, v));
    }
  }

  /** A number from the data, or null when absent; 400 when present but not a number. */
  Double number(String key) {
    Object value = data.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw invalid(key, value);
      }
    }
    throw invalid(key, value);
  }

  /** A number that must lie in [min, max]; null when absent. */
  Double number(String key, double min, double max) {
    Double value = number(key);
    if (value != null && (value < min || value > max || value.isNaN())) {
      throw new DemoBadRequest(
          "value must be at least "
              + trim(min)
              + " and at most "
              + trim(max)
              + " for dictionary value @ data['"
              + key
              + "']");
    }
    return value;
  }

  /** A required value; 400 when missing. */
  Object required(String key) {
    Object value = data.get(key);
    if (value == null) {
      throw new DemoBadRequest("required key not provided @ data['" + key + "']");
    }
    return value;
  }

  String requiredString(String key) {
    Object value = required(key);
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw invalid(key, value);
  }

  static DemoBadRequest invalid(String key, Object value) {
    return new DemoBadRequest("invalid value for dictionary value @ data['" + key + "']");
  }

  static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * Refuses a call on an entity without the feature its service needs (a bit of {@code
   * supported_features}; 0 needs none), as Home Assistant answers an entity service it does not
   * support: 400.
   */
  void requireFeature(DemoEntity entity, long feature) {
    if (feature != 0 && (DemoServices.features(entity) & feature) == 0) {
      throw new DemoBadRequest(
          "Entity " + entity.entityId + " does not support action " + domain + "." + service);
    }
  }

  /** Undoes every edit (a 400 must leave the home as it was). */
  void rollback() {
    for (Map.Entry<DemoEntity, DemoEntity.Snapshot> entry : edited.entrySet()) {
      DemoEntity entity = entry.getKey();
      entity.state = entry.getValue().state();
      entity.attributes.clear();
      entity.attributes.putAll(entry.getValue().attributes());
    }
  }

  /** Finishes the call: the changed entities' new states, with their time stamps advanced. */
  List<Map<String, Object>> finish() {
    List<Map<String, Object>> changed = new ArrayList<>();
    for (Map.Entry<DemoEntity, DemoEntity.Snapshot> entry : edited.entrySet()) {
      DemoEntity entity = entry.getKey();
      DemoEntity.Snapshot before = entry.getValue();
      boolean stateChanged = !before.state().equals(entity.state);
      if (stateChanged || !before.attributes().equals(entity.attributes)) {
        entity.lastUpdated = now;
        if (stateChanged) {
          entity.lastChanged = now;
        }
        changed.add(entity.toJson());
      }
    }
    return changed;
  }
}
