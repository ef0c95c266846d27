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
 * The ModeController of each domain that has one, in Alexa's terms: its modes, the current one and
 * its discovery document. The instance names: {@link Capability#instance}. A mode's value is a
 * prefix and Home Assistant's own name for it, so that any name Home Assistant uses can be one.
 *
 * <ul>
 *   <li>cover, {@code Cover.Position}: {@value #OPEN} and {@value #CLOSED} (catalogue names "open"
 *       and "close"), with semantics so that "open", "close", "raise" and "lower" work as verbs and
 *       Alexa can say whether it is open. For covers that cannot set a position, and for every
 *       garage door and gate.
 *   <li>fan, {@code Fan.Preset}: {@code Preset.<preset_mode>} for each of {@code preset_modes},
 *       named as Home Assistant names them.
 *   <li>input_select, {@code InputSelect.Option}: {@code Option.<option>} for each of {@code
 *       options}, in their order: the modes are ordered, so "next" and "previous" work
 *       (AdjustMode).
 * </ul>
 */
final class Modes {
  static final String OPEN = "Position.Open";
  static final String CLOSED = "Position.Closed";
  static final String PRESET = "Preset.";
  static final String OPTION = "Option.";

  private Modes() {}

  /** The Home Assistant names of the entity's modes (preset modes, options), in their order. */
  static List<String> names(Entity entity) {
    List<String> names = new ArrayList<>();
    Object list =
        switch (entity.domain()) {
          case "fan" -> entity.list("preset_modes");
          case "input_select" -> entity.list("options");
          default -> List.of("open", "closed");
        };
    for (Object name : (List<?>) list) {
      if (name instanceof String s && !s.isEmpty() && !names.contains(s)) {
        names.add(s);
      }
    }
    return names;
  }

  /** The mode value of a Home Assistant name: {@code Preset.sleep}, {@code Position.Open}. */
  static String value(Entity entity, String name) {
    return switch (entity.domain()) {
      case "fan" -> PRESET + name;
      case "input_select" -> OPTION + name;
      default -> "open".equals(name) ? OPEN : CLOSED;
    };
  }

  /** The entity's mode values, in order. */
  static List<String> values(Entity entity) {
    List<String> values = new ArrayList<>();
    for (String name : names(entity)) {
      values.add(value(entity, name));
    }
    return values;
  }

  /** The Home Assistant name of a mode value of this entity, or null when it has no such mode. */
  static String name(Entity entity, String value) {
    for (String name : names(entity)) {
      if (value(entity, name).equals(value)) {
        return name;
      }
    }
    return null;
  }

  /**
   * The current mode value, or null when Home Assistant does not know it or it is none of the modes
   * (a cover still moving, a fan without a preset).
   */
  static String current(Entity entity) {
    String name =
        switch (entity.domain()) {
          case "fan" -> entity.text("preset_mode");
          case "input_select" -> entity.state();
          default -> entity.stateIn("open", "closed") ? entity.state() : null;
        };
    return name != null && names(entity).contains(name) ? value(entity, name) : null;
  }

  /** Whether "next" and "previous" mean something: an input_select's options have an order. */
  static boolean ordered(Entity entity) {
    return "input_select".equals(entity.domain());
  }

  /** The discovery document of the entity's modes. */
  static Map<String, Object> capability(Entity entity) {
    Map<String, Object> capability = DiscoveryEndpoints.base(Capability.MODE.interfaceName());
    capability.put("instance", Capability.instance(Capability.MODE, entity.domain()));
    capability.put("capabilityResources", Resources.friendlyNames(settingNames(entity.domain())));
    capability.put("properties", DiscoveryEndpoints.properties("mode"));
    List<Map<String, Object>> modes = new ArrayList<>();
    for (String name : names(entity)) {
      Map<String, Object> mode = new LinkedHashMap<>();
      mode.put("value", value(entity, name));
      mode.put("modeResources", Resources.friendlyNames(List.of(modeName(entity, name))));
      modes.add(mode);
    }
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("ordered", ordered(entity));
    configuration.put("supportedModes", modes);
    capability.put("configuration", configuration);
    if (!"fan".equals(entity.domain()) && !"input_select".equals(entity.domain())) {
      capability.put(
          "semantics",
          Resources.semantics(
              List.of(
                  Resources.action(
                      List.of("Alexa.Actions.Close", "Alexa.Actions.Lower"),
                      "SetMode",
                      Map.of("mode", CLOSED)),
                  Resources.action(
                      List.of("Alexa.Actions.Open", "Alexa.Actions.Raise"),
                      "SetMode",
                      Map.of("mode", OPEN))),
              List.of(
                  Resources.stateValue("Alexa.States.Closed", CLOSED),
                  Resources.stateValue("Alexa.States.Open", OPEN))));
    }
    return capability;
  }

  /** What the setting is called: "opening", "preset", "mode"/"option". */
  private static List<Map<String, Object>> settingNames(String domain) {
    return switch (domain) {
      case "fan" -> List.of(Resources.asset("Alexa.Setting.Preset"));
      case "input_select" ->
          List.of(Resources.asset("Alexa.Setting.Mode"), Resources.text("Option"));
      default -> List.of(Resources.asset("Alexa.Setting.Opening"));
    };
  }

  /** What one mode is called: "open"/"close" from the catalogue, else Home Assistant's name. */
  private static Map<String, Object> modeName(Entity entity, String name) {
    if ("fan".equals(entity.domain()) || "input_select".equals(entity.domain())) {
      return Resources.text(name.replace('_', ' '));
    }
    return Resources.asset("open".equals(name) ? "Alexa.Value.Open" : "Alexa.Value.Close");
  }
}
