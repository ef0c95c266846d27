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

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One Alexa controller interface: which directive names it accepts, the Home Assistant service call
 * that carries a directive out (pure: no I/O, so it is unit-tested directly), and the answer built
 * from the entity's state afterwards. {@link ControlFlow} does the I/O around it.
 */
interface Controller {
  /**
   * The controller of {@code namespace}, or null when the bridge does not implement it. A switch,
   * not a map, so that a directive loads only its own controller class; and here, not in a class of
   * its own, because every control directive needs this interface anyway (one class fewer to load
   * on a cold start).
   */
  static Controller forNamespace(String namespace) {
    return switch (namespace) {
      case "Alexa.PowerController" -> PowerController.INSTANCE;
      case "Alexa.BrightnessController" -> BrightnessController.INSTANCE;
      case "Alexa.ColorController" -> ColorController.INSTANCE;
      case "Alexa.ColorTemperatureController" -> ColorTemperatureController.INSTANCE;
      case "Alexa.LockController" -> LockController.INSTANCE;
      case "Alexa.SceneController" -> SceneController.INSTANCE;
      case "Alexa.ThermostatController" -> ThermostatController.INSTANCE;
      case "Alexa.RangeController" -> RangeController.INSTANCE;
      case "Alexa.ModeController" -> ModeController.INSTANCE;
      case "Alexa.Speaker" -> SpeakerController.INSTANCE;
      case "Alexa.StepSpeaker" -> StepSpeakerController.INSTANCE;
      default -> null;
    };
  }

  /** The capability an endpoint must have for this controller's directives. */
  Capability capability();

  /** Whether {@code name} is a directive of this interface. */
  boolean handles(String name);

  /**
   * The service call for {@code directive} on {@code entity} (its state before the call).
   *
   * @throws AlexaError for malformed or out-of-range values, or a directive the entity cannot do
   */
  ServiceCall plan(Directive directive, Entity entity);

  /** Whether the answer reports the state after the call (scenes report none). */
  default boolean readBack() {
    return true;
  }

  /**
   * The answer: an {@code Alexa/Response} whose context has this interface's properties and the
   * endpoint's health, from {@code after}.
   */
  default Map<String, Object> respond(
      Directive directive,
      Entity after,
      Set<Capability> capabilities,
      String messageId,
      String now) {
    return Messages.response(
        directive, messageId, StateProperties.of(after, reported(capabilities), now));
  }

  /** {@code value} limited to {@code minimum}..{@code maximum}. */
  static int clamp(int value, int minimum, int maximum) {
    return Math.max(minimum, Math.min(maximum, value));
  }

  /** This interface's capability and ENDPOINT_HEALTH, as far as the endpoint has them. */
  default Set<Capability> reported(Set<Capability> capabilities) {
    Set<Capability> reported = EnumSet.of(capability(), Capability.ENDPOINT_HEALTH);
    reported.retainAll(capabilities);
    return reported;
  }
}
