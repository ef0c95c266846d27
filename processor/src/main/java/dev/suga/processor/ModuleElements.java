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

import dev.suga.annotations.GatewayFallback;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.GatewayWarmup;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * What a module class declares, read from its elements: the facts that validation checks and
 * modelling records, in one place so that the two agree (and neither calls the other).
 */
final class ModuleElements {
  private final Types types;

  ModuleElements(Types types) {
    this.types = types;
  }

  /** The {@code @GatewayOperation} methods declared by {@code type}, in declaration order. */
  static List<ExecutableElement> operationMethods(TypeElement type) {
    return methodsAnnotated(type, GatewayOperation.class);
  }

  /** The {@code @GatewayFallback} methods declared by {@code type}, in declaration order. */
  static List<ExecutableElement> fallbackMethods(TypeElement type) {
    return methodsAnnotated(type, GatewayFallback.class);
  }

  /** The {@code @GatewayWarmup} methods declared by {@code type}, in declaration order. */
  static List<ExecutableElement> warmupMethods(TypeElement type) {
    return methodsAnnotated(type, GatewayWarmup.class);
  }

  private static List<ExecutableElement> methodsAnnotated(
      TypeElement type, Class<? extends Annotation> annotation) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(method -> method.getAnnotation(annotation) != null)
        .toList();
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

  /** Whether some operation needs an instance (a static one does not). */
  static boolean needsInstance(List<ExecutableElement> methods) {
    return methods.stream().anyMatch(method -> !method.getModifiers().contains(Modifier.STATIC));
  }

  /** The non-private constructor without parameters, if any. */
  static Optional<ExecutableElement> noArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE))
        .findFirst();
  }

  /** The {@code public static T create()} factory, if any. */
  Optional<ExecutableElement> factory(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(
            m ->
                m.getSimpleName().contentEquals("create")
                    && m.getParameters().isEmpty()
                    && m.getTypeParameters().isEmpty()
                    && m.getModifiers().contains(Modifier.PUBLIC)
                    && m.getModifiers().contains(Modifier.STATIC)
                    && types.isSameType(m.getReturnType(), type.asType()))
        .findFirst();
  }

  /**
   * The types a method's signature names: its return type, its parameters' types, its {@code
   * throws}.
   */
  static List<TypeMirror> signatureTypes(ExecutableElement method) {
    List<TypeMirror> types = new ArrayList<>();
    types.add(method.getReturnType());
    for (VariableElement parameter : method.getParameters()) {
      types.add(parameter.asType());
    }
    types.addAll(method.getThrownTypes());
    return types;
  }

  /** {@code CacheCore.get(java.lang.String)}: how messages name a method. */
  static String describe(ExecutableElement method) {
    StringBuilder out = new StringBuilder();
    out.append(method.getEnclosingElement().getSimpleName())
        .append('.')
        .append(method.getSimpleName())
        .append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(method.getParameters().get(i).asType());
    }
    return out.append(')').toString();
  }
}
