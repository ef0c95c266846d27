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
 * Alexa.Speaker SetVolume (0-100) / AdjustVolume (delta -100..100) -> {@code
 * media_player.volume_set} with {@code volume_level} 0-1; SetMute -> {@code
 * media_player.volume_mute} with {@code is_volume_muted}.
 */
final class SpeakerController implements Controller {
  static final SpeakerController INSTANCE = new SpeakerController();

  private SpeakerController() {}

  @Override
  public Capability capability() {
    return Capability.SPEAKER;
  }

  @Override
  public boolean handles(String name) {
    return "SetVolume".equals(name) || "AdjustVolume".equals(name) || "SetMute".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    if ("SetMute".equals(directive.name())) {
      if (!(directive.payload().get("mute") instanceof Boolean mute)) {
        throw AlexaError.invalidDirective("Alexa.Speaker/SetMute needs a boolean at payload.mute");
      }
      return ServiceCall.of("media_player", "volume_mute", entity.entityId())
          .with("is_volume_muted", mute);
    }
    int target;
    if ("SetVolume".equals(directive.name())) {
      double volume = directive.number("volume");
      if (volume < 0 || volume > 100) {
        throw AlexaError.valueOutOfRange("Volume " + volume + " is outside 0 to 100", 0, 100);
      }
      target = (int) Math.round(volume);
    } else {
      double delta = directive.number("volume");
      if (delta < -100 || delta > 100) {
        throw AlexaError.valueOutOfRange(
            "Volume change " + delta + " is outside -100 to 100", -100, 100);
      }
      Double current = entity.number("volume_level");
      target =
          Controller.clamp((int) Math.round((current == null ? 0 : current * 100) + delta), 0, 100);
    }
    return ServiceCall.of("media_player", "volume_set", entity.entityId())
        .with("volume_level", target / 100.0);
  }
}
