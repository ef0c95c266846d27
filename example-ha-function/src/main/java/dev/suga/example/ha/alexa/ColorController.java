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

import java.util.List;

/**
 * Alexa.ColorController SetColor: hue 0-360, saturation 0-1, brightness 0-1 -> {@code
 * light.turn_on} with {@code hs_color} [hue, saturation %] and {@code brightness_pct}.
 */
final class ColorController implements Controller {
  static final ColorController INSTANCE = new ColorController();

  private ColorController() {}

  @Override
  public Capability capability() {
    return Capability.COLOR;
  }

  @Override
  public boolean handles(String name) {
    return "SetColor".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    double hue = directive.number("color", "hue");
    double saturation = directive.number("color", "saturation");
    double brightness = directive.number("color", "brightness");
    if (hue < 0 || hue > 360) {
      throw AlexaError.valueOutOfRange("Hue " + hue + " is outside 0 to 360", 0, 360);
    }
    if (saturation < 0 || saturation > 1) {
      throw AlexaError.valueOutOfRange("Saturation " + saturation + " is outside 0 to 1", 0, 1);
    }
    if (brightness < 0 || brightness > 1) {
      throw AlexaError.valueOutOfRange("Brightness " + brightness + " is outside 0 to 1", 0, 1);
    }
    return ServiceCall.of("light", "turn_on", entity.entityId())
        // Only the colour: Alexa sends brightness 1.0 with nearly every SetColor, and applying it
        // would jump a dimmed light to full (Home Assistant's own Alexa handler ignores it too).
        .with(
            "hs_color",
            List.of(Temperatures.round(hue, 100), Temperatures.round(saturation * 100, 100)));
  }
}
