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

import dev.suga.example.ha.demo.DemoHomeAssistant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo home's initial state objects, for the pure-logic tests (no HTTP involved). */
final class DemoStates {
  private static final List<Map<String, Object>> STATES;

  static {
    try (DemoHomeAssistant demo = DemoHomeAssistant.start("unused-token")) {
      STATES = demo.states();
    }
  }

  private DemoStates() {}

  static List<Map<String, Object>> all() {
    return STATES;
  }

  /** A copy of one state object. */
  static Map<String, Object> state(String entityId) {
    for (Map<String, Object> state : STATES) {
      if (entityId.equals(state.get("entity_id"))) {
        return new LinkedHashMap<>(state);
      }
    }
    throw new IllegalArgumentException("no demo entity " + entityId);
  }

  static Entity entity(String entityId) {
    return Entity.of(state(entityId), Temperatures.CELSIUS);
  }

  /** The entity with some attributes replaced. */
  static Entity with(String entityId, String state, Map<String, Object> attributes) {
    Map<String, Object> object = state(entityId);
    @SuppressWarnings("unchecked")
    Map<String, Object> merged =
        new LinkedHashMap<>((Map<String, Object>) object.get("attributes"));
    merged.putAll(attributes);
    object.put("attributes", merged);
    if (state != null) {
      object.put("state", state);
    }
    return Entity.of(object, Temperatures.CELSIUS);
  }
}
