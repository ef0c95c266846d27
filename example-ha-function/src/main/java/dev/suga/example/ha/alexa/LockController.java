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
 * Alexa.LockController Lock / Unlock: {@code lock.lock|unlock}. While the lock is still moving
 * ({@code locking}/{@code unlocking}) the answer reports the state asked for, as Home Assistant's
 * own Alexa integration does; a jammed lock reports JAMMED.
 */
final class LockController implements Controller {
  static final LockController INSTANCE = new LockController();

  private LockController() {}

  @Override
  public Capability capability() {
    return Capability.LOCK;
  }

  @Override
  public boolean handles(String name) {
    return "Lock".equals(name) || "Unlock".equals(name);
  }

  @Override
  public ServiceCall plan(Directive directive, Entity entity) {
    return ServiceCall.of(
        "lock", "Lock".equals(directive.name()) ? "lock" : "unlock", entity.entityId());
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
    if (StateProperties.lockState(after.state()) == null) {
      String asked = "Lock".equals(directive.name()) ? "LOCKED" : "UNLOCKED";
      properties.add(0, StateProperties.property(Capability.LOCK, "lockState", asked, now));
    }
    return Messages.response(directive, messageId, properties);
  }
}
