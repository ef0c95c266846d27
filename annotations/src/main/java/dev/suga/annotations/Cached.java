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
 * Cache-first execution of a {@link GatewayOperation}: results are kept, per distinct arguments
 * (compared with {@code equals}, arrays by content), for {@link #ttlSeconds()}. A hit returns
 * without loading or building the module, which is what makes caching pay for modules that are
 * released after use.
 *
 * <p>The cache is bounded (least recently used entries go first; the bound is the system property
 * {@code suga.cache.maxEntries}, default 1024). {@code null} results are cached too; thrown
 * exceptions are not. Arguments and results should be immutable. Not allowed on {@code void}
 * methods.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Cached {
  /** How long a result stays valid, in seconds; must be positive. */
  long ttlSeconds() default 60;
}
