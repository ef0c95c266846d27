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

import dev.suga.annotations.Cached;
import dev.suga.annotations.GatewayFallback;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayModule.Unload;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one module class and its operations on their own (rules that need the whole gateway live
 * in {@link GatewayValidator}). Reports every problem it finds, not just the first, each on the
 * element to fix.
 */
final class ModuleValidator {
  private final Diagnostics diagnostics;
  private final Types types;
  private final ModuleElements elements;
  private final TypeMirror object;
  private final TypeMirror string;
  private final TypeMirror objectArray;

  ModuleValidator(
      Diagnostics diagnostics, Types types, Elements elementUtils, ModuleElements elements) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.elements = elements;
    this.object = elementUtils.getTypeElement("java.lang.Object").asType();
    this.string = elementUtils.getTypeElement("java.lang.String").asType();
    this.objectArray = types.getArrayType(object);
  }

  /** Returns whether {@code type} is a valid module; reports what is not. */
  boolean validate(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    List<ExecutableElement> methods = ModuleElements.operationMethods(type);
    if (type.getKind().isInterface() || type.getKind() == ElementKind.ENUM) {
      validateNonClass(type, methods);
    } else {
      validateClass(type, methods);
    }
    return diagnostics.errorCount() == errorsBefore;
  }

  /** Interfaces, enums and annotation types cannot be modules: said once, on the type. */
  private void validateNonClass(TypeElement type, List<ExecutableElement> methods) {
    boolean kindReported = false;
    for (ExecutableElement method : methods) {
      if (type.getKind().isInterface() && method.getModifiers().contains(Modifier.STATIC)) {
        diagnostics.error(method, Message.STATIC_IN_INTERFACE, ModuleElements.describe(method));
      } else if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        diagnostics.error(method, Message.ABSTRACT_OPERATION, ModuleElements.describe(method));
      } else if (!kindReported) {
        diagnostics.error(type, Message.MODULE_KIND, type.getQualifiedName());
        kindReported = true;
      }
    }
    if (methods.isEmpty()) {
      diagnostics.error(type, Message.MODULE_KIND, type.getQualifiedName());
    }
  }

  private void validateClass(TypeElement type, List<ExecutableElement> methods) {
    String name = type.getQualifiedName().toString();
    GatewayModule annotation = type.getAnnotation(GatewayModule.class);
    List<ExecutableElement> fallbacks = ModuleElements.fallbackMethods(type);
    List<ExecutableElement> warmups = ModuleElements.warmupMethods(type);
    if (methods.isEmpty()) {
      if (fallbacks.isEmpty() && warmups.isEmpty()) {
        diagnostics.error(type, Message.EMPTY_MODULE, name);
      }
      for (ExecutableElement fallback : fallbacks) {
        diagnostics.error(
            fallback, Message.FALLBACK_WITHOUT_OPERATIONS, ModuleElements.describe(fallback), name);
      }
      for (ExecutableElement warmup : warmups) {
        diagnostics.error(
            warmup, Message.WARMUP_WITHOUT_OPERATIONS, ModuleElements.describe(warmup), name);
      }
      return;
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS
        || (type.getNestingKind() == NestingKind.MEMBER
            && !type.getModifiers().contains(Modifier.STATIC)
            && type.getKind() == ElementKind.CLASS)) {
      diagnostics.error(type, Message.INNER_MODULE, name);
    }
    boolean isPrivate = false;
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        // Name the class that is private: the module itself, or the class it is nested in.
        if (e == type) {
          diagnostics.error(type, Message.PRIVATE_MODULE, name);
        } else {
          String enclosing = ((TypeElement) e).getQualifiedName().toString();
          diagnostics.error(type, Message.PRIVATE_ENCLOSING_CLASS, name, enclosing, enclosing);
        }
        isPrivate = true;
        break;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(type, Message.GENERIC_MODULE, name);
    }
    boolean needsInstance =
        ModuleElements.needsInstance(methods)
            || ModuleElements.needsInstance(fallbacks)
            || ModuleElements.needsInstance(warmups);
    if (needsInstance && type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(type, Message.ABSTRACT_MODULE, name);
    } else if (needsInstance
        && !isPrivate // the implicit constructor of a private class is private: fixed along with
        // the class
        && ModuleElements.noArgConstructor(type).isEmpty()
        && elements.factory(type).isEmpty()) {
      diagnostics.error(type, Message.NO_CONSTRUCTOR, name, type.getSimpleName());
    }
    String interfaceId = ModuleElements.interfaceId(type);
    if (!NameConventions.isSnakeCase(interfaceId)) {
      if (annotation == null || annotation.value().isEmpty()) {
        diagnostics.error(
            type,
            Message.INVALID_DERIVED_INTERFACE_ID,
            interfaceId,
            name,
            NameConventions.suggestSnakeCase(interfaceId));
      } else {
        diagnostics.error(type, Message.INVALID_INTERFACE_ID, interfaceId, name);
      }
    }
    Unload unload = annotation == null ? Unload.NEVER : annotation.unload();
    if (annotation != null && unload == Unload.IDLE && annotation.idleSeconds() <= 0) {
      diagnostics.error(type, Message.IDLE_SECONDS, annotation.idleSeconds(), name);
    }
    Map<String, ExecutableElement> byName = new HashMap<>();
    for (ExecutableElement method : methods) {
      validateOperation(method, unload, name);
      String operationName = ModuleElements.operationName(method);
      ExecutableElement previous = byName.putIfAbsent(operationName, method);
      if (previous != null) {
        diagnostics.error(
            method,
            Message.DUPLICATE_OPERATION,
            operationName,
            ModuleElements.describe(method),
            ModuleElements.describe(previous));
      }
    }
    fallbacks.forEach(this::validateFallback);
    warmups.forEach(this::validateWarmup);
    reportAllButTheFirst(fallbacks, Message.DUPLICATE_FALLBACK, interfaceId);
    reportAllButTheFirst(warmups, Message.DUPLICATE_WARMUP, interfaceId);
  }

  private void validateOperation(ExecutableElement method, Unload unload, String moduleName) {
    String description = ModuleElements.describe(method);
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, Message.PRIVATE_OPERATION, description);
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(method, Message.ABSTRACT_OPERATION, description);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, Message.GENERIC_OPERATION, description);
    }
    String operationName = ModuleElements.operationName(method);
    if (!NameConventions.isSnakeCase(operationName)) {
      if (method.getAnnotation(GatewayOperation.class).value().isEmpty()) {
        diagnostics.error(
            method,
            Message.INVALID_DERIVED_OPERATION_NAME,
            operationName,
            description,
            NameConventions.suggestSnakeCase(operationName));
      } else {
        diagnostics.error(method, Message.INVALID_OPERATION_NAME, operationName, description);
      }
    }
    Cached cached = method.getAnnotation(Cached.class);
    boolean hot = method.getAnnotation(HotPath.class) != null;
    if (cached != null) {
      if (method.getReturnType().getKind() == TypeKind.VOID) {
        diagnostics.error(method, Message.CACHED_VOID, description);
      }
      if (cached.ttlSeconds() <= 0) {
        diagnostics.error(method, Message.CACHED_TTL, cached.ttlSeconds(), description);
      }
      if (hot) {
        diagnostics.error(method, Message.HOT_PATH_CACHED, description);
      }
      for (VariableElement parameter : method.getParameters()) {
        TypeElement identity = comparedByIdentity(parameter.asType());
        if (identity != null) {
          diagnostics.error(
              parameter,
              Message.CACHED_IDENTITY_KEY,
              description,
              parameter.getSimpleName(),
              identity.getQualifiedName());
        }
      }
    }
    if (hot && unload == Unload.IMMEDIATE && !method.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(method, Message.HOT_PATH_IMMEDIATE, description, moduleName);
    }
  }

  /**
   * The class of {@code type} (or of its array elements) when the result cache would compare its
   * values by identity: a concrete class that neither it nor a superclass below {@code Object}
   * gives an {@code equals(Object)}. Interfaces, abstract classes and {@code Object} itself are not
   * judged (their values' classes decide), nor are enums, records and {@code Class}, whose identity
   * is their value.
   */
  private TypeElement comparedByIdentity(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return comparedByIdentity(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED
        || !(types.asElement(type) instanceof TypeElement element)
        || element.getKind() != ElementKind.CLASS
        || element.getModifiers().contains(Modifier.ABSTRACT)
        || types.isSameType(types.erasure(type), object)
        || element.getQualifiedName().contentEquals("java.lang.Class")) {
      return null;
    }
    for (TypeElement declaring = element;
        declaring != null && !types.isSameType(declaring.asType(), object);
        declaring =
            declaring.getSuperclass().getKind() == TypeKind.DECLARED
                ? (TypeElement) types.asElement(declaring.getSuperclass())
                : null) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (candidate.getSimpleName().contentEquals("equals")
            && !candidate.getModifiers().contains(Modifier.STATIC)
            && candidate.getParameters().size() == 1
            && types.isSameType(candidate.getParameters().get(0).asType(), object)) {
          return null;
        }
      }
    }
    return element;
  }

  /**
   * {@code Object name(String operation, Object[] arguments)}, not private, abstract or generic.
   */
  private void validateFallback(ExecutableElement method) {
    String description = ModuleElements.describe(method);
    if (method.getAnnotation(GatewayOperation.class) != null) {
      diagnostics.error(method, Message.FALLBACK_IS_OPERATION, description);
      return;
    }
    boolean signature =
        types.isSameType(method.getReturnType(), object)
            && method.getParameters().size() == 2
            && types.isSameType(method.getParameters().get(0).asType(), string)
            && types.isSameType(method.getParameters().get(1).asType(), objectArray)
            && method.getTypeParameters().isEmpty();
    if (!signature
        || method.getModifiers().contains(Modifier.PRIVATE)
        || method.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(method, Message.FALLBACK_SIGNATURE, description, method.getSimpleName());
    }
  }

  /** {@code void name()}, not private, abstract or generic, and not an operation or a fallback. */
  private void validateWarmup(ExecutableElement method) {
    String description = ModuleElements.describe(method);
    if (method.getAnnotation(GatewayOperation.class) != null
        || method.getAnnotation(GatewayFallback.class) != null) {
      diagnostics.error(method, Message.WARMUP_IS_OPERATION, description);
      return;
    }
    if (method.getReturnType().getKind() != TypeKind.VOID
        || !method.getParameters().isEmpty()
        || !method.getTypeParameters().isEmpty()
        || method.getModifiers().contains(Modifier.PRIVATE)
        || method.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(method, Message.WARMUP_SIGNATURE, description, method.getSimpleName());
    }
  }

  /** An interface has at most one of these methods: each after the first is reported. */
  private void reportAllButTheFirst(
      List<ExecutableElement> methods, Message message, String interfaceId) {
    for (int i = 1; i < methods.size(); i++) {
      diagnostics.error(
          methods.get(i),
          message,
          interfaceId,
          ModuleElements.describe(methods.get(i)),
          ModuleElements.describe(methods.get(0)));
    }
  }
}
