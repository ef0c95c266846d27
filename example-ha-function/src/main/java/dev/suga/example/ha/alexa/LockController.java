package dev.suga.example.ha.alexa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alexa.LockController Lock / Unlock: {@code lock.lock|unlock}. While the lock is still moving
 * ({@code locking}/{@code unlocking}) the answer reports the state asked for, as Home
 * Assistant's own Alexa integration does; a jammed lock reports JAMMED.
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
    return ServiceCall.of("lock", "Lock".equals(directive.name()) ? "lock" : "unlock", entity.entityId());
  }

  @Override
  public Map<String, Object> respond(Directive directive, Entity after, Set<Capability> capabilities, String messageId,
      String now) {
    List<Map<String, Object>> properties = new ArrayList<>(StateProperties.of(after, reported(capabilities), now));
    if (StateProperties.lockState(after.state()) == null) {
      String asked = "Lock".equals(directive.name()) ? "LOCKED" : "UNLOCKED";
      properties.add(0, StateProperties.property(Capability.LOCK, "lockState", asked, now));
    }
    return Messages.response(directive, messageId, properties);
  }
}
