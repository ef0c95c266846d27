package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time start-up work: validates configuration and warns about unsafe settings (TLS off).
 *
 * <p>Problems are reported, not thrown: a function that cannot reach Home Assistant must still
 * answer Alexa with a well-formed error, and the log line says what to fix. Checked: {@code
 * HA_BASE_URL} by {@link HomeAssistantUrl}'s rule (the one every request applies); {@code HA_MODE} {@code native} or {@code
 * proxy}; boolean settings spelled as booleans; whole-number settings numbers and positive;
 * {@code LOG_LEVEL} known; {@code HA_TOKEN_FALLBACK=true} only with an {@code HA_TOKEN}.
 * {@code HA_VERIFY_TLS=false} is not a problem but is logged as a warning.
 *
 * <p>"Once per JVM" is this instance's flag: the gateway builds one instance per JVM and never
 * releases it, so a later call returns the first run's problems at once. Tests that need a
 * fresh run build their own instance.
 */
@GatewayModule
public final class InitializationCore {
  private static final String[] BOOLEAN_SETTINGS = {"HA_VERIFY_TLS", "HA_TOKEN_FALLBACK"};
  private static final String[] NUMBER_SETTINGS = {"HA_CONNECT_TIMEOUT_MS", "HA_READ_TIMEOUT_MS", "HA_MAX_RETRIES",
      "CIRCUIT_FAILURE_THRESHOLD", "CIRCUIT_OPEN_SECONDS", "FREE_TIER_REQUESTS", "FREE_TIER_GB_SECONDS"};

  private volatile List<String> problems;

  /**
   * Runs once per JVM (later calls return the first run's answer at once): checks the
   * configuration, logs each problem as a warning and an {@code initialized} info line, counts
   * the {@code ColdStart} metric. Returns the configuration problems found (empty when none).
   */
  @GatewayOperation
  public java.util.List<String> initialize() {
    List<String> found = problems;
    if (found != null) {
      return found;
    }
    synchronized (this) {
      if (problems == null) {
        problems = run();
      }
      return problems;
    }
  }

  private static List<String> run() {
    List<String> found = check();
    for (String problem : found) {
      Gateway.loggingWarn("Configuration problem: " + problem);
    }
    if (HomeAssistantUrl.fromConfig().https() && !Gateway.configFlag("HA_VERIFY_TLS", true)) {
      Gateway.loggingWarn("HA_VERIFY_TLS=false: Home Assistant's certificate is not verified; the token can be"
          + " intercepted. Install a valid certificate and remove the setting.");
    }
    Gateway.metricsCount("ColdStart", 1);
    Gateway.loggingInfo("initialized: mode " + Gateway.configGetOr("HA_MODE", "native").toLowerCase(Locale.ROOT)
        + ", " + (found.isEmpty() ? "configuration ok" : found.size() + " configuration problem(s)"));
    return List.copyOf(found);
  }

  /** The configuration problems, each a sentence that says what to fix. */
  static List<String> check() {
    List<String> found = new ArrayList<>();
    String baseUrlProblem = HomeAssistantUrl.fromConfig().problem();
    if (baseUrlProblem != null) {
      found.add(baseUrlProblem);
    }
    String mode = Gateway.configGet("HA_MODE");
    if (mode != null && !mode.equalsIgnoreCase("native") && !mode.equalsIgnoreCase("proxy")) {
      found.add("HA_MODE must be native or proxy, not " + Gateway.securityRedact(mode));
    }
    for (String name : BOOLEAN_SETTINGS) {
      String value = Gateway.configGet(name);
      if (value != null && ConfigCore.parseFlag(value) == null) {
        found.add(name + " must be true or false, not " + Gateway.securityRedact(value));
      }
    }
    for (String name : NUMBER_SETTINGS) {
      String value = Gateway.configGet(name);
      if (value != null && !positiveOrZero(value)) {
        found.add(name + " must be a whole number of at least 0, not " + Gateway.securityRedact(value));
      }
    }
    String level = Gateway.configGet("LOG_LEVEL");
    if (level != null && !LoggingCore.knownLevel(level)) {
      found.add("LOG_LEVEL must be DEBUG, INFO, WARN or ERROR, not " + Gateway.securityRedact(level));
    }
    if (Gateway.configFlag("HA_TOKEN_FALLBACK", false) && Gateway.configGet("HA_TOKEN") == null) {
      found.add("HA_TOKEN_FALLBACK=true needs HA_TOKEN: set the long-lived token or turn the fallback off");
    }
    return found;
  }

  private static boolean positiveOrZero(String value) {
    try {
      return Long.parseLong(value) >= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
