package dev.suga.runtime;

/**
 * When a module instance is released so that its memory can be reclaimed; mirrors the
 * annotation's {@code GatewayModule.Unload}.
 */
public enum UnloadPolicy {
  /** Built once and kept for the life of the JVM (generated code uses a holder class). */
  NEVER,
  /** Built for a call and released (closed) when the last call in flight returns. */
  IMMEDIATE,
  /**
   * Released at the end of an invocation ({@code Gateway.endInvocation()}) when no call has
   * used it for longer than the module's idle seconds.
   */
  IDLE,
  /** Released at the end of an invocation when the heap is under pressure. */
  MEMORY_PRESSURE
}
