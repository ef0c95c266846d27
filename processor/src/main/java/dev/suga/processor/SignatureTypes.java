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

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * How an operation's signature is rendered into generated code: as JavaPoet {@link TypeName}s that
 * keep the source's type-use annotations (JSpecify's {@code @Nullable} on a parameter or a type
 * argument, so that null checkers see through the gateway), and which lint warnings the generated
 * code that declares those types must suppress (raw types, deprecated types), so that it never
 * warns under {@code -Xlint:all -Werror} whatever the source's types.
 *
 * <p>{@link TypeName#get(TypeMirror)} drops type-use annotations, hence this visitor. Types read
 * from class files carry none on JDK 17 to 21 (JDK-8225377, fixed in 22): a library's module
 * compiled into a jar loses them in a gateway compiled later on those JDKs.
 */
final class SignatureTypes {
  private SignatureTypes() {}

  /** {@code type} as a {@link TypeName}, with its type-use annotations at every level. */
  static TypeName of(TypeMirror type) {
    TypeName plain =
        switch (type.getKind()) {
          case ARRAY -> ArrayTypeName.of(of(((ArrayType) type).getComponentType()));
          case DECLARED -> declared((DeclaredType) type);
          case WILDCARD -> wildcard((WildcardType) type);
          default -> TypeName.get(type).withoutAnnotations();
        };
    List<AnnotationSpec> annotations = new ArrayList<>();
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      annotations.add(AnnotationSpec.get(annotation));
    }
    return annotations.isEmpty() ? plain : plain.annotated(annotations);
  }

  /** {@code type} without type-use annotations at any level: for comparing types. */
  static TypeName plain(TypeName type) {
    TypeName top = type.withoutAnnotations();
    if (top instanceof ArrayTypeName array) {
      return ArrayTypeName.of(plain(array.componentType()));
    }
    if (top instanceof ParameterizedTypeName parameterized
        && parameterized.enclosingType() == null) {
      TypeName[] arguments =
          parameterized.typeArguments().stream()
              .map(SignatureTypes::plain)
              .toArray(TypeName[]::new);
      return ParameterizedTypeName.get(parameterized.rawType().withoutAnnotations(), arguments);
    }
    if (top instanceof WildcardTypeName wildcard) {
      return wildcard.lowerBounds().isEmpty()
          ? WildcardTypeName.subtypeOf(plain(wildcard.upperBounds().get(0)))
          : WildcardTypeName.supertypeOf(plain(wildcard.lowerBounds().get(0)));
    }
    return top;
  }

  private static TypeName declared(DeclaredType type) {
    ClassName raw = ClassName.get((TypeElement) type.asElement());
    if (type.getTypeArguments().isEmpty()) {
      return raw;
    }
    TypeName[] arguments = new TypeName[type.getTypeArguments().size()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = of(type.getTypeArguments().get(i));
    }
    return ParameterizedTypeName.get(raw, arguments);
  }

  private static TypeName wildcard(WildcardType type) {
    if (type.getExtendsBound() != null) {
      return WildcardTypeName.subtypeOf(of(type.getExtendsBound()));
    }
    if (type.getSuperBound() != null) {
      return WildcardTypeName.supertypeOf(of(type.getSuperBound()));
    }
    return WildcardTypeName.subtypeOf(Object.class);
  }

  /**
   * The warnings that code declaring {@code method}'s signature must suppress: {@code rawtypes} for
   * a raw type in it, {@code deprecation} (or {@code removal}) for a deprecated type in it; with
   * {@code call}, also those of calling the method itself when it is deprecated. Sorted.
   */
  static List<String> suppressedWarnings(ExecutableElement method, boolean call) {
    Set<String> warnings = new TreeSet<>();
    for (TypeMirror type : ModuleElements.signatureTypes(method)) {
      collect(type, warnings);
    }
    if (call) {
      deprecation(method, warnings);
    }
    return List.copyOf(warnings);
  }

  /** The warnings that code naming {@code type} itself must suppress. */
  static List<String> suppressedWarnings(TypeElement type) {
    Set<String> warnings = new TreeSet<>();
    for (Element e = type;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      deprecation(e, warnings);
    }
    return List.copyOf(warnings);
  }

  private static void collect(TypeMirror type, Set<String> warnings) {
    switch (type.getKind()) {
      case ARRAY -> collect(((ArrayType) type).getComponentType(), warnings);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          collect(wildcard.getExtendsBound(), warnings);
        }
        if (wildcard.getSuperBound() != null) {
          collect(wildcard.getSuperBound(), warnings);
        }
      }
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
          warnings.add("rawtypes");
        }
        warnings.addAll(suppressedWarnings(element));
        for (TypeMirror argument : declared.getTypeArguments()) {
          collect(argument, warnings);
        }
      }
      default -> {
        if (type.getKind() == TypeKind.ERROR) {
          return;
        }
      }
    }
  }

  private static void deprecation(Element element, Set<String> warnings) {
    Deprecated deprecated = element.getAnnotation(Deprecated.class);
    if (deprecated != null) {
      warnings.add(deprecated.forRemoval() ? "removal" : "deprecation");
    }
  }
}
