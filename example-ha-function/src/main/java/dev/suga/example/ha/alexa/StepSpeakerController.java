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
 * Alexa.StepSpeaker, for media players that step their volume but cannot set a level: AdjustVolume
 * -> {@code media_player.volume_up} or {@code volume_down}, once per step ({@code volumeSteps});
 * SetMute -> {@code media_player.volume_mute} with {@code is_volume_muted}.
 *
 * <p>"Turn it up" without a number ({@code volumeStepsDefault}) is one step, as in Home Assistant's
 * integration: Alexa's default of ten is far too many presses for most players. A request for more
 * than {@value #MAX_STEPS} steps is VALUE_OUT_OF_RANGE: each step is a request to Home Assistant,
 * and all of them must fit in Alexa's eight seconds.
 *
 * <p>StepSpeaker reports no properties: the answer carries the endpoint's health only, from the
 * state read before the call (nothing is read back).
 */
final class StepSpeakerController implements Controller {
  static final StepSpeakerController INSTANCE = new StepSpeakerController();

  /** The most volume steps one directive makes. */
  static final int MAX_STEPS = 10;

  private StepSpeakerController() {}

  @Override
  public Capability capability() {
    return Capability.STEP_SPEAKER;
  }

  @Override
  public boolean handles(String name) {
    return "AdjustVolume".equals(name) || "SetMute".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    if ("SetMute".equals(directive.name())) {
      if (!(directive.payload().get("mute") instanceof Boolean mute)) {
        throw AlexaError.invalidDirective(
            "Alexa.StepSpeaker/SetMute needs a boolean at payload.mute");
      }
      return ServiceCall.of("media_player", "volume_mute", entity.entityId())
          .with("is_volume_muted", mute);
    }
    double steps = directive.number("volumeSteps");
    if (steps != Math.rint(steps)) {
      throw AlexaError.invalidDirective("Alexa.StepSpeaker/AdjustVolume needs whole volumeSteps");
    }
    if (Boolean.TRUE.equals(directive.payload().get("volumeStepsDefault"))) {
      steps = Math.signum(steps);
    }
    if (steps == 0) {
      throw AlexaError.valueOutOfRange("Zero volume steps", -MAX_STEPS, MAX_STEPS);
    }
    if (Math.abs(steps) > MAX_STEPS) {
      throw AlexaError.valueOutOfRange(
          "Volume steps " + steps + " are outside -" + MAX_STEPS + " to " + MAX_STEPS,
          -MAX_STEPS,
          MAX_STEPS);
    }
    return ServiceCall.of(
            "media_player", steps > 0 ? "volume_up" : "volume_down", entity.entityId())
        .times((int) Math.abs(steps));
  }

  @Override
  public boolean readBack() {
    return false;
  }
}
