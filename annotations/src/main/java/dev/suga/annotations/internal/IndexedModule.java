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
package dev.suga.annotations.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Written by the SUGA processor, never by hand: marks one entry of a library's module index.
 *
 * <p>Every compilation with modules generates, per module, a marker class in the package {@code
 * dev.suga.aggregated} carrying this annotation (the aggregation model of Hilt's {@code
 * hilt_aggregated_deps}). A root compiled later lists that package on its class path and takes the
 * modules in: a library's entries in every root, an application's own entries (marked with its
 * roots) only in those roots, so that a root recompiled with some of its modules still finds the
 * others. The parameter names are kept here because class files only carry them when compiled with
 * {@code -parameters}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IndexedModule {
  /** Binary-compatible canonical name of the module class. */
  String module();

  /**
   * One entry per operation method, in the module's operation order (the order of its holder's
   * statistics), {@code name(erased parameter types)=parameter names}, for example {@code
   * "put(java.lang.String,int)=key,value"}.
   */
  String[] parameterNames() default {};

  /**
   * The qualified names of the {@code @GatewayRoot} types of the application compilation that left
   * this entry, which alone take it in; empty for a library's entry, which every root and library
   * gateway takes in.
   */
  String[] roots() default {};
}
