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

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.suga.annotations.Cached;
import dev.suga.annotations.GatewayFallback;
import dev.suga.annotations.GatewayLibrary;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.GatewayRoot;
import dev.suga.annotations.GatewayWarmup;
import dev.suga.annotations.HotPath;
import dev.suga.annotations.internal.IndexedModule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.StandardLocation;

/**
 * The SUGA annotation processor: scan -> validate -> model -> generate.
 *
 * <p>Each round it collects the classes with {@code @GatewayOperation} methods or
 * {@code @GatewayModule}, validates and models them ({@link ModuleValidator}, {@link
 * ModuleModeler}). Classes whose signatures use types that do not exist yet (another processor will
 * generate them) wait for a later round, and are reported only if they never resolve. Once nothing
 * waits, each {@code @GatewayRoot} and {@code @GatewayLibrary} gets its gateway ({@link
 * GatewayValidator}, {@link GatewayWriter}), built from this compilation's modules and those of the
 * index entries on the class path ({@link LibraryIndex}); and each module of this compilation gets
 * its holder ({@link HolderWriter}) and an index entry, marked with the compilation's roots in an
 * application. Nothing is generated for a compilation with SUGA errors.
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
  private SourceFiles files;
  private LibraryIndex libraryIndex;
  private HolderWriter holders;

  /** Null when the compiler offers no source trees (ECJ): see {@link LocalOperations}. */
  private LocalOperations localOperations;

  /** Valid modules of this compilation, by class name, in discovery order. */
  private final Map<String, ModuleModel> modules = new LinkedHashMap<>();

  /** Classes already reported invalid; not looked at again. */
  private final Set<String> invalid = new LinkedHashSet<>();

  /** Classes whose signatures did not resolve yet. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** {@code @GatewayRoot} types of this compilation, by qualified name; sorted. */
  private final Set<String> roots = new TreeSet<>();

  /** {@code @GatewayLibrary} types of this compilation, by qualified name; sorted. */
  private final Set<String> libraries = new TreeSet<>();

  /** Roots and libraries seen but whose gateways are not written yet. */
  private final Set<String> pendingGateways = new LinkedHashSet<>();

  /** Generated gateway class -> the root or library type it came from. */
  private final Map<ClassName, TypeElement> gateways = new LinkedHashMap<>();

  /** Modules whose holder and index entry are written. */
  private final Set<String> written = new LinkedHashSet<>();

  /**
   * Modules of a compilation without a root whose index entry kept its application's roots (a
   * module recompiled alone), by class name.
   */
  private final Map<String, List<String>> keptRoots = new LinkedHashMap<>();

  /** Top-level types compiled from source, which a generated class must not replace. */
  private final Set<String> sourceTypes = new HashSet<>();

  /** Every class generated (or about to be), by canonical name, with what generates it. */
  private final Map<String, Generator> generated = new HashMap<>();

  /**
   * What generates a class: a module ({@code kind} "module"), or a root or library ({@code kind}
   * "@GatewayRoot", "@GatewayLibrary"), and its class name.
   */
  private record Generator(String kind, String name) {
    boolean isModule() {
      return kind.equals("module");
    }
  }

  /** Index entries whose class has no operations any more, each noted once. */
  private final Set<String> staleEntries = new HashSet<>();

  /** The named module this compilation is in, or null for the unnamed module (the class path). */
  private ModuleElement namedModule;

  private boolean gatewaysWritten;
  private long nanos;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    diagnostics = new Diagnostics(environment.getMessager());
    ModuleElements moduleElements = new ModuleElements(environment.getTypeUtils());
    moduleValidator =
        new ModuleValidator(
            diagnostics, environment.getTypeUtils(), environment.getElementUtils(), moduleElements);
    modeler =
        new ModuleModeler(
            environment.getTypeUtils(), environment.getElementUtils(), moduleElements);
    accessibility = new Accessibility(environment.getElementUtils());
    gatewayValidator = new GatewayValidator(diagnostics, accessibility);
    files = new SourceFiles(environment.getElementUtils());
    libraryIndex = new LibraryIndex(environment.getElementUtils(), files);
    holders = new HolderWriter(files, accessibility);
    localOperations = LocalOperations.of(environment, diagnostics);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        GatewayOperation.class.getCanonicalName(),
        GatewayModule.class.getCanonicalName(),
        GatewayRoot.class.getCanonicalName(),
        GatewayLibrary.class.getCanonicalName(),
        GatewayFallback.class.getCanonicalName(),
        GatewayWarmup.class.getCanonicalName(),
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
    if (round.processingOver()
        && roots.isEmpty()
        && libraries.isEmpty()
        && !modules.isEmpty()
        && diagnostics.errorCount() == 0) {
      noteNoRoot();
    }
    if (round.processingOver() && "true".equals(processingEnv.getOptions().get(TIMING_OPTION))) {
      int operations = modules.values().stream().mapToInt(m -> m.operations().size()).sum();
      diagnostics.note(
          String.format(
              "SUGA processed %d modules with %d operations in %d ms",
              modules.size(), operations, nanos / 1_000_000));
    }
    // Never claim: a processor that claims its annotations keeps "*" processors (which run
    // only for unclaimed annotations) from seeing the round. javac's -Xlint:processing warns
    // that nobody claimed them; that warning is about processors, not code (see the README).
    return false;
  }

  /**
   * Says what a compilation without a root or library gateway did with its modules: indexed them as
   * a library's, or (modules recompiled alone) kept them in their application's index.
   */
  private void noteNoRoot() {
    List<String> library = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    Set<String> keptFor = new TreeSet<>();
    for (String name : modules.keySet()) {
      String simpleName = name.substring(name.lastIndexOf('.') + 1);
      List<String> entryRoots = keptRoots.get(name);
      if (entryRoots == null) {
        library.add(simpleName);
      } else {
        kept.add(simpleName);
        keptFor.addAll(entryRoots);
      }
    }
    if (!library.isEmpty()) {
      diagnostics.note(Message.NO_ROOT, "its " + modules(library, "is", "are"));
    }
    if (!kept.isEmpty()) {
      boolean one = kept.size() == 1;
      String rootList = String.join(", ", keptFor);
      diagnostics.note(
          Message.NO_ROOT_KEPT,
          modules(kept, "is", "are"),
          (keptFor.size() == 1 ? "root " : "roots ") + rootList,
          keptFor.size() == 1 ? "that root" : "those roots",
          one ? "it" : "them",
          keptFor.size() == 1 ? "that root" : "those roots",
          one ? "it" : "them");
    }
  }

  /** {@code module A is}, {@code 2 modules (A, B) are}. */
  private static String modules(List<String> simpleNames, String singular, String plural) {
    List<String> sorted = simpleNames.stream().sorted().toList();
    return sorted.size() == 1
        ? "module " + sorted.get(0) + " " + singular
        : sorted.size() + " modules (" + String.join(", ", sorted) + ") " + plural;
  }

  private void processRound(RoundEnvironment round) {
    Set<String> candidates = new LinkedHashSet<>(deferred);
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(GatewayOperation.class)) {
      if (element.getKind() == ElementKind.METHOD
          && element.getEnclosingElement() instanceof TypeElement type) {
        candidates.add(binaryKey(type));
      }
    }
    List<Element> hooks = new ArrayList<>(round.getElementsAnnotatedWith(GatewayFallback.class));
    hooks.addAll(round.getElementsAnnotatedWith(GatewayWarmup.class));
    for (Element element : hooks) {
      if (element.getKind() == ElementKind.METHOD
          && element.getEnclosingElement() instanceof TypeElement type) {
        candidates.add(binaryKey(type));
      }
    }
    for (TypeElement type :
        ElementFilter.typesIn(round.getElementsAnnotatedWith(GatewayModule.class))) {
      candidates.add(binaryKey(type));
    }
    reportStray(round);
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      if (localOperations != null && !generated.containsKey(type.getQualifiedName().toString())) {
        localOperations.scan(type);
      }
      sourceTypes.add(type.getQualifiedName().toString());
      ModuleElement module = processingEnv.getElementUtils().getModuleOf(type);
      if (namedModule == null && module != null && !module.isUnnamed()) {
        namedModule = module;
        files.inModule(module);
      }
    }
    Set<String> newGateways = new LinkedHashSet<>();
    for (TypeElement root :
        ElementFilter.typesIn(round.getElementsAnnotatedWith(GatewayRoot.class))) {
      roots.add(root.getQualifiedName().toString());
      newGateways.add(root.getQualifiedName().toString());
    }
    for (TypeElement library :
        ElementFilter.typesIn(round.getElementsAnnotatedWith(GatewayLibrary.class))) {
      libraries.add(library.getQualifiedName().toString());
      newGateways.add(library.getQualifiedName().toString());
    }
    for (String name : candidates) {
      readModule(name, round.processingOver());
    }
    pendingGateways.addAll(newGateways);
    if (round.processingOver() || !deferred.isEmpty() || diagnostics.errorCount() > 0) {
      return;
    }
    if (roots.isEmpty() && namedModule != null) {
      for (ModuleModel module : modules.values()) {
        if (!written.contains(module.type().canonicalName())) {
          diagnostics.error(
              module.element(),
              Message.NAMED_MODULE_LIBRARY,
              module.type().canonicalName(),
              namedModule.getQualifiedName());
        }
      }
    } else if (roots.isEmpty()) {
      requirePublicLibraryModules();
    }
    if (diagnostics.errorCount() > 0) {
      return;
    }
    if (pendingGateways.isEmpty() && gatewaysWritten) {
      return; // later rounds' modules were reported as late
    }
    // Every class this round generates is named and checked before the first is written, so
    // that a clash is one error on the element to rename and leaves no partial output behind.
    List<ModuleModel> unwritten = unwrittenModules();
    if (!runtimeOnClassPath(unwritten)) {
      return;
    }
    claimModuleClasses(unwritten);
    List<PlannedGateway> planned = List.of();
    if (!pendingGateways.isEmpty()) {
      planned = planGateways();
    } else {
      gatewayValidator.validateLibrary(modules.values(), written);
    }
    if (diagnostics.errorCount() > 0) {
      return;
    }
    for (PlannedGateway gateway : planned) {
      GatewayWriter writer = new GatewayWriter(gateway.model(), files);
      for (JavaFile file : writer.write()) {
        write(file, gateway.origin());
      }
      writeClassList(gateway.className(), writer.classList(), gateway.origin());
    }
    writeModules(unwritten);
  }

  /**
   * Whether suga-runtime, which every generated class calls, is on the compile class path; if not,
   * reports it once, on a root or library (else a module) of what this round would generate, so
   * that the build says what to add instead of failing with dozens of errors inside generated code.
   */
  private boolean runtimeOnClassPath(List<ModuleModel> unwritten) {
    if (unwritten.isEmpty() && pendingGateways.isEmpty()) {
      return true;
    }
    if (processingEnv.getElementUtils().getTypeElement(RuntimeNames.MODULE_RUNTIME.canonicalName())
        != null) {
      return true;
    }
    Element where =
        pendingGateways.isEmpty()
            ? unwritten.get(0).element()
            : processingEnv.getElementUtils().getTypeElement(pendingGateways.iterator().next());
    diagnostics.error(
        where,
        Message.MISSING_RUNTIME,
        where instanceof TypeElement type ? type.getQualifiedName() : where);
    return false;
  }

  /** A gateway checked and modelled, to be written once nothing of the round failed. */
  private record PlannedGateway(ClassName className, TypeElement origin, GatewayModel model) {}

  /** The modules of this compilation whose holder and index entry are not written yet, by name. */
  private List<ModuleModel> unwrittenModules() {
    return modules.values().stream()
        .filter(module -> !written.contains(module.type().canonicalName()))
        .sorted(Comparator.comparing(module -> module.type().canonicalName()))
        .toList();
  }

  /**
   * Claims the holder and index entry of each module for it, reporting on the module a class that
   * is already a class of this compilation or generated for another module (a holder joins nested
   * names with '_': {@code App.XCore} and a top-level {@code App_XCore} both have {@code
   * App_XCore_Holder}). Modules are taken in class-name order, so which one is reported does not
   * depend on the order javac found them.
   */
  private void claimModuleClasses(List<ModuleModel> unwritten) {
    for (ModuleModel module : unwritten) {
      String name = module.type().canonicalName();
      List<ClassName> classes = new ArrayList<>(List.of(module.holder()));
      if (namedModule == null) {
        classes.add(LibraryIndex.markerName(module.type()));
      }
      for (ClassName generatedClass : classes) {
        Generator previous = generated.get(generatedClass.canonicalName());
        if (sourceTypes.contains(generatedClass.canonicalName())) {
          diagnostics.error(
              module.element(),
              Message.GENERATED_CLASS_TAKEN,
              name,
              generatedClass,
              "is a class of this compilation");
        } else if (previous != null) {
          diagnostics.error(
              module.element(),
              Message.GENERATED_CLASS_TAKEN,
              name,
              generatedClass,
              previous.kind() + " " + previous.name() + " also generates");
        } else {
          generated.put(generatedClass.canonicalName(), new Generator("module", name));
        }
      }
    }
  }

  /**
   * A compilation without a root is a library, whose modules a gateway in another package will
   * reach: each must be public (its holder is as visible as the module), and in a named package,
   * since code in a named package cannot refer to the unnamed one.
   */
  private void requirePublicLibraryModules() {
    for (ModuleModel module : modules.values()) {
      if (written.contains(module.type().canonicalName())) {
        continue;
      }
      if (module.type().packageName().isEmpty()) {
        diagnostics.error(
            module.element(),
            Message.UNNAMED_PACKAGE_LIBRARY_MODULE,
            module.type().canonicalName());
      } else if (!accessibility.isPublic(module.element())) {
        diagnostics.error(
            module.element(), Message.LIBRARY_MODULE_NOT_PUBLIC, module.type().canonicalName());
      }
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
    for (ExecutableElement method : ModuleElements.operationMethods(type)) {
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
    return element instanceof ExecutableElement method
        ? ModuleElements.describe(method)
        : element.toString();
  }

  /**
   * Checks each pending gateway and models it: its annotation, its name, the classes it generates
   * ({@code Gateway} and {@code Gateway_Internals}) against the classes of the compilation and
   * those generated for modules and other gateways, then the model ({@link GatewayValidator}).
   */
  private List<PlannedGateway> planGateways() {
    List<PlannedGateway> planned = new ArrayList<>();
    for (String name : pendingGateways) {
      TypeElement origin = processingEnv.getElementUtils().getTypeElement(name);
      boolean library = !roots.contains(name);
      String annotation = library ? "@GatewayLibrary" : "@GatewayRoot";
      if (library && !roots.isEmpty()) {
        diagnostics.error(origin, Message.ROOT_AND_LIBRARY, name, roots.iterator().next());
        continue;
      }
      String simpleName =
          library ? origin.getAnnotation(GatewayLibrary.class).name() : RootAnnotation.name(origin);
      if (!NameConventions.isClassName(simpleName)) {
        diagnostics.error(origin, Message.INVALID_ROOT_NAME, annotation, simpleName);
        continue;
      }
      ClassName className = ClassName.get(accessibility.packageOf(origin), simpleName);
      if (!claimGatewayClasses(className, origin, annotation, name)) {
        continue;
      }
      gateways.put(className, origin);
      List<RootAnnotation.Exclusion> exclusions =
          library ? List.of() : RootAnnotation.exclusions(origin);
      Set<String> excluded = new HashSet<>();
      exclusions.forEach(exclusion -> excluded.add(exclusion.name()));
      Set<String> leftOut = new HashSet<>();
      List<ModuleModel> gatewayModules =
          aggregate(library ? null : name, origin, className, excluded, leftOut);
      if (!checkExclusions(origin, exclusions, leftOut)) {
        continue;
      }
      GatewayModel model = GatewayModel.of(className, origin, library, gatewayModules);
      if (gatewayValidator.validate(model)) {
        if (model.operationCount() > OperationTypeWriter.ENUM_LIMIT) {
          diagnostics.note(
              origin,
              Message.OPERATION_CLASS,
              className,
              model.operationCount(),
              OperationTypeWriter.ENUM_LIMIT,
              simpleName);
        }
        planned.add(new PlannedGateway(className, origin, model));
      }
    }
    pendingGateways.clear();
    gatewaysWritten = true;
    return planned;
  }

  /**
   * Claims the gateway {@code className} and its companion for the root or library {@code name};
   * reports on it the first one that another class already has, and returns whether both were free.
   */
  private boolean claimGatewayClasses(
      ClassName className, TypeElement origin, String annotation, String name) {
    for (ClassName generatedClass : List.of(className, GatewayNames.companion(className))) {
      Generator previous = generated.get(generatedClass.canonicalName());
      if (sourceTypes.contains(generatedClass.canonicalName())) {
        diagnostics.error(
            origin,
            Message.ROOT_NAME_TAKEN,
            annotation,
            className.simpleName(),
            generatedClass.canonicalName(),
            annotation);
      } else if (previous != null && previous.isModule()) {
        diagnostics.error(
            origin,
            Message.ROOT_NAME_GENERATED,
            annotation,
            className.simpleName(),
            generatedClass,
            previous.name(),
            annotation);
      } else if (previous != null) {
        diagnostics.error(
            origin,
            Message.DUPLICATE_ROOT,
            annotation,
            name,
            generatedClass,
            previous.kind(),
            previous.name(),
            annotation);
      } else {
        continue;
      }
      return false;
    }
    TypeElement library = libraryWithGatewayOnClassPath(className, name);
    if (library != null) {
      diagnostics.error(
          origin,
          Message.ROOT_NAME_OF_LIBRARY,
          annotation,
          className.simpleName(),
          className.canonicalName(),
          library.getQualifiedName(),
          annotation);
      return false;
    }
    Generator generator = new Generator(annotation, name);
    generated.put(className.canonicalName(), generator);
    generated.put(GatewayNames.companion(className).canonicalName(), generator);
    return true;
  }

  /**
   * The {@code @GatewayLibrary} type, read from the class path, whose gateway is {@code className}
   * (a library in the same package, with the same gateway name), or {@code null}. Nothing in the
   * compiled sources sees the clash: the gateway generated here would shadow the library's on the
   * class path, and at run time whichever class comes first serves both the application and the
   * library's modules. A class of that name from this gateway's own earlier build is no clash: the
   * package holds no other library annotated with that name.
   */
  private TypeElement libraryWithGatewayOnClassPath(ClassName className, String origin) {
    if (processingEnv.getElementUtils().getTypeElement(className.canonicalName()) == null) {
      return null;
    }
    PackageElement gatewayPackage =
        processingEnv.getElementUtils().getPackageElement(className.packageName());
    return gatewayPackage == null
        ? null
        : libraryNamed(
            ElementFilter.typesIn(gatewayPackage.getEnclosedElements()),
            className.simpleName(),
            origin);
  }

  private TypeElement libraryNamed(List<TypeElement> types, String gatewayName, String origin) {
    for (TypeElement type : types) {
      String qualifiedName = type.getQualifiedName().toString();
      if (sourceTypes.contains(qualifiedName)) {
        continue; // this compilation's types, nested ones included: checked as gateways of its own
      }
      GatewayLibrary library = type.getAnnotation(GatewayLibrary.class);
      if (library != null && library.name().equals(gatewayName) && !qualifiedName.equals(origin)) {
        return type;
      }
      TypeElement nested =
          libraryNamed(ElementFilter.typesIn(type.getEnclosedElements()), gatewayName, origin);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  /**
   * Every class a root excludes must be one of the modules its gateway would otherwise include
   * ({@code leftOut}); reports the others on their class literal. Classes of this compilation that
   * were reported invalid are not reported again.
   *
   * @return whether every exclusion is valid
   */
  private boolean checkExclusions(
      TypeElement root, List<RootAnnotation.Exclusion> exclusions, Set<String> leftOut) {
    int errorsBefore = diagnostics.errorCount();
    for (RootAnnotation.Exclusion exclusion : exclusions) {
      String name = exclusion.name();
      if (leftOut.contains(name) || invalid.contains(name)) {
        continue;
      }
      TypeElement type = exclusion.type();
      boolean module =
          type.getAnnotation(GatewayModule.class) != null
              || !ModuleElements.operationMethods(type).isEmpty();
      diagnostics.error(
          root,
          exclusion.annotation(),
          exclusion.value(),
          module ? Message.EXCLUDE_NOT_PRESENT : Message.EXCLUDE_NOT_MODULE,
          name,
          root.getQualifiedName());
    }
    return diagnostics.errorCount() == errorsBefore;
  }

  /**
   * The modules of a gateway for {@code root} (null for a library gateway), sorted by interface id:
   * this compilation's, plus the index entries on the class path that it takes in, less the modules
   * the root {@code excluded} (those are added to {@code leftOut}). Sources win over entries for
   * the same class; an application's entry whose class is gone (its source was deleted) is dropped,
   * while a library's is a {@link Message#BAD_INDEX} error; an entry whose class no longer declares
   * operations is dropped with a {@link Message#STALE_INDEX} note. Errors about an entry go to
   * {@code origin}, the root or library type of {@code gateway}.
   */
  private List<ModuleModel> aggregate(
      String root,
      TypeElement origin,
      ClassName gateway,
      Set<String> excluded,
      Set<String> leftOut) {
    List<ModuleModel> all = new ArrayList<>();
    for (Map.Entry<String, ModuleModel> module : modules.entrySet()) {
      if (excluded.contains(module.getKey())) {
        leftOut.add(module.getKey());
      } else {
        all.add(module.getValue());
      }
    }
    if (namedModule != null) {
      reportLibrariesOnTheModulePath(root);
      return sorted(all);
    }
    for (LibraryIndex.Entry entry : libraryIndex.read()) {
      String moduleClass = entry.moduleClass();
      if (!entry.includedIn(root)
          || modules.containsKey(moduleClass)
          || invalid.contains(moduleClass)
          || sourceTypes.contains(topLevelName(moduleClass))) {
        continue; // another application's, or replaced by this compilation's sources
      }
      if (excluded.contains(moduleClass)) {
        leftOut.add(moduleClass); // not validated: the root does not want it
        continue;
      }
      TypeElement type = processingEnv.getElementUtils().getTypeElement(moduleClass);
      if (type == null) {
        if (entry.roots().isEmpty()) {
          diagnostics.error(
              entry.marker(), Message.BAD_INDEX, entry.marker().getQualifiedName(), moduleClass);
        }
        continue;
      }
      if (processingEnv.getElementUtils().getPackageOf(type).isUnnamed()
          && !gateway.packageName().isEmpty()) {
        // No code in a named package can refer to a class of the unnamed package.
        diagnostics.error(
            origin,
            Message.UNNAMED_PACKAGE_INDEX,
            entry.marker().getQualifiedName(),
            moduleClass,
            gateway.packageName());
        continue;
      }
      if (ModuleElements.operationMethods(type).isEmpty()) {
        // Recompiled without its operations (a build that compiled only that class, which the
        // processor then never saw): as stale as the entry of a deleted class.
        if (staleEntries.add(moduleClass)) {
          diagnostics.note(Message.STALE_INDEX, entry.marker().getQualifiedName(), moduleClass);
        }
        continue;
      }
      if (!moduleValidator.validate(type)) {
        continue;
      }
      ModuleModel module = modeler.model(type, entry.parameterNames(), false);
      if (processingEnv.getElementUtils().getTypeElement(module.holder().canonicalName()) == null) {
        diagnostics.error(
            entry.marker(),
            Message.MISSING_HOLDER,
            moduleClass,
            entry.marker().getQualifiedName(),
            module.holder().canonicalName());
        continue;
      }
      all.add(module);
    }
    return sorted(all);
  }

  private static List<ModuleModel> sorted(List<ModuleModel> modules) {
    modules.sort(
        Comparator.comparing(ModuleModel::interfaceId)
            .thenComparing(m -> m.type().canonicalName()));
    return modules;
  }

  /**
   * A root in a named module gets only this compilation's modules: library entries visible on its
   * module path are reported instead of silently left out.
   */
  private void reportLibrariesOnTheModulePath(String root) {
    List<String> libraryModules = new ArrayList<>();
    for (LibraryIndex.Entry entry : libraryIndex.read()) {
      if (entry.roots().isEmpty() && !modules.containsKey(entry.moduleClass())) {
        libraryModules.add(entry.moduleClass());
      }
    }
    if (!libraryModules.isEmpty()) {
      diagnostics.error(
          processingEnv.getElementUtils().getTypeElement(root),
          Message.NAMED_MODULE_INDEX,
          root,
          namedModule.getQualifiedName(),
          String.join(", ", libraryModules));
    }
  }

  /**
   * The top-level class of a canonical class name, as far as this compilation's sources know it:
   * {@code a.b.Outer.Inner} -> {@code a.b.Outer} when {@code a.b.Outer} is a source type.
   */
  private String topLevelName(String canonicalName) {
    for (String name = canonicalName;
        name.lastIndexOf('.') > 0;
        name = name.substring(0, name.lastIndexOf('.'))) {
      if (sourceTypes.contains(name)) {
        return name;
      }
    }
    return canonicalName;
  }

  /**
   * Writes the holder and the index entry of every module of this compilation not written yet. In
   * an application the entries are marked with its roots; a module recompiled alone keeps the roots
   * of its previous entry, so that it stays its application's.
   */
  private void writeModules(List<ModuleModel> unwritten) {
    for (ModuleModel module : unwritten) {
      written.add(module.type().canonicalName());
      List<String> entryRoots = List.copyOf(roots);
      if (entryRoots.isEmpty()) {
        LibraryIndex.Entry previous = libraryIndex.find(module.type());
        if (previous != null) {
          entryRoots = previous.roots();
        }
        if (!entryRoots.isEmpty()) {
          keptRoots.put(module.type().canonicalName(), entryRoots);
        }
      }
      write(holders.write(module), module.element());
      if (namedModule == null) {
        // In a named module no index: two modules cannot both contain its package.
        write(libraryIndex.marker(module, modeler, entryRoots), module.element());
      }
    }
  }

  /**
   * {@code META-INF/suga/<gateway>.classlist}: the classes {@code prime()} touches, for preloading.
   */
  private void writeClassList(ClassName gateway, String classList, TypeElement root) {
    String path = "META-INF/suga/" + gateway.canonicalName() + ".classlist";
    Writer writer;
    try {
      writer =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", path, root)
              .openWriter();
    } catch (IllegalArgumentException e) {
      // No class output (ECJ with -proc:only and no -d): no classes to preload either.
      return;
    } catch (IOException e) {
      diagnostics.error(root, Message.WRITE_FAILED, path, e.getMessage());
      return;
    }
    try (writer) {
      writer.write(classList);
    } catch (IOException e) {
      diagnostics.error(root, Message.WRITE_FAILED, path, e.getMessage());
    }
  }

  private void write(JavaFile file, Element origin) {
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      diagnostics.error(
          origin,
          Message.WRITE_FAILED,
          file.packageName() + "." + file.typeSpec().name(),
          e.getMessage());
    }
  }
}
