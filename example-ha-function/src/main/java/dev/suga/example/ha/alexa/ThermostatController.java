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

import dev.suga.example.ha.json.JsonMaps;

/**
 * Alexa.ThermostatController on climate entities.
 *
 * <ul>
 *   <li>SetTargetTemperature: {@code targetSetpoint} -> {@code temperature}; {@code lowerSetpoint}
 *       / {@code upperSetpoint} -> {@code target_temp_low} / {@code target_temp_high} (dual and
 *       triple setpoints; the target of a triple request is dropped when the entity only has a
 *       range); all via {@code climate.set_temperature}, converted to the entity's scale and
 *       checked against its {@code min_temp}..{@code max_temp}.
 *   <li>AdjustTargetTemperature: the delta added to the target (or to both ends of the range).
 *   <li>SetThermostatMode: {@code climate.set_hvac_mode} (HEAT, COOL, AUTO, OFF) or {@code
 *       climate.set_preset_mode} eco (ECO); a mode the entity lacks is UNSUPPORTED_THERMOSTAT_MODE.
 * </ul>
 */
final class ThermostatController implements Controller {
  static final ThermostatController INSTANCE = new ThermostatController();

  /** Smallest distance between lower and upper setpoints, in the entity's scale. */
  static final double MINIMUM_SETPOINT_DELTA = 1;

  private ThermostatController() {}

  @Override
  public Capability capability() {
    return Capability.THERMOSTAT;
  }

  @Override
  public boolean handles(String name) {
    return "SetTargetTemperature".equals(name)
        || "AdjustTargetTemperature".equals(name)
        || "SetThermostatMode".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    return switch (directive.name()) {
      case "SetTargetTemperature" -> setTarget(directive, entity);
      case "AdjustTargetTemperature" -> adjustTarget(directive, entity);
      default -> setMode(directive, entity);
    };
  }

  private static ServiceCall setTarget(Directive directive, Entity entity) {
    String scale = Climate.scale(entity);
    Double target = setpoint(directive, "targetSetpoint", scale);
    Double lower = setpoint(directive, "lowerSetpoint", scale);
    Double upper = setpoint(directive, "upperSetpoint", scale);
    if (target == null && lower == null && upper == null) {
      throw AlexaError.invalidDirective(
          "SetTargetTemperature needs targetSetpoint, or lowerSetpoint and upperSetpoint");
    }
    if ((lower == null) != (upper == null)) {
      throw AlexaError.invalidDirective(
          "SetTargetTemperature needs both lowerSetpoint and upperSetpoint");
    }
    ServiceCall call = ServiceCall.of("climate", "set_temperature", entity.entityId());
    if (lower != null) {
      if (!Climate.rangeSetpoints(entity)) {
        throw AlexaError.of(
            target != null
                ? AlexaErrorType.TRIPLE_SETPOINTS_UNSUPPORTED
                : AlexaErrorType.DUAL_SETPOINTS_UNSUPPORTED,
            entity.entityId() + " has a single setpoint");
      }
      checkRange(entity, scale, lower);
      checkRange(entity, scale, upper);
      if (upper - lower < MINIMUM_SETPOINT_DELTA) {
        throw AlexaError.setpointsTooClose(
            "The lower and upper setpoints are too close", MINIMUM_SETPOINT_DELTA, scale);
      }
    }
    if (target != null && Climate.singleSetpoint(entity)) {
      checkRange(entity, scale, target);
      call = call.with("temperature", target);
    } else if (target != null && lower == null) {
      throw AlexaError.of(
          AlexaErrorType.UNWILLING_TO_SET_VALUE,
          entity.entityId() + " takes a lower and an upper setpoint");
    }
    if (lower != null) {
      call = call.with("target_temp_low", lower).with("target_temp_high", upper);
    }
    return call;
  }

  private static ServiceCall adjustTarget(Directive directive, Entity entity) {
    String scale = Climate.scale(entity);
    double delta = directive.number("targetSetpointDelta", "value");
    String deltaScale = scaleOf(directive, "targetSetpointDelta");
    double change = Temperatures.convertDelta(delta, deltaScale, scale);
    ServiceCall call = ServiceCall.of("climate", "set_temperature", entity.entityId());
    Double current = entity.number("temperature");
    if (Climate.singleSetpoint(entity) && current != null) {
      double target = Temperatures.round(current + change, 10);
      checkRange(entity, scale, target);
      return call.with("temperature", target);
    }
    Double low = entity.number("target_temp_low");
    Double high = entity.number("target_temp_high");
    if (Climate.rangeSetpoints(entity) && low != null && high != null) {
      double newLow = Temperatures.round(low + change, 10);
      double newHigh = Temperatures.round(high + change, 10);
      checkRange(entity, scale, newLow);
      checkRange(entity, scale, newHigh);
      return call.with("target_temp_low", newLow).with("target_temp_high", newHigh);
    }
    throw AlexaError.of(
        AlexaErrorType.UNWILLING_TO_SET_VALUE,
        entity.entityId() + " reports no setpoint to adjust");
  }

  private static ServiceCall setMode(Directive directive, Entity entity) {
    String mode = directive.text("thermostatMode", "value");
    if ("ECO".equals(mode)) {
      if (!Climate.supportsEco(entity)) {
        throw AlexaError.of(
            AlexaErrorType.UNSUPPORTED_THERMOSTAT_MODE, entity.entityId() + " has no eco preset");
      }
      return ServiceCall.of("climate", "set_preset_mode", entity.entityId())
          .with("preset_mode", "eco");
    }
    String hvac = Climate.hvacMode(entity, mode);
    if (hvac == null) {
      throw AlexaError.of(
          AlexaErrorType.UNSUPPORTED_THERMOSTAT_MODE,
          entity.entityId() + " does not support thermostat mode " + Directive.printable(mode));
    }
    return ServiceCall.of("climate", "set_hvac_mode", entity.entityId()).with("hvac_mode", hvac);
  }

  /** A setpoint of the payload in the entity's scale (0.1 precision), or null when absent. */
  private static Double setpoint(Directive directive, String field, String entityScale) {
    if (JsonMaps.at(directive.payload(), field) == null) {
      return null;
    }
    double value = directive.number(field, "value");
    return Temperatures.round(
        Temperatures.convert(value, scaleOf(directive, field), entityScale), 10);
  }

  private static String scaleOf(Directive directive, String field) {
    String scale = JsonMaps.string(directive.payload(), field, "scale");
    if (!Temperatures.known(scale)) {
      throw AlexaError.invalidDirective(
          "payload." + field + ".scale must be CELSIUS, FAHRENHEIT or KELVIN");
    }
    return scale;
  }

  private static void checkRange(Entity entity, String scale, double value) {
    double minimum = Climate.minimum(entity);
    double maximum = Climate.maximum(entity);
    if (value < minimum || value > maximum) {
      throw AlexaError.temperatureOutOfRange(
          "The requested temperature of " + value + " is out of range", minimum, maximum, scale);
    }
  }
}
