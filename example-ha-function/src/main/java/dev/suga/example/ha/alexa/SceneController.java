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
 * Alexa.SceneController Activate / Deactivate: {@code scene.turn_on}, {@code script.turn_on}
 * (Deactivate: {@code script.turn_off}, which stops a running script), {@code button.press}. Only
 * scripts support deactivation. Answers ActivationStarted / DeactivationStarted.
 */
final class SceneController implements Controller {
  static final SceneController INSTANCE = new SceneController();

  private SceneController() {}

  @Override
  public Capability capability() {
    return Capability.SCENE;
  }

  @Override
  public boolean handles(String name) {
    return "Activate".equals(name) || "Deactivate".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    String domain = entity.domain();
    if ("Deactivate".equals(directive.name())) {
      if (!Capability.supportsDeactivation(domain)) {
        throw AlexaError.invalidDirective(entity.entityId() + " cannot be deactivated");
      }
      return ServiceCall.of(domain, "turn_off", entity.entityId());
    }
    return ServiceCall.of(domain, "button".equals(domain) ? "press" : "turn_on", entity.entityId());
  }

  @Override
  public boolean readBack() {
    return false;
  }

  @Override
  public Map<String, Object> respond(
      Directive directive,
      Entity after,
      Set<Capability> capabilities,
      String messageId,
      String now) {
    Set<Capability> health = EnumSet.of(Capability.ENDPOINT_HEALTH);
    health.retainAll(capabilities);
    String name = "Activate".equals(directive.name()) ? "ActivationStarted" : "DeactivationStarted";
    return Messages.sceneStarted(
        directive, name, messageId, now, StateProperties.of(after, health, now));
  }
}
