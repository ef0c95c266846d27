package dev.suga.runtime.internal;

/**
 * A source of {@link System#nanoTime()}-style timestamps, so that tests can control time for
 * TTLs, idle release and timings. Only differences between two readings are meaningful.
 */
public interface NanoClock {
  /** The system clock, {@link System#nanoTime()}. */
  NanoClock SYSTEM = new SystemNanoClock();

  /**
   * Returns the current time in nanoseconds from an arbitrary origin.
   *
   * @return the current time in nanoseconds
   */
  long nanoTime();
}
