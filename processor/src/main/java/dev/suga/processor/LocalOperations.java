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

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.suga.annotations.GatewayOperation;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Reports {@code @GatewayOperation} methods of local and anonymous classes, which no gateway can
 * call (no code outside the method that declares the class can name it), and which the annotation
 * processing API never shows: {@code getElementsAnnotatedWith} walks types and their members, not
 * method bodies, so without this check such an operation would be silently left out.
 *
 * <p>It reads the source trees through the Compiler Tree API ({@code com.sun.source}, the public
 * and supported API of javac's module {@code jdk.compiler}, not javac's internals). Under a
 * compiler without it (ECJ) or a wrapped processing environment the check is skipped and such
 * methods stay left out, as before. Method bodies are not attributed while processors run, so the
 * annotation is recognized by name: {@code @dev.suga.annotations.GatewayOperation}, or
 * {@code @GatewayOperation} imported from that package by a single-type or on-demand import.
 */
final class LocalOperations {
  private static final String ANNOTATION = GatewayOperation.class.getCanonicalName();
  private static final String SIMPLE_NAME = GatewayOperation.class.getSimpleName();
  private static final String PACKAGE = GatewayOperation.class.getPackageName();

  private final Trees trees;
  private final Elements elements;
  private final Diagnostics diagnostics;

  /** Compilation units already scanned, by their source file's URI. */
  private final Set<String> scanned = new HashSet<>();

  private LocalOperations(Trees trees, Elements elements, Diagnostics diagnostics) {
    this.trees = trees;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** The check for {@code environment}, or null when its compiler offers no source trees. */
  static LocalOperations of(ProcessingEnvironment environment, Diagnostics diagnostics) {
    try {
      return new LocalOperations(
          Trees.instance(environment), environment.getElementUtils(), diagnostics);
    } catch (IllegalArgumentException | LinkageError e) {
      return null; // not javac (ECJ), or javac behind a wrapper (some IDEs and build tools)
    }
  }

  /** Reports the operations of local and anonymous classes in the source file of {@code type}. */
  void scan(TypeElement type) {
    TreePath path = trees.getPath(type);
    if (path == null) {
      return; // a class from a class file
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    if (scanned.add(unit.getSourceFile().toUri().toString())) {
      new Scanner(unit).scan(new TreePath(unit), false);
    }
  }

  /** Walks one compilation unit; the argument says whether the tree is inside a method body. */
  private final class Scanner extends TreePathScanner<Void, Boolean> {
    private final CompilationUnitTree unit;
    private Boolean annotationImported;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public Void visitClass(ClassTree type, Boolean inLocalClass) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      boolean member = parent instanceof CompilationUnitTree || parent instanceof ClassTree;
      if (inLocalClass || !member) {
        String where;
        if (type.getSimpleName().isEmpty()) {
          where = "an anonymous class"; // an enum constant's body too (JLS 8.9.1)
        } else if (member) {
          where = "the class " + type.getSimpleName() + ", nested in a local or anonymous class";
        } else {
          where = "the local class " + type.getSimpleName();
        }
        for (Tree tree : type.getMembers()) {
          if (tree instanceof MethodTree method && isOperation(method)) {
            report(type, method, where);
          }
        }
      }
      return super.visitClass(type, inLocalClass || !member);
    }

    private void report(ClassTree type, MethodTree method, String where) {
      StringBuilder description = new StringBuilder();
      if (!type.getSimpleName().isEmpty()) {
        description.append(type.getSimpleName()).append('.');
      }
      description.append(method.getName()).append('(');
      for (int i = 0; i < method.getParameters().size(); i++) {
        VariableTree parameter = method.getParameters().get(i);
        description.append(i == 0 ? "" : ", ").append(parameter.getType());
      }
      description.append(')');
      diagnostics.errorAt(
          text -> trees.printMessage(Diagnostic.Kind.ERROR, text, method, unit),
          Message.LOCAL_OPERATION,
          description,
          where);
    }

    private boolean isOperation(MethodTree method) {
      for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
        String name = name(annotation.getAnnotationType());
        if (ANNOTATION.equals(name) || (SIMPLE_NAME.equals(name) && annotationImported())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the simple name {@code GatewayOperation} means SUGA's in this file (JLS 6.4.1): a
     * single-type import decides; else a type of that name in the file's own package hides an
     * on-demand import.
     */
    private boolean annotationImported() {
      if (annotationImported == null) {
        annotationImported = resolvesToAnnotation();
      }
      return annotationImported;
    }

    private boolean resolvesToAnnotation() {
      String packageName = unit.getPackageName() == null ? "" : name(unit.getPackageName());
      boolean onDemand = PACKAGE.equals(packageName);
      for (ImportTree importTree : unit.getImports()) {
        if (importTree.isStatic()) {
          continue;
        }
        String imported = name(importTree.getQualifiedIdentifier());
        if (imported.endsWith("." + SIMPLE_NAME)) {
          return imported.equals(ANNOTATION);
        }
        onDemand |= imported.equals(PACKAGE + ".*");
      }
      String ownType = packageName.isEmpty() ? SIMPLE_NAME : packageName + "." + SIMPLE_NAME;
      return onDemand && (PACKAGE.equals(packageName) || elements.getTypeElement(ownType) == null);
    }
  }

  /** {@code a.b.C} for a (possibly qualified) name, {@code a.b.*} for an on-demand import. */
  private static String name(Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.getName().toString();
    }
    if (tree instanceof MemberSelectTree select) {
      return name(select.getExpression()) + "." + select.getIdentifier();
    }
    return tree.toString();
  }
}
