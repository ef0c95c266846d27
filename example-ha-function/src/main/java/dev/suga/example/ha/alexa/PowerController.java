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
 * Alexa.PowerController TurnOn / TurnOff: {@code <domain>.turn_on|turn_off}; covers open and close;
 * groups use {@code homeassistant.turn_on|turn_off} (the group domain has no such service). A
 * thermostat without the {@code TURN_ON}/{@code TURN_OFF} services changes its HVAC mode instead
 * (to {@code off}, or to the mode {@link Climate#onMode} picks); a media player that cannot power
 * itself plays and stops, as in Home Assistant's integration. Which entities get the interface at
 * all: {@link Capability}.
 */
final class PowerController implements Controller {
  static final PowerController INSTANCE = new PowerController();

  private PowerController() {}

  @Override
  public Capability capability() {
    return Capability.POWER;
  }

  @Override
  public boolean handles(String name) {
    return "TurnOn".equals(name) || "TurnOff".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    boolean on = "TurnOn".equals(directive.name());
    return switch (entity.domain()) {
      case "cover" -> ServiceCall.of("cover", on ? "open_cover" : "close_cover", entity.entityId());
      case "group" ->
          ServiceCall.of("homeassistant", on ? "turn_on" : "turn_off", entity.entityId());
      case "climate" -> climate(entity, on);
      case "media_player" ->
          Capability.mediaPlayerPowers(entity)
              ? ServiceCall.of("media_player", on ? "turn_on" : "turn_off", entity.entityId())
              : ServiceCall.of("media_player", on ? "media_play" : "media_stop", entity.entityId());
      default -> ServiceCall.of(entity.domain(), on ? "turn_on" : "turn_off", entity.entityId());
    };
  }

  private static ServiceCall climate(Entity entity, boolean on) {
    if (Capability.climateHasPowerServices(entity)) {
      return ServiceCall.of("climate", on ? "turn_on" : "turn_off", entity.entityId());
    }
    String mode = on ? Climate.onMode(entity) : "off";
    if (mode == null) {
      throw AlexaError.of(
          AlexaErrorType.INVALID_VALUE, entity.entityId() + " has no HVAC mode to turn on to");
    }
    return ServiceCall.of("climate", "set_hvac_mode", entity.entityId()).with("hvac_mode", mode);
  }
}
