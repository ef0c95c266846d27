package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.Json;
import dev.suga.example.ha.json.JsonPath;
import dev.suga.runtime.StatisticsSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP events (Lambda Function URL / API Gateway HTTP API, payload 2.0): {@code GET /health}
 * and {@code GET /diagnostics}. Diagnostics are refused unless {@code DIAGNOSTICS_TOKEN} is
 * configured and presented as {@code Authorization: Bearer <token>}. Released when idle: a
 * directive never builds it.
 */
@GatewayModule(unload = GatewayModule.Unload.IDLE, idleSeconds = 120)
public final class DebugCore {
  /** How long a Home Assistant reachability answer is reused by /health. */
  static final long REACHABILITY_TTL_MILLIS = 30_000;
  private static final String REACHABILITY_KEY = "debug.ha_reachable";

  /** Answers one HTTP event with an API Gateway v2 response ({@code statusCode}, {@code headers}, {@code body}). */
  @GatewayOperation
  public Map<String, Object> handleHttp(Map<String, Object> event) {
    String method = JsonPath.string(event, "requestContext", "http", "method");
    String path = JsonPath.string(event, "rawPath");
    if (path == null) {
      path = JsonPath.string(event, "requestContext", "http", "path");
    }
    if (!"GET".equals(method)) {
      return response(405, Map.of("error", "method not allowed"));
    }
    if ("/health".equals(path)) {
      return health();
    }
    if ("/diagnostics".equals(path)) {
      return diagnostics(event);
    }
    return response(404, Map.of("error", "not found", "paths", List.of("/health", "/diagnostics")));
  }

  private Map<String, Object> health() {
    Map<String, Object> components = new LinkedHashMap<>();
    String freeTier = Gateway.freeTierLevel(System.currentTimeMillis());
    Object cached = Gateway.cacheGet(REACHABILITY_KEY);
    String reachability;
    if (cached instanceof String known) {
      reachability = known;
    } else if ("throttle".equals(freeTier) || "refuse".equals(freeTier)) {
      // Non-critical work: near the free-tier limit a health probe is not worth a request.
      Gateway.metricsCount("FreeTierThrottled", 1);
      reachability = "not probed (free tier " + freeTier + ")";
    } else {
      reachability = probe();
      Gateway.cachePut(REACHABILITY_KEY, reachability, REACHABILITY_TTL_MILLIS);
    }
    components.put("home_assistant", reachability);
    components.put("circuit_breaker", Gateway.circuitBreakerState());
    components.put("free_tier", freeTier);
    boolean healthy = !"open".equals(components.get("circuit_breaker")) && !"unreachable".equals(reachability)
        && !"not configured".equals(reachability);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", healthy ? "ok" : "degraded");
    body.put("components", components);
    return response(healthy ? 200 : 503, body);
  }

  /**
   * {@code GET /api/} without a token: any HTTP answer below 500 (Home Assistant answers 401
   * without a token) proves it is up, so /health works with account linking alone and never
   * needs a long-lived token.
   */
  private static String probe() {
    String base = Gateway.configGet("HA_BASE_URL");
    if (base == null) {
      return "not configured";
    }
    String url = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/";
    try {
      HttpResult result = Gateway.httpClientSend(new HttpCall("GET", url, null, null, true));
      return result.status() < 500 ? "reachable" : "unreachable";
    } catch (RuntimeException e) {
      return "unreachable";
    }
  }

  private Map<String, Object> diagnostics(Map<String, Object> event) {
    String expected = Gateway.configGet("DIAGNOSTICS_TOKEN");
    if (expected == null) {
      return response(403, Map.of("error", "diagnostics are disabled: set DIAGNOSTICS_TOKEN to enable them"));
    }
    String header = header(event, "authorization");
    String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    if (!Gateway.securitySecretEquals(expected, presented)) {
      return response(401, Map.of("error", "a valid diagnostics token is required"));
    }
    StatisticsSnapshot statistics = Gateway.statistics();
    List<Map<String, Object>> operations = new ArrayList<>();
    for (StatisticsSnapshot.OperationStatistics operation : statistics.operations()) {
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
    List<Object> modules = new ArrayList<>();
    for (StatisticsSnapshot.ModuleStatistics module : statistics.modules()) {
      if (module.loads() > 0) {
        modules.add(Map.of("interface", module.module().id(), "loaded", module.loaded(), "loads", module.loads(),
            "releases", module.releases(), "loadMicros", module.loadNanos() / 1000));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("loadedInterfaces", Gateway.loadedInterfaces().stream().map(i -> i.id()).toList());
    body.put("modules", modules);
    body.put("operations", operations);
    body.put("hotPathCandidates",
        statistics.hotPathCandidates().stream().map(c -> c.operation().qualifiedName()).toList());
    body.put("cacheEntries", Gateway.cacheSize());
    body.put("circuitBreaker", Gateway.circuitBreakerState());
    body.put("freeTier", Gateway.freeTierUsage(System.currentTimeMillis()));
    body.put("metrics", Gateway.metricsDescribe());
    return response(200, body);
  }

  private static String header(Map<String, Object> event, String name) {
    Map<String, Object> headers = JsonPath.object(event, "headers");
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, Object> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() instanceof String value) {
        return value;
      }
    }
    return null;
  }

  private static Map<String, Object> response(int status, Object body) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("statusCode", status);
    response.put("headers", Map.of("content-type", "application/json", "cache-control", "no-store"));
    response.put("body", Json.writeString(body));
    return response;
  }
}
