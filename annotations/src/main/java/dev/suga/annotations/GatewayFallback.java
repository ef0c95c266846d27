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
 * Makes a method its module's fallback: it receives {@code Gateway.execute("iface.op", ...)} for
 * operation names the interface does not declare, with the bare operation name ({@code "op"}) and
 * the arguments as given. Declare it as
 *
 * <pre>{@code
 * @GatewayFallback
 * public Object unknown(String operation, Object[] arguments) { ... }
 * }</pre>
 *
 * <p>static or not, like an operation, and at most one per interface. It goes through the module's
 * holder like any operation (loading, unload policy) and is counted in the statistics as {@code
 * iface.*}. Without a fallback, an unknown name is a {@code GatewayException}. The module must
 * declare at least one {@link GatewayOperation}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GatewayFallback {}
