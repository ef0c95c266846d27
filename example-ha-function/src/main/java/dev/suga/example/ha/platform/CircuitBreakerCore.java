package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import java.util.function.LongSupplier;

/**
 * Closed / open / half-open breaker in front of Home Assistant. Opens after
 * {@code CIRCUIT_FAILURE_THRESHOLD} (default 5) consecutive failures; while open, calls are
 * refused without touching the network for {@code CIRCUIT_OPEN_SECONDS} (default 30); then one
 * trial call is let through (half-open): success closes, failure opens again.
 *
 * <p>Callers pair every allowed call with {@link #success()} or {@link #failure()}. A trial
 * whose outcome is never reported (a caller bug, or a failure thrown past the report) would
 * leave the breaker half-open for good, so a trial older than the open period is given up and
 * another one allowed.
 *
 * <p>State lives in this instance (the gateway builds one per JVM, and the breaker must
 * survive across warm invocations); every method is {@code synchronized}: a few field updates,
 * never contended in Lambda's one-invocation-at-a-time model. Opening is logged (outside the
 * lock); the {@code CircuitOpen} metric is the caller's, counted per call the open circuit
 * refused, so that it means one thing. The clock is {@code System.currentTimeMillis}; tests
 * build their own instance with a clock they move.
 */
@GatewayModule
public final class CircuitBreakerCore {
  static final long DEFAULT_FAILURE_THRESHOLD = 5;
  static final long DEFAULT_OPEN_SECONDS = 30;

  /**
   * Compared with {@code ==}, never switched on: a switch on an enum compiles to a synthetic
   * switch-map class (and its {@code AssertionError} default to one more), which every cold start
   * would load for the breaker's first {@link #allow()}.
   */
  private enum State { CLOSED, OPEN, HALF_OPEN }

  /** Null for the system clock: no lambda to link at cold start. */
  private final LongSupplier clock;
  private State state = State.CLOSED;
  private int consecutiveFailures;
  /** When the circuit last opened (OPEN) or the trial call went out (HALF_OPEN). */
  private long sinceMillis;

  public CircuitBreakerCore() {
    this(null);
  }

  /** A breaker on {@code clock} (epoch milliseconds). */
  CircuitBreakerCore(LongSupplier clock) {
    this.clock = clock;
  }

  /** Whether a call may go out now (in half-open, only the one trial call). */
  @GatewayOperation
  public synchronized boolean allow() {
    if (state == State.CLOSED) {
      return true;
    }
    // OPEN, or HALF_OPEN with a trial out: the next trial once the open period has passed.
    long now = now();
    if (now - sinceMillis >= openMillis()) {
      state = State.HALF_OPEN;
      sinceMillis = now;
      return true;
    }
    return false;
  }

  @GatewayOperation
  public synchronized void success() {
    state = State.CLOSED;
    consecutiveFailures = 0;
  }

  @GatewayOperation
  public void failure() {
    String opened = recordFailure();
    if (opened != null) {
      Gateway.loggingWarn(opened);
    }
  }

  /** Counts a failure; returns the message to log when it opened the circuit, else null. */
  private synchronized String recordFailure() {
    consecutiveFailures++;
    if (state == State.HALF_OPEN) {
      state = State.OPEN;
      sinceMillis = now();
      return "Circuit to Home Assistant opened again: the trial call failed; refusing calls for "
          + openMillis() / 1000 + " s";
    }
    if (state == State.CLOSED && consecutiveFailures >= failureThreshold()) {
      state = State.OPEN;
      sinceMillis = now();
      return "Circuit to Home Assistant opened after " + consecutiveFailures
          + " consecutive failures; refusing calls for " + openMillis() / 1000 + " s";
    }
    return null; // still under the threshold, or a late report from a call allowed before the circuit opened
  }

  /**
   * {@code closed}, {@code open} or {@code half_open}. An open circuit whose open period has
   * passed reads {@code half_open}: the next call will be the trial.
   */
  @GatewayOperation
  public synchronized String state() {
    if (state == State.CLOSED) {
      return "closed";
    }
    if (state == State.OPEN) {
      return now() - sinceMillis >= openMillis() ? "half_open" : "open";
    }
    return "half_open";
  }

  /** Back to closed with no failures (tests, and an operator's diagnostics action). */
  @GatewayOperation
  public synchronized void reset() {
    state = State.CLOSED;
    consecutiveFailures = 0;
    sinceMillis = 0;
  }

  private long now() {
    return clock == null ? System.currentTimeMillis() : clock.getAsLong();
  }

  private static long failureThreshold() {
    long threshold = Gateway.configNumber("CIRCUIT_FAILURE_THRESHOLD", DEFAULT_FAILURE_THRESHOLD);
    return threshold >= 1 ? threshold : DEFAULT_FAILURE_THRESHOLD;
  }

  private static long openMillis() {
    long seconds = Gateway.configNumber("CIRCUIT_OPEN_SECONDS", DEFAULT_OPEN_SECONDS);
    return (seconds >= 0 ? Math.min(seconds, 86_400) : DEFAULT_OPEN_SECONDS) * 1000;
  }
}
