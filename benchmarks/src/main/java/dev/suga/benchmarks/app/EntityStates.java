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
package dev.suga.benchmarks.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of the realistic operation, shared by both modules so that every variant runs the same
 * code: split a Home Assistant entity id ({@code "light.living_room_2"}), derive a friendly name
 * ({@code "Living Room 2"}) and build a small, deterministic response map. A few hundred
 * nanoseconds of parsing and allocation (seven objects), so dispatch overhead shows in proportion
 * to a little real work.
 */
public final class EntityStates {
  private EntityStates() {}

  /**
   * The state map of an entity.
   *
   * @param entityId {@code domain.object_id}
   * @param brightness 0 to 255
   * @return entity_id, domain, object_id, friendly_name, state, brightness_pct
   * @throws IllegalArgumentException if the id has no domain
   */
  public static Map<String, Object> state(String entityId, int brightness) {
    int dot = entityId.indexOf('.');
    if (dot <= 0 || dot == entityId.length() - 1) {
      throw new IllegalArgumentException("Not an entity id: " + entityId);
    }
    String objectId = entityId.substring(dot + 1);
    StringBuilder name = new StringBuilder(objectId.length());
    boolean wordStart = true;
    for (int i = 0; i < objectId.length(); i++) {
      char c = objectId.charAt(i);
      if (c == '_') {
        name.append(' ');
        wordStart = true;
      } else {
        name.append(wordStart ? Character.toUpperCase(c) : c);
        wordStart = false;
      }
    }
    Map<String, Object> state = new LinkedHashMap<>(8);
    state.put("entity_id", entityId);
    state.put("domain", entityId.substring(0, dot));
    state.put("object_id", objectId);
    state.put("friendly_name", name.toString());
    state.put("state", brightness > 0 ? "on" : "off");
    state.put("brightness_pct", (brightness * 100 + 127) / 255);
    return state;
  }
}
