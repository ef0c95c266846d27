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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.TestJson;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaCoreTest {
  private final CoreFixture fixture = CoreFixture.with(Map.of());

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void recognizesTheGenericEventKinds() {
    assertEquals(
        "http",
        CoreGateway.lambdaRecognize(
            Map.of("requestContext", Map.of("http", Map.of("method", "GET")))));
    assertEquals(
        "scheduled",
        CoreGateway.lambdaRecognize(
            Map.of("source", "aws.events", "detail-type", "Scheduled Event")));
    assertEquals("unknown", CoreGateway.lambdaRecognize(Map.of("directive", Map.of())));
    assertEquals("unknown", CoreGateway.lambdaRecognize(Map.of("requestContext", "x")));
  }

  @Test
  void anInvocationHasARequestIdADeadlineAndOneRecord() {
    CoreGateway.lambdaBegin("req-lambda", 1_250);
    try {
      assertEquals("req-lambda", CoreGateway.lambdaRequestId());
      long remaining = CoreGateway.lambdaRemainingMillis();
      assertTrue(
          remaining <= 1_000 && remaining > 500, "granted less the safety margin: " + remaining);
    } finally {
      CoreGateway.lambdaEnd(1024);
    }
    assertEquals("-", CoreGateway.lambdaRequestId());
    assertEquals(LambdaCore.OUTSIDE_INVOCATION_MILLIS, CoreGateway.lambdaRemainingMillis());
    Map<String, Object> record = fixture.metricRecords().get(0);
    assertEquals("req-lambda", record.get("RequestId"));
    assertTrue(record.get("Duration") instanceof Number);
  }

  @Test
  void noTimeGrantedMeansNoneLeftAndAnUnboundedGrantIsFine() {
    CoreGateway.lambdaBegin(null, 100);
    try {
      assertEquals("-", CoreGateway.lambdaRequestId());
      assertEquals(0, CoreGateway.lambdaRemainingMillis());
    } finally {
      CoreGateway.lambdaEnd(128);
    }
    CoreGateway.lambdaBegin("req-unbounded", Long.MAX_VALUE);
    try {
      assertTrue(CoreGateway.lambdaRemainingMillis() > 1_000_000_000L);
    } finally {
      CoreGateway.lambdaEnd(128);
    }
  }

  @Test
  void beginCorrelatesTheLogsAndEndClearsThem() {
    CoreGateway.lambdaBegin("req-corr", 5_000);
    try {
      CoreGateway.loggingWarn("inside");
    } finally {
      CoreGateway.lambdaEnd(128);
    }
    CoreGateway.loggingWarn("outside");
    assertEquals("req-corr", fixture.logs("WARN").get(0).get("requestId"));
    assertEquals(null, fixture.logs("WARN").get(1).get("requestId"));
    assertTrue(TestJson.parse(fixture.lines().get(0)) instanceof Map);
  }

  @Test
  void anEndWithoutABeginRecordsNoDurationAndNoUsage() {
    LambdaCore lambda = new LambdaCore(); // never begun: its clock reading is meaningless
    long now = System.currentTimeMillis();
    Object requestsBefore = CoreGateway.freeTierUsage(now).get("requests");
    Object gbSecondsBefore = CoreGateway.freeTierUsage(now).get("gbSeconds");
    CoreGateway.metricsCount("Widgets", 1);
    lambda.end(10_240);
    assertEquals(requestsBefore, CoreGateway.freeTierUsage(now).get("requests"));
    assertEquals(gbSecondsBefore, CoreGateway.freeTierUsage(now).get("gbSeconds"));
    Map<String, Object> record = fixture.metricRecords().get(0);
    assertEquals(1L, record.get("Widgets"), "what was recorded is still written");
    assertTrue(!record.containsKey("Duration"), record.toString());
    assertEquals(1, fixture.logs("WARN").size(), fixture.lines().toString());

    CoreGateway.lambdaBegin("req-twice", 5_000);
    CoreGateway.lambdaEnd(128);
    Object requestsAfterOne = CoreGateway.freeTierUsage(now).get("requests");
    CoreGateway.lambdaEnd(128); // a second end of the same invocation
    assertEquals(requestsAfterOne, CoreGateway.freeTierUsage(now).get("requests"));
  }
}
