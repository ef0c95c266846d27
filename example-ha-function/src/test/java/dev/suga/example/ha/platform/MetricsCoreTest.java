package dev.suga.example.ha.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.Json;
import dev.suga.example.ha.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The name limit is for the life of the JVM, so tests that invent names use their own
 * instance: through the gateway they would use up the function's ten names for every later
 * test in this JVM. Through the gateway, only the function's own names are used.
 */
class MetricsCoreTest {
  private final PlatformFixture fixture = PlatformFixture.with(Map.of());

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void flushWritesOneEmfRecordWithEveryMetricOfTheInvocation() {
    Gateway.metricsCount("Directives", 1);
    Gateway.metricsCount("Directives", 2);
    Gateway.metricsMillis("HaLatency", 40);
    Gateway.metricsMillis("HaLatency", 12.5);
    String record = Gateway.metricsFlush("req-9");
    assertEquals(List.of(record), fixture.lines());
    Map<String, Object> parsed = Json.parseObject(record.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(List.of("_aws", "Service", "RequestId", "Directives", "HaLatency"), List.copyOf(parsed.keySet()));
    assertEquals("ha-bridge", parsed.get("Service"));
    assertEquals("req-9", parsed.get("RequestId"));
    assertEquals(3L, parsed.get("Directives"));
    assertEquals(52.5, parsed.get("HaLatency"), "durations of one invocation add up");
    long timestamp = (Long) JsonPath.at(parsed, "_aws", "Timestamp");
    assertTrue(Math.abs(System.currentTimeMillis() - timestamp) < 600_000);
    Map<String, Object> directive = JsonPath.object(JsonPath.array(parsed, "_aws", "CloudWatchMetrics").get(0));
    assertEquals("SugaHomeAssistant", directive.get("Namespace"));
    assertEquals(List.of(List.of("Service")), directive.get("Dimensions"));
    assertEquals(List.of(Map.of("Name", "Directives", "Unit", "Count"), Map.of("Name", "HaLatency", "Unit", "Milliseconds")),
        directive.get("Metrics"));
  }

  @Test
  void flushResetsAndWritesNothingWhenEmpty() {
    Gateway.metricsCount("Errors", 1);
    Gateway.metricsFlush("a");
    assertNull(Gateway.metricsFlush("b"));
    assertEquals(1, fixture.lines().size());
  }

  @Test
  void namespaceComesFromConfiguration() {
    fixture.set("METRICS_NAMESPACE", "MyHome");
    Gateway.metricsCount("Directives", 1);
    String record = Gateway.metricsFlush(null);
    assertTrue(record.contains("\"Namespace\":\"MyHome\""), record);
    assertTrue(!record.contains("RequestId"), record);
    assertEquals("MyHome", Gateway.metricsDescribe().get("namespace"));
  }

  @Test
  void atMostTenNamesForTheLifeOfTheInstance() {
    MetricsCore metrics = new MetricsCore();
    for (int i = 1; i <= 12; i++) {
      metrics.count("Name" + i, 1);
    }
    String record = metrics.flush("r");
    Map<String, Object> parsed = Json.parseObject(record.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(10, JsonPath.array(parsed, "_aws", "CloudWatchMetrics").size() == 1
        ? JsonPath.array(JsonPath.array(parsed, "_aws", "CloudWatchMetrics").get(0), "Metrics").size() : -1);
    assertTrue(parsed.containsKey("Name10"));
    assertTrue(!parsed.containsKey("Name11") && !parsed.containsKey("Name12"));

    metrics.count("Name11", 1);
    metrics.millis("Name1", 5);
    Map<String, Object> description = metrics.describe();
    assertEquals(10, ((List<?>) description.get("names")).size());
    assertEquals(List.of("Name11", "Name12"), description.get("droppedNames"));
    assertEquals(3L, description.get("droppedValues"));
    assertEquals(10, description.get("limit"));
    assertTrue(metrics.flush("r2").contains("\"Name1\":5"));
  }

  @Test
  void invalidNamesAndValuesAreDropped() {
    MetricsCore metrics = new MetricsCore();
    metrics.count("", 1);
    metrics.count(null, 1);
    metrics.count("Service", 1);
    metrics.count("_aws", 1);
    metrics.count("Good", Double.NaN);
    metrics.millis("Good", Double.POSITIVE_INFINITY);
    assertNull(metrics.flush("r"));
    assertEquals(6L, metrics.describe().get("droppedValues"));
    assertEquals(List.of(), metrics.describe().get("names"));
  }

  @Test
  void theFunctionsNamesFitTheLimit() {
    MetricsCore metrics = new MetricsCore();
    List<String> names = List.of("Directives", "Errors", "HaLatency", "Duration", "ColdStart", "CircuitOpen",
        "Discoveries", "SkillRequests", "FreeTierThrottled", "HttpRequests");
    for (String name : names) {
      metrics.count(name, 1);
    }
    assertEquals(names, metrics.describe().get("names"));
    assertEquals(0L, metrics.describe().get("droppedValues"));
  }
}
