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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code initialization} interface: one-time start-up work. Validates the core's settings, runs
 * the checks extensions added ({@link #addCheck}), logs each problem as a warning and an {@code
 * initialized} info line, and counts the {@code ColdStart} metric.
 *
 * <p>Problems are reported, not thrown: a function that is misconfigured must still answer its
 * caller with a well-formed error, and the log line says what to fix. The core checks that its
 * whole-number settings ({@code CIRCUIT_FAILURE_THRESHOLD}, {@code CIRCUIT_OPEN_SECONDS}, {@code
 * FREE_TIER_REQUESTS}, {@code FREE_TIER_GB_SECONDS}) are numbers of at least 0 and that {@code
 * LOG_LEVEL} is known; extensions check their own ({@link StartupCheck}).
 *
 * <p>"Once per JVM" is this instance's flag: the gateway builds one instance per JVM and never
 * releases it, and {@code lambda.begin} calls {@link #initialize} on every invocation, which
 * returns the first run's problems at once afterwards. Checks must therefore be added before the
 * first invocation begins (the example adds its own from its handler's static initializer). Tests
 * that need a fresh run build their own instance.
 */
@GatewayModule
public final class InitializationCore {
  private static final String[] NUMBER_SETTINGS = {
    "CIRCUIT_FAILURE_THRESHOLD",
    "CIRCUIT_OPEN_SECONDS",
    "FREE_TIER_REQUESTS",
    "FREE_TIER_GB_SECONDS"
  };

  /** Of those, the ones where 0 is not a value but falls back to the default. */
  private static final String[] POSITIVE_SETTINGS = {
    "CIRCUIT_FAILURE_THRESHOLD", "FREE_TIER_REQUESTS", "FREE_TIER_GB_SECONDS"
  };

  private static final StartupCheck[] NO_CHECKS = {};

  /** Checks added by extensions, in order; replaced (copy on write) under {@code this}. */
  private volatile StartupCheck[] checks = NO_CHECKS;

  private volatile List<String> problems;

  /**
   * Adds {@code check} to the start-up checks (once: adding the same instance again does nothing).
   * Checks added after the first {@link #initialize} do not run.
   */
  @GatewayOperation
  public synchronized void addCheck(StartupCheck check) {
    Objects.requireNonNull(check, "check");
    StartupCheck[] current = checks;
    for (StartupCheck added : current) {
      if (added == check) {
        return;
      }
    }
    StartupCheck[] grown = new StartupCheck[current.length + 1];
    System.arraycopy(current, 0, grown, 0, current.length);
    grown[current.length] = check;
    checks = grown;
  }

  /**
   * Runs once per JVM (later calls return the first run's answer at once): checks the
   * configuration, logs each problem as a warning and an {@code initialized} info line, counts the
   * {@code ColdStart} metric. Returns the configuration problems found (empty when none).
   */
  @GatewayOperation
  public List<String> initialize() {
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

  private List<String> run() {
    StartupCheck[] extensions = checks;
    List<String> found = check(extensions);
    for (String problem : found) {
      CoreGateway.loggingWarn("Configuration problem: " + problem);
    }
    CoreGateway.metricsCount("ColdStart", 1);
    StringBuilder line = new StringBuilder("initialized: ");
    for (StartupCheck check : extensions) {
      String summary;
      try {
        summary = check.summary();
      } catch (RuntimeException failure) {
        summary = null;
      }
      if (summary != null && !summary.isEmpty()) {
        line.append(summary).append(", ");
      }
    }
    line.append(found.isEmpty() ? "configuration ok" : found.size() + " configuration problem(s)");
    CoreGateway.loggingInfo(line.toString());
    return List.copyOf(found);
  }

  /** A CloudWatch namespace: 1 to 255 of {@code [0-9A-Za-z._/#: -]}, not {@code AWS/...}. */
  static boolean validNamespace(String namespace) {
    if (namespace.isEmpty() || namespace.length() > 255 || namespace.startsWith("AWS/")) {
      return false;
    }
    for (int i = 0; i < namespace.length(); i++) {
      char c = namespace.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || ".-_/#: ".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The core's configuration problems, then each extension's, each a sentence that says what to
   * fix.
   */
  static List<String> check(StartupCheck[] extensions) {
    List<String> found = new ArrayList<>();
    for (String name : NUMBER_SETTINGS) {
      StartupCheck.checkWholeNumber(found, name);
    }
    // 0 passes as a whole number, but a threshold or a limit of 0 means nothing: the modules fall
    // back to their defaults, which "configuration ok" hid.
    for (String name : POSITIVE_SETTINGS) {
      String value = CoreGateway.configGet(name);
      if (value != null && CoreGateway.configNumber(name, -1) == 0) {
        found.add(
            name + " must be at least 1, not " + value + " (which falls back to the default)");
      }
    }
    String namespace = CoreGateway.configGet("METRICS_NAMESPACE");
    if (namespace != null && !validNamespace(namespace)) {
      // CloudWatch drops every record of such a namespace, without a word in the function's logs.
      found.add(
          "METRICS_NAMESPACE must be at most 255 of A-Z a-z 0-9 . - _ / # : and space, not"
              + " starting with AWS/, not "
              + CoreGateway.securityRedact(namespace));
    }
    String level = CoreGateway.configGet("LOG_LEVEL");
    if (level != null && !LoggingCore.knownLevel(level)) {
      found.add(
          "LOG_LEVEL must be DEBUG, INFO, WARN or ERROR, not " + CoreGateway.securityRedact(level));
    }
    for (StartupCheck check : extensions) {
      try {
        check.check(found);
      } catch (RuntimeException failure) {
        // A broken check must not break every invocation's begin: it is a problem like the others.
        found.add(
            "the start-up check "
                + check.getClass().getName()
                + " failed: "
                + failure.getClass().getName());
      }
    }
    return found;
  }
}
