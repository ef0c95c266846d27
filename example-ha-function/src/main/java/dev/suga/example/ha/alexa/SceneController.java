package dev.suga.example.ha.alexa;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Alexa.SceneController Activate / Deactivate: {@code scene.turn_on}, {@code script.turn_on}
 * (Deactivate: {@code script.turn_off}, which stops a running script), {@code button.press}.
 * Only scripts support deactivation. Answers ActivationStarted / DeactivationStarted.
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
  public Map<String, Object> respond(Directive directive, Entity after, Set<Capability> capabilities, String messageId,
      String now) {
    Set<Capability> health = EnumSet.of(Capability.ENDPOINT_HEALTH);
    health.retainAll(capabilities);
    String name = "Activate".equals(directive.name()) ? "ActivationStarted" : "DeactivationStarted";
    return Messages.sceneStarted(directive, name, messageId, now, StateProperties.of(after, health, now));
  }
}
