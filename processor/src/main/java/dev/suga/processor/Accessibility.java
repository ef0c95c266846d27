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
   * packageName} that is not a subclass: public all the way out, or package-private or
   * protected in that same package, and never private.
   */
  boolean isAccessible(Element element, String packageName) {
    boolean samePackage = packageOf(element).equals(packageName);
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!e.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
        return false;
      }
    }
    return true;
  }

  /** The first declared type within {@code type} (type arguments and arrays included) that is not accessible, or null. */
  TypeElement firstInaccessibleType(TypeMirror type, String packageName) {
    for (TypeElement declared : declaredTypesIn(type)) {
      if (!isAccessible(declared, packageName)) {
        return declared;
      }
    }
    return null;
  }

  /** Whether {@code type} or anything inside it failed to resolve (a type another processor has yet to generate). */
  static boolean containsErrorType(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    switch (type.getKind()) {
      case ARRAY:
        return containsErrorType(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && containsErrorType(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && containsErrorType(wildcard.getSuperBound()));
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          if (containsErrorType(argument)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }

  String packageOf(Element element) {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.getQualifiedName().toString();
  }

  private static List<TypeElement> declaredTypesIn(TypeMirror type) {
    List<TypeElement> out = new ArrayList<>();
    collect(type, out);
    return out;
  }

  private static void collect(TypeMirror type, List<TypeElement> out) {
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
        DeclaredType declared = (DeclaredType) type;
        out.add((TypeElement) declared.asElement());
        for (TypeMirror argument : declared.getTypeArguments()) {
          collect(argument, out);
        }
        break;
      default:
        break;
    }
  }
}
