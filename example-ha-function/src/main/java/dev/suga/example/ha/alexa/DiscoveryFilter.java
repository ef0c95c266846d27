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

import dev.suga.example.ha.BridgeSettings;
import dev.suga.example.ha.Gateway;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which entities Alexa may see and control: {@code DISCOVERY_INCLUDE_DOMAINS} (only these domains,
 * when set), {@code DISCOVERY_INCLUDE_ENTITIES} (these entities in addition, whatever their
 * domain), {@code DISCOVERY_EXCLUDE_DOMAINS}, {@code DISCOVERY_EXCLUDE_ENTITIES} (comma-separated;
 * an exclusion always wins). Applied to discovery and to every directive, so an excluded lock
 * cannot be unlocked through an endpoint id Alexa still remembers.
 *
 * <p>Built once per configuration: {@link #fromConfig()} reads the four settings (cheap) on every
 * directive, and reuses the last filter while they are unchanged.
 */
final class DiscoveryFilter {
  private static final String[] SETTINGS = {
    BridgeSettings.DISCOVERY_INCLUDE_DOMAINS,
    BridgeSettings.DISCOVERY_INCLUDE_ENTITIES,
    BridgeSettings.DISCOVERY_EXCLUDE_DOMAINS,
    BridgeSettings.DISCOVERY_EXCLUDE_ENTITIES
  };

  private static volatile DiscoveryFilter last;

  /** The settings' values (in {@link #SETTINGS} order) this filter was built from. */
  private final String[] configuration;

  private final Set<String> includeDomains;
  private final Set<String> includeEntities;
  private final Set<String> excludeDomains;
  private final Set<String> excludeEntities;

  private DiscoveryFilter(String[] configuration) {
    this.configuration = configuration;
    this.includeDomains = list(configuration[0]);
    this.includeEntities = list(configuration[1]);
    this.excludeDomains = list(configuration[2]);
    this.excludeEntities = list(configuration[3]);
  }

  /** The filter of the current configuration. */
  static DiscoveryFilter fromConfig() {
    String[] configuration = new String[SETTINGS.length];
    for (int i = 0; i < SETTINGS.length; i++) {
      configuration[i] = Gateway.configGet(SETTINGS[i]);
    }
    DiscoveryFilter filter = last;
    if (filter == null || !Arrays.equals(filter.configuration, configuration)) {
      filter = new DiscoveryFilter(configuration);
      last = filter;
    }
    return filter;
  }

  /** Whether {@code entityId} ({@code domain.object_id}) passes the filters. */
  boolean exposes(String entityId) {
    int dot = entityId.indexOf('.');
    String domain = dot < 0 ? entityId : entityId.substring(0, dot);
    if (excludeEntities.contains(entityId) || excludeDomains.contains(domain)) {
      return false;
    }
    boolean included = includeDomains.isEmpty() && includeEntities.isEmpty();
    return included || includeDomains.contains(domain) || includeEntities.contains(entityId);
  }

  /** A comma-separated list, trimmed, lower-cased, blanks dropped. */
  private static Set<String> list(String text) {
    Set<String> values = new TreeSet<>();
    if (text != null) {
      for (String part : text.split(",")) {
        String value = part.trim().toLowerCase(Locale.ROOT);
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
    }
    return values;
  }
}
