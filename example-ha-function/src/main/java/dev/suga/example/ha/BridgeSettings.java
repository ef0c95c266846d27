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
package dev.suga.example.ha;

import java.util.List;

/**
 * Every setting (environment variable) the function reads, its own and the core interfaces' it
 * documents: the one list. The code reads settings by these names, and the README's settings table
 * is this list, row by row ({@code BridgeSettingsTest} compares them).
 *
 * <p>The names are compile-time constants, so reading a setting never loads this class; {@link
 * #all()} is for the test and for tools.
 */
public final class BridgeSettings {
  public static final String HA_BASE_URL = "HA_BASE_URL";
  public static final String HA_TOKEN = "HA_TOKEN";
  public static final String HA_TOKEN_FALLBACK = "HA_TOKEN_FALLBACK";
  public static final String HA_MODE = "HA_MODE";
  public static final String HA_VERIFY_TLS = "HA_VERIFY_TLS";
  public static final String HA_CONNECT_TIMEOUT_MS = "HA_CONNECT_TIMEOUT_MS";
  public static final String HA_READ_TIMEOUT_MS = "HA_READ_TIMEOUT_MS";
  public static final String HA_MAX_RETRIES = "HA_MAX_RETRIES";
  public static final String HA_TEMPERATURE_UNIT = "HA_TEMPERATURE_UNIT";
  public static final String HA_NOTIFY_SERVICE = "HA_NOTIFY_SERVICE";
  public static final String LOG_LEVEL = "LOG_LEVEL";
  public static final String DIAGNOSTICS_TOKEN = "DIAGNOSTICS_TOKEN";
  public static final String METRICS_NAMESPACE = "METRICS_NAMESPACE";
  public static final String CIRCUIT_FAILURE_THRESHOLD = "CIRCUIT_FAILURE_THRESHOLD";
  public static final String CIRCUIT_OPEN_SECONDS = "CIRCUIT_OPEN_SECONDS";
  public static final String FREE_TIER_REQUESTS = "FREE_TIER_REQUESTS";
  public static final String FREE_TIER_GB_SECONDS = "FREE_TIER_GB_SECONDS";
  public static final String DISCOVERY_INCLUDE_DOMAINS = "DISCOVERY_INCLUDE_DOMAINS";
  public static final String DISCOVERY_INCLUDE_ENTITIES = "DISCOVERY_INCLUDE_ENTITIES";
  public static final String DISCOVERY_EXCLUDE_DOMAINS = "DISCOVERY_EXCLUDE_DOMAINS";
  public static final String DISCOVERY_EXCLUDE_ENTITIES = "DISCOVERY_EXCLUDE_ENTITIES";

  /** {@value #HA_MODE}'s values. */
  public static final String NATIVE = "native";

  public static final String PROXY = "proxy";

  public static final long DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
  public static final long DEFAULT_READ_TIMEOUT_MS = 5_000;
  public static final long DEFAULT_MAX_RETRIES = 2;

  /**
   * The notify service of the custom skill's notifications by default: Home Assistant's own, which
   * every installation has (a notification in its sidebar).
   */
  public static final String DEFAULT_NOTIFY_SERVICE = "persistent_notification";

  /** The metrics namespace the bridge gives the core's {@value #METRICS_NAMESPACE} by default. */
  public static final String DEFAULT_METRICS_NAMESPACE = "SugaHomeAssistant";

  /**
   * One setting: its name, its default as the README writes it, and what it means.
   *
   * @param core whether the core interfaces read it (the others are the bridge's own)
   */
  public record Setting(String name, String defaultValue, boolean core, String meaning) {}

  private BridgeSettings() {}

  /** Every setting, in the README's order. */
  public static List<Setting> all() {
    return List.of(
        own(HA_BASE_URL, "required", "Home Assistant as reachable from AWS"),
        own(HA_TOKEN, "unset", "long-lived token: the fallback credential (/health sends none)"),
        own(HA_TOKEN_FALLBACK, "false", "use HA_TOKEN when a directive carries no token"),
        own(HA_MODE, NATIVE, "native (translate) or proxy (forward to /api/alexa/smart_home)"),
        own(HA_VERIFY_TLS, "true", "false trusts any certificate (logged as a warning)"),
        own(
            HA_CONNECT_TIMEOUT_MS,
            Long.toString(DEFAULT_CONNECT_TIMEOUT_MS),
            "connect timeout, further bounded by the time left"),
        own(
            HA_READ_TIMEOUT_MS,
            Long.toString(DEFAULT_READ_TIMEOUT_MS),
            "read timeout, further bounded by the time left"),
        own(HA_MAX_RETRIES, Long.toString(DEFAULT_MAX_RETRIES), "retries of idempotent reads"),
        own(
            HA_TEMPERATURE_UNIT,
            "asked from Home Assistant",
            "scale of climate temperatures (°C/°F)"),
        own(
            HA_NOTIFY_SERVICE,
            DEFAULT_NOTIFY_SERVICE,
            "notify service of the custom skill's notifications (notify.<name>, e.g. mobile_app_my_phone)"),
        core(LOG_LEVEL, "INFO", "DEBUG, INFO, WARN or ERROR"),
        core(DIAGNOSTICS_TOKEN, "unset", "bearer token for GET /diagnostics"),
        core(
            METRICS_NAMESPACE,
            DEFAULT_METRICS_NAMESPACE,
            "CloudWatch namespace of the EMF records"),
        core(CIRCUIT_FAILURE_THRESHOLD, "5", "consecutive failures that open the circuit"),
        core(CIRCUIT_OPEN_SECONDS, "30", "how long the open circuit refuses calls"),
        core(FREE_TIER_REQUESTS, "1000000", "monthly request allowance tracked"),
        core(FREE_TIER_GB_SECONDS, "400000", "monthly GB-second allowance tracked"),
        own(DISCOVERY_INCLUDE_DOMAINS, "all", "comma-separated domains offered to Alexa"),
        own(
            DISCOVERY_INCLUDE_ENTITIES,
            "none",
            "comma-separated entity ids offered in addition to the included domains"),
        own(
            DISCOVERY_EXCLUDE_DOMAINS,
            "none",
            "comma-separated domains hidden from Alexa (and refused in directives)"),
        own(
            DISCOVERY_EXCLUDE_ENTITIES,
            "none",
            "comma-separated entity ids hidden from Alexa (and refused in directives)"));
  }

  private static Setting own(String name, String defaultValue, String meaning) {
    return new Setting(name, defaultValue, false, meaning);
  }

  private static Setting core(String name, String defaultValue, String meaning) {
    return new Setting(name, defaultValue, true, meaning);
  }
}
