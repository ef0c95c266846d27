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
