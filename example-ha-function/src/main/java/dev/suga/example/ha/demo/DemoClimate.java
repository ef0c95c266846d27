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
 * {@code climate.set_temperature} (single {@code temperature} or a {@code target_temp_low} / {@code
 * target_temp_high} range, optionally with {@code hvac_mode}), {@code set_hvac_mode}, {@code
 * turn_on} and {@code turn_off} (for thermostats with those features). Like Home Assistant since
 * 2024.x, a temperature outside the thermostat's {@code min_temp}..{@code max_temp} or an hvac mode
 * it does not list is a 400. In {@code heat_cool} the single target is null and the range is set,
 * and the other way round.
 */
final class DemoClimate {
  /** {@code ClimateEntityFeature} bits. */
  private static final long TURN_OFF = 128, TURN_ON = 256;

  private DemoClimate() {}

  static void run(ServiceCall call) {
    for (DemoEntity climate : checkedTargets(call)) {
      switch (call.service) {
        case "set_temperature" -> setTemperature(call, climate);
        case "set_hvac_mode" -> setMode(climate, call.requiredString("hvac_mode"));
        case "turn_on", "turn_off", "toggle" -> {
          call.requireFeature(climate, "turn_off".equals(call.service) ? TURN_OFF : TURN_ON);
          boolean on = DemoServices.desired(call.service, climate);
          setMode(
              climate,
              on ? String.valueOf(climate.memory.getOrDefault("hvac_mode", "heat")) : "off");
        }
        default -> throw DemoServices.notFound(call);
      }
    }
  }

  /** Validates every target before any changes, so that a 400 leaves the home unchanged. */
  private static List<DemoEntity> checkedTargets(ServiceCall call) {
    if (!List.of("set_temperature", "set_hvac_mode", "turn_on", "turn_off", "toggle")
        .contains(call.service)) {
      throw DemoServices.notFound(call);
    }
    List<DemoEntity> targets = call.targets("climate");
    for (DemoEntity climate : targets) {
      call.edit(climate);
      if ("set_temperature".equals(call.service)) {
        checkTemperature(call, climate, "temperature");
        checkTemperature(call, climate, "target_temp_low");
        checkTemperature(call, climate, "target_temp_high");
        Double low = call.number("target_temp_low");
        Double high = call.number("target_temp_high");
        if ((low == null) != (high == null)) {
          throw new DemoBadRequest("target_temp_low and target_temp_high must be given together");
        }
        if (low != null && low > high) {
          throw new DemoBadRequest(
              "Target temperature low can not be higher than Target temperature high.");
        }
        if (call.number("temperature") == null && low == null) {
          throw new DemoBadRequest(
              "must contain at least one of temperature, target_temp_high, target_temp_low.");
        }
      }
      Object mode = call.data.get("hvac_mode");
      if (mode != null && !modes(climate).contains(mode)) {
        throw new DemoBadRequest(
            "HVAC mode "
                + mode
                + " is not valid. Valid HVAC modes are: "
                + String.join(", ", modes(climate).stream().map(String::valueOf).toList())
                + ".");
      }
    }
    return targets;
  }

  private static void checkTemperature(ServiceCall call, DemoEntity climate, String key) {
    Double value = call.number(key);
    double min = climate.attributes.get("min_temp") instanceof Number n ? n.doubleValue() : 7;
    double max = climate.attributes.get("max_temp") instanceof Number n ? n.doubleValue() : 35;
    if (value != null && (value < min || value > max)) {
      throw new DemoBadRequest(
          "Provided temperature "
              + value
              + " is not valid. Accepted range is "
              + min
              + " to "
              + max
              + ".");
    }
  }

  private static List<?> modes(DemoEntity climate) {
    return climate.attributes.get("hvac_modes") instanceof List<?> list ? list : List.of();
  }

  private static void setTemperature(ServiceCall call, DemoEntity climate) {
    if (call.data.get("hvac_mode") instanceof String mode) {
      setMode(climate, mode);
    }
    Double temperature = call.number("temperature");
    if (temperature != null) {
      climate.attributes.put("temperature", temperature);
    }
    Double low = call.number("target_temp_low");
    if (low != null) {
      climate.attributes.put("target_temp_low", low);
      climate.attributes.put("target_temp_high", call.number("target_temp_high"));
    }
    updateAction(climate);
  }

  private static void setMode(DemoEntity climate, String mode) {
    if (!modes(climate).contains(mode)) {
      throw new DemoBadRequest("HVAC mode " + mode + " is not valid.");
    }
    if (!"off".equals(climate.state)) {
      climate.memory.put("hvac_mode", climate.state);
    }
    climate.state = mode;
    if ("heat_cool".equals(mode)) {
      climate.stashAsNull("temperature");
      climate.restore("target_temp_low", "target_temp_high");
    } else if (!"off".equals(mode)) {
      climate.stashAsNull("target_temp_low", "target_temp_high");
      climate.restore("temperature");
    }
    updateAction(climate);
  }

  private static void updateAction(DemoEntity climate) {
    double current =
        climate.attributes.get("current_temperature") instanceof Number n ? n.doubleValue() : 20;
    double target =
        climate.attributes.get("temperature") instanceof Number n ? n.doubleValue() : current;
    String action =
        switch (climate.state) {
          case "off" -> "off";
          case "heat" -> current < target ? "heating" : "idle";
          case "cool" -> current > target ? "cooling" : "idle";
          default -> "idle";
        };
    climate.attributes.put("hvac_action", action);
  }
}
