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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.TestJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /health with an extension's components, /diagnostics behind its token, through CoreGateway. */
class DebugCoreTest {
  private static final String TOKEN = "debug-test-diagnostics-secret";

  private final CoreFixture fixture = CoreFixture.with(Map.of("DIAGNOSTICS_TOKEN", TOKEN));

  @AfterEach
  void restore() {
    CoreGateway.cacheInvalidate(DebugCore.CACHE_KEY_PREFIX + "backend");
    CoreGateway.circuitBreakerResetAll();
    fixture.close();
  }

  /** A component whose status the test sets, counting its probes. */
  private static final class Backend implements ComponentCheck {
    final List<String> probes = new ArrayList<>();
    String status = "up";

    @Override
    public String probe() {
      probes.add(status);
      return status;
    }

    @Override
    public boolean healthy(String answer) {
      return "up".equals(answer);
    }
  }

  private static Map<String, Object> event(
      String method, String path, Map<String, Object> headers) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("rawPath", path);
    event.put("headers", headers);
    event.put("requestContext", Map.of("http", Map.of("method", method, "path", path)));
    return event;
  }

  private static Map<String, Object> body(Map<String, Object> response) {
    return TestJson.parseObject((String) response.get("body"));
  }

  @Test
  void healthProbesComponentsOnceAndCachesTheAnswer() {
    Backend backend = new Backend();
    Map<String, ComponentCheck> components = Map.of("backend", backend);
    Map<String, Object> response =
        CoreGateway.debugHandleHttp(event("GET", "/health", Map.of()), components, null);
    assertEquals(200, response.get("statusCode"));
    assertEquals(
        Map.of("content-type", "application/json", "cache-control", "no-store"),
        response.get("headers"));
    Map<String, Object> body = body(response);
    assertEquals("ok", body.get("status"));
    assertEquals(
        List.of("backend", "circuit_breaker", "free_tier"),
        List.copyOf(((Map<?, ?>) body.get("components")).keySet()));
    assertEquals("up", TestJson.at(body, "components", "backend"));
    backend.status = "down";
    CoreGateway.debugHandleHttp(event("GET", "/health", Map.of()), components, null);
    assertEquals(List.of("up"), backend.probes, "the answer is reused for 30 s");
    CoreGateway.cacheInvalidate(DebugCore.CACHE_KEY_PREFIX + "backend");
    Map<String, Object> down =
        CoreGateway.debugHandleHttp(event("GET", "/health", Map.of()), components, null);
    assertEquals(503, down.get("statusCode"));
    assertEquals("degraded", body(down).get("status"));
  }

  @Test
  void anOpenCircuitIsDegraded() {
    fixture.set("CIRCUIT_FAILURE_THRESHOLD", "1");
    CoreGateway.circuitBreakerFailure("debug-test");
    Map<String, Object> body = CoreGateway.debugHealth(null);
    assertEquals("degraded", body.get("status"));
    assertEquals("open", TestJson.at(body, "components", "circuit_breaker"));
  }

  @Test
  void nearTheFreeTierLimitComponentsAreNotProbed() {
    fixture.set("FREE_TIER_REQUESTS", "10");
    // The gateway's free tier counts this JVM's invocations: past 90 % of a tiny allowance (the
    // fixture restores the real allowance afterwards, where these few are nothing).
    for (int i = 0; i < 10; i++) {
      CoreGateway.freeTierRecord(1, 128, System.currentTimeMillis());
    }
    assertTrue(
        List.of("throttle", "refuse")
            .contains(CoreGateway.freeTierLevel(System.currentTimeMillis())));
    Backend backend = new Backend();
    CoreGateway.metricsFlush(null);
    Map<String, Object> body = CoreGateway.debugHealth(Map.of("backend", backend));
    assertTrue(
        ((String) TestJson.at(body, "components", "backend")).startsWith("not probed (free tier "),
        body::toString);
    assertEquals(List.of(), backend.probes);
    assertEquals("ok", body.get("status"), "not probed is not unhealthy");
    assertTrue(CoreGateway.metricsFlush("t").contains("\"FreeTierThrottled\":1"));
  }

  @Test
  void diagnosticsNeedTheConfiguredToken() {
    assertEquals(
        401,
        CoreGateway.debugHandleHttp(event("GET", "/diagnostics", Map.of()), null, null)
            .get("statusCode"));
    assertEquals(
        401,
        CoreGateway.debugHandleHttp(
                event("GET", "/diagnostics", Map.of("authorization", "Bearer nope")), null, null)
            .get("statusCode"));
    Map<String, Object> right =
        CoreGateway.debugHandleHttp(
            event("GET", "/diagnostics", Map.of("Authorization", "Bearer " + TOKEN)), null, null);
    assertEquals(200, right.get("statusCode"));
    Map<String, Object> body = body(right);
    assertEquals(
        List.of(
            "loadedInterfaces",
            "modules",
            "operations",
            "hotPathCandidates",
            "cacheEntries",
            "circuitBreaker",
            "circuits",
            "freeTier",
            "metrics"),
        List.copyOf(body.keySet()));
    assertTrue(((List<?>) body.get("loadedInterfaces")).contains("debug"), body::toString);
    assertFalse(right.get("body").toString().contains(TOKEN));
    fixture.set("DIAGNOSTICS_TOKEN", null);
    assertEquals(
        403,
        CoreGateway.debugHandleHttp(
                event("GET", "/diagnostics", Map.of("authorization", "Bearer " + TOKEN)),
                null,
                null)
            .get("statusCode"));
  }

  @Test
  void otherPathsAndMethodsAreRefused() {
    assertEquals(
        404,
        CoreGateway.debugHandleHttp(event("GET", "/admin", Map.of()), null, null)
            .get("statusCode"));
    assertEquals(
        405,
        CoreGateway.debugHandleHttp(event("POST", "/health", Map.of()), null, null)
            .get("statusCode"));
    Map<String, Object> noRawPath = new LinkedHashMap<>(event("GET", "/health", Map.of()));
    noRawPath.remove("rawPath");
    assertEquals(
        200,
        CoreGateway.debugHandleHttp(noRawPath, null, null).get("statusCode"),
        "requestContext.http.path");
  }

  @Test
  void aProbeThatThrowsIsUnhealthyAndStatusesAreRedacted() {
    CoreGateway.securityRegisterSecret("health-probe-secret-value");
    Map<String, ComponentCheck> components = new LinkedHashMap<>();
    components.put(
        "broken",
        new ComponentCheck() {
          @Override
          public String probe() {
            throw new IllegalStateException("cannot reach db: health-probe-secret-value");
          }

          @Override
          public boolean healthy(String status) {
            return true;
          }
        });
    components.put(
        "chatty",
        new ComponentCheck() {
          @Override
          public String probe() {
            return "unreachable: https://bob:health-probe-secret-value@api.example/";
          }

          @Override
          public boolean healthy(String status) {
            throw new IllegalArgumentException("cannot tell");
          }
        });
    try {
      Map<String, Object> response =
          CoreGateway.debugHandleHttp(event("GET", "/health", Map.of()), components, null);
      assertEquals(503, response.get("statusCode"));
      String body = (String) response.get("body");
      assertTrue(!body.contains("health-probe-secret-value"), body);
      assertTrue(
          ((String) TestJson.at(body(response), "components", "broken"))
              .startsWith("probe failed (java.lang.IllegalStateException"),
          body);
      assertTrue(fixture.lines().toString().contains("health probe of broken failed"));
      assertTrue(!fixture.lines().toString().contains("health-probe-secret-value"));
    } finally {
      CoreGateway.cacheInvalidate(DebugCore.CACHE_KEY_PREFIX + "broken");
      CoreGateway.cacheInvalidate(DebugCore.CACHE_KEY_PREFIX + "chatty");
    }
  }
}
