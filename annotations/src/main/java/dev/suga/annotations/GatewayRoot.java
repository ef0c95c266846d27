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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GatewayRoot {
  /** Simple name of the generated class; a Java identifier. Default {@code "Gateway"}. */
  String name() default "Gateway";
}
