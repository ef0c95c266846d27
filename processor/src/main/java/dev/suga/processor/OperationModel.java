package dev.suga.processor;

import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One operation, as the generators need it: names, flags and types rendered as JavaPoet
 * {@link TypeName}s.
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
 * @param element the source method, for originating elements and diagnostics (null when read
 *     from a class path index and not needed)
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
    ExecutableElement element) {

  OperationModel {
    parameters = List.copyOf(parameters);
    thrownTypes = List.copyOf(thrownTypes);
  }

  boolean cached() {
    return cacheTtlSeconds > 0;
  }

  boolean returnsVoid() {
    return returnType.equals(TypeName.VOID);
  }

  /** Whether casting a cached {@code Object} back to the return type is an unchecked cast. */
  boolean uncheckedResultCast() {
    return !returnType.isPrimitive() && !returnType.withoutAnnotations().equals(returnErasure);
  }

  /**
   * One operation parameter.
   *
   * @param name the source parameter name
   * @param type the declared type
   * @param erasure the erased type, boxed when primitive: what {@code execute} checks an
   *     argument against with {@code instanceof}
   */
  record ParameterModel(String name, TypeName type, TypeName erasure) {
    boolean isPrimitive() {
      return type.isPrimitive();
    }

    /** Whether casting an {@code Object} to the declared type is unchecked. */
    boolean uncheckedCast() {
      return !type.isPrimitive() && !type.equals(erasure);
    }
  }
}
