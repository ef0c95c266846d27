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
package dev.suga.core;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code config} interface: settings from environment variables, or from the override that
 * tests and local runners install ({@link #override}), over defaults that extensions install
 * ({@link #setDefault}). Nothing is cached here: a lookup is one volatile read and one map or
 * {@code getenv} lookup, and caching would hide a test's or a runner's changed override.
 *
 * <p>Values are stripped of surrounding whitespace: a token pasted with a trailing newline is a
 * classic cause of "401 from the API", and no setting means anything with edge blanks. Blank counts
 * as unset (and then the default, if any, applies).
 *
 * <p>Defaults let an extension give a core setting its own value without an environment variable:
 * the Home Assistant example sets {@code METRICS_NAMESPACE} to {@code SugaHomeAssistant}, so its
 * alarms find its metrics whether or not the deployment sets it.
 *
 * <p>The core's settings (the module README lists them with their interfaces): {@code LOG_LEVEL},
 * {@code METRICS_NAMESPACE}, {@code METRICS_SERVICE}, {@code CIRCUIT_FAILURE_THRESHOLD}, {@code
 * CIRCUIT_OPEN_SECONDS}, {@code FREE_TIER_REQUESTS}, {@code FREE_TIER_GB_SECONDS}, {@code
 * DIAGNOSTICS_TOKEN}.
 */
@GatewayModule
public final class ConfigCore {
  /**
   * What replaces the process environment, or null. Static, and in this class rather than one of
   * its own: it is installed before the gateway builds this module, this module is its only reader,
   * and a separate class would be one more for every cold start to load.
   */
  private static volatile Map<String, String> override;

  /** Values used when a setting is unset; extensions install them ({@link #setDefault}). */
  private final ConcurrentHashMap<String, String> defaults = new ConcurrentHashMap<>();

  /**
   * Replaces the process environment with {@code values} (null restores it): for tests and the
   * local runner.
   */
  public static void override(Map<String, String> values) {
    override = values == null ? null : Map.copyOf(values);
  }

  /**
   * The value of {@code name} without surrounding whitespace; when that is unset or blank, the
   * default installed for it; else null.
   */
  @GatewayOperation
  @HotPath
  public String get(String name) {
    Map<String, String> current = override;
    String value = current != null ? current.get(name) : System.getenv(name);
    if (value != null) {
      String stripped = value.strip();
      if (!stripped.isEmpty()) {
        return stripped;
      }
    }
    return defaults.isEmpty() ? null : defaults.get(name);
  }

  /**
   * Installs {@code value} as what {@code name} reads when unset (null removes the default). For
   * extensions: a function's own defaults for core settings, installed once at start-up.
   */
  @GatewayOperation
  public void setDefault(String name, String value) {
    Objects.requireNonNull(name, "name");
    String stripped = value == null ? null : value.strip();
    if (stripped == null || stripped.isEmpty()) {
      defaults.remove(name);
    } else {
      defaults.put(name, stripped);
    }
  }

  /** The value of {@code name}, or {@code fallback}. */
  @GatewayOperation
  public String getOr(String name, String fallback) {
    String value = get(name);
    return value == null ? fallback : value;
  }

  /**
   * A boolean setting: true/false/1/0/yes/no/on/off (case-insensitive), else {@code fallback}. An
   * unrecognised value falls back rather than failing: initialization reports it.
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

  /**
   * The boolean spelled by {@code value} (true/false/1/0/yes/no/on/off, any case), or null when it
   * is none: what {@link #flag} accepts, for start-up checks that report a misspelling.
   */
  public static Boolean parseFlag(String value) {
    if (value == null) {
      return null;
    }
    switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
      case "on":
        return Boolean.TRUE;
      case "false":
      case "0":
      case "no":
      case "off":
        return Boolean.FALSE;
      default:
        return null;
    }
  }
}
