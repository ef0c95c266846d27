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

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A module's {@code @GatewayFallback} method, {@code Object name(String operation, Object[]
 * arguments)}: what its holder calls for the operation names the interface does not declare.
 *
 * @param methodName the source method's name
 * @param isStatic whether it is static (no module instance needed)
 * @param thrownTypes its declared {@code throws} types
 * @param throwsChecked whether any of them is a checked exception
 */
record FallbackModel(
    String methodName, boolean isStatic, List<TypeName> thrownTypes, boolean throwsChecked) {
  FallbackModel {
    thrownTypes = List.copyOf(thrownTypes);
  }

  /**
   * The fallback's operation name in statistics ({@code iface.*}), as {@code
   * OperationInfo.FALLBACK_NAME}.
   */
  static final String STATISTICS_NAME = "*";

  /** The fallback as the holder calls it: an operation {@code *} with its two parameters. */
  OperationModel asOperation() {
    ClassName object = ClassName.OBJECT;
    TypeName objects = ArrayTypeName.of(object);
    return new OperationModel(
        STATISTICS_NAME,
        methodName,
        isStatic,
        false,
        0,
        object,
        object,
        List.of(
            new OperationModel.ParameterModel(
                "operation", ClassName.get(String.class), ClassName.get(String.class)),
            new OperationModel.ParameterModel("arguments", objects, objects)),
        thrownTypes,
        throwsChecked,
        false,
        List.of(),
        List.of(),
        false,
        null);
  }
}
