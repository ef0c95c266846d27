package dev.suga.runtime.internal;

/** {@link NanoClock#SYSTEM}: a plain class, because a method reference would bootstrap lambdas. */
final class SystemNanoClock implements NanoClock {
  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public String toString() {
    return "NanoClock.SYSTEM";
  }
}
