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
package dev.suga.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleIntervalsTest {
  @Test
  void gapsAverageThePeriodAndStayInRange() {
    SampleIntervals intervals = new SampleIntervals(42);
    long sum = 0;
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      int gap = intervals.next(16);
      assertTrue(gap >= 1 && gap <= 31, "gap " + gap);
      seen.add(gap);
      sum += gap;
    }
    double mean = sum / 100_000.0;
    // Uniform on 1..31: mean 16, standard deviation of the mean about 0.028.
    assertTrue(Math.abs(mean - 16) < 0.3, "mean " + mean);
    assertEquals(31, seen.size(), "every gap from 1 to 31 occurs");
  }

  @Test
  void periodOneTimesEveryCall() {
    SampleIntervals intervals = new SampleIntervals(7);
    for (int i = 0; i < 100; i++) {
      assertEquals(1, intervals.next(1));
    }
  }

  @Test
  void eachGapFollowsThePeriodItIsAskedFor() {
    SampleIntervals intervals = new SampleIntervals(3);
    for (int i = 0; i < 1_000; i++) {
      int period = 1 << (i % 12);
      int gap = intervals.next(period);
      assertTrue(gap >= 1 && gap <= 2 * period - 1, "period " + period + ", gap " + gap);
    }
  }

  @Test
  void aZeroSeedStillVaries() {
    SampleIntervals intervals = new SampleIntervals(0);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      seen.add(intervals.next(1024));
    }
    assertTrue(seen.size() > 50, "distinct gaps: " + seen.size());
  }
}
