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
 * Alexa.RangeController for a cover's position (instance {@code Cover.Position}, 0-100 %):
 * SetRangeValue / AdjustRangeValue -> {@code cover.set_cover_position}.
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
    if (!Capability.COVER_POSITION.equals(directive.instance())) {
      throw AlexaError.invalidDirective(
          "Unknown RangeController instance"
              + (directive.instance() == null
                  ? ""
                  : " " + Directive.printable(directive.instance())));
    }
    int target;
    if ("SetRangeValue".equals(directive.name())) {
      double value = directive.number("rangeValue");
      if (value < 0 || value > 100) {
        throw AlexaError.valueOutOfRange("Position " + value + " is outside 0 to 100", 0, 100);
      }
      target = (int) Math.round(value);
    } else {
      double delta = directive.number("rangeValueDelta");
      if (delta < -100 || delta > 100) {
        throw AlexaError.valueOutOfRange(
            "Position change " + delta + " is outside -100 to 100", -100, 100);
      }
      Double current = entity.number("current_position");
      double base = current != null ? current : "closed".equals(entity.state()) ? 0 : 100;
      target = Controller.clamp((int) Math.round(base + delta), 0, 100);
    }
    return ServiceCall.of("cover", "set_cover_position", entity.entityId())
        .with("position", target);
  }
}
