package dev.suga.runtime;

/**
 * How often each operation's calls are timed: either one fixed period for all, or a period per
 * operation that adapts to how long its calls take.
 *
 * <p><b>Adaptive</b> (the default): timing a call costs about {@value #TIMING_COST_NANOS} ns (two
 * clock readings at 40 to 55 ns each in a Firecracker microVM, which is what Lambda runs, plus
 * recording), and an operation is timed often enough for that to cost about 1 % of its own time:
 * its period is the power of two at or above {@code 100 × TIMING_COST_NANOS / recent duration},
 * at most {@value #MAX_ADAPTIVE_PERIOD}. So a call of 10 µs or more is timed every time, one of
 * 1 µs one in 16, and one of a few nanoseconds one in {@value #MAX_ADAPTIVE_PERIOD}. Slow
 * operations are the ones worth timing, and a low-traffic function gets a timing for every call.
 * An operation starts at period 1 (its first calls, the cold ones, are timed) and the recent
 * duration is a moving average over its timed calls (each weighs 1/8), so the period follows a
 * change of speed within a few dozen timed calls.
 *
 * <p>A timed duration includes one clock reading's own latency (40 to 55 ns here), so a
 * few-nanosecond operation would look like a 50 ns one and be timed ten times too often. The
 * latency is estimated as the smallest of three back-to-back readings at creation and of every
 * timed duration since (a duration can only overstate it), and subtracted before the period is
 * chosen. Reported durations are not corrected.
 *
 * <p>The state is plain arrays read and written without synchronization: a lost update or a
 * stale read only makes one gap a little longer or shorter, never a count wrong. A torn {@code
 * long} (possible on 32-bit JVMs) would do the same. It survives {@link GatewayStatistics#reset}:
 * how fast an operation is does not change when the counters are cleared.
 */
final class SamplePeriods {
  /** The period that means "adapt to each operation". */
  static final int ADAPTIVE = -1;
  /** The assumed cost of timing one call. */
  static final long TIMING_COST_NANOS = 100;
  /** The adaptive period never grows above this, so even the fastest operation gets timings. */
  static final int MAX_ADAPTIVE_PERIOD = 4096;

  private static final long BUDGET_NANOS = 100 * TIMING_COST_NANOS;
  private static final int MAX_SHIFT = Integer.numberOfTrailingZeros(MAX_ADAPTIVE_PERIOD);
  /** Each timed call moves the recent duration 1/2^3 of the way to its own. */
  private static final int AVERAGING_SHIFT = 3;

  private final int fixedPeriod;
  /** By operation, adaptive only: log2 of the period, 0 (period 1) until a call was timed. */
  private final byte[] shifts;
  /** By operation, adaptive only: moving average of timed durations, 0 until a call was timed. */
  private final long[] recentNanos;
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
    this.recentNanos = adaptive ? new long[operationCount] : null;
    this.clockLatencyNanos = adaptive ? latency(clock) : 0;
  }

  private static long latency(NanoClock clock) {
    long smallest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = clock.nanoTime();
      smallest = Math.min(smallest, clock.nanoTime() - before);
    }
    return Math.max(0, smallest);
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
   * @return the operation's period from now on
   */
  int learn(int operation, long elapsedNanos) {
    if (fixedPeriod != ADAPTIVE) {
      return fixedPeriod;
    }
    long elapsed = Math.max(1, elapsedNanos);
    long latency = Math.min(clockLatencyNanos, elapsed);
    clockLatencyNanos = latency;
    long recent = recentNanos[operation];
    recent = recent == 0 ? elapsed : Math.max(1, recent + ((elapsed - recent) >> AVERAGING_SHIFT));
    recentNanos[operation] = recent;
    int shift = shiftFor(Math.max(1, recent - latency));
    shifts[operation] = (byte) shift;
    return 1 << shift;
  }

  /** log2 of the smallest power of two at or above {@code BUDGET_NANOS / recent}, capped. */
  private static int shiftFor(long recentNanos) {
    long ratio = (BUDGET_NANOS + recentNanos - 1) / recentNanos;
    return ratio <= 1 ? 0 : Math.min(MAX_SHIFT, 64 - Long.numberOfLeadingZeros(ratio - 1));
  }
}
