package dev.suga.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.suga.annotations.Cached;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayModule.Unload;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import dev.suga.processor.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns a validated module class into a {@link ModuleModel}. */
final class ModuleModeler {
  private final Types types;
  private final TypeMirror runtimeException;
  private final TypeMirror error;

  ModuleModeler(Types types, Elements elements) {
    this.types = types;
    this.runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    this.error = elements.getTypeElement("java.lang.Error").asType();
  }

  /** The interface id: {@code @GatewayModule.value}, or derived from the class name. */
  static String interfaceId(TypeElement type) {
    GatewayModule annotation = type.getAnnotation(GatewayModule.class);
    if (annotation != null && !annotation.value().isEmpty()) {
      return annotation.value();
    }
    return NameConventions.defaultInterfaceId(type.getSimpleName().toString());
  }

  /** The operation name: {@code @GatewayOperation.value}, or the method name in snake_case. */
  static String operationName(ExecutableElement method) {
    String value = method.getAnnotation(GatewayOperation.class).value();
    return value.isEmpty() ? NameConventions.snakeCase(method.getSimpleName().toString()) : value;
  }

  /** The non-private constructor without parameters, if any. */
  static Optional<ExecutableElement> noArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE))
        .findFirst();
  }

  /** The {@code public static T create()} factory, if any. */
  static Optional<ExecutableElement> factory(TypeElement type, Types types) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals("create")
            && m.getParameters().isEmpty()
            && m.getTypeParameters().isEmpty()
            && m.getModifiers().contains(Modifier.PUBLIC)
            && m.getModifiers().contains(Modifier.STATIC)
            && types.isSameType(m.getReturnType(), type.asType()))
        .findFirst();
  }

  /** The key under which a library index records a method's parameter names. */
  String methodKey(ExecutableElement method) {
    StringBuilder key = new StringBuilder(method.getSimpleName()).append('(');
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        key.append(',');
      }
      key.append(TypeName.get(types.erasure(parameters.get(i).asType())));
    }
    return key.append(')').toString();
  }

  /**
   * Models a validated module.
   *
   * @param parameterNames names by {@link #methodKey}, from a library index, in the order of
   *     the holder's operations; empty for modules compiled from source, whose parameter names
   *     and order are the source's
   */
  ModuleModel model(TypeElement type, Map<String, List<String>> parameterNames, boolean fromSource) {
    GatewayModule annotation = type.getAnnotation(GatewayModule.class);
    List<ExecutableElement> methods = new ArrayList<>(ModuleValidator.operationMethods(type));
    // The holder, compiled with the module, numbers operations in source order; a class file
    // need not list methods in that order, the index entry does. Methods it lacks go last.
    List<String> indexOrder = new ArrayList<>(parameterNames.keySet());
    methods.sort(Comparator.comparingInt(method -> {
      int position = indexOrder.indexOf(methodKey(method));
      return position < 0 ? Integer.MAX_VALUE : position;
    }));
    List<OperationModel> operations = new ArrayList<>();
    for (ExecutableElement method : methods) {
      operations.add(operation(method, parameterNames.get(methodKey(method))));
    }
    boolean needsInstance = operations.stream().anyMatch(operation -> !operation.isStatic());
    Optional<ExecutableElement> constructor = noArgConstructor(type);
    // A public create() is usable wherever the module is; a non-public constructor only in its
    // own package, so it is not chosen over the factory of a module in another package.
    boolean useConstructor = constructor.isPresent()
        && (constructor.get().getModifiers().contains(Modifier.PUBLIC) || factory(type, types).isEmpty());
    ModuleModel.Construction construction =
        !needsInstance
            ? ModuleModel.Construction.NONE
            : useConstructor ? ModuleModel.Construction.CONSTRUCTOR : ModuleModel.Construction.FACTORY;
    return new ModuleModel(
        interfaceId(type),
        ClassName.get(type),
        annotation == null ? Unload.NEVER : annotation.unload(),
        annotation == null ? 30 : annotation.idleSeconds(),
        construction,
        operations,
        type,
        fromSource);
  }

  private OperationModel operation(ExecutableElement method, List<String> indexedNames) {
    Cached cached = method.getAnnotation(Cached.class);
    List<ParameterModel> parameters = new ArrayList<>();
    List<? extends VariableElement> sourceParameters = method.getParameters();
    for (int i = 0; i < sourceParameters.size(); i++) {
      VariableElement parameter = sourceParameters.get(i);
      String name =
          indexedNames != null && i < indexedNames.size()
              ? indexedNames.get(i)
              : parameter.getSimpleName().toString();
      TypeMirror type = parameter.asType();
      TypeName erasure = TypeName.get(types.erasure(type));
      parameters.add(new ParameterModel(name, TypeName.get(type), erasure.isPrimitive() ? erasure.box() : erasure));
    }
    List<TypeName> thrown = new ArrayList<>();
    boolean throwsChecked = false;
    for (TypeMirror thrownType : method.getThrownTypes()) {
      thrown.add(TypeName.get(thrownType));
      throwsChecked |= !types.isSubtype(thrownType, runtimeException) && !types.isSubtype(thrownType, error);
    }
    return new OperationModel(
        operationName(method),
        method.getSimpleName().toString(),
        method.getModifiers().contains(Modifier.STATIC),
        method.getAnnotation(HotPath.class) != null,
        cached == null ? 0 : cached.ttlSeconds(),
        TypeName.get(method.getReturnType()),
        TypeName.get(types.erasure(method.getReturnType())),
        parameters,
        thrown,
        throwsChecked,
        method.isVarArgs(),
        method);
  }
}
