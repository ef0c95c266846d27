package dev.suga.example.ha.platform;

import java.util.Map;

/**
 * Where configuration comes from: the process environment, or an override that tests and
 * the local runner install. One volatile read per lookup.
 */
public final class Environment {
  private static volatile Map<String, String> override;

  private Environment() {}

  /** The value of {@code name}: from the override when one is installed, else from the process. */
  public static String get(String name) {
    Map<String, String> current = override;
    return current != null ? current.get(name) : System.getenv(name);
  }

  /** Replaces the process environment with {@code values} (null restores it). */
  public static void override(Map<String, String> values) {
    override = values == null ? null : Map.copyOf(values);
  }
}
