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
package dev.suga.example.ha.homeassistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.http.HttpRequest;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.StandInServer;
import dev.suga.example.ha.Gateway;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the bridge's HA_* settings become the core http_client's per-request limits, and how the
 * health probe stays out of the circuit breaker.
 */
class HomeAssistantRestTest {
  private final CoreFixture fixture = CoreFixture.with(Map.of());

  @AfterEach
  void restore() {
    Gateway.circuitBreakerReset(HomeAssistantRest.DEPENDENCY);
    fixture.close();
  }

  @Test
  void requestsCarryTheHaSettings() {
    fixture.environment(
        Map.of(
            "HA_CONNECT_TIMEOUT_MS",
            "1500",
            "HA_READ_TIMEOUT_MS",
            "300",
            "HA_MAX_RETRIES",
            "4",
            "HA_VERIFY_TLS",
            "false"));
    HttpRequest request =
        HomeAssistantRest.request(
            HomeAssistantRest.DEPENDENCY, "GET", "https://ha/api/", "t", null);
    assertEquals("home_assistant", request.dependency());
    assertEquals(1500, request.connectTimeoutMillis());
    assertEquals(300, request.readTimeoutMillis());
    assertEquals(4, request.maxRetries());
    assertFalse(request.verifyTls());
    assertEquals("HaLatency", request.latencyMetric());
  }

  @Test
  void unsetOrBadSettingsGiveTheDefaults() {
    fixture.environment(Map.of("HA_MAX_RETRIES", "99", "HA_READ_TIMEOUT_MS", "soon"));
    HttpRequest request =
        HomeAssistantRest.request(null, "POST", "https://ha/api/", "t", new byte[0]);
    assertNull(request.dependency());
    assertEquals(2000, request.connectTimeoutMillis());
    assertEquals(5000, request.readTimeoutMillis());
    assertEquals(10, request.maxRetries(), "capped");
    assertTrue(request.verifyTls());
    fixture.environment(Map.of("HA_MAX_RETRIES", "-3"));
    assertEquals(0, HomeAssistantRest.request(null, "GET", "https://ha/", null, null).maxRetries());
  }

  /** The probe tells the truth while the circuit is open, and a failed probe does not open it. */
  @Test
  void theHealthProbeBypassesTheCircuit() {
    try (StandInServer server = StandInServer.http()) {
      fixture.environment(
          Map.of(
              "HA_BASE_URL",
              server.url("/"),
              "CIRCUIT_FAILURE_THRESHOLD",
              "1",
              "CIRCUIT_OPEN_SECONDS",
              "3600",
              "HA_MAX_RETRIES",
              "0"));
      Gateway.circuitBreakerFailure(HomeAssistantRest.DEPENDENCY);
      assertEquals("open", Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY));
      server.script(StandInServer.status(401, "{\"message\":\"Unauthorized\"}"));
      ComponentCheckAnswer answer = probe();
      assertEquals("reachable", answer.status());
      assertEquals("/api/", server.received().get(0).path());
      assertNull(server.received().get(0).header("Authorization"), "no token for the probe");
      Gateway.circuitBreakerReset(HomeAssistantRest.DEPENDENCY);
      server.script(StandInServer.status(503, "{}"));
      assertEquals("unreachable", probe().status());
      assertFalse(probe().healthy());
      assertEquals(
          "closed",
          Gateway.circuitBreakerState(HomeAssistantRest.DEPENDENCY),
          "the probe is not counted");
    }
    fixture.environment(Map.of());
    assertEquals("not configured", probe().status());
  }

  private record ComponentCheckAnswer(String status, boolean healthy) {}

  private static ComponentCheckAnswer probe() {
    var check = HomeAssistantHealth.COMPONENTS.get("home_assistant");
    String status = check.probe();
    return new ComponentCheckAnswer(status, check.healthy(status));
  }
}
