package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import dev.suga.example.ha.Gateway;
import java.util.Map;

/**
 * The invocation's life: which kind of event arrived, its request id and deadline, and the
 * end-of-invocation work (one metrics record, free-tier accounting, module release).
 *
 * <p>The deadline is the earlier of Lambda's remaining time and Alexa's 8-second budget, less
 * a safety margin for writing the answer, so that every reply arrives in time.
 */
@GatewayModule
public final class LambdaCore {
  /** Alexa drops answers after 8 s. */
  static final long ALEXA_BUDGET_MILLIS = 8_000;
  /** Kept back to serialize and return the answer. */
  static final long SAFETY_MARGIN_MILLIS = 250;

  private volatile String requestId = "-";
  private volatile long deadlineMillis;
  private volatile long startedNanos;

  /**
   * The kind of event: {@code smart_home} ({@code {"directive": ...}}), {@code custom_skill}
   * ({@code version} + {@code request} with a {@code type}), {@code http} (API Gateway v2 /
   * Function URL: {@code requestContext.http}), else {@code unknown}.
   */
  @GatewayOperation
  @HotPath
  public String recognize(Map<String, Object> event) {
    if (event.get("directive") instanceof Map) {
      return "smart_home";
    }
    if (event.get("request") instanceof Map<?, ?> request && request.get("type") instanceof String
        && event.containsKey("version")) {
      return "custom_skill";
    }
    if (event.get("requestContext") instanceof Map<?, ?> context && context.get("http") instanceof Map) {
      return "http";
    }
    return "unknown";
  }

  /** Starts an invocation: correlation id for logs, and the deadline. */
  @GatewayOperation
  public void begin(String awsRequestId, long lambdaRemainingMillis) {
    long now = System.currentTimeMillis();
    requestId = awsRequestId == null ? "-" : awsRequestId;
    startedNanos = System.nanoTime();
    long budget = Math.min(lambdaRemainingMillis, ALEXA_BUDGET_MILLIS) - SAFETY_MARGIN_MILLIS;
    deadlineMillis = now + Math.max(0, budget);
    Gateway.loggingCorrelate(requestId, null);
    Gateway.initializationInitialize(); // once per JVM; returns at once afterwards
  }

  /** Milliseconds left before the answer must be on its way (0 when none). */
  @GatewayOperation
  @HotPath
  public long remainingMillis() {
    long deadline = deadlineMillis;
    if (deadline == 0) {
      return ALEXA_BUDGET_MILLIS - SAFETY_MARGIN_MILLIS;
    }
    return Math.max(0, deadline - System.currentTimeMillis());
  }

  /** The current invocation's AWS request id ({@code -} outside an invocation). */
  @GatewayOperation
  public String requestId() {
    return requestId;
  }

  /**
   * Ends the invocation: one EMF record, free-tier accounting with the billed duration
   * (rounded up to the millisecond, as Lambda bills), then the gateway's end-of-invocation
   * release of idle modules. The record's {@code Duration} is the time since {@link #begin} to
   * the microsecond, from the monotonic clock: with {@code HaLatency} (Home Assistant's calls,
   * as precise) it gives the function's own time per directive, which a warm Lambda spends in
   * fractions of a millisecond.
   */
  @GatewayOperation
  public void end(int memoryMb) {
    long now = System.currentTimeMillis();
    long elapsedNanos = System.nanoTime() - startedNanos;
    long billedMillis = Math.max(1, (elapsedNanos + 999_999) / 1_000_000); // rounded up, as Lambda bills
    try {
      Gateway.metricsMillis("Duration", elapsedNanos / 1_000 / 1_000.0);
      Gateway.metricsFlush(requestId);
      Gateway.freeTierRecord(billedMillis, memoryMb, now);
    } finally {
      Gateway.loggingClearCorrelation();
      requestId = "-";
      deadlineMillis = 0;
      Gateway.endInvocation();
    }
  }
}
