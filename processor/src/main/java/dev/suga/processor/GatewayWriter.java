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

import static dev.suga.processor.CompanionWriter.SCOPE_FIELD;
import static dev.suga.processor.RuntimeNames.STATISTICS_SNAPSHOT;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.suga.processor.GatewayModel.Entry;
import dev.suga.processor.OperationModel.ParameterModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the gateway's API file ({@code Gateway.java}), the file a person opens to learn the
 * gateway: the typed methods grouped by interface, each naming the method it calls; the {@code
 * execute} forms; the lifecycle methods; the {@code Interface} and {@code Operation} types. Each
 * method is one call: to the module's holder, or to the companion ({@link CompanionWriter}) that
 * holds the machinery.
 */
final class GatewayWriter {
  private final GatewayNames names;
  private final SourceFiles files;
  private final DispatchWriter dispatch;
  private final InterfaceTypeWriter interfaces;
  private final OperationTypeWriter operations;
  private final PrimingWriter priming;
  private final CompanionWriter companion;

  private final GatewayModel model;

  GatewayWriter(GatewayModel model, SourceFiles files) {
    this.model = model;
    this.names = new GatewayNames(model.className(), model.modules());
    this.files = files;
    this.dispatch = new DispatchWriter(names);
    this.interfaces = new InterfaceTypeWriter(names);
    this.operations = new OperationTypeWriter(names);
    this.priming = new PrimingWriter(names);
    this.companion = new CompanionWriter(names, files);
  }

  /** The class list for snapshot priming (see {@link PrimingWriter#classList}). */
  String classList() {
    return priming.classList(model.modules());
  }

  /** The API file and its companion. */
  List<JavaFile> write() {
    TypeSpec.Builder gateway =
        TypeSpec.classBuilder(names.gateway())
            .addModifiers(PUBLIC, FINAL)
            .addOriginatingElement(model.origin())
            .addJavadoc(classJavadoc(model))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    for (ModuleModel module : model.modules()) {
      if (module.fromSource()) {
        gateway.addOriginatingElement(module.element());
      }
    }
    for (Entry entry : model.entries()) {
      gateway.addMethod(typedMethod(entry, names));
    }
    boolean fallbacks = model.modules().stream().anyMatch(module -> module.fallback() != null);
    dispatch.executeMethods(model.operationCount(), fallbacks).forEach(gateway::addMethod);
    addLifecycleMethods(gateway);
    gateway
        .addMethod(priming.prime(model.modules()))
        .addMethod(priming.train(model.modules()))
        .addType(interfaces.write(model.modules()));
    operations.write(model.entries()).forEach(gateway::addType);
    return List.of(files.file(names.gateway().packageName(), gateway), companion.write(model));
  }

  private static CodeBlock classJavadoc(GatewayModel model) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The $L gateway of {@link $T}: $L in $L.\n\n",
                model.library() ? "library" : "universal",
                ClassName.get(model.origin()),
                count(model.operationCount(), "operation"),
                count(model.modules().size(), "interface"))
            .add(typedMethodExample(model))
            .add(
                "operation is also reachable through {@code execute(Operation, Object...)},\n"
                    + "{@code execute(String, Object...)} and {@code execute(Operation, Map)}. A module class is\n"
                    + "loaded and built only when one of its operations first runs. Call\n"
                    + "{@link #endInvocation()} at the end of each request so that idle and memory-pressure\n"
                    + "modules can be released.\n");
    if (model.library()) {
      doc.add(
          "\n<p>Each module's holder is shared with every other gateway that includes the module (the\n"
              + "application's, another library's): one instance per JVM, and statistics that count the\n"
              + "calls made through any of them.\n");
    }
    return doc.build();
  }

  /** {@code 1 operation}, {@code 3 operations}. */
  static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * "Each operation has a typed static method, such as {@link #cacheGet(String)}. Every": the
   * example is this gateway's own first operation, on the same line when it fits in 100 columns.
   */
  private static CodeBlock typedMethodExample(GatewayModel model) {
    if (model.entries().isEmpty()) {
      return CodeBlock.of("<p>Each operation has a typed static method. Every\n");
    }
    Entry first = model.entries().get(0);
    String method = GatewayNames.typedMethod(first.module(), first.operation());
    String prefix = "<p>Each operation has a typed static method, such as";
    int length =
        (prefix + " {@link #()}. Every" + method).length()
            + GatewayNames.linkParametersText(first.operation()).length();
    return CodeBlock.of(
        "$L$L{@link #$L($L)}. Every\n",
        prefix,
        GatewayNames.javadocSpace(0, length),
        method,
        GatewayNames.linkParameters(first.operation()));
  }

  /** {@code cacheGet(String key)}: the module holder's method, with the source's signature. */
  private static MethodSpec typedMethod(Entry entry, GatewayNames names) {
    ModuleModel module = entry.module();
    OperationModel operation = entry.operation();
    String name = GatewayNames.typedMethod(module, operation);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(PUBLIC, STATIC)
            .returns(operation.returnType())
            .addExceptions(operation.thrownTypes())
            .varargs(operation.varargs())
            .addJavadoc(typedJavadoc(module, operation, names));
    // The body names the holder, which a parameter of the same name would obscure.
    NameAllocator locals =
        GatewayNames.allocatorAvoiding(GatewayNames.qualifierNames(module.holder()));
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < operation.parameters().size(); i++) {
      ParameterModel parameter = operation.parameters().get(i);
      String parameterName = locals.newName(parameter.name(), parameter);
      method.addParameter(parameter.type(), parameterName);
      arguments.add(i == 0 ? "$N" : ",$W$N", parameterName);
    }
    CodeBlock call = CodeBlock.of("$T.$N($Z$L)", module.holder(), name, arguments.build());
    if (operation.returnsVoid()) {
      method.addStatement("$L", call);
    } else {
      method.addStatement("return $L", call);
    }
    if (operation.safeVarargs()) {
      method.addAnnotation(AnnotationSpec.builder(SafeVarargs.class).build());
    }
    if (operation.deprecated()) {
      method.addAnnotation(Deprecated.class);
    }
    AnnotationSpec suppress = SourceFiles.suppressWarnings(operation.signatureWarnings());
    if (suppress != null) {
      method.addAnnotation(suppress);
    }
    return method.build();
  }

  private static CodeBlock typedJavadoc(
      ModuleModel module, OperationModel operation, GatewayNames names) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "{@code $L}: calls$L{@link $L#$L($L)}.\n",
                GatewayNames.qualifiedName(module, operation),
                names.linkSpace(module, operation, 2),
                names.javadocType(module.type()),
                operation.methodName(),
                GatewayNames.linkParameters(operation));
    if (operation.hotPath() && module.releasable() && !operation.isStatic()) {
      doc.add(
          "\n<p>Hot path: not counted in the statistics. The module is {@code $L}, so the call also\n"
              + "marks itself in flight (two atomic updates) to keep a release from closing it.\n",
          module.unload().name());
    } else if (operation.hotPath()) {
      doc.add("\n<p>Hot path: a direct call, not counted in the statistics.\n");
    }
    if (operation.cached()) {
      doc.add(
          "\n<p>Cached: a result is reused for $L seconds per distinct arguments; a hit does not\n"
              + "touch the module.\n",
          operation.cacheTtlSeconds());
    }
    return doc.build();
  }

  private void addLifecycleMethods(TypeSpec.Builder gateway) {
    ClassName gatewayInterface = names.interfaceEnum();
    ClassName operation = names.operationType();
    ClassName companion = names.companion();
    gateway.addMethod(
        MethodSpec.methodBuilder(GatewayNames.STATISTICS)
            .addJavadoc(
                "Usage so far of every module this gateway includes, whichever gateway made the calls:\n"
                    + "calls, errors, sampled times and cache hits per operation; loads and releases per module.\n"
                    + "{@code report()} renders them and recommends {@code @HotPath}s.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(STATISTICS_SNAPSHOT)
            .addStatement("return $T.statistics()", companion)
            .build());
    gateway.addMethod(
        lifecycle(
            GatewayNames.RESET_STATISTICS,
            TypeName.VOID,
            "Sets the counters of every module this gateway includes back to zero.\n",
            "resetStatistics()"));
    gateway.addMethod(
        MethodSpec.methodBuilder(GatewayNames.LOADED_INTERFACES)
            .addJavadoc("The interfaces whose module instance is built and not released.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Set.class), gatewayInterface))
            .addStatement(
                "$T<$T> loaded = $T.noneOf($T.class)",
                EnumSet.class,
                gatewayInterface,
                EnumSet.class,
                gatewayInterface)
            .beginControlFlow(
                "for ($T gatewayInterface : $T.values())", gatewayInterface, gatewayInterface)
            .beginControlFlow(
                "if ($T.$N.isLoaded(gatewayInterface.ordinal()))", names.scopeHolder(), SCOPE_FIELD)
            .addStatement("loaded.add(gatewayInterface)")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return loaded")
            .build());
    gateway.addMethod(
        MethodSpec.methodBuilder(GatewayNames.RELEASE)
            .addJavadoc(
                "Releases the module of {@code gatewayInterface} now, closing it if it is\n"
                    + "{@link AutoCloseable}, unless a call is running in it. {@code NEVER} modules are never\n"
                    + "released.\n\n@return whether an instance was released\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(gatewayInterface, "gatewayInterface")
            .addStatement(requireNonNull("gatewayInterface"))
            .addStatement(
                "return $T.$N.release(gatewayInterface.ordinal())",
                names.scopeHolder(),
                SCOPE_FIELD)
            .build());
    gateway.addMethod(
        lifecycle(
            GatewayNames.RELEASE_ALL,
            TypeName.INT,
            "Releases every releasable module that has no call running.\n\n@return how many were released\n",
            "releaseAll()"));
    gateway.addMethod(
        lifecycle(
            GatewayNames.END_INVOCATION,
            TypeName.VOID,
            "Marks the end of one request (one Lambda event): releases {@code IDLE} modules unused for\n"
                + "their idle time; when the heap is nearly full, releases every releasable module and drops\n"
                + "every cached result.\n",
            "endInvocation()"));
    gateway.addMethod(
        lifecycle(
            GatewayNames.CLEAR_CACHE,
            TypeName.INT,
            "Drops every cached result.\n\n@return how many were dropped\n",
            "clearCache()"));
    gateway.addMethod(
        MethodSpec.methodBuilder(GatewayNames.INVALIDATE)
            .addJavadoc(
                "Drops the cached results of {@code operation}, for example after an operation that\n"
                    + "changes what it would return.\n\n@return how many were dropped; 0 for an operation that is not cached\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(TypeName.INT)
            .addParameter(operation, "operation")
            .addStatement(requireNonNull("operation"))
            .addStatement(
                "return $T.$N.invalidate(operation.gatewayInterface().ordinal(),$W"
                    + "operation.info().name())",
                names.scopeHolder(),
                SCOPE_FIELD)
            .build());
    gateway.addMethod(
        MethodSpec.methodBuilder(GatewayNames.INVALIDATE)
            .addJavadoc(
                "Drops the cached results of every operation of {@code gatewayInterface}.\n\n"
                    + "@return how many were dropped\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(TypeName.INT)
            .addParameter(gatewayInterface, "gatewayInterface")
            .addStatement(requireNonNull("gatewayInterface"))
            .addStatement(
                "return $T.$N.invalidate(gatewayInterface.ordinal())",
                names.scopeHolder(),
                SCOPE_FIELD)
            .build());
  }

  /**
   * {@code Objects.requireNonNull(parameter, "parameter")}: a null argument fails with an exception
   * that names it. Left to {@code parameter.ordinal()}, the JVM's message names the parameter only
   * when the gateway was compiled with debug information ({@code -g}); build tools differ.
   */
  private static CodeBlock requireNonNull(String parameter) {
    return CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, parameter, parameter);
  }

  /** A lifecycle method without parameters that returns (or just makes) one call on the scope. */
  private MethodSpec lifecycle(String name, TypeName returns, String javadoc, String call) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc(javadoc)
            .addModifiers(PUBLIC, STATIC)
            .returns(returns);
    return (returns.equals(TypeName.VOID)
            ? method.addStatement("$T.$N.$L", names.scopeHolder(), SCOPE_FIELD, call)
            : method.addStatement("return $T.$N.$L", names.scopeHolder(), SCOPE_FIELD, call))
        .build();
  }
}
