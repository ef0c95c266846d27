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

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.homeassistant.HomeAssistantException;
import dev.suga.example.ha.json.MalformedJsonException;
import dev.suga.example.ha.json.Mappers;
import dev.suga.example.ha.json.RawJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds Discover.Response endpoints from Home Assistant states: {@code light.kitchen} <->
 * endpointId {@code light#kitchen}, friendly names, display categories, capabilities per domain,
 * include/exclude filters from config ({@link DiscoveryFilter}). Released when idle: a TurnOn never
 * builds it.
 *
 * <p>Its documents are the function's largest (a home's whole state list in, hundreds of endpoints
 * out) and the rarest (Alexa discovers when the user asks), so they are databind's ({@link
 * Mappers}): each state is bound to a {@link State} record, everything else Home Assistant sends
 * ({@code last_changed}, {@code context}, ...) is skipped while reading, and the endpoints are
 * written by the mapper. Databind's classes are loaded with this module, never on the control path.
 */
@GatewayModule(value = "alexa_discovery", unload = GatewayModule.Unload.IDLE, idleSeconds = 300)
public final class AlexaDiscoveryCore {
  /** Alexa accepts at most 300 endpoints in one Discover.Response. */
  static final int MAX_ENDPOINTS = 300;

  /**
   * One element of {@code GET /api/states}: the three members discovery reads, each of whatever
   * JSON type Home Assistant sent ({@link Entity#of(Object, Object, Object, String)} decides).
   */
  record State(@JsonProperty("entity_id") Object entityId, Object state, Object attributes) {}

  /**
   * The {@code endpoints} array of a Discover.Response for the home {@code token} reaches, written
   * by databind (see {@link #endpoints(List)}).
   *
   * @throws HomeAssistantException as {@code home_assistant}'s requests do; BAD_RESPONSE when the
   *     answer is not a list of state objects
   */
  @GatewayOperation
  public RawJson discover(String token) {
    byte[] document = Gateway.homeAssistantAllStatesJson(token);
    State[] states;
    try {
      states = Mappers.read(document, State[].class);
    } catch (MalformedJsonException malformed) {
      throw new HomeAssistantException(
          HomeAssistantException.Kind.BAD_RESPONSE,
          "Home Assistant sent malformed JSON for GET /api/states: " + malformed.getMessage());
    }
    List<Entity> entities = new ArrayList<>(states.length);
    for (State state : states) {
      if (state == null) {
        throw new HomeAssistantException(
            HomeAssistantException.Kind.BAD_RESPONSE,
            "Home Assistant's answer to GET /api/states is not a list of states");
      }
      // Capabilities do not depend on the temperature scale: no need to ask Home Assistant for it.
      Entity entity =
          Entity.of(state.entityId(), state.state(), state.attributes(), Temperatures.CELSIUS);
      if (entity != null) {
        entities.add(entity);
      }
    }
    return Mappers.write(endpoints(entities));
  }

  /**
   * The endpoints for {@code entities}, in Home Assistant's order: entities the filters exclude or
   * the bridge cannot express are left out, and at most {@link #MAX_ENDPOINTS} are returned (the
   * rest are named in a warning).
   */
  static List<Map<String, Object>> endpoints(List<Entity> entities) {
    DiscoveryFilter filter = DiscoveryFilter.fromConfig();
    List<Map<String, Object>> endpoints = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int dropped = 0;
    for (Entity entity : entities) {
      if (!Gateway.homeAssistantValidEntityId(entity.entityId())
          || !filter.exposes(entity.entityId())
          || !seen.add(entity.entityId())) {
        continue;
      }
      Set<Capability> capabilities = Capability.of(entity);
      if (capabilities.isEmpty()) {
        continue;
      }
      if (endpoints.size() == MAX_ENDPOINTS) {
        dropped++;
        continue;
      }
      endpoints.add(DiscoveryEndpoints.endpoint(entity, capabilities));
    }
    if (dropped > 0) {
      Gateway.loggingWarn(
          "Discovery found more than "
              + MAX_ENDPOINTS
              + " endpoints; "
              + dropped
              + " left out: narrow DISCOVERY_INCLUDE_DOMAINS or DISCOVERY_EXCLUDE_*");
    }
    return endpoints;
  }
}
