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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.TestJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The name limit is for the life of the JVM, so tests that invent names use their own instance:
 * through the gateway they would use up the ten names for every later test in this JVM. Through the
 * gateway, only this module's tests' fixed names are used: the core's five ({@code Duration},
 * {@code ColdStart}, {@code HttpRequests}, {@code CircuitOpen}, {@code FreeTierThrottled}) and
 * {@code Requests}, {@code Errors}, {@code Latency}, {@code Greetings}.
 */
class MetricsCoreTest {
  private final CoreFixture fixture = CoreFixture.with(Map.of());

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void flushWritesOneEmfRecordWithEveryMetricOfTheInvocation() {
    CoreGateway.metricsCount("Requests", 1);
    CoreGateway.metricsCount("Requests", 2);
    CoreGateway.metricsMillis("Latency", 40);
    CoreGateway.metricsMillis("Latency", 12.5);
    String record = CoreGateway.metricsFlush("req-9");
    assertEquals(List.of(record), fixture.lines());
    Map<String, Object> parsed = TestJson.parseObject(record);
    assertEquals(
        List.of("_aws", "Service", "RequestId", "Requests", "Latency"),
        List.copyOf(parsed.keySet()));
    assertEquals("suga-function", parsed.get("Service"));
    assertEquals("req-9", parsed.get("RequestId"));
    assertEquals(3L, parsed.get("Requests"));
    assertEquals(52.5, parsed.get("Latency"), "durations of one invocation add up");
    long timestamp = (Long) TestJson.at(parsed, "_aws", "Timestamp");
    assertTrue(Math.abs(System.currentTimeMillis() - timestamp) < 600_000);
    Object directive = TestJson.at(parsed, "_aws", "CloudWatchMetrics", 0);
    assertEquals("Suga", TestJson.at(directive, "Namespace"));
    assertEquals(List.of(List.of("Service")), TestJson.at(directive, "Dimensions"));
    assertEquals(
        List.of(
            Map.of("Name", "Requests", "Unit", "Count"),
            Map.of("Name", "Latency", "Unit", "Milliseconds")),
        TestJson.at(directive, "Metrics"));
  }

  /** Whole values as integers: EMF consumers and the harness read a count as a count. */
  @Test
  void recordsAreCompactAndWriteWholeValuesAsIntegers() {
    fixture.environment(Map.of("METRICS_NAMESPACE", "Ns", "METRICS_SERVICE", "svc"));
    CoreGateway.metricsCount("Requests", 2);
    CoreGateway.metricsMillis("Latency", 0.125);
    String record = CoreGateway.metricsFlush("r");
    String withoutTimestamp = record.replaceFirst("\"Timestamp\":\\d+", "\"Timestamp\":0");
    assertEquals(
        "{\"_aws\":{\"Timestamp\":0,\"CloudWatchMetrics\":[{\"Namespace\":\"Ns\",\"Dimensions\":[[\"Service\"]],"
            + "\"Metrics\":[{\"Name\":\"Requests\",\"Unit\":\"Count\"},{\"Name\":\"Latency\",\"Unit\":\"Milliseconds\"}]}]},"
            + "\"Service\":\"svc\",\"RequestId\":\"r\",\"Requests\":2,\"Latency\":0.125}",
        withoutTimestamp);
  }

  @Test
  void serviceDefaultsToTheFunctionsNameAndExtensionsSetDefaults() {
    fixture.environment(Map.of("AWS_LAMBDA_FUNCTION_NAME", "my-function"));
    assertEquals("my-function", CoreGateway.metricsDescribe().get("service"));
    try {
      CoreGateway.configSetDefault("METRICS_NAMESPACE", "MyHome");
      CoreGateway.configSetDefault("METRICS_SERVICE", "home-bridge");
      assertEquals("MyHome", CoreGateway.metricsDescribe().get("namespace"));
      assertEquals("home-bridge", CoreGateway.metricsDescribe().get("service"));
      fixture.set("METRICS_NAMESPACE", "Deployed");
      assertEquals(
          "Deployed", CoreGateway.metricsDescribe().get("namespace"), "the environment wins");
    } finally {
      CoreGateway.configSetDefault("METRICS_NAMESPACE", null);
      CoreGateway.configSetDefault("METRICS_SERVICE", null);
    }
  }

  @Test
  void flushResetsAndWritesNothingWhenEmpty() {
    CoreGateway.metricsCount("Errors", 1);
    CoreGateway.metricsFlush("a");
    assertNull(CoreGateway.metricsFlush("b"));
    assertEquals(1, fixture.lines().size());
  }

  @Test
  void namespaceComesFromConfiguration() {
    fixture.set("METRICS_NAMESPACE", "MyHome");
    CoreGateway.metricsCount("Requests", 1);
    String record = CoreGateway.metricsFlush(null);
    assertTrue(record.contains("\"Namespace\":\"MyHome\""), record);
    assertTrue(!record.contains("RequestId"), record);
    assertEquals("MyHome", CoreGateway.metricsDescribe().get("namespace"));
  }

  @Test
  void atMostTenNamesForTheLifeOfTheInstance() {
    MetricsCore metrics = new MetricsCore();
    for (int i = 1; i <= 12; i++) {
      metrics.count("Name" + i, 1);
    }
    String record = metrics.flush("r");
    Map<String, Object> parsed = TestJson.parseObject(record);
    assertEquals(1, ((List<?>) TestJson.at(parsed, "_aws", "CloudWatchMetrics")).size());
    assertEquals(
        10, ((List<?>) TestJson.at(parsed, "_aws", "CloudWatchMetrics", 0, "Metrics")).size());
    assertTrue(parsed.containsKey("Name10"));
    assertTrue(!parsed.containsKey("Name11") && !parsed.containsKey("Name12"));

    metrics.count("Name11", 1);
    metrics.count("Name1", 5);
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

  /** The core's own five names leave a function five of its own (the example uses exactly five). */
  @Test
  void theCoresNamesLeaveAFunctionFive() {
    MetricsCore metrics = new MetricsCore();
    List<String> names =
        List.of(
            "Duration",
            "ColdStart",
            "HttpRequests",
            "CircuitOpen",
            "FreeTierThrottled",
            "Own1",
            "Own2",
            "Own3",
            "Own4",
            "Own5");
    for (String name : names) {
      metrics.count(name, 1);
    }
    assertEquals(names, metrics.describe().get("names"));
    assertEquals(0L, metrics.describe().get("droppedValues"));
  }

  /** CloudWatch takes numbers within 2^360 in magnitude: a sum must not overflow into a string. */
  @Test
  void valuesStayWithinCloudWatchsRange() {
    MetricsCore metrics = new MetricsCore();
    metrics.count("Big", 1e100);
    metrics.count("Big", 1e300); // beyond 2^360 alone: dropped
    metrics.count("Sum", 0x1.8p359);
    metrics.count("Sum", 0x1.8p359); // within the range each, beyond it together: dropped
    metrics.millis("Tiny", 1e-300); // nonzero but below 2^-360: written as 0
    Map<String, Object> parsed = TestJson.parseObject(metrics.flush("r"));
    assertEquals(1e100, parsed.get("Big"));
    assertEquals(2L, metrics.describe().get("droppedValues"));
    assertEquals(0x1.8p359, parsed.get("Sum"));
    assertEquals(0L, parsed.get("Tiny"));
  }

  @Test
  void aNameKeepsTheUnitItWasFirstRecordedIn() {
    MetricsCore metrics = new MetricsCore();
    metrics.count("Calls", 2);
    metrics.millis("Calls", 40); // once replaced the count: "Calls":40 in Milliseconds
    Map<String, Object> parsed = TestJson.parseObject(metrics.flush("r"));
    assertEquals(2L, parsed.get("Calls"));
    assertEquals(
        List.of(Map.of("Name", "Calls", "Unit", "Count")),
        TestJson.at(parsed, "_aws", "CloudWatchMetrics", 0, "Metrics"));
    metrics.millis("Calls", 5); // in a later invocation too
    assertNull(metrics.flush("r2"));
    assertEquals(2L, metrics.describe().get("droppedValues"));
  }
}
