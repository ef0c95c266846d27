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

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.suga.annotations.internal.IndexedModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The index every compilation with modules leaves for the gateways compiled later: one marker class
 * per module in package {@value #PACKAGE}, annotated with {@link IndexedModule} (Hilt's model).
 * javac lists a package's classes across every jar and directory on the class path, so a root finds
 * all libraries' entries, and its own entries from its last build, without a service file or any
 * run-time discovery.
 *
 * <p>A library's entries have no roots: every gateway compiled later takes them in. An
 * application's entries name its roots, so that only those take them in: a root recompiled with
 * some of its modules (an IDE's or Gradle's incremental build) finds the others in its previous
 * output, while another application with this one's jar on its class path does not.
 */
final class LibraryIndex {
  static final String PACKAGE = "dev.suga.aggregated";

  /**
   * One entry read back from the class path.
   *
   * @param marker the marker class
   * @param moduleClass the module's canonical class name
   * @param parameterNames each operation method's parameter names by {@link
   *     ModuleModeler#methodKey}, in the module's operation order
   * @param roots the roots that alone take the entry in; empty for a library's entry
   */
  record Entry(
      TypeElement marker,
      String moduleClass,
      Map<String, List<String>> parameterNames,
      List<String> roots) {
    /**
     * Whether a gateway generated for {@code root} (null for a library gateway) takes this entry
     * in.
     */
    boolean includedIn(String root) {
      return roots.isEmpty() || (root != null && roots.contains(root));
    }
  }

  private final Elements elements;
  private final SourceFiles files;

  LibraryIndex(Elements elements, SourceFiles files) {
    this.elements = elements;
    this.files = files;
  }

  /**
   * The marker class for {@code module}, taken in by {@code roots} only, or by everyone if empty.
   */
  JavaFile marker(ModuleModel module, ModuleModeler modeler, List<String> roots) {
    AnnotationSpec.Builder entry =
        AnnotationSpec.builder(IndexedModule.class)
            .addMember("module", "$S", module.type().canonicalName());
    for (OperationModel operation : module.operations()) {
      List<String> parameterNames = new ArrayList<>();
      operation.parameters().forEach(parameter -> parameterNames.add(parameter.name()));
      entry.addMember(
          "parameterNames",
          "$S",
          modeler.methodKey(operation.element()) + "=" + String.join(",", parameterNames));
    }
    for (String root : roots) {
      entry.addMember("roots", "$S", root);
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(markerName(module.type()))
            .addModifiers(PUBLIC, FINAL)
            .addOriginatingElement(module.element())
            .addJavadoc(
                "SUGA index entry for {@code $L};\nread by the processor, never at run time.\n",
                module.type().canonicalName())
            .addAnnotation(entry.build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    return files.file(PACKAGE, type);
  }

  /**
   * The marker of {@code module}: its canonical name with each {@code _} written {@code _1}, then
   * each {@code .} written {@code _} (JNI's mangling of native method names): {@code
   * com.acme.Outer.CacheCore} -> {@code com_acme_Outer_CacheCore}, {@code org.x.y_FooCore} ->
   * {@code org_x_y_1FooCore}, {@code org.x_y.FooCore} -> {@code org_x_1y_FooCore}.
   *
   * <p>Two modules never share a marker: {@link #moduleName} reads the canonical name back, since a
   * {@code _} followed by {@code 1} can only be an escaped {@code _} (after a dot comes an
   * identifier, which cannot start with a digit), and two classes cannot have one canonical name.
   * Replacing dots alone gave {@code org.x.y_FooCore} and {@code org.x_y.FooCore} the same marker,
   * and one library's module silently took the other's place on the class path.
   */
  static ClassName markerName(ClassName module) {
    return ClassName.get(PACKAGE, module.canonicalName().replace("_", "_1").replace('.', '_'));
  }

  /** The canonical module name that {@link #markerName} wrote as {@code markerSimpleName}. */
  static String moduleName(String markerSimpleName) {
    StringBuilder out = new StringBuilder(markerSimpleName.length());
    for (int i = 0; i < markerSimpleName.length(); i++) {
      char c = markerSimpleName.charAt(i);
      if (c != '_') {
        out.append(c);
      } else if (i + 1 < markerSimpleName.length() && markerSimpleName.charAt(i + 1) == '1') {
        out.append('_');
        i++;
      } else {
        out.append('.');
      }
    }
    return out.toString();
  }

  /** The entry of {@code module} on the class path, if there is one. */
  Entry find(ClassName module) {
    TypeElement marker = elements.getTypeElement(markerName(module).canonicalName());
    return marker == null ? null : entry(marker);
  }

  /**
   * Every entry on the class path (and in this compilation's output so far), one per module class,
   * sorted by it. A marker whose name is not its module's {@link #markerName} was written by an
   * older build with another mangling (it stays in an output directory until a clean build): it
   * counts only if no marker of the current name names the same module.
   */
  List<Entry> read() {
    PackageElement index = elements.getPackageElement(PACKAGE);
    if (index == null) {
      return List.of();
    }
    Map<String, Entry> byModule = new TreeMap<>();
    for (TypeElement marker : ElementFilter.typesIn(index.getEnclosedElements())) {
      Entry entry = entry(marker);
      if (entry == null) {
        continue;
      }
      Entry previous = byModule.get(entry.moduleClass());
      if (previous == null || (!isCurrent(previous) && isCurrent(entry))) {
        byModule.put(entry.moduleClass(), entry);
      }
    }
    return List.copyOf(byModule.values());
  }

  /** Whether the entry's marker has the name this version gives its module's marker. */
  private static boolean isCurrent(Entry entry) {
    return moduleName(entry.marker().getSimpleName().toString()).equals(entry.moduleClass());
  }

  private static Entry entry(TypeElement marker) {
    IndexedModule entry = marker.getAnnotation(IndexedModule.class);
    if (entry == null) {
      return null;
    }
    return new Entry(
        marker, entry.module(), parameterNames(entry.parameterNames()), List.of(entry.roots()));
  }

  private static Map<String, List<String>> parameterNames(String[] encoded) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String method : encoded) {
      int equals = method.lastIndexOf('=');
      String names = method.substring(equals + 1);
      out.put(
          method.substring(0, equals),
          names.isEmpty() ? List.of() : Arrays.asList(names.split(",")));
    }
    return out;
  }
}
