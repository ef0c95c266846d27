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
record FallbackModel(String methodName, boolean isStatic, List<TypeName> thrownTypes, boolean throwsChecked) {
  FallbackModel {
    thrownTypes = List.copyOf(thrownTypes);
  }

  /** The fallback's operation name in statistics ({@code iface.*}), as {@code OperationInfo.FALLBACK_NAME}. */
  static final String STATISTICS_NAME = "*";

  /** The fallback as the holder calls it: an operation {@code *} with its two parameters. */
  OperationModel asOperation() {
    ClassName object = ClassName.OBJECT;
    TypeName objects = ArrayTypeName.of(object);
    return new OperationModel(STATISTICS_NAME, methodName, isStatic, false, 0, object, object,
        List.of(new OperationModel.ParameterModel("operation", ClassName.get(String.class), ClassName.get(String.class)),
            new OperationModel.ParameterModel("arguments", objects, objects)),
        thrownTypes, throwsChecked, false, List.of(), List.of(), false, null);
  }
}
