package dev.suga.example.ha.alexa;

import dev.suga.example.ha.Gateway;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which entities Alexa may see and control: {@code DISCOVERY_INCLUDE_DOMAINS} (only these
 * domains, when set), {@code DISCOVERY_INCLUDE_ENTITIES} (these entities in addition, whatever
 * their domain), {@code DISCOVERY_EXCLUDE_DOMAINS}, {@code DISCOVERY_EXCLUDE_ENTITIES}
 * (comma-separated; an exclusion always wins). Applied to discovery and to every directive, so an excluded lock cannot be
 * unlocked through an endpoint id Alexa still remembers.
 */
record DiscoveryFilter(Set<String> includeDomains, Set<String> includeEntities, Set<String> excludeDomains,
    Set<String> excludeEntities) {
  static DiscoveryFilter fromConfig() {
    return new DiscoveryFilter(list(Gateway.configGet("DISCOVERY_INCLUDE_DOMAINS")),
        list(Gateway.configGet("DISCOVERY_INCLUDE_ENTITIES")), list(Gateway.configGet("DISCOVERY_EXCLUDE_DOMAINS")),
        list(Gateway.configGet("DISCOVERY_EXCLUDE_ENTITIES")));
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
  static Set<String> list(String text) {
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
