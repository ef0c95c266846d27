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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.InitializationCore;
import dev.suga.core.MetricsCore;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.TestJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the bridge adds to the core: its start-up check of the Home Assistant settings (run on an
 * initialization of the test's own: the gateway's runs once per JVM), HA_TOKEN as a secret, and its
 * metric namespace and service. (The checks were InitializationCoreTest's before the core
 * interfaces became a library.)
 */
class BridgeSetupTest {
  private final CoreFixture fixture = CoreFixture.with(Map.of());

  @BeforeAll
  static void install() {
    BridgeSetup.install();
  }

  @AfterEach
  void restore() {
    fixture.close();
  }

  private static List<String> initialize() {
    InitializationCore initialization = new InitializationCore();
    initialization.addCheck(BridgeSetup.check());
    return initialization.initialize();
  }

  @Test
  void aGoodConfigurationHasNoProblemsAndLogsInitializedWithTheMode() {
    fixture.environment(Map.of("HA_BASE_URL", "https://ha.example.org:8123", "HA_MODE", "proxy"));
    List<String> problems = initialize();
    assertEquals(List.of(), problems);
    List<Map<String, Object>> infos = fixture.logs("INFO");
    assertEquals(1, infos.size());
    assertEquals("initialized: mode proxy, configuration ok", infos.get(0).get("message"));
    assertTrue(fixture.logs("WARN").isEmpty());
  }

  @Test
  void reportsEachProblemWithWhatToFix() {
    fixture.environment(
        Map.of(
            "HA_MODE",
            "bridge",
            "HA_VERIFY_TLS",
            "maybe",
            "HA_READ_TIMEOUT_MS",
            "5s",
            "CIRCUIT_OPEN_SECONDS",
            "-1",
            "LOG_LEVEL",
            "LOUD",
            "HA_TOKEN_FALLBACK",
            "true"));
    List<String> problems = initialize();
    // The core's problems first, then the bridge's.
    assertEquals(
        List.of(
            "CIRCUIT_OPEN_SECONDS must be a whole number of at least 0, not -1",
            "LOG_LEVEL must be DEBUG, INFO, WARN or ERROR, not LOUD"),
        problems.subList(0, 2),
        problems::toString);
    assertEquals(7, problems.size(), problems.toString());
    assertTrue(problems.get(2).startsWith("HA_BASE_URL is not set"));
    assertTrue(problems.contains("HA_MODE must be native or proxy, not bridge"));
    assertTrue(problems.contains("HA_VERIFY_TLS must be true or false, not maybe"));
    assertTrue(
        problems.contains("HA_READ_TIMEOUT_MS must be a whole number of at least 0, not 5s"));
    assertTrue(problems.get(6).startsWith("HA_TOKEN_FALLBACK=true needs HA_TOKEN"));
    assertEquals(7, fixture.logs("WARN").size());
    assertEquals(
        "initialized: mode bridge, 7 configuration problem(s)",
        fixture.logs("INFO").get(0).get("message"));
  }

  @Test
  void baseUrlMustBeAbsoluteHttp() {
    for (String url :
        new String[] {"ha.local:8123", "ftp://ha.local", "http://", "/api", "http://exa mple"}) {
      fixture.environment(Map.of("HA_BASE_URL", url));
      List<String> problems = initialize();
      assertEquals(1, problems.size(), url);
      assertTrue(
          problems.get(0).startsWith("HA_BASE_URL is not an absolute http(s) URL"),
          problems.get(0));
    }
  }

  /**
   * The rule every request applies (HomeAssistantRest): a URL refused there is reported here, at
   * start-up.
   */
  @Test
  void baseUrlWithCredentialsQueryOrFragmentIsRefusedWithWhatToFix() {
    Map<String, String> refused =
        Map.of(
            "https://ha.local:8123/?api_password=secret",
                "HA_BASE_URL has a query (?...) or fragment (#...): remove it",
            "https://ha.local:8123#secret",
                "HA_BASE_URL has a query (?...) or fragment (#...): remove it",
            "https://admin:secret@ha.local:8123",
                "HA_BASE_URL carries a user name or password: remove it",
            "https://admin:p@ss@ha.local:8123",
                "HA_BASE_URL carries a user name or password: remove it");
    refused.forEach(
        (url, expected) -> {
          fixture.environment(Map.of("HA_BASE_URL", url));
          List<String> problems = initialize();
          assertEquals(1, problems.size(), url);
          assertTrue(problems.get(0).startsWith(expected), problems.get(0));
        });
    for (String line : fixture.lines()) {
      assertTrue(!line.contains("secret") && !line.contains("p@ss"), line);
    }
  }

  @Test
  void baseUrlWithAPathOrTrailingSlashIsFine() {
    for (String url :
        new String[] {
          "https://ha.local:8123/", "http://192.168.1.2:8123", "https://example.org/ha//"
        }) {
      fixture.environment(Map.of("HA_BASE_URL", url));
      assertEquals(List.of(), initialize(), url);
    }
  }

  @Test
  void tlsVerificationOffIsAWarningNotAProblem() {
    fixture.environment(Map.of("HA_BASE_URL", "https://ha.local:8123", "HA_VERIFY_TLS", "false"));
    assertEquals(List.of(), initialize());
    List<Map<String, Object>> warnings = fixture.logs("WARN");
    assertEquals(1, warnings.size());
    assertTrue(((String) warnings.get(0).get("message")).startsWith("HA_VERIFY_TLS=false"));
  }

  @Test
  void problemsNeverShowTheToken() {
    fixture.environment(Map.of("HA_TOKEN", "the-secret-token", "HA_BASE_URL", "the-secret-token"));
    List<String> problems = initialize();
    assertTrue(problems.get(0).endsWith("<redacted>"), problems.get(0));
    for (String line : fixture.lines()) {
      assertTrue(!line.contains("the-secret-token"), line);
    }
  }

  @Test
  void haTokenIsRedactedWhereverItAppears() {
    fixture.environment(
        Map.of("HA_TOKEN", "ha-long-lived-secret", "DIAGNOSTICS_TOKEN", "diag-secret"));
    assertEquals(
        "prefix<redacted>suffix and <redacted>",
        Gateway.securityRedact("prefixha-long-lived-secretsuffix and diag-secret"));
    fixture.environment(Map.of("HA_TOKEN", "on"));
    assertEquals(
        "the light is on",
        Gateway.securityRedact("the light is on"),
        "too short to replace literally");
  }

  @Test
  void metricsGoToTheBridgesNamespaceAndService() {
    Gateway.metricsCount("Directives", 1);
    Map<String, Object> record = TestJson.parseObject(Gateway.metricsFlush("req-1"));
    assertEquals("ha-bridge", record.get("Service"));
    assertEquals(
        "SugaHomeAssistant", TestJson.at(record, "_aws", "CloudWatchMetrics", 0, "Namespace"));
    fixture.set("METRICS_NAMESPACE", "MyHome");
    assertEquals(
        "MyHome", Gateway.metricsDescribe().get("namespace"), "a deployment's setting wins");
  }

  /** The core's five names and the bridge's five fill the ten exactly. */
  @Test
  void theFunctionsNamesFitTheLimit() {
    MetricsCore metrics = new MetricsCore();
    List<String> names =
        List.of(
            "Directives",
            "Errors",
            "HaLatency",
            "Duration",
            "ColdStart",
            "CircuitOpen",
            "Discoveries",
            "SkillRequests",
            "FreeTierThrottled",
            "HttpRequests");
    for (String name : names) {
      metrics.count(name, 1);
    }
    assertEquals(names, metrics.describe().get("names"));
    assertEquals(0L, metrics.describe().get("droppedValues"));
  }
}
