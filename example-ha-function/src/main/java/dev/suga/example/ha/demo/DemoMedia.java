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
 * {@code media_player} power and volume. Like Home Assistant, an off media player reports no volume
 * or source attributes at all; they come back when it is turned on.
 */
final class DemoMedia {
  private static final String[] WHILE_ON = {"volume_level", "is_volume_muted", "source"};
  private static final double VOLUME_STEP = 0.1;

  private DemoMedia() {}

  static void power(ServiceCall call, DemoEntity player, boolean on) {
    call.edit(player);
    if (on) {
      player.state = "on";
      player.restore(WHILE_ON);
    } else {
      player.state = "off";
      player.stashAndRemove(WHILE_ON);
    }
  }

  static void run(ServiceCall call) {
    if (!"media_player".equals(call.domain)) {
      throw DemoServices.notFound(call);
    }
    Double volume = "volume_set".equals(call.service) ? call.number("volume_level", 0, 1) : null;
    if ("volume_set".equals(call.service)) {
      call.required("volume_level");
    }
    Object muted = "volume_mute".equals(call.service) ? call.required("is_volume_muted") : null;
    if (muted != null && !(muted instanceof Boolean)) {
      throw ServiceCall.invalid("is_volume_muted", muted);
    }
    String source = "select_source".equals(call.service) ? call.requiredString("source") : null;
    for (DemoEntity player : call.targets("media_player")) {
      call.requireFeature(player, feature(call.service));
      if ("off".equals(player.state)) {
        continue; // an off player ignores volume changes
      }
      call.edit(player);
      if ((DemoServices.features(player) & DemoServices.MEDIA_VOLUME_SET) == 0
          && call.service.startsWith("volume_")
          && !"volume_mute".equals(call.service)) {
        // A player that only steps (infrared, say) moves its volume without reporting a level.
        player.memory.merge(
            "volume_steps",
            "volume_up".equals(call.service) ? 1L : -1L,
            (a, b) -> (Long) a + (Long) b);
        continue;
      }
      double level =
          player.attributes.get("volume_level") instanceof Number n ? n.doubleValue() : 0;
      switch (call.service) {
        case "volume_set" -> player.attributes.put("volume_level", volume);
        case "volume_up" ->
            player.attributes.put("volume_level", round(Math.min(1, level + VOLUME_STEP)));
        case "volume_down" ->
            player.attributes.put("volume_level", round(Math.max(0, level - VOLUME_STEP)));
        case "volume_mute" -> player.attributes.put("is_volume_muted", muted);
        case "select_source" -> {
          List<?> sources =
              player.attributes.get("source_list") instanceof List<?> list ? list : List.of();
          if (!sources.contains(source)) {
            throw new DemoBadRequest("Source " + source + " is not in the source list.");
          }
          player.attributes.put("source", source);
        }
        default -> throw DemoServices.notFound(call);
      }
    }
  }

  /** The features a media player service needs (any of them); 0 when the demo checks none. */
  private static long feature(String service) {
    return switch (service) {
      case "volume_set" -> DemoServices.MEDIA_VOLUME_SET;
      case "volume_mute" -> DemoServices.MEDIA_VOLUME_MUTE;
      case "volume_up", "volume_down" ->
          DemoServices.MEDIA_VOLUME_STEP | DemoServices.MEDIA_VOLUME_SET;
      default -> 0;
    };
  }

  /** How many volume steps a step-only player has been moved (up positive), for tests. */
  static long volumeSteps(DemoEntity player) {
    return player.memory.get("volume_steps") instanceof Long steps ? steps : 0;
  }

  private static double round(double volume) {
    return Math.round(volume * 100) / 100.0;
  }
}
