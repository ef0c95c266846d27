package dev.suga.example.ha.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
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
  private final PlatformFixture fixture =
      PlatformFixture.with(Map.of("CIRCUIT_FAILURE_THRESHOLD", "3", "CIRCUIT_OPEN_SECONDS", "10"));
  private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
  private final CircuitBreakerCore breaker = new CircuitBreakerCore(clock::get);

  @AfterEach
  void restore() {
    Gateway.circuitBreakerReset();
    fixture.close();
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      breaker.failure();
    }
  }

  @Test
  void opensAfterTheConfiguredConsecutiveFailures() {
    fail(2);
    assertEquals("closed", breaker.state());
    assertTrue(breaker.allow());
    fail(1);
    assertEquals("open", breaker.state());
    assertFalse(breaker.allow());
    List<Map<String, Object>> warnings = fixture.logs("WARN");
    assertEquals(1, warnings.size());
    assertTrue(((String) warnings.get(0).get("message")).contains("opened after 3 consecutive failures"));
  }

  @Test
  void successResetsTheFailureCount() {
    fail(2);
    breaker.success();
    fail(2);
    assertEquals("closed", breaker.state());
    fail(1);
    assertEquals("open", breaker.state());
  }

  @Test
  void afterTheOpenPeriodOneTrialGoesOutAndItsSuccessCloses() {
    fail(3);
    clock.addAndGet(9_999);
    assertFalse(breaker.allow());
    clock.addAndGet(1);
    assertEquals("half_open", breaker.state());
    assertTrue(breaker.allow(), "the trial call");
    assertFalse(breaker.allow(), "only one trial at a time");
    assertEquals("half_open", breaker.state());
    breaker.success();
    assertEquals("closed", breaker.state());
    assertTrue(breaker.allow());
    assertTrue(breaker.allow());
  }

  @Test
  void aFailedTrialOpensAgainForAFullPeriod() {
    fail(3);
    clock.addAndGet(10_000);
    assertTrue(breaker.allow());
    breaker.failure();
    assertEquals("open", breaker.state());
    clock.addAndGet(9_999);
    assertFalse(breaker.allow());
    clock.addAndGet(1);
    assertTrue(breaker.allow());
    assertEquals(2, fixture.logs("WARN").size());
  }

  @Test
  void aTrialNeverReportedIsGivenUpAfterAnotherPeriod() {
    fail(3);
    clock.addAndGet(10_000);
    assertTrue(breaker.allow());
    clock.addAndGet(9_999);
    assertFalse(breaker.allow());
    clock.addAndGet(1);
    assertTrue(breaker.allow());
  }

  @Test
  void lateFailuresWhileOpenDoNotExtendThePeriod() {
    fail(3);
    clock.addAndGet(5_000);
    fail(4);
    clock.addAndGet(5_000);
    assertTrue(breaker.allow());
    assertEquals(1, fixture.logs("WARN").size());
  }

  @Test
  void resetClosesAtOnce() {
    fail(3);
    breaker.reset();
    assertEquals("closed", breaker.state());
    assertTrue(breaker.allow());
    fail(2);
    assertEquals("closed", breaker.state());
  }

  @Test
  void invalidSettingsFallBackToTheDefaults() {
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "0", "CIRCUIT_OPEN_SECONDS", "soon"));
    fail(4);
    assertEquals("closed", breaker.state());
    fail(1);
    assertEquals("open", breaker.state());
    clock.addAndGet(29_999);
    assertEquals("open", breaker.state());
    clock.addAndGet(1);
    assertEquals("half_open", breaker.state());
  }

  @Test
  void onlyOneOfManyConcurrentCallersGetsTheTrial() throws Exception {
    fail(3);
    clock.addAndGet(10_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Callable<Boolean> allow = breaker::allow;
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
    Gateway.circuitBreakerReset();
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "1", "CIRCUIT_OPEN_SECONDS", "3600"));
    assertTrue(Gateway.circuitBreakerAllow());
    Gateway.circuitBreakerFailure();
    assertEquals("open", Gateway.circuitBreakerState());
    assertFalse(Gateway.circuitBreakerAllow());
    fixture.set("CIRCUIT_OPEN_SECONDS", "0");
    assertEquals("half_open", Gateway.circuitBreakerState());
    assertTrue(Gateway.circuitBreakerAllow());
    Gateway.circuitBreakerSuccess();
    assertEquals("closed", Gateway.circuitBreakerState());
  }
}
