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
import dev.suga.runtime.StatisticsSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code debug} interface: health and diagnostics, as bodies ({@link #health}, {@link
 * #diagnostics}) or as the answer to an HTTP event (Lambda Function URL / API Gateway HTTP API,
 * payload 2.0: {@code GET /health} and {@code GET /diagnostics}).
 *
 * <ul>
 *   <li>Health: each component an extension contributes ({@link ComponentCheck}; its answer is
 *       cached 30 s, and not probed at all while the free tier is at {@code throttle} or above:
 *       {@code not probed (free tier throttle)}, and a {@code FreeTierThrottled} metric), then
 *       {@code circuit_breaker} (the worst circuit's state) and {@code free_tier} (the level).
 *       Healthy when no circuit is open and every probed component is healthy: {@code 200} and
 *       {@code ok}, else {@code 503} and {@code degraded}.
 *   <li>Diagnostics: refused unless {@code DIAGNOSTICS_TOKEN} is configured ({@code 403}) and
 *       presented as {@code Authorization: Bearer <token>} ({@code 401}; compared in constant
 *       time). Then the gateway statistics given (the function's gateway's: they count every call,
 *       those the core's modules make through {@code CoreGateway} included), loaded modules,
 *       {@code @HotPath} candidates, cache entries, circuits, free-tier usage and metric names.
 * </ul>
 *
 * <p>Bodies are JSON strings written with jackson-core's streaming generator. Released when idle
 * (120 s): an ordinary event never builds it.
 */
@GatewayModule(unload = GatewayModule.Unload.IDLE, idleSeconds = 120)
public final class DebugCore {
  /** How long a component's answer is reused by /health. */
  static final long COMPONENT_TTL_MILLIS = 30_000;

  /** Prefix of the cache keys of components' answers: {@code debug.health.<component>}. */
  public static final String CACHE_KEY_PREFIX = "debug.health.";

  private static final Map<String, String> HEADERS =
      Map.of("content-type", "application/json", "cache-control", "no-store");

  /**
   * Answers one HTTP event with an API Gateway v2 response ({@code statusCode}, {@code headers},
   * {@code body}): {@code GET /health}, {@code GET /diagnostics}, else 404 (405 for another
   * method).
   *
   * @param event the event as maps and lists ({@code requestContext.http.method}, {@code rawPath},
   *     {@code headers})
   * @param components what {@code /health} probes, by name in the order listed; null for none
   * @param statistics what {@code /diagnostics} reports: the function's gateway's {@code
   *     statistics()}; null for {@code CoreGateway}'s (the core's modules only)
   */
  @GatewayOperation
  public Map<String, Object> handleHttp(
      Map<String, Object> event,
      Map<String, ComponentCheck> components,
      StatisticsSnapshot statistics) {
    Map<String, Object> http = object(object(event.get("requestContext")).get("http"));
    Object method = http.get("method");
    Object path = event.get("rawPath");
    if (path == null) {
      path = http.get("path");
    }
    if (!"GET".equals(method)) {
      return response(405, Map.of("error", "method not allowed"));
    }
    if ("/health".equals(path)) {
      Map<String, Object> body = health(components);
      return response("ok".equals(body.get("status")) ? 200 : 503, body);
    }
    if ("/diagnostics".equals(path)) {
      return diagnosticsResponse(event, statistics);
    }
    return response(404, Map.of("error", "not found", "paths", List.of("/health", "/diagnostics")));
  }

  /**
   * The health body: {@code status} ({@code ok} or {@code degraded}) and {@code components}, each
   * contributed component's status, then {@code circuit_breaker} and {@code free_tier}.
   *
   * @param components what to probe, by name in the order listed; null for none
   */
  @GatewayOperation
  public Map<String, Object> health(Map<String, ComponentCheck> components) {
    Map<String, Object> statuses = new LinkedHashMap<>();
    String freeTier = CoreGateway.freeTierLevel(System.currentTimeMillis());
    boolean healthy = true;
    if (components != null) {
      for (Map.Entry<String, ComponentCheck> component : components.entrySet()) {
        String key = CACHE_KEY_PREFIX + component.getKey();
        Object cached = CoreGateway.cacheGet(key);
        String status;
        if (cached instanceof String known) {
          status = known;
          healthy &= healthy(component.getValue(), status);
        } else if ("throttle".equals(freeTier) || "refuse".equals(freeTier)) {
          // Non-critical work: near the free-tier limit a health probe is not worth a request.
          CoreGateway.metricsCount("FreeTierThrottled", 1);
          status = "not probed (free tier " + freeTier + ")";
        } else {
          try {
            status = component.getValue().probe();
            CoreGateway.cachePut(key, status, COMPONENT_TTL_MILLIS);
            healthy &= healthy(component.getValue(), status);
          } catch (RuntimeException failure) {
            // A probe that throws is an unhealthy component, not a failed /health (whose
            // exception, message unredacted, went to the runtime's log); not cached: next time
            // it probes again.
            status = "probe failed (" + failure.getClass().getName() + ")";
            healthy = false;
            CoreGateway.loggingError("health probe of " + component.getKey() + " failed", failure);
          }
        }
        // /health is unauthenticated: a status quoting a URL with a password, or a token, says
        // no more than the logs would.
        statuses.put(component.getKey(), CoreGateway.securityRedact(status));
      }
    }
    String circuits = CoreGateway.circuitBreakerWorstState();
    statuses.put("circuit_breaker", circuits);
    statuses.put("free_tier", freeTier);
    healthy &= !"open".equals(circuits);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", healthy ? "ok" : "degraded");
    body.put("components", statuses);
    return body;
  }

  /** Whether {@code check} finds {@code status} healthy; one whose verdict throws is not. */
  private static boolean healthy(ComponentCheck check, String status) {
    try {
      return check.healthy(status);
    } catch (RuntimeException failure) {
      return false;
    }
  }

  /**
   * The diagnostics body (no token check: {@link #handleHttp} does that): {@code loadedInterfaces},
   * {@code modules}, {@code operations} (those called, with timing when sampled), {@code
   * hotPathCandidates}, {@code cacheEntries}, {@code circuitBreaker} (the worst state), {@code
   * circuits} (each dependency's), {@code freeTier}, {@code metrics}.
   *
   * @param statistics the function's gateway's {@code statistics()}; null for {@code CoreGateway}'s
   */
  @GatewayOperation
  public Map<String, Object> diagnostics(StatisticsSnapshot statistics) {
    StatisticsSnapshot snapshot = statistics != null ? statistics : CoreGateway.statistics();
    List<Map<String, Object>> operations = new ArrayList<>();
    for (StatisticsSnapshot.OperationStatistics operation : snapshot.operations()) {
      if (operation.calls() > 0) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("operation", operation.operation().qualifiedName());
        row.put("calls", operation.calls());
        row.put("errors", operation.errors());
        row.put("timedCalls", operation.sampledCalls());
        if (operation.sampledCalls() > 0) { // with none, a mean of 0 would read as "instant"
          row.put("meanMicros", Math.round(operation.meanNanos() / 1000.0));
          row.put("maxMicros", operation.maxNanos() / 1000);
        }
        row.put("cacheHits", operation.cacheHits());
        operations.add(row);
      }
    }
    List<Object> loaded = new ArrayList<>();
    List<Object> modules = new ArrayList<>();
    for (StatisticsSnapshot.ModuleStatistics module : snapshot.modules()) {
      if (module.loaded()) {
        loaded.add(module.module().id());
      }
      if (module.loads() > 0) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("interface", module.module().id());
        row.put("loaded", module.loaded());
        row.put("loads", module.loads());
        row.put("releases", module.releases());
        row.put("loadMicros", module.loadNanos() / 1000);
        modules.add(row);
      }
    }
    List<Object> candidates = new ArrayList<>();
    for (StatisticsSnapshot.OperationStatistics candidate : snapshot.hotPathCandidates()) {
      candidates.add(candidate.operation().qualifiedName());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("loadedInterfaces", loaded);
    body.put("modules", modules);
    body.put("operations", operations);
    body.put("hotPathCandidates", candidates);
    body.put("cacheEntries", CoreGateway.cacheSize());
    body.put("circuitBreaker", CoreGateway.circuitBreakerWorstState());
    body.put("circuits", CoreGateway.circuitBreakerStates());
    body.put("freeTier", CoreGateway.freeTierUsage(System.currentTimeMillis()));
    body.put("metrics", CoreGateway.metricsDescribe());
    return body;
  }

  private Map<String, Object> diagnosticsResponse(
      Map<String, Object> event, StatisticsSnapshot statistics) {
    String expected = CoreGateway.configGet("DIAGNOSTICS_TOKEN");
    if (expected == null) {
      return response(
          403, Map.of("error", "diagnostics are disabled: set DIAGNOSTICS_TOKEN to enable them"));
    }
    String header = header(event, "authorization");
    String presented =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).trim()
            : null;
    if (!CoreGateway.securitySecretEquals(expected, presented)) {
      return response(401, Map.of("error", "a valid diagnostics token is required"));
    }
    return response(200, diagnostics(statistics));
  }

  private static String header(Map<String, Object> event, String name) {
    for (Map.Entry<String, Object> entry : object(event.get("headers")).entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() instanceof String value) {
        return value;
      }
    }
    return null;
  }

  /** {@code value} if it is a JSON object (a map), else an empty one. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  private static Map<String, Object> response(int status, Object body) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("statusCode", status);
    response.put("headers", HEADERS);
    response.put("body", CoreJson.write(body));
    return response;
  }
}
