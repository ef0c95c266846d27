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
 * Alexa.ColorTemperatureController SetColorTemperature (1000-10000 K; a value the bulb cannot reach
 * is clamped to the bulb's range, as Home Assistant would) and Increase / Decrease (500 K cooler /
 * warmer): {@code light.turn_on} with {@code color_temp_kelvin}.
 */
final class ColorTemperatureController implements Controller {
  static final ColorTemperatureController INSTANCE = new ColorTemperatureController();

  private ColorTemperatureController() {}

  @Override
  public Capability capability() {
    return Capability.COLOR_TEMPERATURE;
  }

  @Override
  public boolean handles(String name) {
    return "SetColorTemperature".equals(name)
        || "IncreaseColorTemperature".equals(name)
        || "DecreaseColorTemperature".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    int minimum = Lights.minKelvin(entity);
    int maximum = Math.max(minimum, Lights.maxKelvin(entity));
    int target;
    if ("SetColorTemperature".equals(directive.name())) {
      double kelvin = directive.number("colorTemperatureInKelvin");
      if (kelvin < Lights.ALEXA_MIN_KELVIN || kelvin > Lights.ALEXA_MAX_KELVIN) {
        throw AlexaError.valueOutOfRange(
            "Color temperature " + kelvin + " K is outside 1000 to 10000 K",
            Lights.ALEXA_MIN_KELVIN,
            Lights.ALEXA_MAX_KELVIN);
      }
      target = (int) Math.round(kelvin);
    } else {
      Integer current = Lights.kelvin(entity);
      int base = current != null ? current : (minimum + maximum) / 2;
      int step =
          "IncreaseColorTemperature".equals(directive.name())
              ? Lights.KELVIN_STEP
              : -Lights.KELVIN_STEP;
      target = base + step;
    }
    return ServiceCall.of("light", "turn_on", entity.entityId())
        .with("color_temp_kelvin", Controller.clamp(target, minimum, maximum));
  }
}
