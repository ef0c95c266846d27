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
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One operation, as the generators need it: names, flags and types rendered as JavaPoet {@link
 * TypeName}s.
 *
 * @param name operation name in snake_case ({@code "get"})
 * @param methodName the source method's name
 * @param isStatic whether the source method is static (no module instance needed)
 * @param hotPath whether the typed method is a direct fast path
 * @param cacheTtlSeconds TTL of cached results, 0 when not cached
 * @param returnType the source method's return type
 * @param returnErasure the erased return type (what a cached result can be checked against)
 * @param parameters the parameters, in order
 * @param thrownTypes the declared {@code throws} types
 * @param throwsChecked whether any declared type is a checked exception
 * @param varargs whether the last parameter is a varargs parameter
 * @param signatureWarnings the warnings code that declares this signature must suppress (raw or
 *     deprecated types), sorted
 * @param callWarnings those and the ones of calling the method (when it is deprecated)
 * @param deprecated whether the source method is {@code @Deprecated}: so is its typed method
 * @param element the source method, for originating elements and diagnostics (null when read from a
 *     class path index and not needed)
 */
record OperationModel(
    String name,
    String methodName,
    boolean isStatic,
    boolean hotPath,
    long cacheTtlSeconds,
    TypeName returnType,
    TypeName returnErasure,
    List<ParameterModel> parameters,
    List<TypeName> thrownTypes,
    boolean throwsChecked,
    boolean varargs,
    List<String> signatureWarnings,
    List<String> callWarnings,
    boolean deprecated,
    ExecutableElement element) {

  OperationModel {
    parameters = List.copyOf(parameters);
    thrownTypes = List.copyOf(thrownTypes);
    signatureWarnings = List.copyOf(signatureWarnings);
    callWarnings = List.copyOf(callWarnings);
  }

  boolean cached() {
    return cacheTtlSeconds > 0;
  }

  boolean returnsVoid() {
    return returnType.equals(TypeName.VOID);
  }

  /**
   * Whether the generated methods with this operation's signature need {@code @SafeVarargs}: its
   * varargs element type is not reifiable ({@code List<String>...}). They only pass the array on,
   * which is safe; without it javac warns of possible heap pollution.
   */
  boolean safeVarargs() {
    if (!varargs) {
      return false;
    }
    TypeName last = parameters.get(parameters.size() - 1).type().withoutAnnotations();
    return last instanceof ArrayTypeName array && !reifiable(array.componentType());
  }

  /** JLS 4.7: a type whose run-time class says everything about it. */
  private static boolean reifiable(TypeName type) {
    TypeName plain = type.withoutAnnotations();
    if (plain instanceof ArrayTypeName array) {
      return reifiable(array.componentType());
    }
    if (plain instanceof TypeVariableName) {
      return false;
    }
    if (plain instanceof ParameterizedTypeName parameterized) {
      return (parameterized.enclosingType() == null || reifiable(parameterized.enclosingType()))
          && parameterized.typeArguments().stream().allMatch(OperationModel::isUnboundedWildcard);
    }
    return true;
  }

  private static boolean isUnboundedWildcard(TypeName type) {
    return type.withoutAnnotations() instanceof WildcardTypeName wildcard
        && wildcard.lowerBounds().isEmpty()
        && wildcard.upperBounds().equals(List.of(ClassName.OBJECT));
  }

  /** Whether casting a cached {@code Object} back to the return type is an unchecked cast. */
  boolean uncheckedResultCast() {
    return !returnType.isPrimitive() && !SignatureTypes.plain(returnType).equals(returnErasure);
  }

  /**
   * One operation parameter.
   *
   * @param name the source parameter name
   * @param type the declared type
   * @param erasure the erased type, boxed when primitive: what {@code execute} checks an argument
   *     against with {@code instanceof}
   */
  record ParameterModel(String name, TypeName type, TypeName erasure) {
    boolean isPrimitive() {
      return type.isPrimitive();
    }

    /** Whether casting an {@code Object} to the declared type is unchecked. */
    boolean uncheckedCast() {
      return !type.isPrimitive() && !SignatureTypes.plain(type).equals(erasure);
    }
  }
}
