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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The index a library compilation leaves for roots compiled later: one marker class per
 * module in package {@value #PACKAGE}, annotated with {@link IndexedModule} (Hilt's model).
 * javac lists a package's classes across every jar on the class path, so a root finds all
 * libraries' entries without a service file or any run-time discovery.
 */
final class LibraryIndex {
  static final String PACKAGE = "dev.suga.aggregated";

  /** One entry read back from the class path. */
  record Entry(TypeElement marker, String moduleClass, Map<String, List<String>> parameterNames) {}

  private final Elements elements;

  LibraryIndex(Elements elements) {
    this.elements = elements;
  }

  /** The marker class for {@code module}. */
  static JavaFile marker(ModuleModel module, ModuleModeler modeler, AnnotationSpec generated) {
    AnnotationSpec.Builder entry = AnnotationSpec.builder(IndexedModule.class)
        .addMember("module", "$S", module.type().canonicalName());
    for (OperationModel operation : module.operations()) {
      ExecutableElement method = operation.element();
      List<String> parameterNames = new ArrayList<>();
      operation.parameters().forEach(parameter -> parameterNames.add(parameter.name()));
      entry.addMember("parameterNames", "$S", modeler.methodKey(method) + "=" + String.join(",", parameterNames));
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(markerName(module.type()))
        .addModifiers(PUBLIC, FINAL)
        .addOriginatingElement(module.element())
        .addJavadoc("SUGA library index entry for {@link $T}; read by the processor, never at run time.\n",
            module.type())
        .addAnnotation(entry.build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    if (generated != null) {
      type.addAnnotation(generated);
    }
    return JavaFile.builder(PACKAGE, type.build()).indent("  ").build();
  }

  /** {@code com.acme.Outer.CacheCore} -> {@code com_acme_Outer_CacheCore}. */
  static ClassName markerName(ClassName module) {
    return ClassName.get(PACKAGE, module.canonicalName().replace('.', '_'));
  }

  /** Every entry on the class path (and in this compilation's output so far). */
  List<Entry> read() {
    PackageElement index = elements.getPackageElement(PACKAGE);
    if (index == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (TypeElement marker : ElementFilter.typesIn(index.getEnclosedElements())) {
      IndexedModule entry = marker.getAnnotation(IndexedModule.class);
      if (entry != null) {
        out.add(new Entry(marker, entry.module(), parameterNames(entry.parameterNames())));
      }
    }
    out.sort((a, b) -> a.moduleClass().compareTo(b.moduleClass()));
    return out;
  }

  private static Map<String, List<String>> parameterNames(String[] encoded) {
    Map<String, List<String>> out = new HashMap<>();
    for (String method : encoded) {
      int equals = method.lastIndexOf('=');
      String names = method.substring(equals + 1);
      out.put(method.substring(0, equals), names.isEmpty() ? List.of() : Arrays.asList(names.split(",")));
    }
    return out;
  }
}
