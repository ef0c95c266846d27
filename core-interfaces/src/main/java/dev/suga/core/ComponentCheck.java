package dev.suga.core;

/**
 * One component of a function that {@code debug}'s {@code /health} reports on, contributed by
 * an extension (the example: Home Assistant's reachability). {@code debug} caches each answer
 * for 30 s in {@code cache} and does not probe at all while the free tier is at {@code
 * throttle} or above.
 *
 * <p>Implement it with a named class, not a lambda (the first lambda of a JVM bootstraps {@code
 * LambdaMetafactory}); never throw: a probe that fails answers a status that says so.
 */
public interface ComponentCheck {
  /** Probes the component: a short status such as {@code reachable} or {@code unreachable}. */
  String probe();

  /** Whether {@code status}, an answer of {@link #probe}, means the component is usable. */
  boolean healthy(String status);
}
