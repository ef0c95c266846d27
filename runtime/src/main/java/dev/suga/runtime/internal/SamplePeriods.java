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
 * How often each operation's calls are timed: either one fixed period for all, or a period per
 * operation that adapts to how long its calls take.
 *
 * <p><b>Adaptive</b> (the default): timing a call costs about {@value #TIMING_COST_NANOS} ns (two
 * clock readings at 40 to 55 ns each in a Firecracker microVM, which is what Lambda runs, plus
 * recording), and an operation is timed often enough for that to cost about 1 % of its own time:
 * its period is the power of two at or above {@code 100 × TIMING_COST_NANOS / mean duration}, at
 * most {@value #MAX_ADAPTIVE_PERIOD}. So a call of 10 µs or more is timed every time, one of 1 µs
 * one in 16, and one of a few nanoseconds one in {@value #MAX_ADAPTIVE_PERIOD}. Slow operations are
 * the ones worth timing, and a low-traffic function gets a timing for every call. An operation
 * starts at period 1 (its first call is timed).
 *
 * <p>The mean is the operation's own estimate over about its last {@value #WINDOW_CALLS} calls:
 * each timed call adds its duration times its weight (the calls it stands for) to a sum, and when
 * the calls summed reach twice the window, both sums are halved. Over calls, not timed calls, so
 * that an operation whose calls are mostly fast but sometimes slow (a cache's hits and misses) is
 * timed by its mean, not by its typical call; and over many timed calls, so that one fast or slow
 * sample does not swing the period. Until the window fills this is the mean since the first call,
 * which forgets a slow cold start as 1/calls: a 50 ms first call and 50 ns ones after it are timed
 * every call for about 5,000 calls, then less and less often. The period is never more than the
 * number of calls timed so far, so that a new operation's mean rests on hundreds of samples before
 * its period reaches hundreds (a 20 ns operation reaches 512 after about 90,000 calls, 4,096 after
 * about 6 million). An operation that turns slow is timed more often from its first slow timed call
 * (one 1 ms sample at period 256 in a window of 100,000 50 ns calls brings the period to 4), and
 * every call once slow calls dominate its window.
 *
 * <p>A timed duration includes one clock reading's own latency (40 to 55 ns here), so a
 * few-nanosecond operation would look like a 50 ns one and be timed ten times too often. The
 * latency is estimated as the smallest of three back-to-back readings at creation (at most {@value
 * #MAX_INITIAL_LATENCY_NANOS} ns: readings taken by the interpreter during class initialization
 * overstate it) and of every timed duration since (a duration can only overstate it), and
 * subtracted before the period is chosen. Reported durations are not corrected.
 *
 * <p>The state is plain arrays read and written without synchronization: a lost update or a stale
 * read only makes one gap a little longer or shorter, never a count wrong. A torn {@code long}
 * (possible on 32-bit JVMs) would do the same. It survives {@link CallStatistics#reset}: how fast
 * an operation is does not change when the counters are cleared.
 */
final class SamplePeriods {
  /** The period that means "adapt to each operation". */
  static final int ADAPTIVE = -1;

  /** The assumed cost of timing one call. */
  static final long TIMING_COST_NANOS = 100;

  /** The adaptive period never grows above this, so even the fastest operation gets timings. */
  static final int MAX_ADAPTIVE_PERIOD = 4096;

  private static final long BUDGET_NANOS = 100 * TIMING_COST_NANOS;

  /** About how many of its latest calls an operation's mean covers. */
  static final int WINDOW_CALLS = 1 << 16;

  /** The most the clock's latency is assumed to be before a timed call shows it. */
  static final long MAX_INITIAL_LATENCY_NANOS = 50;

  private static final int MAX_SHIFT = Integer.numberOfTrailingZeros(MAX_ADAPTIVE_PERIOD);

  private final int fixedPeriod;

  /** By operation, adaptive only: log2 of the period, 0 (period 1) until a call was timed. */
  private final byte[] shifts;

  /** By operation, adaptive only: the calls that the timed calls in the window stand for. */
  private final long[] windowCalls;

  /** By operation, adaptive only: the timed calls' durations times their weights. */
  private final long[] windowNanos;

  /** By operation, adaptive only: how many calls were timed, up to {@link Integer#MAX_VALUE}. */
  private final int[] timedCalls;

  /** Adaptive only: what a timed duration overstates by, at most. */
  private long clockLatencyNanos;

  /**
   * @param operationCount the number of operations
   * @param period {@link #ADAPTIVE}, or a fixed period: 0 (time no call) or a power of two
   * @param clock the clock that times calls, whose latency the adaptive periods discount
   */
  SamplePeriods(int operationCount, int period, NanoClock clock) {
    this.fixedPeriod = period;
    boolean adaptive = period == ADAPTIVE;
    this.shifts = adaptive ? new byte[operationCount] : null;
    this.windowCalls = adaptive ? new long[operationCount] : null;
    this.windowNanos = adaptive ? new long[operationCount] : null;
    this.timedCalls = adaptive ? new int[operationCount] : null;
    this.clockLatencyNanos = adaptive ? latency(clock) : 0;
  }

  private static long latency(NanoClock clock) {
    long smallest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = clock.nanoTime();
      smallest = Math.min(smallest, clock.nanoTime() - before);
    }
    return Math.max(0, Math.min(MAX_INITIAL_LATENCY_NANOS, smallest));
  }

  /** The configured period: {@link #ADAPTIVE}, 0 or a power of two. */
  int configured() {
    return fixedPeriod;
  }

  /** The operation's current period: 0 (never timed) or a power of two. */
  int current(int operation) {
    return fixedPeriod == ADAPTIVE ? 1 << shifts[operation] : fixedPeriod;
  }

  /**
   * Learns from a timed call of the operation.
   *
   * @param weight how many calls the timed call stands for
   * @return the operation's period from now on
   */
  int learn(int operation, long elapsedNanos, int weight) {
    if (fixedPeriod != ADAPTIVE) {
      return fixedPeriod;
    }
    // Capped at about 18 minutes, so that the sums cannot overflow.
    long elapsed = Math.min(Math.max(1, elapsedNanos), 1L << 40);
    long latency = Math.min(clockLatencyNanos, elapsed);
    clockLatencyNanos = latency;
    long calls = windowCalls[operation] + weight;
    long nanos = windowNanos[operation] + elapsed * weight;
    if (calls >= 2 * WINDOW_CALLS) {
      calls >>= 1;
      nanos >>= 1;
    }
    windowCalls[operation] = calls;
    windowNanos[operation] = nanos;
    // Never more than the timed calls so far: a few fast samples must not take the period to
    // thousands before a slower call has had a chance to be timed.
    int timed = timedCalls[operation];
    if (timed < Integer.MAX_VALUE) {
      timedCalls[operation] = ++timed;
    }
    int shift =
        Math.min(
            31 - Integer.numberOfLeadingZeros(timed),
            shiftFor(Math.max(1, nanos / calls - latency)));
    shifts[operation] = (byte) shift;
    return 1 << shift;
  }

  /** log2 of the smallest power of two at or above {@code BUDGET_NANOS / meanNanos}, capped. */
  private static int shiftFor(long meanNanos) {
    long ratio = (BUDGET_NANOS + meanNanos - 1) / meanNanos;
    return ratio <= 1 ? 0 : Math.min(MAX_SHIFT, 64 - Long.numberOfLeadingZeros(ratio - 1));
  }
}
