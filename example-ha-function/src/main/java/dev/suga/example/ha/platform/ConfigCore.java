package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import java.util.Map;

/**
 * Configuration from environment variables, or from the override that tests and the local
 * runner install ({@link #override}). Nothing is cached here: a lookup is one volatile read and
 * one map or {@code getenv} lookup, and caching would hide a test's or the runner's changed
 * override.
 *
 * <p>Values are stripped of surrounding whitespace: a token pasted with a trailing newline is
 * a classic cause of "401 from Home Assistant", and no setting here means anything with edge
 * blanks. Blank counts as unset.
 *
 * <p>The settings the function reads (the README repeats this list):
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>Name</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code HA_BASE_URL}</td><td>required</td><td>Home Assistant, e.g. {@code https://ha.example.org:8123}</td></tr>
 *   <tr><td>{@code HA_TOKEN}</td><td>unset</td><td>long-lived token: fallback credential, and /health's probe</td></tr>
 *   <tr><td>{@code HA_TOKEN_FALLBACK}</td><td>{@code false}</td><td>use HA_TOKEN when a directive carries no token</td></tr>
 *   <tr><td>{@code HA_MODE}</td><td>{@code native}</td><td>{@code native} (translate) or {@code proxy} (forward to /api/alexa/smart_home)</td></tr>
 *   <tr><td>{@code HA_VERIFY_TLS}</td><td>{@code true}</td><td>{@code false} trusts any certificate (logged as a warning)</td></tr>
 *   <tr><td>{@code HA_CONNECT_TIMEOUT_MS}</td><td>2000</td><td>connect timeout, further bounded by the time left</td></tr>
 *   <tr><td>{@code HA_READ_TIMEOUT_MS}</td><td>5000</td><td>read timeout, further bounded by the time left</td></tr>
 *   <tr><td>{@code HA_MAX_RETRIES}</td><td>2</td><td>retries of idempotent reads</td></tr>
 *   <tr><td>{@code HA_TEMPERATURE_UNIT}</td><td>Home Assistant's</td><td>scale of climate temperatures (°C/°F); else asked from Home Assistant</td></tr>
 *   <tr><td>{@code LOG_LEVEL}</td><td>{@code INFO}</td><td>{@code DEBUG}, {@code INFO}, {@code WARN} or {@code ERROR}</td></tr>
 *   <tr><td>{@code DIAGNOSTICS_TOKEN}</td><td>unset</td><td>bearer token for GET /diagnostics (disabled when unset)</td></tr>
 *   <tr><td>{@code METRICS_NAMESPACE}</td><td>{@code SugaHomeAssistant}</td><td>CloudWatch namespace of the EMF records</td></tr>
 *   <tr><td>{@code CIRCUIT_FAILURE_THRESHOLD}</td><td>5</td><td>consecutive failures that open the circuit</td></tr>
 *   <tr><td>{@code CIRCUIT_OPEN_SECONDS}</td><td>30</td><td>how long the open circuit refuses calls</td></tr>
 *   <tr><td>{@code FREE_TIER_REQUESTS}</td><td>1000000</td><td>monthly request allowance tracked</td></tr>
 *   <tr><td>{@code FREE_TIER_GB_SECONDS}</td><td>400000</td><td>monthly GB-second allowance tracked</td></tr>
 *   <tr><td>{@code DISCOVERY_INCLUDE_DOMAINS}</td><td>all</td><td>comma-separated domains offered to Alexa</td></tr>
 *   <tr><td>{@code DISCOVERY_EXCLUDE_DOMAINS}</td><td>none</td><td>comma-separated domains hidden from Alexa</td></tr>
 *   <tr><td>{@code DISCOVERY_EXCLUDE_ENTITIES}</td><td>none</td><td>comma-separated entity ids hidden from Alexa</td></tr>
 * </table>
 */
@GatewayModule
public final class ConfigCore {
  /**
   * What replaces the process environment, or null. Static, and in this class rather than one of
   * its own: it is installed before the gateway builds this module, this module is its only
   * reader, and a separate class would be one more for every cold start to load.
   */
  private static volatile Map<String, String> override;

  /** Replaces the process environment with {@code values} (null restores it): for tests and the local runner. */
  public static void override(Map<String, String> values) {
    override = values == null ? null : Map.copyOf(values);
  }

  /** The value of {@code name} without surrounding whitespace, or null when unset or blank. */
  @GatewayOperation
  @HotPath
  public String get(String name) {
    Map<String, String> current = override;
    String value = current != null ? current.get(name) : System.getenv(name);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** The value of {@code name}, or {@code fallback}. */
  @GatewayOperation
  public String getOr(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  /**
   * A boolean setting: true/false/1/0/yes/no/on/off (case-insensitive), else {@code fallback}.
   * An unrecognised value falls back rather than failing: initialization reports it.
   */
  @GatewayOperation
  public boolean flag(String name, boolean fallback) {
    Boolean parsed = parseFlag(get(name));
    return parsed == null ? fallback : parsed;
  }

  /** A whole-number setting, or {@code fallback} when unset or not a number. */
  @GatewayOperation
  public long number(String name, long fallback) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The boolean spelled by {@code value}, or null when it is none (shared with initialization's checks). */
  static Boolean parseFlag(String value) {
    if (value == null) {
      return null;
    }
    switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true": case "1": case "yes": case "on":
        return Boolean.TRUE;
      case "false": case "0": case "no": case "off":
        return Boolean.FALSE;
      default:
        return null;
    }
  }
}
