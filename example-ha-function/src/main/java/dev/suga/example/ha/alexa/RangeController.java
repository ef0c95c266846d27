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

/**
 * Alexa.RangeController SetRangeValue / AdjustRangeValue ({@link Ranges} has each domain's range):
 *
 * <ul>
 *   <li>cover ({@code Cover.Position}, 0-100 %): {@code cover.set_cover_position};
 *   <li>fan ({@code Fan.Speed}, 0-100 %): {@code fan.set_percentage}, or {@code fan.turn_off} at 0
 *       (and {@code fan.turn_on} for a fan without speeds), as Home Assistant's integration does;
 *   <li>input_number ({@code InputNumber.Value}): {@code input_number.set_value}.
 * </ul>
 *
 * SetRangeValue outside the range is VALUE_OUT_OF_RANGE with the valid range; AdjustRangeValue
 * stops at the range's ends. A default delta ({@code rangeValueDeltaDefault}, "turn up the fan") is
 * one step of the entity: the fan's own step, the helper's {@code step}.
 */
final class RangeController implements Controller {
  static final RangeController INSTANCE = new RangeController();

  private RangeController() {}

  @Override
  public Capability capability() {
    return Capability.RANGE;
  }

  @Override
  public boolean handles(String name) {
    return "SetRangeValue".equals(name) || "AdjustRangeValue".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    String instance = Capability.instance(Capability.RANGE, entity.domain());
    if (!instance.equals(directive.instance())) {
      throw AlexaError.invalidDirective(
          "Unknown RangeController instance"
              + (directive.instance() == null
                  ? ""
                  : " " + Directive.printable(directive.instance()))
              + " for "
              + entity.entityId());
    }
    double minimum = Ranges.minimum(entity);
    double maximum = Ranges.maximum(entity);
    double target;
    if ("SetRangeValue".equals(directive.name())) {
      target = directive.number("rangeValue");
      if (target < minimum || target > maximum) {
        throw AlexaError.valueOutOfRange(
            "Value " + target + " is outside " + minimum + " to " + maximum, minimum, maximum);
      }
    } else {
      double span = maximum - minimum;
      double delta = directive.number("rangeValueDelta");
      if (delta < -span || delta > span) {
        throw AlexaError.valueOutOfRange(
            "Change " + delta + " is outside " + -span + " to " + span, -span, span);
      }
      if (Boolean.TRUE.equals(directive.payload().get("rangeValueDeltaDefault"))) {
        delta = Math.signum(delta) * step(entity);
      }
      target = Math.max(minimum, Math.min(maximum, current(entity) + delta));
    }
    return switch (entity.domain()) {
      case "fan" -> fan(entity, (int) Math.round(target));
      case "input_number" ->
          ServiceCall.of("input_number", "set_value", entity.entityId())
              .with("value", Ranges.plain(target));
      default ->
          ServiceCall.of("cover", "set_cover_position", entity.entityId())
              .with("position", (int) Math.round(target));
    };
  }

  private static ServiceCall fan(Entity fan, int percentage) {
    if (percentage == 0) {
      return ServiceCall.of("fan", "turn_off", fan.entityId());
    }
    if (!Ranges.fanSetsSpeed(fan)) {
      return ServiceCall.of("fan", "turn_on", fan.entityId());
    }
    return ServiceCall.of("fan", "set_percentage", fan.entityId()).with("percentage", percentage);
  }

  /** The value an adjustment starts from: the current one, else the closed or off end. */
  private static double current(Entity entity) {
    Number value = Ranges.value(entity);
    if (value != null) {
      return value.doubleValue();
    }
    if ("cover".equals(entity.domain()) && !"closed".equals(entity.state())) {
      return 100;
    }
    return Ranges.minimum(entity);
  }

  /** One step of a default adjustment. */
  private static double step(Entity entity) {
    return switch (entity.domain()) {
      case "fan" -> Ranges.fanSetsSpeed(entity) ? Ranges.fanStep(entity) : 100;
      case "input_number" -> Ranges.precision(entity);
      default -> Ranges.COVER_STEP;
    };
  }
}
