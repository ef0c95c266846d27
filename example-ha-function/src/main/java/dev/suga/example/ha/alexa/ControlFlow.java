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

import dev.suga.example.ha.Gateway;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The I/O around a controller, and ReportState: read the entity (unknown -> NO_SUCH_ENDPOINT,
 * {@code unavailable} -> ENDPOINT_UNREACHABLE), check it has the interface, call the service the
 * controller plans, and answer with the state Home Assistant reports afterwards (from the service
 * call's changed states, else one more read).
 */
final class ControlFlow {
  private ControlFlow() {}

  /**
   * Carries out a control directive. {@code thrifty} (free tier at the {@code throttle} level)
   * skips the non-critical follow-up read: the answer then reports only what the service call
   * itself returned.
   */
  static Map<String, Object> control(
      Controller controller, Directive directive, String token, boolean thrifty) {
    Entity before = read(token, directive);
    Set<Capability> capabilities = exposedCapabilities(directive, before);
    if (!capabilities.contains(controller.capability())) {
      throw AlexaError.invalidDirective(
          directive.endpointId() + " does not support " + directive.namespace());
    }
    ServiceCall call = controller.plan(directive, before);
    List<Map<String, Object>> changed =
        Gateway.homeAssistantCallService(token, call.domain(), call.service(), call.data());
    for (int i = 1; i < call.times(); i++) {
      changed = Gateway.homeAssistantCallService(token, call.domain(), call.service(), call.data());
    }
    Entity after = controller.readBack() ? after(token, before, changed, thrifty) : before;
    if (after == null) {
      return Messages.response(directive, Gateway.utilityMessageId(), List.of());
    }
    return controller.respond(directive, after, capabilities, Gateway.utilityMessageId(), now());
  }

  /** Answers {@code Alexa/ReportState} with every retrievable property of the endpoint. */
  static Map<String, Object> reportState(Directive directive, String token) {
    Entity entity = read(token, directive);
    List<Map<String, Object>> properties =
        StateProperties.of(entity, exposedCapabilities(directive, entity), now());
    return Messages.stateReport(directive, Gateway.utilityMessageId(), properties);
  }

  /**
   * The directive's endpoint as Home Assistant reports it, when the filters expose it.
   *
   * @throws AlexaError NO_SUCH_ENDPOINT (unknown or filtered out)
   */
  private static Entity read(String token, Directive directive) {
    String entityId = directive.entityId();
    if (Settings.discoveryFiltered() && !DiscoveryFilter.fromConfig().exposes(entityId)) {
      throw AlexaError.noSuchEndpoint(directive.endpointId() + " is not exposed to Alexa");
    }
    Map<String, Object> state = Gateway.homeAssistantState(token, entityId);
    Entity entity =
        Entity.of(state, entityId.startsWith("climate.") ? Settings.temperatureScale(token) : null);
    if (entity == null || !entity.entityId().equals(entityId)) {
      throw AlexaError.of(
          AlexaErrorType.INTERNAL_ERROR, "Home Assistant answered with a different entity");
    }
    return entity;
  }

  /**
   * The capabilities of an entity that can be controlled now (computed once per directive: the
   * caller needs them too).
   *
   * @throws AlexaError NO_SUCH_ENDPOINT (of a kind the bridge does not expose),
   *     ENDPOINT_UNREACHABLE ({@code unavailable})
   */
  private static Set<Capability> exposedCapabilities(Directive directive, Entity entity) {
    Set<Capability> capabilities = Capability.of(entity);
    if (capabilities.isEmpty()) {
      throw AlexaError.noSuchEndpoint(
          directive.endpointId() + " is not a kind of device the bridge exposes");
    }
    if (entity.unavailable()) {
      throw AlexaError.of(
          AlexaErrorType.ENDPOINT_UNREACHABLE,
          directive.endpointId() + " is unavailable in Home Assistant");
    }
    return capabilities;
  }

  /**
   * The entity after the call: from the changed states when there, else read again; null when that
   * read fails (the change was made, only its confirmation is missing) or is skipped.
   */
  private static Entity after(
      String token, Entity before, List<Map<String, Object>> changed, boolean thrifty) {
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
      Entity entity =
          Entity.of(Gateway.homeAssistantState(token, entityId), before.defaultTemperatureScale());
      return entity != null && entity.entityId().equals(entityId) ? entity : null;
    } catch (RuntimeException readBackFailed) {
      Gateway.loggingWarn(
          "Could not read "
              + entityId
              + " back after the service call: "
              + readBackFailed.getClass().getSimpleName());
      return null; // reporting `before` would claim the old state after a successful change
    }
  }

  static String now() {
    return Gateway.utilityIsoTimestamp(System.currentTimeMillis());
  }
}
