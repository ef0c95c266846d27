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

/** Light attributes in Alexa units: brightness percent, hue/saturation/brightness, Kelvin. */
final class Lights {
  /** Alexa's color temperature range. */
  static final int ALEXA_MIN_KELVIN = 1000, ALEXA_MAX_KELVIN = 10000;

  /** When a light names no limits: a common white range. */
  static final int DEFAULT_MIN_KELVIN = 2000, DEFAULT_MAX_KELVIN = 6500;

  /** Increase/DecreaseColorTemperature step, as Home Assistant's own Alexa integration uses. */
  static final int KELVIN_STEP = 500;

  private Lights() {}

  /** Brightness 0-100 (0 when off or unknown). */
  static int brightnessPercent(Entity light) {
    Double brightness = light.number("brightness");
    if (!"on".equals(light.state()) || brightness == null) {
      return 0;
    }
    return Controller.clamp((int) Math.round(brightness * 100 / 255), 0, 100);
  }

  /**
   * The Alexa color {hue, saturation, brightness}; hue/saturation 0 when Home Assistant reports
   * none.
   */
  static Map<String, Object> color(Entity light) {
    double hue = 0, saturation = 0;
    List<?> hs = light.list("hs_color");
    if (hs.size() == 2 && hs.get(0) instanceof Number h && hs.get(1) instanceof Number s) {
      hue = Math.max(0, Math.min(360, h.doubleValue()));
      saturation = Math.max(0, Math.min(1, s.doubleValue() / 100));
    }
    Map<String, Object> color = new LinkedHashMap<>();
    color.put("hue", Temperatures.round(hue, 100));
    color.put("saturation", Temperatures.round(saturation, 10_000));
    color.put("brightness", Temperatures.round(brightnessPercent(light) / 100.0, 10_000));
    return color;
  }

  /**
   * The current color temperature in Kelvin (from {@code color_temp_kelvin} or mireds), or null.
   */
  static Integer kelvin(Entity light) {
    Double kelvin = light.number("color_temp_kelvin");
    if (kelvin == null) {
      Double mireds = light.number("color_temp");
      if (mireds != null && mireds > 0) {
        kelvin = 1_000_000 / mireds;
      }
    }
    return kelvin == null
        ? null
        : Controller.clamp((int) Math.round(kelvin), ALEXA_MIN_KELVIN, ALEXA_MAX_KELVIN);
  }

  static int minKelvin(Entity light) {
    Double kelvin = light.number("min_color_temp_kelvin");
    if (kelvin == null) {
      Double maxMireds = light.number("max_mireds");
      kelvin = maxMireds != null && maxMireds > 0 ? 1_000_000 / maxMireds : null;
    }
    return kelvin == null ? DEFAULT_MIN_KELVIN : (int) Math.round(kelvin);
  }

  static int maxKelvin(Entity light) {
    Double kelvin = light.number("max_color_temp_kelvin");
    if (kelvin == null) {
      Double minMireds = light.number("min_mireds");
      kelvin = minMireds != null && minMireds > 0 ? 1_000_000 / minMireds : null;
    }
    return kelvin == null ? DEFAULT_MAX_KELVIN : (int) Math.round(kelvin);
  }
}
