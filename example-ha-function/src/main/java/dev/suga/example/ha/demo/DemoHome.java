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
import java.util.List;
import java.util.Map;

/**
 * The demo home's state: entities, notifications, areas. Every public-facing method holds this
 * object's lock for its whole duration, so that a service call is atomic with respect to concurrent
 * reads (the HTTP server answers on several threads) and a rejected call (400) leaves nothing
 * half-changed.
 */
final class DemoHome {
  private final Map<String, DemoEntity> entities = new LinkedHashMap<>();
  private final List<String> notifications = new ArrayList<>();

  DemoHome() {
    for (DemoEntity entity : DemoCatalog.entities(DemoClock.now())) {
      entities.put(entity.entityId, entity);
    }
  }

  /** The state object of {@code entityId}, or null when there is no such entity. */
  synchronized Map<String, Object> state(String entityId) {
    DemoEntity entity = entities.get(entityId);
    return entity == null ? null : entity.toJson();
  }

  synchronized List<Map<String, Object>> states() {
    List<Map<String, Object>> all = new ArrayList<>(entities.size());
    entities.values().forEach(entity -> all.add(entity.toJson()));
    return all;
  }

  /**
   * Creates or replaces an entity's state, like {@code POST /api/states/<id>}: {@code attributes}
   * replace the old ones, or keep them when null.
   */
  synchronized void setState(String entityId, String state, Map<String, Object> attributes) {
    if (entityId == null || entityId.indexOf('.') <= 0 || state == null) {
      throw new IllegalArgumentException("entityId must be domain.object_id and state non-null");
    }
    Instant now = DemoClock.now();
    DemoEntity entity = entities.get(entityId);
    if (entity == null) {
      entities.put(
          entityId,
          new DemoEntity(entityId, state, attributes == null ? Map.of() : attributes, now));
      return;
    }
    if (!entity.state.equals(state)) {
      entity.lastChanged = now;
    }
    entity.lastUpdated = now;
    entity.state = state;
    if (attributes != null) {
      entity.attributes.clear();
      entity.attributes.putAll(DemoEntity.deepCopy(attributes));
    }
  }

  /**
   * Runs {@code <domain>.<service>} with {@code data} and returns the states that changed.
   *
   * @throws DemoBadRequest for an unknown service or invalid data; nothing is changed then
   */
  synchronized List<Map<String, Object>> callService(
      String domain, String service, Map<String, Object> data) {
    ServiceCall call = new ServiceCall(this, domain, service, data, DemoClock.now());
    try {
      DemoServices.run(call);
      updateGroups(call);
    } catch (RuntimeException e) {
      call.rollback();
      throw e;
    }
    return call.finish();
  }

  /** A group is on while any member is on, as Home Assistant computes it. */
  private void updateGroups(ServiceCall call) {
    for (DemoEntity group : entities.values()) {
      if (!"group".equals(group.domain()) || !group.available()) {
        continue;
      }
      boolean anyOn =
          DemoCatalog.members(group).stream()
              .map(entities::get)
              .anyMatch(
                  member -> member != null && DemoServices.isOn(member) && member.available());
      String state = anyOn ? "on" : "off";
      if (!state.equals(group.state)) {
        call.edit(group).state = state;
      }
    }
  }

  /**
   * Entity ids of an area (by id or name), in a stable order; empty for an unknown area, as in HA.
   */
  synchronized List<String> areaEntities(String area) {
    String id = DemoCatalog.areaId(area);
    return id == null ? List.of() : List.copyOf(DemoCatalog.AREAS.get(id));
  }

  synchronized long volumeSteps(String entityId) {
    DemoEntity entity = entities.get(entityId);
    return entity == null ? 0 : DemoMedia.volumeSteps(entity);
  }

  synchronized List<String> notifications() {
    return List.copyOf(notifications);
  }

  /** The live entity; callers hold the lock (service code runs inside {@link #callService}). */
  DemoEntity entity(String entityId) {
    return entities.get(entityId);
  }

  void recordNotification(String message) {
    notifications.add(message);
  }
}
