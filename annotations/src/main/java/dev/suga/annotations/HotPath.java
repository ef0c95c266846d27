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
 * Generates a zero-abstraction fast path for a {@link GatewayOperation}.
 *
 * <p>The typed method {@code Gateway.cacheGet(...)} of a hot operation calls the module method with
 * no varargs, no boxing, no statistics and no locks. What is left depends on the module's unload
 * policy:
 *
 * <ul>
 *   <li>{@link GatewayModule.Unload#NEVER NEVER} (the default), and any {@code static} operation:
 *       the instance is a constant of its holder class (the initialization-on-demand idiom), so the
 *       JIT inlines the call to the cost of calling the module yourself.
 *   <li>{@link GatewayModule.Unload#IDLE IDLE} and {@link GatewayModule.Unload#MEMORY_PRESSURE
 *       MEMORY_PRESSURE}: the instance can be released, and never while a call runs in it, so each
 *       call is bracketed by the holder's in-flight count ({@code HOLDER.acquire()} before, {@code
 *       HOLDER.afterCall()} after): two atomic updates of one shared counter and two volatile
 *       reads. That is a few nanoseconds on one thread, and more when many threads call the module
 *       at once, since they contend for that counter. Keep modules whose hot paths must cost no
 *       more than a direct call {@code NEVER}.
 * </ul>
 *
 * <p>The price is visibility: calls of hot operations are not counted. Use it for the few
 * operations that every request runs; the statistics report ({@code Gateway.statistics().report()})
 * names the candidates.
 *
 * <p>Not allowed on an operation of an {@link GatewayModule.Unload#IMMEDIATE IMMEDIATE} module
 * (building the module on every call is the opposite of a fast path), nor together with {@link
 * Cached} (a cache look-up is not a direct call).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface HotPath {}
