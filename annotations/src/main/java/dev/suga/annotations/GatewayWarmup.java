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
 * Makes a method its module's warm-up: {@code Gateway.train()} builds the module and calls it, so
 * that a training run (a JDK 25 AOT cache recorded with {@code -XX:AOTCacheOutput}, or a SnapStart
 * or CRaC checkpoint) loads, links and profiles what the module's first real call needs. Declare it
 * as a method without parameters that returns {@code void}, static or not, at most one per module:
 *
 * <pre>{@code
 * @GatewayWarmup
 * void warmUp() {
 *   render(SAMPLE); // exercise the code paths of a first call, on sample data
 * }
 * }</pre>
 *
 * <p>A warm-up must have no effect outside the JVM: training runs at build time, where no real
 * service should be called (tests and training point the module at a stand-in instead). Its calls
 * are not counted in the statistics. The module must declare at least one {@link GatewayOperation}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GatewayWarmup {}
