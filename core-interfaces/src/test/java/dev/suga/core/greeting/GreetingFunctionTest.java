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
package dev.suga.core.greeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.CoreGateway;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.LambdaContext;
import dev.suga.core.testing.TestJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A second function on the core interfaces: events in, greetings out, with its EMF records, JSON
 * log lines and statistics checked the way the example's are.
 */
class GreetingFunctionTest {
  private final CoreFixture fixture =
      CoreFixture.with(
          Map.of(
              "GREETING_SALUTATION",
              "Hi",
              "METRICS_NAMESPACE",
              "Greetings",
              "METRICS_SERVICE",
              "greeter"));
  private final GreetingFunction function = new GreetingFunction();

  @BeforeEach
  void clean() {
    CoreGateway.cacheInvalidate("greeting.Ann");
    CoreGateway.cacheInvalidate("greeting.Bob");
    GreetingGateway.resetStatistics();
    fixture.clearLines();
  }

  @AfterEach
  void restore() {
    fixture.close();
  }

  private Map<String, Object> invoke(String requestId, String event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
        out,
        new LambdaContext(requestId, 3_000, 256));
    return TestJson.parseObject(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void greetsFromTheCacheTheSecondTime() throws IOException {
    Map<String, Object> first = invoke("req-1", "{\"name\":\"Ann\"}");
    assertEquals("Hi, Ann!", first.get("greeting"));
    assertEquals(false, first.get("cached"));
    Map<String, Object> second = invoke("req-2", "{\"name\":\"Ann\"}");
    assertEquals("Hi, Ann!", second.get("greeting"));
    assertEquals(true, second.get("cached"), "the cache interface kept it");
    assertEquals((Long) first.get("count") + 1, second.get("count"));
    assertEquals(false, invoke("req-3", "{\"name\":\"Bob\"}").get("cached"));
  }

  @Test
  void eachInvocationWritesOneEmfRecordWithItsRequestId() throws IOException {
    invoke("req-emf-1", "{\"name\":\"Ann\"}");
    invoke("req-emf-2", "{\"name\":\"Ann\"}");
    List<Map<String, Object>> records = fixture.metricRecords();
    assertEquals(2, records.size(), records::toString);
    Map<String, Object> record = records.get(1);
    assertEquals("req-emf-2", record.get("RequestId"));
    assertEquals("greeter", record.get("Service"));
    assertEquals(1L, record.get("Greetings"));
    assertTrue(
        record.get("Duration") instanceof Number duration && duration.doubleValue() > 0,
        record::toString);
    assertEquals("Greetings", TestJson.at(record, "_aws", "CloudWatchMetrics", 0, "Namespace"));
    List<Object> names = new ArrayList<>();
    for (Object metric : (List<?>) TestJson.at(record, "_aws", "CloudWatchMetrics", 0, "Metrics")) {
      names.add(TestJson.at(metric, "Name"));
    }
    assertEquals(List.of("Greetings", "Duration"), names);
  }

  @Test
  void logLinesAreJsonWithTheRequestIdAsCorrelationId() throws IOException {
    invoke("req-log-1", "{\"name\":\"Ann\"}");
    invoke("req-log-2", "{\"name\":\"Ann\"}");
    List<Map<String, Object>> infos = new ArrayList<>();
    for (Map<String, Object> record : fixture.logs("INFO")) {
      if (String.valueOf(record.get("message")).startsWith("Greeted")) {
        infos.add(record);
      }
    }
    assertEquals(2, infos.size(), fixture.lines()::toString);
    assertEquals(
        List.of("timestamp", "level", "message", "requestId"), List.copyOf(infos.get(0).keySet()));
    assertEquals("Greeted Ann", infos.get(0).get("message"));
    assertEquals("req-log-1", infos.get(0).get("requestId"));
    assertEquals("Greeted Ann (cached)", infos.get(1).get("message"));
    assertEquals("req-log-2", infos.get(1).get("requestId"));
    CoreGateway.loggingInfo("after the invocation");
    Map<String, Object> after = fixture.logs("INFO").get(fixture.logs("INFO").size() - 1);
    assertEquals(null, after.get("requestId"), "lambda.end cleared the correlation");
  }

  /**
   * The function's gateway counts every call: its own, those it makes to the core, and those the
   * core's modules make to each other through CoreGateway.
   */
  @Test
  void theFunctionsStatisticsCountTheCoresInnerCallsToo() throws IOException {
    for (int i = 1; i <= 3; i++) {
      invoke("req-stats-" + i, "{\"name\":\"Bob\"}");
    }
    var statistics = GreetingGateway.statistics();
    assertEquals(3, statistics.operation("greeting.greet").calls());
    assertEquals(3, statistics.operation("lambda.begin").calls());
    assertEquals(3, statistics.operation("cache.get").calls());
    assertEquals(1, statistics.operation("cache.put").calls(), "one miss, then hits");
    // Made only by core modules, through CoreGateway: lambda.end flushes metrics and records the
    // free tier.
    assertEquals(3, statistics.operation("metrics.flush").calls());
    assertEquals(3, statistics.operation("free_tier.record").calls());
    assertEquals(
        3,
        statistics.operation("initialization.initialize").calls(),
        "asked by lambda.begin each time");
    assertTrue(statistics.operation("security.redact").calls() >= 3, "logging redacts every line");
    assertEquals(
        statistics.operation("free_tier.record").calls(),
        CoreGateway.statistics().operation("free_tier.record").calls(),
        "both gateways count the same calls");

    Set<String> interfaces = new TreeSet<>();
    for (GreetingGateway.Interface gatewayInterface : GreetingGateway.Interface.values()) {
      interfaces.add(gatewayInterface.id());
    }
    assertEquals(
        new TreeSet<>(
            List.of(
                "cache",
                "circuit_breaker",
                "config",
                "debug",
                "free_tier",
                "greeting",
                "http_client",
                "initialization",
                "lambda",
                "logging",
                "metrics",
                "security",
                "singleton",
                "utility")),
        interfaces,
        "the core's thirteen and the function's one");
  }

  @Test
  void itsDiagnosticsAreTheFunctionsNotJustTheCores() {
    Map<String, Object> body = GreetingGateway.debugDiagnostics(GreetingGateway.statistics());
    assertTrue(
        body.containsKey("operations")
            && body.containsKey("circuits")
            && body.containsKey("freeTier"),
        body::toString);
    Map<String, Object> health = GreetingGateway.debugHealth(null);
    assertEquals("ok", health.get("status"), health::toString);
    assertEquals(
        List.of("circuit_breaker", "free_tier"),
        List.copyOf(((Map<?, ?>) health.get("components")).keySet()));
  }
}
