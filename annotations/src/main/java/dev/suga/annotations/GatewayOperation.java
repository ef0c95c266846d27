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
 * Makes a method an operation of its class's gateway interface.
 *
 * <p>The operation is reachable as {@code "<interface>.<name>"} (for example {@code "cache.get"}),
 * as the constant {@code Gateway.Operation.CACHE_GET}, and as the typed static method {@code
 * Gateway.cacheGet(...)} with the method's own parameter, return and {@code throws} types.
 *
 * <p>The method must not be {@code private}, {@code abstract} or generic. Package-private works
 * from a gateway in any package: the module's generated holder, which calls the method, is in the
 * module's package. The types of its signature must be accessible from the gateway's package, whose
 * typed method declares them. It may be {@code static}: a static operation needs no instance, so
 * calling it never builds the module. A class that has operations but no {@link GatewayModule} is a
 * module with the defaults.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GatewayOperation {
  /**
   * The operation name in snake_case: lower-case letters, digits and single underscores, starting
   * with a letter. Default: the method name in snake_case ({@code callService} -> {@code
   * call_service}, {@code getHTTPStatus} -> {@code get_http_status}). Names must be unique within
   * an interface, so overloads need distinct names.
   */
  String value() default "";
}
