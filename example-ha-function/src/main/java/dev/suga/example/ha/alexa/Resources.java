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

/**
 * The pieces of a RangeController or ModeController discovery document: friendly names (Alexa's
 * catalogue assets, or text), presets, semantics. Discovery only: the controllers never load it.
 *
 * <p>Text names are {@value #LOCALE}: a Discover directive does not say the user's language, and
 * the bridge's spoken words (the custom skill's model) are English too. Alexa's catalogue assets
 * are localized by Alexa.
 */
final class Resources {
  static final String LOCALE = "en-US";

  private Resources() {}

  /** {@code {"@type": "asset", "value": {"assetId": ...}}}. */
  static Map<String, Object> asset(String assetId) {
    Map<String, Object> name = new LinkedHashMap<>();
    name.put("@type", "asset");
    name.put("value", Map.of("assetId", assetId));
    return name;
  }

  /** {@code {"@type": "text", "value": {"text": ..., "locale": "en-US"}}}. */
  static Map<String, Object> text(String text) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text", text);
    value.put("locale", LOCALE);
    Map<String, Object> name = new LinkedHashMap<>();
    name.put("@type", "text");
    name.put("value", value);
    return name;
  }

  /** {@code {"friendlyNames": [...]}}. */
  static Map<String, Object> friendlyNames(List<Map<String, Object>> names) {
    return Map.of("friendlyNames", names);
  }

  /** A RangeController preset: {@code {"rangeValue": v, "presetResources": {friendlyNames}}}. */
  static Map<String, Object> preset(Number value, List<Map<String, Object>> names) {
    Map<String, Object> preset = new LinkedHashMap<>();
    preset.put("rangeValue", value);
    preset.put("presetResources", friendlyNames(names));
    return preset;
  }

  /** An {@code ActionsToDirective} semantic: Alexa's action words mapped to one directive. */
  static Map<String, Object> action(
      List<String> actions, String directive, Map<String, Object> payload) {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("@type", "ActionsToDirective");
    mapping.put("actions", new ArrayList<>(actions));
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("name", directive);
    target.put("payload", payload);
    mapping.put("directive", target);
    return mapping;
  }

  /** A {@code StatesToValue} semantic: the state words that mean {@code value}. */
  static Map<String, Object> stateValue(String state, Object value) {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("@type", "StatesToValue");
    mapping.put("states", List.of(state));
    mapping.put("value", value);
    return mapping;
  }

  /** A {@code StatesToRange} semantic: the state word for a range of values. */
  static Map<String, Object> stateRange(String state, Number minimum, Number maximum) {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("@type", "StatesToRange");
    mapping.put("states", List.of(state));
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("minimumValue", minimum);
    range.put("maximumValue", maximum);
    mapping.put("range", range);
    return mapping;
  }

  /** {@code {"actionMappings": [...], "stateMappings": [...]}}, the latter left out when empty. */
  static Map<String, Object> semantics(
      List<Map<String, Object>> actions, List<Map<String, Object>> states) {
    Map<String, Object> semantics = new LinkedHashMap<>();
    semantics.put("actionMappings", actions);
    if (!states.isEmpty()) {
      semantics.put("stateMappings", states);
    }
    return semantics;
  }
}
