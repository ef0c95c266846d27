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
 * Alexa.BrightnessController SetBrightness (0-100) / AdjustBrightness (delta -100..100, from the
 * light's current brightness): {@code light.turn_on} with {@code brightness_pct}, or {@code
 * light.turn_off} at 0.
 */
final class BrightnessController implements Controller {
  static final BrightnessController INSTANCE = new BrightnessController();

  private BrightnessController() {}

  @Override
  public Capability capability() {
    return Capability.BRIGHTNESS;
  }

  @Override
  public boolean handles(String name) {
    return "SetBrightness".equals(name) || "AdjustBrightness".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    int target;
    if ("SetBrightness".equals(directive.name())) {
      double brightness = directive.number("brightness");
      if (brightness < 0 || brightness > 100) {
        throw AlexaError.valueOutOfRange(
            "Brightness " + brightness + " is outside 0 to 100", 0, 100);
      }
      target = (int) Math.round(brightness);
    } else {
      double delta = directive.number("brightnessDelta");
      if (delta < -100 || delta > 100) {
        throw AlexaError.valueOutOfRange(
            "Brightness change " + delta + " is outside -100 to 100", -100, 100);
      }
      target = Controller.clamp((int) Math.round(Lights.brightnessPercent(entity) + delta), 0, 100);
    }
    if (target == 0) {
      return ServiceCall.of("light", "turn_off", entity.entityId());
    }
    return ServiceCall.of("light", "turn_on", entity.entityId()).with("brightness_pct", target);
  }
}
