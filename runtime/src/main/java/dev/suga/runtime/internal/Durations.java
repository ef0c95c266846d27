package dev.suga.runtime.internal;

/** Seconds as nanoseconds for the TTL and idle checks, saturating instead of overflowing. */
final class Durations {
  private Durations() {}

  /** {@code seconds} (not negative) in nanoseconds, or {@link Long#MAX_VALUE} ("never") when that overflows. */
  static long saturatedNanos(long seconds) {
    return seconds >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : seconds * 1_000_000_000L;
  }
}
