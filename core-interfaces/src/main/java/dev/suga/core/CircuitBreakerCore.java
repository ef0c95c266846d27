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

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The {@code circuit_breaker} interface: one closed / open / half-open breaker per named dependency
 * ({@code "home_assistant"}, {@code "payments"}, ...). A circuit opens after {@code
 * CIRCUIT_FAILURE_THRESHOLD} (default 5) consecutive failures; while open, calls are refused
 * without touching the network for {@code CIRCUIT_OPEN_SECONDS} (default 30); then one trial call
 * is let through (half-open): success closes, failure opens again. The settings apply to every
 * dependency. {@code http_client} uses the circuit of the dependency a request names.
 *
 * <p>Callers pair every allowed call with {@link #success} or {@link #failure}. A trial whose
 * outcome is never reported (a caller bug, or a failure thrown past the report) would leave the
 * circuit half-open for good, so a trial older than the open period is given up and another one
 * allowed.
 *
 * <p>State lives in this instance (the gateway builds one per JVM, and circuits must survive across
 * warm invocations): a map from dependency to its circuit, created on the first {@link #allow},
 * {@link #success} or {@link #failure}. Each circuit's methods are {@code synchronized}: a few
 * field updates, never contended in Lambda's one-invocation-at-a-time model. Opening is logged
 * (outside the lock); the {@code CircuitOpen} metric is the caller's, counted per call the open
 * circuit refused, so that it means one thing. The clock is {@code System.currentTimeMillis}; tests
 * build their own instance with a clock they move.
 */
@GatewayModule
public final class CircuitBreakerCore {
  static final long DEFAULT_FAILURE_THRESHOLD = 5;
  static final long DEFAULT_OPEN_SECONDS = 30;

  /**
   * States as ints, not an enum: a switch on an enum compiles to a synthetic switch-map class, and
   * the enum itself is one more class, both loaded by every cold start's first {@link #allow}.
   */
  private static final int CLOSED = 0;

  private static final int OPEN = 1;
  private static final int HALF_OPEN = 2;
  private static final String[] STATE_NAMES = {"closed", "open", "half_open"};

  /** Null for the system clock: no lambda to link at cold start. */
  private final LongSupplier clock;

  private final ConcurrentHashMap<String, Circuit> circuits = new ConcurrentHashMap<>();

  public CircuitBreakerCore() {
    this(null);
  }

  /** A breaker on {@code clock} (epoch milliseconds). */
  CircuitBreakerCore(LongSupplier clock) {
    this.clock = clock;
  }

  /**
   * Whether a call to {@code dependency} may go out now (in half-open, only the one trial call).
   */
  @GatewayOperation
  public boolean allow(String dependency) {
    return circuit(dependency).allow();
  }

  /** The call to {@code dependency} got an answer that proves it works: closes its circuit. */
  @GatewayOperation
  public void success(String dependency) {
    circuit(dependency).success();
  }

  /**
   * The call to {@code dependency} failed: counts towards opening its circuit (logged when it
   * opens).
   */
  @GatewayOperation
  public void failure(String dependency) {
    String opened = circuit(dependency).recordFailure();
    if (opened != null) {
      CoreGateway.loggingWarn(opened);
    }
  }

  /**
   * {@code closed}, {@code open} or {@code half_open} for {@code dependency} ({@code closed} for
   * one never called). An open circuit whose open period has passed reads {@code half_open}: the
   * next call will be the trial.
   */
  @GatewayOperation
  public String state(String dependency) {
    Circuit circuit = circuits.get(Objects.requireNonNull(dependency, "dependency"));
    return circuit == null ? "closed" : circuit.state();
  }

  /**
   * Every dependency's state, by name in alphabetical order (empty before the first call), for
   * diagnostics.
   */
  @GatewayOperation
  public Map<String, String> states() {
    Map<String, String> states = new LinkedHashMap<>();
    for (Map.Entry<String, Circuit> entry : new TreeMap<>(circuits).entrySet()) {
      states.put(entry.getKey(), entry.getValue().state());
    }
    return states;
  }

  /**
   * The worst state of any circuit: {@code open} if one is, else {@code half_open} if one is, else
   * {@code closed}. What {@code /health} reports.
   */
  @GatewayOperation
  public String worstState() {
    int worst = CLOSED;
    for (Circuit circuit : circuits.values()) {
      String state = circuit.state();
      if ("open".equals(state)) {
        return state;
      }
      if ("half_open".equals(state)) {
        worst = HALF_OPEN;
      }
    }
    return STATE_NAMES[worst];
  }

  /**
   * Closes the circuit of {@code dependency} with no failures (tests, and an operator's action).
   */
  @GatewayOperation
  public void reset(String dependency) {
    Circuit circuit = circuits.get(Objects.requireNonNull(dependency, "dependency"));
    if (circuit != null) {
      circuit.reset();
    }
  }

  /** Closes every circuit (tests, and an operator's action). */
  @GatewayOperation
  public void resetAll() {
    for (Circuit circuit : circuits.values()) {
      circuit.reset();
    }
  }

  /** The circuit of {@code dependency}, created closed on first use. */
  private Circuit circuit(String dependency) {
    Circuit circuit = circuits.get(Objects.requireNonNull(dependency, "dependency"));
    if (circuit == null) {
      // putIfAbsent, not computeIfAbsent(lambda): no lambda to link on the first call.
      Circuit created = new Circuit(dependency);
      circuit = circuits.putIfAbsent(dependency, created);
      if (circuit == null) {
        circuit = created;
      }
    }
    return circuit;
  }

  private long now() {
    return clock == null ? System.currentTimeMillis() : clock.getAsLong();
  }

  private static long failureThreshold() {
    long threshold =
        CoreGateway.configNumber("CIRCUIT_FAILURE_THRESHOLD", DEFAULT_FAILURE_THRESHOLD);
    return threshold >= 1 ? threshold : DEFAULT_FAILURE_THRESHOLD;
  }

  private static long openMillis() {
    long seconds = CoreGateway.configNumber("CIRCUIT_OPEN_SECONDS", DEFAULT_OPEN_SECONDS);
    return (seconds >= 0 ? Math.min(seconds, 86_400) : DEFAULT_OPEN_SECONDS) * 1000;
  }

  /** One dependency's breaker. */
  private final class Circuit {
    private final String dependency;
    private int state = CLOSED;
    private int consecutiveFailures;

    /** When the circuit last opened (OPEN) or the trial call went out (HALF_OPEN). */
    private long sinceMillis;

    Circuit(String dependency) {
      this.dependency = dependency;
    }

    synchronized boolean allow() {
      if (state == CLOSED) {
        return true;
      }
      // OPEN, or HALF_OPEN with a trial out: the next trial once the open period has passed.
      long now = now();
      if (now - sinceMillis >= openMillis()) {
        state = HALF_OPEN;
        sinceMillis = now;
        return true;
      }
      return false;
    }

    synchronized void success() {
      state = CLOSED;
      consecutiveFailures = 0;
    }

    /** Counts a failure; returns the message to log when it opened the circuit, else null. */
    synchronized String recordFailure() {
      consecutiveFailures++;
      if (state == HALF_OPEN) {
        state = OPEN;
        sinceMillis = now();
        return "Circuit to "
            + dependency
            + " opened again: the trial call failed; refusing calls for "
            + openMillis() / 1000
            + " s";
      }
      if (state == CLOSED && consecutiveFailures >= failureThreshold()) {
        state = OPEN;
        sinceMillis = now();
        return "Circuit to "
            + dependency
            + " opened after "
            + consecutiveFailures
            + " consecutive failures; refusing calls for "
            + openMillis() / 1000
            + " s";
      }
      return null; // still under the threshold, or a late report from a call allowed before the
      // circuit opened
    }

    synchronized String state() {
      if (state == OPEN) {
        return now() - sinceMillis >= openMillis() ? "half_open" : "open";
      }
      return STATE_NAMES[state];
    }

    synchronized void reset() {
      state = CLOSED;
      consecutiveFailures = 0;
      sinceMillis = 0;
    }
  }
}
