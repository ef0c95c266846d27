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

import com.fasterxml.jackson.core.JsonGenerator;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The {@code logging} interface: structured JSON logs, one line per record (CloudWatch keeps one
 * line per event), written with jackson-core's streaming generator: {@code
 * {"timestamp":"...Z","level":"INFO","message":...,"requestId":...,"messageId":...}}, plus {@code
 * "error"} (failure class and message, never a stack trace: traces are long, cost ingestion and can
 * carry request data) for {@link #error}. Every message and error text passes through {@code
 * security.redact} first, so tokens never reach the log, and is cut to 8,192 characters; the
 * correlation ids to 256. Level from {@code LOG_LEVEL} (DEBUG, INFO, WARN or WARNING, ERROR;
 * default INFO), read on each record so that a changed configuration applies at once; the lookup is
 * a volatile read. Output goes to {@link LogSink}, which tests redirect.
 *
 * <p>Correlation ids are plain volatile fields, not thread-locals: Lambda runs one invocation at a
 * time per JVM, and a thread-local would lose them in any helper thread.
 */
@GatewayModule
public final class LoggingCore {
  private static final int DEBUG = 10;
  private static final int INFO = 20;
  private static final int WARN = 30;
  private static final int ERROR = 40;

  /**
   * Longest correlation id written: ids come from events (an Alexa messageId, a skill's requestId),
   * and one of 100 KB was copied into every line of its invocation (the audit's 555 such events
   * made 109 MB of logs). Real ids are UUIDs and ARNs, far shorter.
   */
  static final int MAX_ID_LENGTH = 256;

  /**
   * Longest message written: a message quoting an event's text could otherwise be as long as the
   * event. The rest is replaced by a note of how much was cut.
   */
  static final int MAX_MESSAGE_LENGTH = 8_192;

  private volatile Correlation correlation = Correlation.NONE;

  /** Both ids of the current invocation, swapped as one so a line never mixes two invocations. */
  private record Correlation(String requestId, String messageId) {
    static final Correlation NONE = new Correlation(null, null);
  }

  /**
   * Sets the correlation ids written with every line until {@link #clearCorrelation()}: the
   * invocation's request id ({@code lambda.begin} sets it) and the id of the message being handled
   * (an Alexa messageId, a queue message's id), either null. Both are replaced: pass the current
   * request id ({@code lambda.request_id}) when adding a messageId.
   */
  @GatewayOperation
  public void correlate(String requestId, String messageId) {
    correlation =
        new Correlation(
            Printable.cut(requestId, MAX_ID_LENGTH), Printable.cut(messageId, MAX_ID_LENGTH));
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
    String timestamp = CoreGateway.utilityIsoTimestamp(System.currentTimeMillis());
    String text = capped(CoreGateway.securityRedact(message == null ? "" : message));
    String error = failure == null ? null : describe(failure);
    StringWriter line = new StringWriter(128);
    try (JsonGenerator json = CoreJson.generator(line)) {
      json.writeStartObject();
      json.writeStringField("timestamp", timestamp);
      json.writeStringField("level", level);
      json.writeStringField("message", text);
      if (ids.requestId() != null) {
        json.writeStringField("requestId", ids.requestId());
      }
      if (ids.messageId() != null) {
        json.writeStringField("messageId", ids.messageId());
      }
      if (error != null) {
        json.writeStringField("error", error);
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    LogSink.write(line.toString());
  }

  /** {@code message} within {@link #MAX_MESSAGE_LENGTH}, saying how much was cut. */
  private static String capped(String message) {
    if (message.length() <= MAX_MESSAGE_LENGTH) {
      return message;
    }
    String kept = Printable.cut(message, MAX_MESSAGE_LENGTH);
    return kept + "... (" + (message.length() - kept.length()) + " more characters)";
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
    return capped(CoreGateway.securityRedact(text.toString()));
  }

  private static int threshold() {
    String level = CoreGateway.configGet("LOG_LEVEL");
    if (level == null) {
      return INFO;
    }
    switch (level.toUpperCase(Locale.ROOT)) {
      case "DEBUG":
      case "TRACE":
        return DEBUG;
      case "WARN":
      case "WARNING":
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
      case "DEBUG":
      case "TRACE":
      case "INFO":
      case "WARN":
      case "WARNING":
      case "ERROR":
        return true;
      default:
        return false;
    }
  }
}
