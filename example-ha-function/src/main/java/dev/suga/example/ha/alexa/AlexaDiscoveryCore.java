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

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds Discover.Response endpoints from Home Assistant states: {@code light.kitchen} <->
 * endpointId {@code light#kitchen}, friendly names, display categories, capabilities per domain,
 * include/exclude filters from config ({@code DISCOVERY_INCLUDE_DOMAINS}, {@code
 * DISCOVERY_EXCLUDE_DOMAINS}, {@code DISCOVERY_EXCLUDE_ENTITIES}). Released when idle: a TurnOn
 * never builds it.
 */
@GatewayModule(value = "alexa_discovery", unload = GatewayModule.Unload.IDLE, idleSeconds = 300)
public final class AlexaDiscoveryCore {
  /** Alexa accepts at most 300 endpoints in one Discover.Response. */
  static final int MAX_ENDPOINTS = 300;

  /**
   * The endpoints for {@code states} (Home Assistant state objects), in Home Assistant's order:
   * entities the filters exclude or the bridge cannot express are left out, and at most {@link
   * #MAX_ENDPOINTS} are returned (the rest are named in a warning).
   */
  @GatewayOperation
  public List<Map<String, Object>> endpoints(List<Map<String, Object>> states) {
    DiscoveryFilter filter = DiscoveryFilter.fromConfig();
    List<Map<String, Object>> endpoints = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int dropped = 0;
    for (Map<String, Object> state : states == null ? List.<Map<String, Object>>of() : states) {
      // Capabilities do not depend on the temperature scale: no need to ask Home Assistant for it.
      Entity entity = Entity.of(state, Temperatures.CELSIUS);
      if (entity == null
          || !Gateway.homeAssistantValidEntityId(entity.entityId())
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
