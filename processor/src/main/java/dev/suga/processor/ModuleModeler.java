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
import com.palantir.javapoet.TypeName;
import dev.suga.annotations.Cached;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayModule.Unload;
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
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns a validated module class into a {@link ModuleModel}. */
final class ModuleModeler {
  private final Types types;
  private final ModuleElements elements;
  private final TypeMirror runtimeException;
  private final TypeMirror error;

  ModuleModeler(Types types, Elements elementUtils, ModuleElements elements) {
    this.types = types;
    this.elements = elements;
    this.runtimeException = elementUtils.getTypeElement("java.lang.RuntimeException").asType();
    this.error = elementUtils.getTypeElement("java.lang.Error").asType();
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
   * @param parameterNames names by {@link #methodKey}, from a library index, in the order of the
   *     holder's operations; empty for modules compiled from source, whose parameter names and
   *     order are the source's
   */
  ModuleModel model(
      TypeElement type, Map<String, List<String>> parameterNames, boolean fromSource) {
    GatewayModule annotation = type.getAnnotation(GatewayModule.class);
    List<ExecutableElement> methods = new ArrayList<>(ModuleElements.operationMethods(type));
    // The holder, compiled with the module, numbers operations in source order; a class file
    // need not list methods in that order, the index entry does. Methods it lacks go last.
    List<String> indexOrder = new ArrayList<>(parameterNames.keySet());
    methods.sort(
        Comparator.comparingInt(
            method -> {
              int position = indexOrder.indexOf(methodKey(method));
              return position < 0 ? Integer.MAX_VALUE : position;
            }));
    List<OperationModel> operations = new ArrayList<>();
    for (ExecutableElement method : methods) {
      operations.add(operation(method, parameterNames.get(methodKey(method))));
    }
    FallbackModel fallback = fallback(type);
    WarmupModel warmup = warmup(type);
    boolean needsInstance =
        operations.stream().anyMatch(operation -> !operation.isStatic())
            || (fallback != null && !fallback.isStatic())
            || (warmup != null && !warmup.isStatic());
    Optional<ExecutableElement> constructor = ModuleElements.noArgConstructor(type);
    // A public constructor is the plain way; a module that hides its constructor from other
    // packages and offers create() means create() to be the way in.
    boolean useConstructor =
        constructor.isPresent()
            && (constructor.get().getModifiers().contains(Modifier.PUBLIC)
                || elements.factory(type).isEmpty());
    ModuleModel.Construction construction =
        !needsInstance
            ? ModuleModel.Construction.NONE
            : useConstructor
                ? ModuleModel.Construction.CONSTRUCTOR
                : ModuleModel.Construction.FACTORY;
    return new ModuleModel(
        ModuleElements.interfaceId(type),
        ClassName.get(type),
        annotation == null ? Unload.NEVER : annotation.unload(),
        annotation == null ? 30 : annotation.idleSeconds(),
        construction,
        operations,
        fallback,
        warmup,
        type,
        fromSource);
  }

  /** The module's {@code @GatewayFallback}, validated to be the only one, or null. */
  private FallbackModel fallback(TypeElement type) {
    List<ExecutableElement> fallbacks = ModuleElements.fallbackMethods(type);
    if (fallbacks.isEmpty()) {
      return null;
    }
    ExecutableElement method = fallbacks.get(0);
    Thrown thrown = thrown(method);
    return new FallbackModel(
        method.getSimpleName().toString(),
        method.getModifiers().contains(Modifier.STATIC),
        thrown.types(),
        thrown.checked());
  }

  /** The module's {@code @GatewayWarmup}, validated to be the only one, or null. */
  private WarmupModel warmup(TypeElement type) {
    List<ExecutableElement> warmups = ModuleElements.warmupMethods(type);
    if (warmups.isEmpty()) {
      return null;
    }
    ExecutableElement method = warmups.get(0);
    return new WarmupModel(
        method.getSimpleName().toString(),
        method.getModifiers().contains(Modifier.STATIC),
        thrown(method).checked());
  }

  /** A method's declared {@code throws} types, and whether any is checked. */
  private record Thrown(List<TypeName> types, boolean checked) {}

  private Thrown thrown(ExecutableElement method) {
    List<TypeName> thrown = new ArrayList<>();
    boolean checked = false;
    for (TypeMirror thrownType : method.getThrownTypes()) {
      thrown.add(SignatureTypes.of(thrownType));
      checked |=
          !types.isSubtype(thrownType, runtimeException) && !types.isSubtype(thrownType, error);
    }
    return new Thrown(thrown, checked);
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
      TypeName erasure = TypeName.get(types.erasure(type)).withoutAnnotations();
      parameters.add(
          new ParameterModel(
              name, SignatureTypes.of(type), erasure.isPrimitive() ? erasure.box() : erasure));
    }
    Thrown thrown = thrown(method);
    return new OperationModel(
        ModuleElements.operationName(method),
        method.getSimpleName().toString(),
        method.getModifiers().contains(Modifier.STATIC),
        method.getAnnotation(HotPath.class) != null,
        cached == null ? 0 : cached.ttlSeconds(),
        SignatureTypes.of(method.getReturnType()),
        TypeName.get(types.erasure(method.getReturnType())).withoutAnnotations(),
        parameters,
        thrown.types(),
        thrown.checked(),
        method.isVarArgs(),
        SignatureTypes.suppressedWarnings(method, false),
        SignatureTypes.suppressedWarnings(method, true),
        method.getAnnotation(Deprecated.class) != null,
        method);
  }
}
