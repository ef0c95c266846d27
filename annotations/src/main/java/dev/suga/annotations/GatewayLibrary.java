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
 * Generates a library's own gateway in this type's package: the same typed static methods, {@code
 * execute} forms and metadata as an application's {@link GatewayRoot} gateway, over the modules of
 * this compilation and those of the SUGA libraries on its class path. A library's modules call
 * other interfaces through it, since the application's gateway does not exist yet when the library
 * compiles.
 *
 * <p>Every module has one generated holder that owns its instance, unload state, cached results and
 * counters; the library's gateway, a later library's and the application's all call that holder. So
 * a module has one instance per JVM whichever gateway reaches it first, and each gateway's
 * statistics count the calls made through any of them.
 *
 * <p>A compilation with {@code @GatewayLibrary} and without {@code @GatewayRoot} is a library: it
 * also writes the index an application's root aggregates. Put it on any type of the library, for
 * example a {@code package-info}-like marker class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GatewayLibrary {
  /** Simple name of the generated class; a Java identifier. Default {@code "Gateway"}. */
  String name() default "Gateway";
}
