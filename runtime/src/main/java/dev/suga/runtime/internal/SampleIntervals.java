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

/**
 * How many calls pass until the next timed one: a random gap with mean equal to the sample period,
 * so that periodic call patterns cannot line up with the timed calls (a fixed "every 16th call"
 * would time only one kind of request when requests alternate). Uniform in {@code [1, 2 × period −
 * 1]}, from a xorshift generator: a few cheap instructions, drawn once per timed call. Not
 * thread-safe: one instance belongs to one thread.
 */
final class SampleIntervals {
  private long state;

  /**
   * @param seed any value; 0 is replaced, since xorshift would stay at 0
   */
  SampleIntervals(long seed) {
    this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
  }

  /**
   * The number of calls until the next timed one, counting that one.
   *
   * @param period the mean gap: 1 times every call
   * @return at least 1
   */
  int next(int period) {
    if (period <= 1) {
      return 1;
    }
    long x = state;
    x ^= x << 13;
    x ^= x >>> 7;
    x ^= x << 17;
    state = x;
    return 1 + (int) ((x >>> 1) % (2L * period - 1));
  }
}
