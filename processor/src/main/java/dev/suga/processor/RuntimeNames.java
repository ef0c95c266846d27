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
package dev.suga.processor;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named once. */
final class RuntimeNames {
  private static final String API = "dev.suga.runtime";
  private static final String INTERNAL = "dev.suga.runtime.internal";

  /**
   * {@code GatewayException} as the API file's Javadoc names it: fully qualified, not imported. The
   * API file mentions it in Javadoc only, and ECJ (Eclipse's compiler) reports an import that only
   * Javadoc uses as unused.
   */
  static final String GATEWAY_EXCEPTION_IN_JAVADOC = API + ".GatewayException";

  static final ClassName OPERATION_INFO = ClassName.get(API, "OperationInfo");
  static final ClassName PARAMETER_INFO = ClassName.get(API, "ParameterInfo");
  static final ClassName INTERFACE_INFO = ClassName.get(API, "InterfaceInfo");
  static final ClassName UNLOAD_POLICY = ClassName.get(API, "UnloadPolicy");
  static final ClassName STATISTICS_SNAPSHOT = ClassName.get(API, "StatisticsSnapshot");

  static final ClassName MODULE_RUNTIME = ClassName.get(INTERNAL, "ModuleRuntime");
  static final ClassName MODULE_HOLDER = ClassName.get(INTERNAL, "ModuleHolder");
  static final ClassName CALL_STATISTICS = ClassName.get(INTERNAL, "CallStatistics");
  static final ClassName RESULT_CACHE = ClassName.get(INTERNAL, "ResultCache");
  static final ClassName GATEWAY_SCOPE = ClassName.get(INTERNAL, "GatewayScope");
  static final ClassName ARGUMENTS = ClassName.get(INTERNAL, "Arguments");
  static final ClassName FAILURES = ClassName.get(INTERNAL, "Failures");

  private RuntimeNames() {}
}
