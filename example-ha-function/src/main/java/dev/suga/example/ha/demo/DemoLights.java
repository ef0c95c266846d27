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
package dev.suga.example.ha.demo;

import java.util.List;

/**
 * {@code light.turn_on|turn_off|toggle} with Home Assistant's semantics: brightness 0-255, {@code
 * brightness_pct}, {@code brightness_step(_pct)}, {@code color_temp_kelvin} (clamped to the light's
 * range), {@code hs_color}; a brightness of 0 turns the light off; an off light reports its
 * brightness and colour attributes as null and gets them back when turned on.
 */
final class DemoLights {
  private static final String[] REMEMBERED = {
    "brightness", "color_mode", "color_temp_kelvin", "color_temp", "hs_color"
  };

  private DemoLights() {}

  static void run(ServiceCall call) {
    switch (call.service) {
      case "turn_on", "turn_off", "toggle" -> {
        validate(call);
        for (DemoEntity light : call.targets("light")) {
          if (DemoServices.desired(call.service, light)) {
            turnOn(call, light);
          } else {
            turnOff(call, light);
          }
        }
      }
      default -> throw DemoServices.notFound(call);
    }
  }

  /** Rejects bad data before any light changes, as Home Assistant's service schema does. */
  private static void validate(ServiceCall call) {
    call.number("brightness", 0, 255);
    call.number("brightness_pct", 0, 100);
    call.number("brightness_step", -255, 255);
    call.number("brightness_step_pct", -100, 100);
    call.number("color_temp_kelvin", 1, 1_000_000);
    hs(call);
  }

  private static List<Double> hs(ServiceCall call) {
    Object value = call.data.get("hs_color");
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list
        && list.size() == 2
        && list.get(0) instanceof Number h
        && list.get(1) instanceof Number s
        && h.doubleValue() >= 0
        && h.doubleValue() <= 360
        && s.doubleValue() >= 0
        && s.doubleValue() <= 100) {
      return List.of(h.doubleValue(), s.doubleValue());
    }
    throw ServiceCall.invalid("hs_color", value);
  }

  static void turnOn(ServiceCall call, DemoEntity light) {
    validate(call);
    call.edit(light);
    List<?> modes =
        light.attributes.get("supported_color_modes") instanceof List<?> list
            ? list
            : List.of("onoff");
    boolean dimmable = !modes.equals(List.of("onoff"));
    long current =
        light.attributes.get("brightness") instanceof Number n
            ? n.longValue()
            : light.memory.get("brightness") instanceof Number remembered
                ? remembered.longValue()
                : 255L;
    long target = current;
    Double brightness = call.number("brightness");
    Double pct = call.number("brightness_pct");
    Double step = call.number("brightness_step");
    Double stepPct = call.number("brightness_step_pct");
    if (brightness != null) {
      target = Math.round(brightness);
    } else if (pct != null) {
      target = Math.round(pct * 255 / 100);
    } else if (step != null) {
      target = clamp(current + Math.round(step), 0, 255);
    } else if (stepPct != null) {
      target = clamp(current + Math.round(stepPct * 255 / 100), 0, 255);
    }
    if (target == 0 && dimmable) {
      turnOff(call, light);
      return;
    }
    light.state = "on";
    if (!dimmable) {
      light.attributes.put("color_mode", "onoff");
      return;
    }
    light.restore(REMEMBERED);
    light.attributes.put("brightness", target);
    if (light.attributes.get("color_mode") == null) {
      light.attributes.put(
          "color_mode", modes.contains("color_temp") ? "color_temp" : String.valueOf(modes.get(0)));
    }
    List<Double> hs = hs(call);
    Double kelvin = call.number("color_temp_kelvin");
    if (hs != null && modes.contains("hs")) {
      light.attributes.put("color_mode", "hs");
      light.attributes.put("hs_color", hs);
      light.attributes.put("color_temp_kelvin", null);
      light.attributes.put("color_temp", null);
    } else if (kelvin != null && modes.contains("color_temp")) {
      long min =
          light.attributes.get("min_color_temp_kelvin") instanceof Number n ? n.longValue() : 2000;
      long max =
          light.attributes.get("max_color_temp_kelvin") instanceof Number n ? n.longValue() : 6500;
      long k = clamp(Math.round(kelvin), min, max);
      light.attributes.put("color_mode", "color_temp");
      light.attributes.put("color_temp_kelvin", k);
      light.attributes.put("color_temp", Math.round(1_000_000.0 / k));
    }
  }

  static void turnOff(ServiceCall call, DemoEntity light) {
    call.edit(light).state = "off";
    light.stashAsNull(REMEMBERED);
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }
}
