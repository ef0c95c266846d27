package dev.suga.processor.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A log that sources compiled inside a test write to (their static initializers,
 * constructors and close methods), so the test can see what ran and in which order. It
 * lives on the test class path, shared by every compiled source.
 */
public final class Events {
  private static final List<String> EVENTS = new ArrayList<>();

  private Events() {}

  public static synchronized void record(String event) {
    EVENTS.add(event);
  }

  public static synchronized List<String> drain() {
    List<String> out = List.copyOf(EVENTS);
    EVENTS.clear();
    return out;
  }

  public static synchronized long count(String event) {
    return EVENTS.stream().filter(event::equals).count();
  }
}
