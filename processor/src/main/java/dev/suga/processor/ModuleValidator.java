package dev.suga.processor;

import dev.suga.annotations.Cached;
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
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Checks one module class and its operations on their own (rules that need the whole
 * gateway live in {@link GatewayValidator}). Reports every problem it finds, not just the
 * first, each on the element to fix.
 */
final class ModuleValidator {
  private final Diagnostics diagnostics;
  private final Types types;

  ModuleValidator(Diagnostics diagnostics, Types types) {
    this.diagnostics = diagnostics;
    this.types = types;
  }

  /** The {@code @GatewayOperation} methods declared by {@code type}, in source order. */
  static List<ExecutableElement> operationMethods(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(method -> method.getAnnotation(GatewayOperation.class) != null)
        .toList();
  }

  /** Returns whether {@code type} is a valid module; reports what is not. */
  boolean validate(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    List<ExecutableElement> methods = operationMethods(type);
    if (type.getKind().isInterface() || type.getKind() == ElementKind.ENUM) {
      validateNonClass(type, methods);
    } else {
      validateClass(type, methods);
    }
    return diagnostics.errorCount() == errorsBefore;
  }

  private void validateNonClass(TypeElement type, List<ExecutableElement> methods) {
    if (methods.isEmpty()) {
      diagnostics.error(type, Message.MODULE_KIND, type.getQualifiedName());
      return;
    }
    for (ExecutableElement method : methods) {
      if (type.getKind().isInterface() && method.getModifiers().contains(Modifier.STATIC)) {
        diagnostics.error(method, Message.STATIC_IN_INTERFACE, describe(method));
      } else if (method.getModifiers().contains(Modifier.ABSTRACT)) {
        diagnostics.error(method, Message.ABSTRACT_OPERATION, describe(method));
      } else {
        diagnostics.error(method, Message.MODULE_KIND, type.getQualifiedName());
      }
    }
  }

  private void validateClass(TypeElement type, List<ExecutableElement> methods) {
    String name = type.getQualifiedName().toString();
    GatewayModule annotation = type.getAnnotation(GatewayModule.class);
    if (methods.isEmpty()) {
      diagnostics.error(type, Message.EMPTY_MODULE, name);
      return;
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS
        || (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
            && type.getKind() == ElementKind.CLASS)) {
      diagnostics.error(type, Message.INNER_MODULE, name);
    }
    boolean isPrivate = false;
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(type, Message.PRIVATE_MODULE, name);
        isPrivate = true;
        break;
      }
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(type, Message.GENERIC_MODULE, name);
    }
    boolean needsInstance = methods.stream().anyMatch(m -> !m.getModifiers().contains(Modifier.STATIC));
    if (needsInstance && type.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(type, Message.ABSTRACT_MODULE, name);
    } else if (needsInstance
        && !isPrivate // the implicit constructor of a private class is private: fixed along with the class
        && ModuleModeler.noArgConstructor(type).isEmpty()
        && ModuleModeler.factory(type, types).isEmpty()) {
      diagnostics.error(type, Message.NO_CONSTRUCTOR, name, type.getSimpleName());
    }
    String interfaceId = ModuleModeler.interfaceId(type);
    if (!NameConventions.isSnakeCase(interfaceId)) {
      diagnostics.error(type, Message.INVALID_INTERFACE_ID, interfaceId, name);
    }
    Unload unload = annotation == null ? Unload.NEVER : annotation.unload();
    if (annotation != null && unload == Unload.IDLE && annotation.idleSeconds() <= 0) {
      diagnostics.error(type, Message.IDLE_SECONDS, annotation.idleSeconds(), name);
    }
    Map<String, ExecutableElement> byName = new HashMap<>();
    for (ExecutableElement method : methods) {
      validateOperation(method, unload, name);
      String operationName = ModuleModeler.operationName(method);
      ExecutableElement previous = byName.putIfAbsent(operationName, method);
      if (previous != null) {
        diagnostics.error(method, Message.DUPLICATE_OPERATION, operationName, describe(method), describe(previous));
      }
    }
  }

  private void validateOperation(ExecutableElement method, Unload unload, String moduleName) {
    String description = describe(method);
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, Message.PRIVATE_OPERATION, description);
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(method, Message.ABSTRACT_OPERATION, description);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, Message.GENERIC_OPERATION, description);
    }
    String operationName = ModuleModeler.operationName(method);
    if (!NameConventions.isSnakeCase(operationName)) {
      diagnostics.error(method, Message.INVALID_OPERATION_NAME, operationName, description);
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
    }
    if (hot && unload == Unload.IMMEDIATE && !method.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(method, Message.HOT_PATH_IMMEDIATE, description, moduleName);
    }
  }

  /** {@code CacheCore.get(java.lang.String)}: how messages name a method. */
  static String describe(ExecutableElement method) {
    StringBuilder out = new StringBuilder();
    out.append(method.getEnclosingElement().getSimpleName()).append('.').append(method.getSimpleName()).append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(method.getParameters().get(i).asType());
    }
    return out.append(')').toString();
  }
}
