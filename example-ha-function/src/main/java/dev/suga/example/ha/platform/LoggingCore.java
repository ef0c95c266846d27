package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Structured JSON logs, one line per record (CloudWatch keeps one line per event):
 * {@code {"timestamp":"...Z","level":"INFO","message":...,"requestId":...,"messageId":...}},
 * plus {@code "error"} (failure class and message, never a stack trace: traces are long, cost
 * ingestion and can carry request data) for {@link #error}. Every message and error text
 * passes through {@code security.redact} first, so tokens never reach the log. Level from
 * {@code LOG_LEVEL} (DEBUG, INFO, WARN or WARNING, ERROR; default INFO), read on each record
 * so that a changed configuration applies at once; the lookup is a volatile read. Output goes
 * to {@link LogSink}, which tests redirect.
 *
 * <p>Correlation ids are plain volatile fields, not thread-locals: Lambda runs one invocation
 * at a time per JVM, and a thread-local would lose them in any helper thread.
 */
@GatewayModule
public final class LoggingCore {
  private static final int DEBUG = 10;
  private static final int INFO = 20;
  private static final int WARN = 30;
  private static final int ERROR = 40;

  private volatile Correlation correlation = Correlation.NONE;

  /** Both ids of the current invocation, swapped as one so a line never mixes two invocations. */
  private record Correlation(String requestId, String messageId) {
    static final Correlation NONE = new Correlation(null, null);
  }

  /**
   * Sets the correlation ids written with every line until {@link #clearCorrelation()}. Both are
   * replaced: pass the current request id ({@code lambda.request_id}) when adding a messageId.
   */
  @GatewayOperation
  public void correlate(String requestId, String messageId) {
    correlation = new Correlation(requestId, messageId);
  }

  @GatewayOperation
  public void clearCorrelation() {
    correlation = Correlation.NONE;
  }

  @GatewayOperation
  public void debug(String message) {
    log(DEBUG, "DEBUG", message, null);
  }

  @GatewayOperation
  public void info(String message) {
    log(INFO, "INFO", message, null);
  }

  @GatewayOperation
  public void warn(String message) {
    log(WARN, "WARN", message, null);
  }

  /** Logs an error with the failure's class and (redacted) message, no stack trace. */
  @GatewayOperation
  public void error(String message, Throwable failure) {
    log(ERROR, "ERROR", message, failure);
  }

  private void log(int severity, String level, String message, Throwable failure) {
    if (severity < threshold()) {
      return;
    }
    Correlation ids = correlation;
    Map<String, Object> record = new LinkedHashMap<>(8);
    record.put("timestamp", Gateway.utilityIsoTimestamp(System.currentTimeMillis()));
    record.put("level", level);
    record.put("message", Gateway.securityRedact(message == null ? "" : message));
    if (ids.requestId() != null) {
      record.put("requestId", ids.requestId());
    }
    if (ids.messageId() != null) {
      record.put("messageId", ids.messageId());
    }
    if (failure != null) {
      record.put("error", describe(failure));
    }
    LogSink.write(Json.writeString(record));
  }

  /** {@code fully.qualified.Class: message}, redacted; a cause adds its own class and message. */
  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.getClass().getName());
    if (failure.getMessage() != null) {
      text.append(": ").append(failure.getMessage());
    }
    Throwable cause = failure.getCause();
    if (cause != null && cause != failure) {
      text.append(" (caused by ").append(cause.getClass().getName());
      if (cause.getMessage() != null) {
        text.append(": ").append(cause.getMessage());
      }
      text.append(')');
    }
    return Gateway.securityRedact(text.toString());
  }

  private static int threshold() {
    String level = Gateway.configGet("LOG_LEVEL");
    if (level == null) {
      return INFO;
    }
    switch (level.toUpperCase(Locale.ROOT)) {
      case "DEBUG": case "TRACE":
        return DEBUG;
      case "WARN": case "WARNING":
        return WARN;
      case "ERROR":
        return ERROR;
      default:
        return INFO;
    }
  }

  /** Whether {@code level} is a LOG_LEVEL this module understands (for initialization's checks). */
  static boolean knownLevel(String level) {
    switch (level.toUpperCase(Locale.ROOT)) {
      case "DEBUG": case "TRACE": case "INFO": case "WARN": case "WARNING": case "ERROR":
        return true;
      default:
        return false;
    }
  }
}
