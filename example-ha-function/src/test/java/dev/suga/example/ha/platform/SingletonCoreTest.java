package dev.suga.example.ha.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SingletonCoreTest {
  @Test
  void eachCallGetsItsOwnIndependentRandom() {
    SplittableRandom first = Gateway.singletonRandom();
    SplittableRandom second = Gateway.singletonRandom();
    assertNotSame(first, second);
    assertNotEquals(first.nextLong(), second.nextLong());
  }

  @Test
  void startedAtIsInThePastAndStable() {
    long started = Gateway.singletonStartedAtMillis();
    assertTrue(started > 0 && started <= System.currentTimeMillis());
    assertEquals(started, Gateway.singletonStartedAtMillis());
  }
}
