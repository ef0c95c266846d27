package dev.suga.example.ha.platform;

import java.util.function.Consumer;

/** Where log and metric lines go: standard output, or a test's collector. */
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
