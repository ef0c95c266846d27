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
import dev.suga.annotations.HotPath;
import java.util.Map;

/**
 * The {@code lambda} interface: the invocation's life. Its request id (the logs' correlation id)
 * and deadline ({@code http_client} bounds every request by it), the end-of-invocation work (one
 * metrics record, free-tier accounting), and which generic kind of event arrived.
 *
 * <p>A handler calls {@link #begin} first and {@link #end} last, then its own gateway's {@code
 * endInvocation()}: only the function's gateway sees every module (its own and the core's), so only
 * it can release the idle ones; {@code end} does not release.
 *
 * <p>The deadline is the time the handler grants the invocation (Lambda's remaining time, or less:
 * the example passes at most Alexa's 8-second budget), less a safety margin for writing the answer,
 * so that every reply arrives in time. Operations take the request id and times, not Lambda's
 * {@code Context}: this library does not depend on the Lambda API, and a handler that has none (a
 * local runner) passes what it likes.
 */
@GatewayModule
public final class LambdaCore {
  /** Kept back to serialize and return the answer. */
  static final long SAFETY_MARGIN_MILLIS = 250;

  /**
   * The time a call outside an invocation (a test, a tool, start-up work) may take: 8 s, as the
   * example's Alexa budget, less the margin.
   */
  static final long OUTSIDE_INVOCATION_MILLIS = 8_000 - SAFETY_MARGIN_MILLIS;

  private volatile String requestId = "-";
  private volatile long deadlineMillis;
  private volatile long startedNanos;

  /** Whether {@link #begin} started an invocation that {@link #end} has not ended. */
  private volatile boolean begun;

  /**
   * The generic kind of an event: {@code http} (API Gateway HTTP API v2 or a Function URL: {@code
   * requestContext.http}), {@code scheduled} (an EventBridge scheduled event: {@code
   * "source":"aws.events"} with {@code detail-type} {@code Scheduled Event}), else {@code unknown}.
   * A function recognises its own kinds (the example: Alexa directives and skill requests) before
   * asking.
   */
  @GatewayOperation
  @HotPath
  public String recognize(Map<String, Object> event) {
    if (event.get("requestContext") instanceof Map<?, ?> context
        && context.get("http") instanceof Map) {
      return "http";
    }
    if ("aws.events".equals(event.get("source"))
        && "Scheduled Event".equals(event.get("detail-type"))) {
      return "scheduled";
    }
    return "unknown";
  }

  /**
   * Starts an invocation: the request id becomes the logs' correlation id, the deadline is {@code
   * remainingMillis} from now less the safety margin, and the JVM's first invocation runs {@code
   * initialization.initialize}.
   *
   * @param awsRequestId Lambda's request id ({@code Context.getAwsRequestId()}); null reads {@code
   *     -}
   * @param remainingMillis the time granted: Lambda's remaining time ({@code
   *     Context.getRemainingTimeInMillis()}) or less
   */
  @GatewayOperation
  public void begin(String awsRequestId, long remainingMillis) {
    long now = System.currentTimeMillis();
    requestId = awsRequestId == null ? "-" : awsRequestId;
    startedNanos = System.nanoTime();
    begun = true;
    long budget = Math.max(0, remainingMillis - SAFETY_MARGIN_MILLIS);
    deadlineMillis = now + Math.min(budget, Long.MAX_VALUE - now);
    CoreGateway.loggingCorrelate(requestId, null);
    CoreGateway.initializationInitialize(); // once per JVM; returns at once afterwards
  }

  /**
   * Milliseconds left before the answer must be on its way (0 when none); outside an invocation,
   * {@value #OUTSIDE_INVOCATION_MILLIS}.
   */
  @GatewayOperation
  @HotPath
  public long remainingMillis() {
    long deadline = deadlineMillis;
    if (deadline == 0) {
      return OUTSIDE_INVOCATION_MILLIS;
    }
    return Math.max(0, deadline - System.currentTimeMillis());
  }

  /** The current invocation's AWS request id ({@code -} outside an invocation). */
  @GatewayOperation
  public String requestId() {
    return requestId;
  }

  /**
   * Ends the invocation: one EMF record, free-tier accounting with the billed duration (rounded up
   * to the millisecond, as Lambda bills) and {@code memoryMb} ({@code
   * Context.getMemoryLimitInMB()}). The record's {@code Duration} is the time since {@link #begin}
   * to the microsecond, from the monotonic clock: with a request's latency metric (the example's
   * {@code HaLatency}, as precise) it gives the function's own time per invocation, which a warm
   * Lambda spends in fractions of a millisecond. Does not release idle modules: the handler calls
   * its gateway's {@code endInvocation()} next.
   */
  @GatewayOperation
  public void end(int memoryMb) {
    long now = System.currentTimeMillis();
    long elapsedNanos = System.nanoTime() - startedNanos;
    long billedMillis =
        Math.max(1, (elapsedNanos + 999_999) / 1_000_000); // rounded up, as Lambda bills
    boolean started = begun;
    begun = false;
    try {
      if (started) {
        CoreGateway.metricsMillis("Duration", elapsedNanos / 1_000 / 1_000.0);
        CoreGateway.metricsFlush(requestId);
        CoreGateway.freeTierRecord(billedMillis, memoryMb, now);
      } else {
        // No begin (it threw, or end ran twice): no time to measure. Measured from the last begin,
        // or from the clock's origin, one such end once added hours to the free-tier accounting.
        CoreGateway.loggingWarn(
            "lambda.end without lambda.begin: no Duration, nothing recorded for the free tier");
        CoreGateway.metricsFlush(requestId);
      }
    } finally {
      CoreGateway.loggingClearCorrelation();
      requestId = "-";
      deadlineMillis = 0;
    }
  }
}
