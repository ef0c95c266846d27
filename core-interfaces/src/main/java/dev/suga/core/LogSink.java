package dev.suga.core;

import java.util.function.Consumer;

/**
 * Where {@code logging}'s lines and {@code metrics}' EMF records go: standard output (which Lambda
 * sends to CloudWatch Logs), or a test's or local runner's collector.
 */
public final class LogSink {
  private static volatile Consumer<String> sink;

  private LogSink() {}

  /** Writes one line. */
  public static void write(String line) {
    Consumer<String> current = sink;
    if (current != null) {
      current.accept(line);
    } else {
      System.out.println(line);
    }
  }

  /** Sends lines to {@code consumer} instead of standard output (null restores it). */
  public static void redirect(Consumer<String> consumer) {
    sink = consumer;
  }
}
