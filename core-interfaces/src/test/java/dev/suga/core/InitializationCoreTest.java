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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uses its own instances: the gateway's runs once per JVM. */
class InitializationCoreTest {
  private final CoreFixture fixture = CoreFixture.with(Map.of());

  @AfterEach
  void restore() {
    fixture.close();
  }

  /** An extension's check: reports a missing setting, warns about an unsafe one, names a mode. */
  private static final class ExtensionCheck implements StartupCheck {
    final List<String> calls = new ArrayList<>();

    @Override
    public void check(List<String> problems) {
      calls.add("check");
      if (CoreGateway.configGet("EXT_URL") == null) {
        problems.add("EXT_URL is not set: set it to the service's URL");
      }
      StartupCheck.checkFlag(problems, "EXT_VERIFY");
      StartupCheck.checkWholeNumber(problems, "EXT_TIMEOUT_MS");
      if (!CoreGateway.configFlag("EXT_VERIFY", true)) {
        CoreGateway.loggingWarn("EXT_VERIFY=false: certificates are not verified");
      }
    }

    @Override
    public String summary() {
      return "mode " + CoreGateway.configGetOr("EXT_MODE", "plain");
    }
  }

  @Test
  void aGoodConfigurationHasNoProblemsAndLogsInitialized() {
    InitializationCore initialization = new InitializationCore();
    assertEquals(List.of(), initialization.initialize());
    List<Map<String, Object>> infos = fixture.logs("INFO");
    assertEquals(1, infos.size());
    assertEquals("initialized: configuration ok", infos.get(0).get("message"));
    assertTrue(fixture.logs("WARN").isEmpty());
  }

  @Test
  void runsOncePerInstance() {
    InitializationCore initialization = new InitializationCore();
    ExtensionCheck check = new ExtensionCheck();
    initialization.addCheck(check);
    List<String> first = initialization.initialize();
    int lines = fixture.lines().size();
    assertSame(first, initialization.initialize());
    assertEquals(lines, fixture.lines().size());
    assertEquals(List.of("check"), check.calls);
  }

  @Test
  void countsTheColdStart() {
    new InitializationCore().initialize();
    String record = CoreGateway.metricsFlush("init");
    assertTrue(record != null && record.contains("\"ColdStart\":1"), record);
  }

  @Test
  void reportsTheCoresProblemsWithWhatToFix() {
    fixture.environment(
        Map.of(
            "CIRCUIT_OPEN_SECONDS",
            "-1",
            "FREE_TIER_REQUESTS",
            "lots",
            "LOG_LEVEL",
            "LOUD",
            "CIRCUIT_FAILURE_THRESHOLD",
            "3"));
    List<String> problems = new InitializationCore().initialize();
    assertEquals(
        List.of(
            "CIRCUIT_OPEN_SECONDS must be a whole number of at least 0, not -1",
            "FREE_TIER_REQUESTS must be a whole number of at least 0, not lots",
            "LOG_LEVEL must be DEBUG, INFO, WARN or ERROR, not LOUD"),
        problems);
    assertEquals(3, fixture.logs("WARN").size());
    assertEquals(
        "initialized: 3 configuration problem(s)", fixture.logs("INFO").get(0).get("message"));
  }

  @Test
  void aZeroThresholdOrLimitIsAProblemNotASilentDefault() {
    fixture.environment(
        Map.of(
            "CIRCUIT_FAILURE_THRESHOLD",
            "0",
            "FREE_TIER_GB_SECONDS",
            "0",
            "CIRCUIT_OPEN_SECONDS",
            "0"));
    assertEquals(
        List.of(
            "CIRCUIT_FAILURE_THRESHOLD must be at least 1, not 0 (which falls back to the default)",
            "FREE_TIER_GB_SECONDS must be at least 1, not 0 (which falls back to the default)"),
        new InitializationCore().initialize());
  }

  @Test
  void aNamespaceCloudWatchWouldRejectIsAProblem() {
    for (String bad : new String[] {"AWS/Lambda", "MyéNamespace", "x".repeat(256), "a|b"}) {
      fixture.environment(Map.of("METRICS_NAMESPACE", bad));
      List<String> problems = new InitializationCore().initialize();
      assertEquals(1, problems.size(), bad);
      assertTrue(problems.get(0).startsWith("METRICS_NAMESPACE must be"), problems::toString);
    }
    fixture.environment(Map.of("METRICS_NAMESPACE", "Acme/Home Bridge:prod#1.v_2-x"));
    assertEquals(List.of(), new InitializationCore().initialize());
  }

  @Test
  void extensionChecksRunAfterTheCoresAndNameTheirMode() {
    fixture.environment(
        Map.of(
            "LOG_LEVEL",
            "LOUD",
            "EXT_VERIFY",
            "maybe",
            "EXT_TIMEOUT_MS",
            "5s",
            "EXT_MODE",
            "proxy"));
    InitializationCore initialization = new InitializationCore();
    ExtensionCheck check = new ExtensionCheck();
    initialization.addCheck(check);
    initialization.addCheck(check); // the same check twice runs once
    List<String> problems = initialization.initialize();
    assertEquals(
        List.of(
            "LOG_LEVEL must be DEBUG, INFO, WARN or ERROR, not LOUD",
            "EXT_URL is not set: set it to the service's URL",
            "EXT_VERIFY must be true or false, not maybe",
            "EXT_TIMEOUT_MS must be a whole number of at least 0, not 5s"),
        problems);
    assertEquals(List.of("check"), check.calls);
    assertEquals(
        "initialized: mode proxy, 4 configuration problem(s)",
        fixture.logs("INFO").get(0).get("message"));
  }

  @Test
  void unsafeSettingsAreWarningsNotProblems() {
    fixture.environment(Map.of("EXT_URL", "https://example.org", "EXT_VERIFY", "false"));
    InitializationCore initialization = new InitializationCore();
    initialization.addCheck(new ExtensionCheck());
    assertEquals(List.of(), initialization.initialize());
    List<Map<String, Object>> warnings = fixture.logs("WARN");
    assertEquals(1, warnings.size());
    assertTrue(((String) warnings.get(0).get("message")).startsWith("EXT_VERIFY=false"));
    assertEquals(
        "initialized: mode plain, configuration ok", fixture.logs("INFO").get(0).get("message"));
  }

  @Test
  void aBrokenCheckIsAProblemNotAFailureOfEveryInvocation() {
    InitializationCore initialization = new InitializationCore();
    initialization.addCheck(
        new StartupCheck() {
          @Override
          public void check(List<String> problems) {
            throw new IllegalStateException("bug");
          }
        });
    List<String> problems = initialization.initialize();
    assertEquals(1, problems.size());
    assertTrue(
        problems.get(0).startsWith("the start-up check dev.suga.core.InitializationCoreTest$"),
        problems.get(0));
    assertTrue(
        problems.get(0).endsWith("failed: java.lang.IllegalStateException"), problems.get(0));
  }

  @Test
  void problemsNeverShowASecret() {
    CoreGateway.securityRegisterSecretSetting("INIT_TEST_TOKEN");
    fixture.environment(
        Map.of("INIT_TEST_TOKEN", "the-secret-token", "LOG_LEVEL", "the-secret-token"));
    List<String> problems = new InitializationCore().initialize();
    assertTrue(problems.get(0).endsWith("<redacted>"), problems.get(0));
    for (String line : fixture.lines()) {
      assertTrue(!line.contains("the-secret-token"), line);
    }
  }
}
