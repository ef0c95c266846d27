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
 * The RangeController of each domain that has one, in Alexa's terms: its bounds, its current value
 * and its discovery document. The instance names: {@link Capability#instance}.
 *
 * <ul>
 *   <li>cover, {@code Cover.Position}: 0-100 %, step 1, named with the catalogue's "Opening"
 *       setting, presets "maximum"/"open" at 100 and "minimum"/"close" at 0, and semantics so that
 *       "open", "close", "raise" and "lower" work as verbs and Alexa can say whether the cover is
 *       open or closed.
 *   <li>fan, {@code Fan.Speed}: the speed percentage, 0-100 %, step 1; "raise" and "lower" move it
 *       by the fan's own step. A fan that cannot set a speed gets the range too, at 0 or 100 % only
 *       (precision 100): Home Assistant adds it because Alexa otherwise would not turn such a fan
 *       on or off ({@link Capability}).
 *   <li>input_number, {@code InputNumber.Value}: its {@code min}..{@code max} by its {@code step},
 *       presets "minimum" and "maximum", and a unit when Alexa has one for the helper's.
 * </ul>
 */
final class Ranges {
  /** How far "raise" and "lower" move a cover. */
  static final int COVER_STEP = 10;

  /** How far "raise" and "lower" move a fan whose speeds are finer than this. */
  static final int FAN_STEP = 10;

  private Ranges() {}

  static double minimum(Entity entity) {
    if ("input_number".equals(entity.domain())) {
      Double minimum = entity.number("min");
      return minimum == null ? 0 : minimum;
    }
    return 0;
  }

  static double maximum(Entity entity) {
    if ("input_number".equals(entity.domain())) {
      Double maximum = entity.number("max");
      return maximum == null ? 100 : maximum;
    }
    return 100;
  }

  /** The smallest change: an input_number's step, 100 for a fan without speeds, else 1. */
  static double precision(Entity entity) {
    return switch (entity.domain()) {
      case "input_number" -> {
        Double step = entity.number("step");
        yield step == null || step <= 0 ? 1 : step;
      }
      case "fan" -> fanSetsSpeed(entity) ? 1 : 100;
      default -> 1;
    };
  }

  static boolean fanSetsSpeed(Entity fan) {
    return (fan.supportedFeatures() & Capability.FAN_SET_SPEED) != 0;
  }

  /**
   * How far one step of a fan goes: its {@code percentage_step} (33 for a three-speed fan), or
   * {@link #FAN_STEP} when that is finer.
   */
  static int fanStep(Entity fan) {
    Double step = fan.number("percentage_step");
    return step == null || step < FAN_STEP ? FAN_STEP : (int) Math.min(100, Math.round(step));
  }

  /** The current value, or null when Home Assistant does not know it. */
  static Number value(Entity entity) {
    switch (entity.domain()) {
      case "fan":
        if (!entity.stateIn("on", "off")) {
          return null;
        }
        if (!fanSetsSpeed(entity)) {
          return "on".equals(entity.state()) ? 100 : 0;
        }
        if ("off".equals(entity.state())) {
          return 0;
        }
        // Not one conditional expression: "? 0 : (... ? null : int)" is typed int, and unboxing
        // the null of a running fan whose speed Home Assistant does not know threw.
        Double percentage = entity.number("percentage");
        return percentage == null ? null : Controller.clamp((int) Math.round(percentage), 0, 100);
      case "input_number":
        return plain(entity.stateNumber());
      default:
        Double position = entity.number("current_position");
        return position == null ? null : Controller.clamp((int) Math.round(position), 0, 100);
    }
  }

  /** {@code 45.0} as {@code 45}, so that an integral value reads as one. */
  static Number plain(Double value) {
    if (value == null || value != Math.rint(value)) {
      return value;
    }
    if (Math.abs(value) <= Integer.MAX_VALUE) {
      return value.intValue();
    }
    return Math.abs(value) < 1e15 ? (Number) value.longValue() : value;
  }

  /** The Alexa unit of a Home Assistant unit of measurement, or null when Alexa has none. */
  static String unitOf(String unit) {
    if (unit == null) {
      return null;
    }
    return switch (unit) {
      case "%" -> "Alexa.Unit.Percent";
      case "°C" -> "Alexa.Unit.Temperature.Celsius";
      case "°F" -> "Alexa.Unit.Temperature.Fahrenheit";
      default -> null;
    };
  }

  /** The discovery document of the entity's range. */
  static Map<String, Object> capability(Entity entity) {
    return switch (entity.domain()) {
      case "fan" -> fan(entity);
      case "input_number" -> inputNumber(entity);
      default -> cover();
    };
  }

  private static Map<String, Object> cover() {
    Map<String, Object> capability =
        document(
            Capability.COVER_POSITION,
            List.of(Resources.asset("Alexa.Setting.Opening")),
            0,
            100,
            1);
    Map<String, Object> configuration = configuration(capability);
    configuration.put("unitOfMeasure", "Alexa.Unit.Percent");
    configuration.put(
        "presets",
        List.of(
            Resources.preset(
                100,
                List.of(
                    Resources.asset("Alexa.Value.Maximum"), Resources.asset("Alexa.Value.Open"))),
            Resources.preset(
                0,
                List.of(
                    Resources.asset("Alexa.Value.Minimum"),
                    Resources.asset("Alexa.Value.Close")))));
    capability.put(
        "semantics",
        Resources.semantics(
            List.of(
                Resources.action(
                    List.of("Alexa.Actions.Close"), "SetRangeValue", Map.of("rangeValue", 0)),
                Resources.action(
                    List.of("Alexa.Actions.Open"), "SetRangeValue", Map.of("rangeValue", 100)),
                Resources.action(
                    List.of("Alexa.Actions.Lower"), "AdjustRangeValue", adjust(-COVER_STEP)),
                Resources.action(
                    List.of("Alexa.Actions.Raise"), "AdjustRangeValue", adjust(COVER_STEP))),
            List.of(
                Resources.stateValue("Alexa.States.Closed", 0),
                Resources.stateRange("Alexa.States.Open", 1, 100))));
    return capability;
  }

  private static Map<String, Object> fan(Entity fan) {
    boolean speeds = fanSetsSpeed(fan);
    Map<String, Object> capability =
        document(
            Capability.FAN_SPEED,
            List.of(Resources.asset("Alexa.Setting.FanSpeed"), Resources.text("Speed")),
            0,
            100,
            speeds ? 1 : 100);
    configuration(capability).put("unitOfMeasure", "Alexa.Unit.Percent");
    if (speeds) {
      int step = fanStep(fan);
      capability.put(
          "semantics",
          Resources.semantics(
              List.of(
                  Resources.action(
                      List.of("Alexa.Actions.Lower"), "AdjustRangeValue", adjust(-step)),
                  Resources.action(
                      List.of("Alexa.Actions.Raise"), "AdjustRangeValue", adjust(step))),
              List.of()));
    }
    return capability;
  }

  private static Map<String, Object> inputNumber(Entity number) {
    double minimum = minimum(number);
    double maximum = maximum(number);
    Map<String, Object> capability =
        document(
            Capability.INPUT_NUMBER_VALUE,
            List.of(Resources.text("Value")),
            minimum,
            maximum,
            precision(number));
    Map<String, Object> configuration = configuration(capability);
    String unit = unitOf(number.text("unit_of_measurement"));
    if (unit != null) {
      configuration.put("unitOfMeasure", unit);
    }
    List<Map<String, Object>> presets = new ArrayList<>();
    presets.add(Resources.preset(plain(minimum), List.of(Resources.asset("Alexa.Value.Minimum"))));
    if (maximum > minimum) {
      presets.add(
          Resources.preset(plain(maximum), List.of(Resources.asset("Alexa.Value.Maximum"))));
    }
    configuration.put("presets", presets);
    return capability;
  }

  /** type, interface, version, instance, names, properties and the supported range. */
  private static Map<String, Object> document(
      String instance,
      List<Map<String, Object>> names,
      double minimum,
      double maximum,
      double precision) {
    Map<String, Object> capability = DiscoveryEndpoints.base(Capability.RANGE.interfaceName());
    capability.put("instance", instance);
    capability.put("capabilityResources", Resources.friendlyNames(names));
    capability.put("properties", DiscoveryEndpoints.properties("rangeValue"));
    Map<String, Object> range = new LinkedHashMap<>();
    range.put("minimumValue", plain(minimum));
    range.put("maximumValue", plain(maximum));
    range.put("precision", plain(precision));
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("supportedRange", range);
    capability.put("configuration", configuration);
    return capability;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> configuration(Map<String, Object> capability) {
    return (Map<String, Object>) capability.get("configuration");
  }

  private static Map<String, Object> adjust(int delta) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("rangeValueDelta", delta);
    payload.put("rangeValueDeltaDefault", false);
    return payload;
  }
}
