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
import java.util.List;
import java.util.Map;

/**
 * The RangeController capability document of a cover's position ({@code Cover.Position}, 0-100 %,
 * step 1): named with the catalogue's "Opening" setting, presets "maximum"/"open" at 100 and
 * "minimum"/"close" at 0, and semantics so that "open", "close", "raise" and "lower" work as verbs
 * and Alexa can say whether the cover is open or closed.
 */
final class CoverPosition {
  /** How far "raise" and "lower" move a cover. */
  static final int STEP = 10;

  private CoverPosition() {}

  static Map<String, Object> capability() {
    Map<String, Object> capability = DiscoveryEndpoints.base(Capability.RANGE.interfaceName());
    capability.put("instance", Capability.COVER_POSITION);
    capability.put(
        "capabilityResources", Map.of("friendlyNames", List.of(asset("Alexa.Setting.Opening"))));
    capability.put("properties", DiscoveryEndpoints.properties("rangeValue"));

    Map<String, Object> range = new LinkedHashMap<>();
    range.put("minimumValue", 0);
    range.put("maximumValue", 100);
    range.put("precision", 1);
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("supportedRange", range);
    configuration.put("unitOfMeasure", "Alexa.Unit.Percent");
    configuration.put(
        "presets",
        List.of(
            preset(100, "Alexa.Value.Maximum", "Alexa.Value.Open"),
            preset(0, "Alexa.Value.Minimum", "Alexa.Value.Close")));
    capability.put("configuration", configuration);

    Map<String, Object> semantics = new LinkedHashMap<>();
    semantics.put(
        "actionMappings",
        List.of(
            action("Alexa.Actions.Close", "SetRangeValue", Map.of("rangeValue", 0)),
            action("Alexa.Actions.Open", "SetRangeValue", Map.of("rangeValue", 100)),
            action("Alexa.Actions.Lower", "AdjustRangeValue", adjust(-STEP)),
            action("Alexa.Actions.Raise", "AdjustRangeValue", adjust(STEP))));
    Map<String, Object> closed = new LinkedHashMap<>();
    closed.put("@type", "StatesToValue");
    closed.put("states", List.of("Alexa.States.Closed"));
    closed.put("value", 0);
    Map<String, Object> open = new LinkedHashMap<>();
    open.put("@type", "StatesToRange");
    open.put("states", List.of("Alexa.States.Open"));
    open.put("range", Map.of("minimumValue", 1, "maximumValue", 100));
    semantics.put("stateMappings", List.of(closed, open));
    capability.put("semantics", semantics);
    return capability;
  }

  private static Map<String, Object> asset(String assetId) {
    Map<String, Object> name = new LinkedHashMap<>();
    name.put("@type", "asset");
    name.put("value", Map.of("assetId", assetId));
    return name;
  }

  private static Map<String, Object> preset(int value, String... assetIds) {
    Map<String, Object> preset = new LinkedHashMap<>();
    preset.put("rangeValue", value);
    preset.put(
        "presetResources",
        Map.of("friendlyNames", List.of(asset(assetIds[0]), asset(assetIds[1]))));
    return preset;
  }

  private static Map<String, Object> adjust(int delta) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("rangeValueDelta", delta);
    payload.put("rangeValueDeltaDefault", false);
    return payload;
  }

  private static Map<String, Object> action(
      String action, String directive, Map<String, Object> payload) {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("@type", "ActionsToDirective");
    mapping.put("actions", List.of(action));
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("name", directive);
    target.put("payload", payload);
    mapping.put("directive", target);
    return mapping;
  }
}
