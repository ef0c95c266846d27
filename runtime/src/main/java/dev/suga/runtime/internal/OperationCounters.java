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

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The shared counters of one operation, allocated on its first event that needs them: a call by a
 * thread other than the statistics' owner, an error, a cache outcome or a timed call (the owner
 * thread's plain call counts live in {@link CallStatistics}). {@link LongAdder}s, because
 * concurrent calls of one operation would contend on a single atomic field.
 */
final class OperationCounters {
  final LongAdder calls = new LongAdder();
  final LongAdder errors = new LongAdder();
  final LongAdder cacheHits = new LongAdder();
  final LongAdder cacheMisses = new LongAdder();
  final LongAdder sampledCalls = new LongAdder();
  final LongAdder sampledNanos = new LongAdder();

  /** The calls the timed calls stand for: each timed call weighs the gap that chose it. */
  final LongAdder weightedCalls = new LongAdder();

  /** Each timed call's duration times its weight. */
  final LongAdder weightedNanos = new LongAdder();

  /** Only written by sampled calls, rarely enough for a compare-and-set loop. */
  final AtomicLong maxNanos = new AtomicLong();

  /**
   * Records a timed call.
   *
   * @param elapsedNanos its duration
   * @param weight how many calls it stands for (at least 1)
   */
  void recordSample(long elapsedNanos, int weight) {
    sampledCalls.increment();
    sampledNanos.add(elapsedNanos);
    weightedCalls.add(weight);
    // One product cannot wrap (a sum of them could, after centuries of measured time).
    weightedNanos.add(
        elapsedNanos > Long.MAX_VALUE / weight ? Long.MAX_VALUE : elapsedNanos * weight);
    long max = maxNanos.get();
    while (elapsedNanos > max) {
      if (maxNanos.compareAndSet(max, elapsedNanos)) {
        return;
      }
      max = maxNanos.get();
    }
  }
}
