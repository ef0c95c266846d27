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
 * Generates the universal gateway in this type's package.
 *
 * <p>The gateway covers every module of the compilation plus every module indexed by the SUGA
 * libraries on the class path (jars whose own compilation had modules but no root). Put it on any
 * type of the application, typically the class with {@code main} or the Lambda handler. Two roots
 * may not generate the same class name.
 *
 * <p>Interface ids are unique within a gateway. When two modules claim the same id, or generate the
 * same constant or method name, and at least one of them is in a jar you cannot change (an
 * application with its own {@code cache} module and the core interfaces library, which has one
 * too), leave one of them out with {@link #exclude()}:
 *
 * <pre>{@code
 * @GatewayRoot(exclude = dev.suga.core.CacheCore.class)  // keep the application's own "cache"
 * public final class App { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GatewayRoot {
  /** Simple name of the generated class; a Java identifier. Default {@code "Gateway"}. */
  String name() default "Gateway";

  /**
   * Modules this gateway leaves out: module classes of this compilation or indexed by a library on
   * the class path. An excluded module has no typed method, {@code Interface} or {@code Operation}
   * constant in this gateway, and is not in its statistics or lifecycle methods; it is still
   * compiled and keeps its holder, so a library's own gateway (and any other root) still reaches
   * it. A class that is not a gateway module ({@code [SUGA/ExcludeNotModule]}), or a module that
   * this gateway would not include anyway ({@code [SUGA/ExcludeNotPresent]}), is a compile error.
   * Default: none.
   */
  Class<?>[] exclude() default {};
}
