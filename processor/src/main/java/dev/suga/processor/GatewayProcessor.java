package dev.suga.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.suga.annotations.Cached;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.GatewayRoot;
import dev.suga.annotations.HotPath;
import dev.suga.annotations.internal.IndexedModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The SUGA annotation processor: scan -> validate -> model -> generate.
 *
 * <p>Each round it collects the classes with {@code @GatewayOperation} methods or
 * {@code @GatewayModule}, validates and models them ({@link ModuleValidator}, {@link
 * ModuleModeler}). Classes whose signatures use types that do not exist yet (another
 * processor will generate them) wait for a later round, and are reported only if they never
 * resolve. Once nothing waits, each {@code @GatewayRoot} gets its gateway ({@link
 * GatewayValidator}, {@link GatewayWriter}), built from this compilation's modules and those
 * of the library indexes on the class path; a compilation without a root writes its own index
 * instead ({@link LibraryIndex}). Nothing is generated for a compilation with SUGA errors.
 *
 * <p>Option {@code -Asuga.timing=true} prints the processor's own time as a note.
 */
@AutoService(Processor.class)
public final class GatewayProcessor extends AbstractProcessor {
  static final String TIMING_OPTION = "suga.timing";

  private Diagnostics diagnostics;
  private ModuleValidator moduleValidator;
  private ModuleModeler modeler;
  private GatewayValidator gatewayValidator;
  private Accessibility accessibility;
  private LibraryIndex libraryIndex;
  private AnnotationSpec generated;

  /** Valid modules of this compilation, by class name, in discovery order. */
  private final Map<String, ModuleModel> modules = new LinkedHashMap<>();
  /** Classes already reported invalid; not looked at again. */
  private final Set<String> invalid = new LinkedHashSet<>();
  /** Classes whose signatures did not resolve yet. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Roots seen but not generated yet. */
  private final Set<String> pendingRoots = new LinkedHashSet<>();
  /** Generated gateway class -> the root it came from. */
  private final Map<ClassName, TypeElement> gateways = new LinkedHashMap<>();
  private final Set<String> indexed = new LinkedHashSet<>();
  /** Top-level types compiled from source, which a generated gateway must not replace. */
  private final Set<String> sourceTypes = new java.util.HashSet<>();
  private boolean sawRoot;
  private boolean gatewaysWritten;
  private long nanos;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    diagnostics = new Diagnostics(environment.getMessager());
    moduleValidator = new ModuleValidator(diagnostics, environment.getTypeUtils());
    modeler = new ModuleModeler(environment.getTypeUtils(), environment.getElementUtils());
    accessibility = new Accessibility(environment.getElementUtils());
    gatewayValidator = new GatewayValidator(diagnostics, accessibility);
    libraryIndex = new LibraryIndex(environment.getElementUtils());
    generated = environment.getElementUtils().getTypeElement("javax.annotation.processing.Generated") == null
        ? null
        : AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GatewayProcessor.class.getName())
            .build();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        GatewayOperation.class.getCanonicalName(),
        GatewayModule.class.getCanonicalName(),
        GatewayRoot.class.getCanonicalName(),
        HotPath.class.getCanonicalName(),
        Cached.class.getCanonicalName(),
        IndexedModule.class.getCanonicalName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(TIMING_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    try {
      processRound(round);
    } catch (RuntimeException e) {
      // A bug of ours must not become a javac crash with a stack trace in the user's face.
      diagnostics.error(null, Message.INTERNAL_ERROR, e);
    } finally {
      nanos += System.nanoTime() - start;
    }
    if (round.processingOver() && "true".equals(processingEnv.getOptions().get(TIMING_OPTION))) {
      int operations = modules.values().stream().mapToInt(m -> m.operations().size()).sum();
      diagnostics.note(String.format("SUGA processed %d modules with %d operations in %d ms",
          modules.size(), operations, nanos / 1_000_000));
    }
    // Never claim: a processor that claims its annotations keeps "*" processors (which run
    // only for unclaimed annotations) from seeing the round. javac's -Xlint:processing warns
    // that nobody claimed them; that warning is about processors, not code (see the README).
    return false;
  }

  private void processRound(RoundEnvironment round) {
    Set<String> candidates = new LinkedHashSet<>(deferred);
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(GatewayOperation.class)) {
      if (element.getKind() == ElementKind.METHOD && element.getEnclosingElement() instanceof TypeElement type) {
        candidates.add(binaryKey(type));
      }
    }
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(GatewayModule.class))) {
      candidates.add(binaryKey(type));
    }
    reportStray(round);
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      sourceTypes.add(type.getQualifiedName().toString());
    }
    for (TypeElement root : ElementFilter.typesIn(round.getElementsAnnotatedWith(GatewayRoot.class))) {
      pendingRoots.add(root.getQualifiedName().toString());
      sawRoot = true;
    }
    for (String name : candidates) {
      readModule(name, round.processingOver());
    }
    if (round.processingOver() || !deferred.isEmpty() || diagnostics.errorCount() > 0) {
      return;
    }
    if (!pendingRoots.isEmpty()) {
      writeGateways();
    } else if (!sawRoot) {
      writeIndex();
    }
  }

  /** Elements are looked up again each round by name: element objects do not survive rounds. */
  private static String binaryKey(TypeElement type) {
    return type.getQualifiedName().toString();
  }

  private void readModule(String name, boolean lastRound) {
    if (modules.containsKey(name) || invalid.contains(name)) {
      return;
    }
    TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
    if (type == null) {
      return; // no longer resolvable by name (removed between rounds); nothing to model
    }
    if (hasUnresolvedTypes(type)) {
      if (lastRound) {
        diagnostics.error(type, Message.UNRESOLVED_TYPE, name);
      } else {
        deferred.add(name);
      }
      return;
    }
    if (gatewaysWritten) {
      diagnostics.error(type, Message.LATE_MODULE, name, gateways.keySet().iterator().next());
      invalid.add(name);
      return;
    }
    if (moduleValidator.validate(type)) {
      modules.put(name, modeler.model(type, Map.of(), true));
    } else {
      invalid.add(name);
    }
  }

  private static boolean hasUnresolvedTypes(TypeElement type) {
    for (ExecutableElement method : ModuleValidator.operationMethods(type)) {
      if (Accessibility.containsErrorType(method.getReturnType())) {
        return true;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (Accessibility.containsErrorType(parameter.asType())) {
          return true;
        }
      }
      for (var thrown : method.getThrownTypes()) {
        if (Accessibility.containsErrorType(thrown)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code @HotPath} and {@code @Cached} mean nothing without {@code @GatewayOperation}. */
  private void reportStray(RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(HotPath.class)) {
      if (element.getAnnotation(GatewayOperation.class) == null) {
        diagnostics.error(element, Message.HOT_PATH_WITHOUT_OPERATION, describe(element));
      }
    }
    for (Element element : round.getElementsAnnotatedWith(Cached.class)) {
      if (element.getAnnotation(GatewayOperation.class) == null) {
        diagnostics.error(element, Message.CACHED_WITHOUT_OPERATION, describe(element));
      }
    }
  }

  private static String describe(Element element) {
    return element instanceof ExecutableElement method ? ModuleValidator.describe(method) : element.toString();
  }

  private void writeGateways() {
    List<ModuleModel> all = allModules();
    for (String rootName : pendingRoots) {
      TypeElement root = processingEnv.getElementUtils().getTypeElement(rootName);
      String simpleName = root.getAnnotation(GatewayRoot.class).name();
      if (!NameConventions.isClassName(simpleName)) {
        diagnostics.error(root, Message.INVALID_ROOT_NAME, simpleName);
        continue;
      }
      ClassName className = ClassName.get(accessibility.packageOf(root), simpleName);
      if (sourceTypes.contains(className.canonicalName())) {
        diagnostics.error(root, Message.ROOT_NAME_TAKEN, simpleName, className.canonicalName());
        continue;
      }
      TypeElement previous = gateways.putIfAbsent(className, root);
      if (previous != null) {
        diagnostics.error(root, Message.DUPLICATE_ROOT, rootName, className, previous.getQualifiedName());
        continue;
      }
      GatewayModel model = new GatewayModel(className, root, all);
      if (gatewayValidator.validate(model)) {
        GatewayWriter writer = new GatewayWriter(className, generated);
        write(writer.write(model), root);
        writeClassList(className, writer.classList(model), root);
      }
    }
    pendingRoots.clear();
    gatewaysWritten = true;
  }

  /** This compilation's modules plus the class path's indexed ones, sorted by interface id. */
  private List<ModuleModel> allModules() {
    List<ModuleModel> all = new ArrayList<>(modules.values());
    for (LibraryIndex.Entry entry : libraryIndex.read()) {
      if (modules.containsKey(entry.moduleClass())) {
        continue;
      }
      TypeElement type = processingEnv.getElementUtils().getTypeElement(entry.moduleClass());
      if (type == null) {
        diagnostics.error(entry.marker(), Message.BAD_INDEX, entry.marker().getQualifiedName(), entry.moduleClass());
        continue;
      }
      if (moduleValidator.validate(type)) {
        all.add(modeler.model(type, entry.parameterNames(), false));
      }
    }
    all.sort(Comparator.comparing(ModuleModel::interfaceId).thenComparing(m -> m.type().canonicalName()));
    return all;
  }

  private void writeIndex() {
    gatewayValidator.validateLibrary(modules.values(), indexed);
    if (diagnostics.errorCount() > 0) {
      return; // no index for a library with errors: a root would inherit them
    }
    for (ModuleModel module : modules.values()) {
      if (indexed.add(module.type().canonicalName())) {
        write(LibraryIndex.marker(module, modeler, generated), module.element());
      }
    }
  }

  /** {@code META-INF/suga/<gateway>.classlist}: the classes {@code prime()} touches, for preloading. */
  private void writeClassList(ClassName gateway, String classList, TypeElement root) {
    String path = "META-INF/suga/" + gateway.canonicalName() + ".classlist";
    try (java.io.Writer writer = processingEnv.getFiler()
        .createResource(javax.tools.StandardLocation.CLASS_OUTPUT, "", path, root)
        .openWriter()) {
      writer.write(classList);
    } catch (IOException e) {
      diagnostics.error(root, Message.WRITE_FAILED, path, e.getMessage());
    }
  }

  private void write(JavaFile file, Element origin) {
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      diagnostics.error(origin, Message.WRITE_FAILED, file.packageName() + "." + file.typeSpec().name(), e.getMessage());
    }
  }
}
