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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alexa.ModeController SetMode / AdjustMode ({@link Modes} has the modes of each domain):
 *
 * <ul>
 *   <li>cover: {@code Position.Open} -> {@code cover.open_cover}, {@code Position.Closed} -> {@code
 *       cover.close_cover};
 *   <li>fan: {@code Preset.<p>} -> {@code fan.set_preset_mode} with {@code preset_mode};
 *   <li>input_select: {@code Option.<o>} -> {@code input_select.select_option} with {@code option};
 *       AdjustMode moves through the options in their order, stopping at the first and the last.
 * </ul>
 *
 * A mode the entity does not have is INVALID_VALUE; AdjustMode on unordered modes (covers, fan
 * presets), an instance that is not the entity's, is INVALID_DIRECTIVE, as in Home Assistant's
 * integration. While a cover is still moving the answer reports the mode asked for, as {@link
 * LockController} does for a lock.
 */
final class ModeController implements Controller {
  static final ModeController INSTANCE = new ModeController();

  private ModeController() {}

  @Override
  public Capability capability() {
    return Capability.MODE;
  }

  @Override
  public boolean handles(String name) {
    return "SetMode".equals(name) || "AdjustMode".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    String instance = Capability.instance(Capability.MODE, entity.domain());
    if (!instance.equals(directive.instance())) {
      throw AlexaError.invalidDirective(
          "Unknown ModeController instance"
              + (directive.instance() == null
                  ? ""
                  : " " + Directive.printable(directive.instance()))
              + " for "
              + entity.entityId());
    }
    String name =
        "SetMode".equals(directive.name())
            ? target(directive, entity)
            : adjusted(directive, entity);
    return switch (entity.domain()) {
      case "fan" ->
          ServiceCall.of("fan", "set_preset_mode", entity.entityId()).with("preset_mode", name);
      case "input_select" ->
          ServiceCall.of("input_select", "select_option", entity.entityId()).with("option", name);
      default ->
          ServiceCall.of(
              "cover", "open".equals(name) ? "open_cover" : "close_cover", entity.entityId());
    };
  }

  /** SetMode: the Home Assistant name of the mode asked for. */
  private static String target(Directive directive, Entity entity) {
    String mode = directive.text("mode");
    String name = Modes.name(entity, mode);
    if (name == null) {
      throw AlexaError.of(
          AlexaErrorType.INVALID_VALUE,
          entity.entityId() + " has no mode " + Directive.printable(mode));
    }
    return name;
  }

  /** AdjustMode: the option {@code modeDelta} places away from the current one, within the list. */
  private static String adjusted(Directive directive, Entity entity) {
    if (!Modes.ordered(entity)) {
      throw AlexaError.invalidDirective(
          entity.entityId() + "'s modes have no order: AdjustMode is not supported");
    }
    double delta = directive.number("modeDelta");
    List<String> names = Modes.names(entity);
    int current = names.indexOf(entity.state());
    if (current < 0) {
      throw AlexaError.of(
          AlexaErrorType.INVALID_VALUE, entity.entityId() + "'s current option is unknown");
    }
    long index = Math.round(current + Math.max(-names.size(), Math.min(names.size(), delta)));
    return names.get((int) Math.max(0, Math.min(names.size() - 1, index)));
  }

  @Override
  public Map<String, Object> respond(
      Directive directive,
      Entity after,
      Set<Capability> capabilities,
      String messageId,
      String now) {
    List<Map<String, Object>> properties =
        new ArrayList<>(StateProperties.of(after, reported(capabilities), now));
    boolean reported = false;
    for (Map<String, Object> property : properties) {
      reported |= "mode".equals(property.get("name"));
    }
    if (!reported
        && "cover".equals(after.domain())
        && after.stateIn("opening", "closing")
        && "SetMode".equals(directive.name())) {
      String asked = directive.text("mode");
      properties.add(
          0,
          StateProperties.property(
              Capability.MODE,
              Capability.instance(Capability.MODE, after.domain()),
              "mode",
              asked,
              now));
    }
    return Messages.response(directive, messageId, properties);
  }
}
