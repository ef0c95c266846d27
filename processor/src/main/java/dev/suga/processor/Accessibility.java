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

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/** Answers whether generated code in a given package may reference an element or a type. */
final class Accessibility {
  private final Elements elements;

  Accessibility(Elements elements) {
    this.elements = elements;
  }

  /**
   * Whether {@code element} (a type, method or constructor) is accessible from code in {@code
   * packageName} that is not a subclass: public all the way out, or package-private or protected in
   * that same package, and never private.
   */
  boolean isAccessible(Element element, String packageName) {
    boolean samePackage = packageOf(element).equals(packageName);
    for (Element e = element;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!e.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code element} is public all the way out: accessible from every package, so its holder
   * can be public too.
   */
  boolean isPublic(Element element) {
    for (Element e = element;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first declared type within {@code type} (type arguments and arrays included) that is not
   * accessible, or null.
   */
  TypeElement firstInaccessibleType(TypeMirror type, String packageName) {
    for (TypeMirror part : partsOf(type)) {
      if (part.getKind() == TypeKind.DECLARED) {
        TypeElement declared = (TypeElement) ((DeclaredType) part).asElement();
        if (!isAccessible(declared, packageName)) {
          return declared;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code type} or anything inside it failed to resolve (a type another processor has yet
   * to generate).
   */
  static boolean containsErrorType(TypeMirror type) {
    for (TypeMirror part : partsOf(type)) {
      if (part.getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    return false;
  }

  String packageOf(Element element) {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.getQualifiedName().toString();
  }

  /** {@code type} and every type inside it: array components, wildcard bounds, type arguments. */
  private static List<TypeMirror> partsOf(TypeMirror type) {
    List<TypeMirror> out = new ArrayList<>();
    collect(type, out);
    return out;
  }

  private static void collect(TypeMirror type, List<TypeMirror> out) {
    out.add(type);
    switch (type.getKind()) {
      case ARRAY:
        collect(((ArrayType) type).getComponentType(), out);
        break;
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          collect(wildcard.getExtendsBound(), out);
        }
        if (wildcard.getSuperBound() != null) {
          collect(wildcard.getSuperBound(), out);
        }
        break;
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          collect(argument, out);
        }
        break;
      default:
        break;
    }
  }
}
