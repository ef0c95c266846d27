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

import dev.suga.annotations.GatewayRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * What a {@code @GatewayRoot} says, read from the annotation's mirror: its {@link
 * GatewayRoot#name()} and the modules it leaves out of its gateway ({@link GatewayRoot#exclude()}).
 * Not through {@code getAnnotation(GatewayRoot.class)}: its {@code exclude()} throws {@code
 * MirroredTypesException}, since the classes need not be loadable by the processor, and javac
 * cannot even build the annotation when a class literal does not resolve. Each excluded class keeps
 * its annotation value, so that a diagnostic points at the class literal itself.
 */
final class RootAnnotation {
  private RootAnnotation() {}

  /**
   * One class literal of {@code exclude}.
   *
   * @param type the class it names
   * @param annotation the root's {@code @GatewayRoot}
   * @param value the class literal, where diagnostics about it go
   */
  record Exclusion(TypeElement type, AnnotationMirror annotation, AnnotationValue value) {
    String name() {
      return type.getQualifiedName().toString();
    }
  }

  /** The simple name of the gateway {@code root} generates: {@code name}, else its default. */
  static String name(TypeElement root) {
    AnnotationMirror annotation = mirror(root);
    if (annotation == null) {
      return "Gateway";
    }
    for (ExecutableElement member :
        ElementFilter.methodsIn(annotation.getAnnotationType().asElement().getEnclosedElements())) {
      if (member.getSimpleName().contentEquals("name")) {
        AnnotationValue value = annotation.getElementValues().get(member);
        if (value == null) {
          value = member.getDefaultValue();
        }
        return value == null ? "Gateway" : String.valueOf(value.getValue());
      }
    }
    return "Gateway";
  }

  /**
   * The classes {@code root} excludes, in source order. A class literal that does not resolve is
   * left out: the compiler reports it ("cannot find symbol") and the compilation fails anyway.
   */
  static List<Exclusion> exclusions(TypeElement root) {
    List<Exclusion> out = new ArrayList<>();
    AnnotationMirror annotation = mirror(root);
    if (annotation == null) {
      return out;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member :
        annotation.getElementValues().entrySet()) {
      if (member.getKey().getSimpleName().contentEquals("exclude")) {
        addClasses(member.getValue(), annotation, out);
      }
    }
    return out;
  }

  private static AnnotationMirror mirror(TypeElement root) {
    for (AnnotationMirror annotation : root.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(GatewayRoot.class.getCanonicalName())) {
        return annotation;
      }
    }
    return null;
  }

  /** An array value is a list of values; a single class literal without braces is one of them. */
  private static void addClasses(
      AnnotationValue value, AnnotationMirror annotation, List<Exclusion> out) {
    Object content = value.getValue();
    if (content instanceof List<?> values) {
      for (Object element : values) {
        if (element instanceof AnnotationValue item) {
          addClasses(item, annotation, out);
        }
      }
    } else if (content instanceof DeclaredType type
        && type.getKind() == TypeKind.DECLARED
        && type.asElement() instanceof TypeElement element) {
      out.add(new Exclusion(element, annotation, value));
    }
  }
}
