package dev.suga.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SingletonCoreTest {
  @Test
  void eachCallGetsItsOwnIndependentRandom() {
    SplittableRandom first = CoreGateway.singletonRandom();
    SplittableRandom second = CoreGateway.singletonRandom();
    assertNotSame(first, second);
    assertNotEquals(first.nextLong(), second.nextLong());
  }

  @Test
  void startedAtIsInThePastAndStable() {
    long started = CoreGateway.singletonStartedAtMillis();
    assertTrue(started > 0 && started <= System.currentTimeMillis());
    assertEquals(started, CoreGateway.singletonStartedAtMillis());
  }
}
