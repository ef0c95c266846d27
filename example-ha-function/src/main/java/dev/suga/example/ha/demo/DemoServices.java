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
import java.util.Map;

/**
 * Home Assistant's services for the demo domains: which {@code <domain>.<service>} exist and what
 * they do to the entities they target. Unknown services are a 400, like Home Assistant's {@code
 * ServiceNotFound}; unknown or unavailable target entities are skipped silently, like Home
 * Assistant does. Runs with the {@link DemoHome}'s lock held.
 */
final class DemoServices {
  private DemoServices() {}

  static void run(ServiceCall call) {
    switch (call.domain) {
      case "homeassistant" -> homeassistant(call);
      case "light" -> DemoLights.run(call);
      case "climate" -> DemoClimate.run(call);
      case "input_number", "input_text", "input_select", "input_datetime", "timer" ->
          DemoHelpers.run(call);
      case "switch", "input_boolean", "fan", "group", "media_player" -> powered(call);
      case "automation" -> automation(call);
      case "script" -> script(call);
      case "scene" -> scene(call);
      case "button" -> button(call);
      case "lock" -> lock(call);
      case "cover" -> cover(call);
      case "notify" -> notify(call);
      default -> throw notFound(call);
    }
  }

  static DemoBadRequest notFound(ServiceCall call) {
    return new DemoBadRequest("Service " + call.domain + "." + call.service + " not found.");
  }

  /**
   * {@code homeassistant.turn_on|turn_off|toggle}: the generic services that work on any on/off
   * domain.
   */
  private static void homeassistant(ServiceCall call) {
    if (!List.of("turn_on", "turn_off", "toggle").contains(call.service)) {
      if ("update_entity".equals(call.service)) {
        return;
      }
      throw notFound(call);
    }
    for (DemoEntity entity : call.targets(null)) {
      String domain = entity.domain();
      String service = call.service;
      if ("cover".equals(domain)) {
        service =
            switch (service) {
              case "turn_on" -> "open_cover";
              case "turn_off" -> "close_cover";
              default -> "toggle";
            };
      }
      try {
        run(call.nested(domain, service, entity.entityId, call.data));
      } catch (DemoBadRequest unsupported) {
        // Home Assistant only logs a warning for domains without the service (a lock, a sensor).
      }
    }
  }

  /** Domains whose services are turn_on / turn_off / toggle plus a few of their own. */
  private static void powered(ServiceCall call) {
    switch (call.service) {
      case "turn_on", "turn_off", "toggle" -> {
        for (DemoEntity entity : call.targets(call.domain)) {
          if ("media_player".equals(call.domain)) {
            call.requireFeature(
                entity, "turn_on".equals(call.service) ? MEDIA_TURN_ON : MEDIA_TURN_OFF);
          }
          power(call, entity, desired(call.service, entity));
        }
      }
      case "set_percentage" -> fanPercentage(call);
      case "set_preset_mode" -> fanPreset(call);
      case "volume_set", "volume_mute", "volume_up", "volume_down", "select_source" ->
          DemoMedia.run(call);
      default -> throw notFound(call);
    }
  }

  /** Whether the entity should end up on: turn_on, turn_off, or the opposite of now. */
  static boolean desired(String service, DemoEntity entity) {
    return switch (service) {
      case "turn_on" -> true;
      case "turn_off" -> false;
      default -> !isOn(entity);
    };
  }

  static boolean isOn(DemoEntity entity) {
    return switch (entity.domain()) {
      case "cover" -> !"closed".equals(entity.state);
      case "climate", "media_player" ->
          !"off".equals(entity.state) && !"standby".equals(entity.state);
      default -> "on".equals(entity.state);
    };
  }

  /** Switches one entity on or off with the data of {@code call}, the way its domain does. */
  static void power(ServiceCall call, DemoEntity entity, boolean on) {
    switch (entity.domain()) {
      case "light" -> {
        if (on) {
          DemoLights.turnOn(call, entity);
        } else {
          DemoLights.turnOff(call, entity);
        }
      }
      case "fan" -> fanPower(call, entity, on);
      case "media_player" -> DemoMedia.power(call, entity, on);
      case "group" -> {
        // A group switches its members; its own state follows them (DemoHome recomputes it).
        for (String member : DemoCatalog.members(entity)) {
          run(call.nested("homeassistant", on ? "turn_on" : "turn_off", member, Map.of()));
        }
      }
      default -> call.edit(entity).state = on ? "on" : "off";
    }
  }

  /**
   * A fan on or off. One with speeds keeps its percentage while off (0 is shown) and gets it back;
   * one with presets shows none while off and gets the last one back.
   */
  private static void fanPower(ServiceCall call, DemoEntity fan, boolean on) {
    call.edit(fan);
    Double percentage = call.number("percentage", 0, 100);
    boolean speeds = fan.attributes.containsKey("percentage");
    if (on && (percentage == null || percentage > 0)) {
      fan.state = "on";
      if (speeds) {
        long value =
            percentage != null
                ? Math.round(percentage)
                : fan.memory.get("percentage") instanceof Long remembered ? remembered : 100L;
        fan.attributes.put("percentage", value);
      }
      fan.restore("preset_mode");
    } else {
      if ("on".equals(fan.state)
          && fan.attributes.get("percentage") instanceof Long current
          && current > 0) {
        fan.memory.put("percentage", current);
      }
      fan.state = "off";
      if (speeds) {
        fan.attributes.put("percentage", 0L);
      }
      fan.stashAsNull("preset_mode");
    }
  }

  private static void fanPercentage(ServiceCall call) {
    if (!"fan".equals(call.domain)) {
      throw notFound(call);
    }
    call.number("percentage", 0, 100);
    call.required("percentage");
    for (DemoEntity fan : call.targets("fan")) {
      call.requireFeature(fan, FAN_SET_SPEED);
      fanPower(call, fan, true);
    }
  }

  /** {@code fan.set_preset_mode}: one of the fan's presets, which turns it on. */
  private static void fanPreset(ServiceCall call) {
    if (!"fan".equals(call.domain)) {
      throw notFound(call);
    }
    String preset = call.requiredString("preset_mode");
    for (DemoEntity fan : call.targets("fan")) {
      call.requireFeature(fan, FAN_PRESET_MODE);
      List<?> presets =
          fan.attributes.get("preset_modes") instanceof List<?> list ? list : List.of();
      if (!presets.contains(preset)) {
        throw new DemoBadRequest(
            "Preset mode " + preset + " is not valid, valid preset modes are: " + presets);
      }
      call.edit(fan).state = "on";
      fan.attributes.put("preset_mode", preset);
    }
  }

  private static void automation(ServiceCall call) {
    switch (call.service) {
      case "turn_on", "turn_off", "toggle" -> {
        for (DemoEntity entity : call.targets("automation")) {
          call.edit(entity).state = desired(call.service, entity) ? "on" : "off";
        }
      }
      case "trigger" -> {
        for (DemoEntity entity : call.targets("automation")) {
          runActions(call, entity);
          call.edit(entity).attributes.put("last_triggered", DemoClock.format(call.now));
        }
      }
      case "reload" -> {}
      default -> throw notFound(call);
    }
  }

  /**
   * {@code script.turn_on} (with optional {@code variables}), and {@code script.<object_id>}
   * directly.
   */
  private static void script(ServiceCall call) {
    switch (call.service) {
      case "turn_on", "toggle" -> {
        for (DemoEntity entity : call.targets("script")) {
          runScript(call, entity);
        }
      }
      case "turn_off", "reload" -> {}
      default -> {
        DemoEntity entity = call.home().entity("script." + call.service);
        if (entity == null || !entity.available()) {
          throw notFound(call);
        }
        runScript(call, entity);
      }
    }
  }

  /**
   * A demo script runs to completion at once: its actions, then {@code last_triggered}; its state
   * stays off.
   */
  private static void runScript(ServiceCall call, DemoEntity script) {
    runActions(call, script);
    call.edit(script).attributes.put("last_triggered", DemoClock.format(call.now));
  }

  private static void scene(ServiceCall call) {
    if (!"turn_on".equals(call.service)) {
      throw notFound(call);
    }
    for (DemoEntity scene : call.targets("scene")) {
      runActions(call, scene);
      // A scene's state is the time it was last activated.
      call.edit(scene).state = DemoClock.format(call.now);
    }
  }

  private static void button(ServiceCall call) {
    if (!"press".equals(call.service)) {
      throw notFound(call);
    }
    for (DemoEntity button : call.targets("button")) {
      call.edit(button).state = DemoClock.format(call.now);
    }
  }

  private static void runActions(ServiceCall call, DemoEntity owner) {
    for (DemoCatalog.Action action : DemoCatalog.ACTIONS.getOrDefault(owner.entityId, List.of())) {
      run(call.nested(action.domain(), action.service(), action.entityId(), action.data()));
    }
  }

  private static void lock(ServiceCall call) {
    String state =
        switch (call.service) {
          case "lock" -> "locked";
          case "unlock" -> "unlocked";
          case "open" -> "open";
          default -> throw notFound(call);
        };
    for (DemoEntity lock : call.targets("lock")) {
      call.edit(lock).state = state;
    }
  }

  /**
   * {@code CoverEntityFeature}, {@code FanEntityFeature}, {@code MediaPlayerEntityFeature} bits.
   */
  static final long COVER_OPEN = 1,
      COVER_CLOSE = 2,
      COVER_SET_POSITION = 4,
      COVER_STOP = 8,
      FAN_SET_SPEED = 1,
      FAN_PRESET_MODE = 8,
      MEDIA_VOLUME_SET = 4,
      MEDIA_VOLUME_MUTE = 8,
      MEDIA_TURN_ON = 128,
      MEDIA_TURN_OFF = 256,
      MEDIA_VOLUME_STEP = 1024;

  private static void cover(ServiceCall call) {
    Double requested = null;
    switch (call.service) {
      case "open_cover" -> requested = 100.0;
      case "close_cover" -> requested = 0.0;
      case "set_cover_position" -> {
        call.required("position");
        requested = call.number("position", 0, 100);
      }
      case "toggle", "stop_cover" -> {}
      default -> throw notFound(call);
    }
    for (DemoEntity cover : call.targets("cover")) {
      call.requireFeature(
          cover,
          switch (call.service) {
            case "open_cover" -> COVER_OPEN;
            case "close_cover" -> COVER_CLOSE;
            case "set_cover_position" -> COVER_SET_POSITION;
            case "stop_cover" -> COVER_STOP;
            default -> 0;
          });
      if ("stop_cover".equals(call.service)) {
        continue;
      }
      double position = requested != null ? requested : DemoServices.isOn(cover) ? 0 : 100;
      call.edit(cover);
      if ((DemoServices.features(cover) & COVER_SET_POSITION) != 0) {
        cover.attributes.put("current_position", Math.round(position));
      }
      cover.state = position > 0 ? "open" : "closed";
    }
  }

  /** The entity's {@code supported_features}, 0 when it has none. */
  static long features(DemoEntity entity) {
    return entity.attributes.get("supported_features") instanceof Number n ? n.longValue() : 0;
  }

  /** {@code notify.<any>}: records the message; changes no state. */
  private static void notify(ServiceCall call) {
    String message = call.requiredString("message");
    call.home().recordNotification(message);
  }
}
