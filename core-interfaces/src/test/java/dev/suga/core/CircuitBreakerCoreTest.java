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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CircuitBreakerCoreTest {
  private static final String DEPENDENCY = "payments";

  private final CoreFixture fixture =
      CoreFixture.with(Map.of("CIRCUIT_FAILURE_THRESHOLD", "3", "CIRCUIT_OPEN_SECONDS", "10"));
  private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
  private final CircuitBreakerCore breaker = new CircuitBreakerCore(clock::get);

  @AfterEach
  void restore() {
    CoreGateway.circuitBreakerResetAll();
    fixture.close();
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      breaker.failure(DEPENDENCY);
    }
  }

  @Test
  void opensAfterTheConfiguredConsecutiveFailures() {
    fail(2);
    assertEquals("closed", breaker.state(DEPENDENCY));
    assertTrue(breaker.allow(DEPENDENCY));
    fail(1);
    assertEquals("open", breaker.state(DEPENDENCY));
    assertFalse(breaker.allow(DEPENDENCY));
    List<Map<String, Object>> warnings = fixture.logs("WARN");
    assertEquals(1, warnings.size());
    assertTrue(
        ((String) warnings.get(0).get("message")).contains("opened after 3 consecutive failures"));
  }

  @Test
  void successResetsTheFailureCount() {
    fail(2);
    breaker.success(DEPENDENCY);
    fail(2);
    assertEquals("closed", breaker.state(DEPENDENCY));
    fail(1);
    assertEquals("open", breaker.state(DEPENDENCY));
  }

  @Test
  void afterTheOpenPeriodOneTrialGoesOutAndItsSuccessCloses() {
    fail(3);
    clock.addAndGet(9_999);
    assertFalse(breaker.allow(DEPENDENCY));
    clock.addAndGet(1);
    assertEquals("half_open", breaker.state(DEPENDENCY));
    assertTrue(breaker.allow(DEPENDENCY), "the trial call");
    assertFalse(breaker.allow(DEPENDENCY), "only one trial at a time");
    assertEquals("half_open", breaker.state(DEPENDENCY));
    breaker.success(DEPENDENCY);
    assertEquals("closed", breaker.state(DEPENDENCY));
    assertTrue(breaker.allow(DEPENDENCY));
    assertTrue(breaker.allow(DEPENDENCY));
  }

  @Test
  void aFailedTrialOpensAgainForAFullPeriod() {
    fail(3);
    clock.addAndGet(10_000);
    assertTrue(breaker.allow(DEPENDENCY));
    breaker.failure(DEPENDENCY);
    assertEquals("open", breaker.state(DEPENDENCY));
    clock.addAndGet(9_999);
    assertFalse(breaker.allow(DEPENDENCY));
    clock.addAndGet(1);
    assertTrue(breaker.allow(DEPENDENCY));
    assertEquals(2, fixture.logs("WARN").size());
  }

  @Test
  void aTrialNeverReportedIsGivenUpAfterAnotherPeriod() {
    fail(3);
    clock.addAndGet(10_000);
    assertTrue(breaker.allow(DEPENDENCY));
    clock.addAndGet(9_999);
    assertFalse(breaker.allow(DEPENDENCY));
    clock.addAndGet(1);
    assertTrue(breaker.allow(DEPENDENCY));
  }

  @Test
  void lateFailuresWhileOpenDoNotExtendThePeriod() {
    fail(3);
    clock.addAndGet(5_000);
    fail(4);
    clock.addAndGet(5_000);
    assertTrue(breaker.allow(DEPENDENCY));
    assertEquals(1, fixture.logs("WARN").size());
  }

  @Test
  void resetClosesAtOnce() {
    fail(3);
    breaker.reset(DEPENDENCY);
    assertEquals("closed", breaker.state(DEPENDENCY));
    assertTrue(breaker.allow(DEPENDENCY));
    fail(2);
    assertEquals("closed", breaker.state(DEPENDENCY));
  }

  @Test
  void invalidSettingsFallBackToTheDefaults() {
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "0", "CIRCUIT_OPEN_SECONDS", "soon"));
    fail(4);
    assertEquals("closed", breaker.state(DEPENDENCY));
    fail(1);
    assertEquals("open", breaker.state(DEPENDENCY));
    clock.addAndGet(29_999);
    assertEquals("open", breaker.state(DEPENDENCY));
    clock.addAndGet(1);
    assertEquals("half_open", breaker.state(DEPENDENCY));
  }

  @Test
  void onlyOneOfManyConcurrentCallersGetsTheTrial() throws Exception {
    fail(3);
    clock.addAndGet(10_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Callable<Boolean> allow = () -> breaker.allow(DEPENDENCY);
      List<Future<Boolean>> answers = pool.invokeAll(java.util.Collections.nCopies(64, allow));
      int allowed = 0;
      for (Future<Boolean> answer : answers) {
        allowed += answer.get() ? 1 : 0;
      }
      assertEquals(1, allowed);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theGatewaysBreakerUsesTheSystemClock() {
    CoreGateway.circuitBreakerReset(DEPENDENCY);
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "1", "CIRCUIT_OPEN_SECONDS", "3600"));
    assertTrue(CoreGateway.circuitBreakerAllow(DEPENDENCY));
    CoreGateway.circuitBreakerFailure(DEPENDENCY);
    assertEquals("open", CoreGateway.circuitBreakerState(DEPENDENCY));
    assertFalse(CoreGateway.circuitBreakerAllow(DEPENDENCY));
    fixture.set("CIRCUIT_OPEN_SECONDS", "0");
    assertEquals("half_open", CoreGateway.circuitBreakerState(DEPENDENCY));
    assertTrue(CoreGateway.circuitBreakerAllow(DEPENDENCY));
    CoreGateway.circuitBreakerSuccess(DEPENDENCY);
    assertEquals("closed", CoreGateway.circuitBreakerState(DEPENDENCY));
  }

  @Test
  void eachDependencyHasItsOwnCircuit() {
    fail(3);
    assertEquals("open", breaker.state(DEPENDENCY));
    assertEquals("closed", breaker.state("search"), "another dependency is not affected");
    assertTrue(breaker.allow("search"));
    breaker.failure("search");
    assertEquals("closed", breaker.state("search"));
    assertTrue(
        ((String) fixture.logs("WARN").get(0).get("message"))
            .startsWith("Circuit to payments opened"));
    breaker.reset(DEPENDENCY);
    assertEquals("closed", breaker.state(DEPENDENCY));
  }

  @Test
  void statesListEveryDependencyAndTheWorstWins() {
    assertEquals(Map.of(), breaker.states(), "nothing before the first call");
    assertEquals("closed", breaker.worstState());
    assertEquals("closed", breaker.state("never-called"), "asking creates nothing");
    assertEquals(Map.of(), breaker.states());
    breaker.allow("search");
    fail(3);
    assertEquals(List.of("payments", "search"), List.copyOf(breaker.states().keySet()));
    assertEquals(Map.of("payments", "open", "search", "closed"), breaker.states());
    assertEquals("open", breaker.worstState());
    clock.addAndGet(10_000);
    assertEquals("half_open", breaker.worstState());
    breaker.resetAll();
    assertEquals("closed", breaker.worstState());
    assertEquals(Map.of("payments", "closed", "search", "closed"), breaker.states());
  }

  @Test
  void dependencyNamesAreRequired() {
    assertThrows(NullPointerException.class, () -> breaker.allow(null));
    assertThrows(NullPointerException.class, () -> breaker.state(null));
  }
}
