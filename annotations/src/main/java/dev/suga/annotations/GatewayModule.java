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
package dev.suga.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a class the core module of one gateway interface.
 *
 * <p>The gateway builds the module on the first call of one of its (non-static) operations: with
 * its public no-arg constructor; else with a {@code public static} no-arg method named {@code
 * create} that returns it; else with its package-private (or protected) no-arg constructor. The
 * module's generated holder, which builds it and calls its operations, lives in the module's own
 * package, so a package-private constructor and package-private {@link GatewayOperation} methods
 * work whatever package the gateway is generated in. The class itself must be a top-level or {@code
 * static} nested class, not {@code abstract}, not generic, and accessible from the gateway's
 * package: {@code public}, or package-private in the gateway's package (nor nested in a {@code
 * private} class). A module that implements {@link AutoCloseable} is closed when it is released,
 * never while a call is still running in it.
 *
 * <p>A module's constructor may call other modules' operations, but not in a circle: that is
 * reported at run time with the chain of interfaces ({@code a -> b -> a}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GatewayModule {
  /**
   * The interface id in snake_case. Default: the simple class name without a {@code Core} or {@code
   * Module} suffix, in snake_case ({@code HttpClientCore} -> {@code http_client}).
   */
  String value() default "";

  /** When the module's instance is released; see {@link Unload}. */
  Unload unload() default Unload.NEVER;

  /** For {@link Unload#IDLE}: seconds without a call after which the module is released. */
  long idleSeconds() default 30;

  /** When a module instance is released, so that its memory can be reclaimed. */
  enum Unload {
    /**
     * Built once, kept for the life of the JVM (the initialization-on-demand holder idiom: the
     * cheapest possible access). If its construction throws, the failure is permanent for this JVM,
     * as with any class initializer; build fallible resources lazily inside the module, or choose
     * another policy, which retries on the next call.
     */
    NEVER,
    /** Built for each call and released (closed) when the last running call returns. */
    IMMEDIATE,
    /**
     * Released at the end of an invocation ({@code Gateway.endInvocation()}) when no call has used
     * it for {@link GatewayModule#idleSeconds()}.
     */
    IDLE,
    /**
     * Released at the end of an invocation when long-lived objects fill more than a share (system
     * property {@code suga.memoryPressureThreshold}, default 0.85) of the space they can fill, as
     * the last garbage collection that measured it left it: the old generation against its maximum
     * (Serial, Parallel), or against the maximum heap (G1, ZGC, Shenandoah). Garbage not yet
     * collected does not count. Then every releasable module of the gateway is released and its
     * cached results dropped, once per measurement.
     */
    MEMORY_PRESSURE
  }
}
