package dev.suga.example.ha.alexa;

import dev.suga.example.ha.Gateway;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The I/O around a controller, and ReportState: read the entity (unknown -> NO_SUCH_ENDPOINT,
 * {@code unavailable} -> ENDPOINT_UNREACHABLE), check it has the interface, call the service
 * the controller plans, and answer with the state Home Assistant reports afterwards (from the
 * service call's changed states, else one more read).
 */
final class ControlFlow {
  private ControlFlow() {}

  /**
   * Carries out a control directive. {@code thrifty} (free tier at the {@code throttle} level)
   * skips the non-critical follow-up read: the answer then reports only what the service call
   * itself returned.
   */
  static Map<String, Object> control(Controller controller, Directive directive, String token, boolean thrifty) {
    Entity before = read(token, directive);
    Set<Capability> capabilities = Capabilities.of(before);
    if (!capabilities.contains(controller.capability())) {
      throw AlexaError.invalidDirective(directive.endpointId() + " does not support " + directive.namespace());
    }
    ServiceCall call = controller.plan(directive, before);
    List<Map<String, Object>> changed = Gateway.homeAssistantCallService(token, call.domain(), call.service(), call.data());
    Entity after = controller.readBack() ? after(token, before, changed, thrifty) : before;
    if (after == null) {
      return Messages.response(directive, Gateway.utilityMessageId(), List.of());
    }
    return controller.respond(directive, after, capabilities, Gateway.utilityMessageId(), now());
  }

  /** Answers {@code Alexa/ReportState} with every retrievable property of the endpoint. */
  static Map<String, Object> reportState(Directive directive, String token) {
    Entity entity = read(token, directive);
    List<Map<String, Object>> properties = StateProperties.of(entity, Capabilities.of(entity), now());
    return Messages.stateReport(directive, Gateway.utilityMessageId(), properties);
  }

  /**
   * The exposed, available entity of the directive's endpoint.
   *
   * @throws AlexaError NO_SUCH_ENDPOINT (unknown, filtered out, or of a kind the bridge does not
   *     expose), ENDPOINT_UNREACHABLE ({@code unavailable})
   */
  static Entity read(String token, Directive directive) {
    String entityId = directive.entityId();
    if (!DiscoveryFilter.fromConfig().exposes(entityId)) {
      throw AlexaError.noSuchEndpoint(directive.endpointId() + " is not exposed to Alexa");
    }
    Map<String, Object> state = Gateway.homeAssistantState(token, entityId);
    Entity entity = Entity.of(state, entityId.startsWith("climate.") ? Settings.temperatureScale(token) : null);
    if (entity == null || !entity.entityId().equals(entityId)) {
      throw AlexaError.of("INTERNAL_ERROR", "Home Assistant answered with a different entity");
    }
    if (Capabilities.of(entity).isEmpty()) {
      throw AlexaError.noSuchEndpoint(directive.endpointId() + " is not a kind of device the bridge exposes");
    }
    if (entity.unavailable()) {
      throw AlexaError.of("ENDPOINT_UNREACHABLE", directive.endpointId() + " is unavailable in Home Assistant");
    }
    return entity;
  }

  /**
   * The entity after the call: from the changed states when there, else read again; null when
   * that read fails (the change was made, only its confirmation is missing) or is skipped.
   */
  private static Entity after(String token, Entity before, List<Map<String, Object>> changed, boolean thrifty) {
    String entityId = before.entityId();
    if (changed != null) {
      for (Map<String, Object> state : changed) {
        if (state != null && entityId.equals(state.get("entity_id"))) {
          Entity entity = Entity.of(state, before.defaultTemperatureScale());
          if (entity != null) {
            return entity;
          }
        }
      }
    }
    if (thrifty) {
      Gateway.loggingDebug("Free tier throttle: " + entityId + " is not read back");
      return null;
    }
    try {
      Entity entity = Entity.of(Gateway.homeAssistantState(token, entityId), before.defaultTemperatureScale());
      return entity != null && entity.entityId().equals(entityId) ? entity : null;
    } catch (RuntimeException readBackFailed) {
      Gateway.loggingWarn("Could not read " + entityId + " back after the service call: "
          + readBackFailed.getClass().getSimpleName());
      return null; // reporting `before` would claim the old state after a successful change
    }
  }

  static String now() {
    return Gateway.utilityIsoTimestamp(System.currentTimeMillis());
  }
}
