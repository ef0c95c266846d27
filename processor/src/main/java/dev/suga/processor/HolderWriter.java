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

import static dev.suga.processor.RuntimeNames.CALL_STATISTICS;
import static dev.suga.processor.RuntimeNames.MODULE_HOLDER;
import static dev.suga.processor.RuntimeNames.MODULE_RUNTIME;
import static dev.suga.processor.RuntimeNames.UNLOAD_POLICY;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.suga.annotations.GatewayModule.Unload;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a module's holder ({@code CacheCore_Holder}, beside the module): the one class that owns
 * the module's instance, unload state, cached results and counters, with one public static method
 * per operation that every gateway including the module calls. Generated once, by the compilation
 * that compiles the module, so that a library's module keeps one instance per JVM whichever gateway
 * (the library's, a later library's, the application's) reaches it first.
 *
 * <p>How the instance is held depends on the unload policy. {@link Unload#NEVER} modules use the
 * initialization-on-demand holder idiom: the JVM builds the instance exactly once, when an
 * operation first touches the class that holds it, and afterwards the read is a constant the JIT
 * folds away. That class is the holder itself, unless some operation must run without the instance
 * (a static one, or a cached one whose hit must not build the module): then it is a nested {@code
 * Instance} class. Every other policy uses the runtime's {@code ModuleHolder}, which can release.
 *
 * <p>Names cannot clash: the holder's own members are single words ({@code MODULE}, {@code
 * prime()}, {@code fallback()}), while operation methods and constants are named after interface
 * and operation ({@code cacheGet}, {@code CACHE_GET}), always two words or more.
 */
final class HolderWriter {
  static final String MODULE_FIELD = "MODULE";
  static final String STATISTICS_FIELD = "STATISTICS";
  static final String INSTANCE_FIELD = "INSTANCE";
  static final String FAILURE_FIELD = "FAILURE";
  static final String HOLDER_FIELD = "HOLDER";
  static final String INSTANCE_CLASS = "Instance";

  /** The fallback's index in the statistics: after the operations. */
  static final String FALLBACK_CONSTANT = "FALLBACK";

  /** Public: the companion's fallback adapter calls it. */
  static final String FALLBACK_METHOD = "fallback";

  /** Public: {@code Gateway.train()} calls it. */
  static final String WARMUP_METHOD = "warmup";

  /** Public: {@code Gateway.prime()} calls it. */
  static final String PRIME_METHOD = "prime";

  private static final String INSTANCE_METHOD = "instance";

  private final SourceFiles files;
  private final Accessibility accessibility;

  HolderWriter(SourceFiles files, Accessibility accessibility) {
    this.files = files;
    this.accessibility = accessibility;
  }

  JavaFile write(ModuleModel module) {
    ClassName holder = module.holder();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(holder)
            .addModifiers(FINAL)
            .addOriginatingElement(module.element())
            .addJavadoc(javadoc(module));
    if (accessibility.isPublic(module.element())) {
      type.addModifiers(PUBLIC);
    }
    AnnotationSpec suppress =
        SourceFiles.suppressWarnings(SignatureTypes.suppressedWarnings(module.element()));
    if (suppress != null) {
      type.addAnnotation(suppress); // a deprecated module class: its holder declares and builds it
    }
    for (int i = 0; i < module.operations().size(); i++) {
      OperationModel operation = module.operations().get(i);
      if (!operation.hotPath()) {
        type.addField(
            FieldSpec.builder(
                    int.class,
                    GatewayNames.operationConstant(module, operation),
                    PRIVATE,
                    STATIC,
                    FINAL)
                .initializer("$L", i)
                .build());
      }
    }
    if (module.fallback() != null) {
      type.addField(
          FieldSpec.builder(int.class, FALLBACK_CONSTANT, PRIVATE, STATIC, FINAL)
              .initializer("$L", module.operations().size())
              .build());
    }
    type.addField(
        FieldSpec.builder(MODULE_RUNTIME, MODULE_FIELD, PRIVATE, STATIC, FINAL)
            .initializer(registration(module, holder))
            .build());
    if (module.hasCountedOperation()) {
      type.addField(
          FieldSpec.builder(CALL_STATISTICS, STATISTICS_FIELD, PRIVATE, STATIC, FINAL)
              .initializer("$N.statistics()", MODULE_FIELD)
              .build());
    }
    if (module.releasable()) {
      type.addField(releasableHolder(module));
    } else if (module.needsInstance() && module.instanceBuiltOnDemand()) {
      type.addType(instanceClass(module));
    } else if (module.needsInstance()) {
      addInstanceFields(type, module);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    OperationMethodWriter methods = new OperationMethodWriter(module);
    for (OperationModel operation : module.operations()) {
      type.addMethod(methods.write(operation));
    }
    if (module.fallback() != null) {
      type.addMethod(methods.writeFallback(module.fallback()));
    }
    if (module.needsInstance()) {
      type.addMethod(prime(module));
    }
    if (module.warmup() != null) {
      type.addMethod(warmup(module));
    }
    if (module.needsInstance() && !module.releasable()) {
      type.addMethod(instanceMethod(module));
    }
    return files.file(holder.packageName(), type);
  }

  /**
   * {@code ModuleRuntime.register(...)}, naming the counters in their order: gateways compiled
   * against another version of the module find its operations by these names.
   */
  private static CodeBlock registration(ModuleModel module, ClassName holder) {
    CodeBlock.Builder call =
        CodeBlock.builder()
            .add(
                "$T.register($Z$T.class,$W$S,$W$S",
                MODULE_RUNTIME,
                holder,
                module.interfaceId(),
                module.type().canonicalName());
    for (OperationModel operation : module.operations()) {
      call.add(",$W$S", operation.name());
    }
    if (module.fallback() != null) {
      call.add(",$W$S", FallbackModel.STATISTICS_NAME);
    }
    return call.add(")").build();
  }

  private static CodeBlock javadoc(ModuleModel module) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The holder of {@link $T},$Linterface {@code $L}:\n",
                module.type(),
                GatewayNames.javadocSpace(
                    0,
                    ("The holder of {@link }, interface {@code }:"
                            + GatewayNames.nestedName(module.type())
                            + module.interfaceId())
                        .length()),
                module.interfaceId());
    if (!module.needsInstance()) {
      doc.add("counts the calls of its static operations.\n");
    } else if (module.releasable()) {
      doc.add(
          "builds it on first use, releases it by policy {@code $L} and counts its calls.\n",
          module.unload().name());
    } else {
      doc.add("builds it once, on first use, and counts its calls.\n");
    }
    return doc.add("Every gateway that includes the interface calls these methods.\n").build();
  }

  /**
   * {@code INSTANCE} and {@code FAILURE}, built by the static initializer of the class they are in.
   */
  private static void addInstanceFields(TypeSpec.Builder type, ModuleModel module) {
    // Module.create() follows the locals, and the module's name is the user's (a lower-case class
    // or package name is legal): the locals avoid it as an operation method's parameters do, and
    // the fields the block assigns.
    List<String> taken = new ArrayList<>(OperationMethodWriter.reservedNames(module));
    taken.addAll(List.of(INSTANCE_FIELD, FAILURE_FIELD));
    NameAllocator locals = GatewayNames.allocatorAvoiding(taken);
    String instance = locals.newName("instance");
    String failure = locals.newName("failure");
    String start = locals.newName("start");
    String caught = locals.newName("e");
    type.addField(FieldSpec.builder(module.type(), INSTANCE_FIELD, PRIVATE, STATIC, FINAL).build())
        .addField(FieldSpec.builder(Throwable.class, FAILURE_FIELD, PRIVATE, STATIC, FINAL).build())
        .addStaticBlock(
            CodeBlock.builder()
                .addStatement("$T $N = null", module.type(), instance)
                .addStatement("$T $N = null", Throwable.class, failure)
                .addStatement("long $N = $N.constructionStarted()", start, MODULE_FIELD)
                .beginControlFlow("try")
                .addStatement("$N = $L", instance, newInstance(module))
                // Any throwable: one escaping a static initializer would make every later call
                // fail with NoClassDefFoundError, which does not name the module.
                .nextControlFlow("catch ($T $N)", Throwable.class, caught)
                .addStatement("$N = $N", failure, caught)
                .addStatement("$N.constructionFailed($N)", MODULE_FIELD, caught)
                .nextControlFlow("finally")
                .addStatement("$N.constructionEnded($N, $N != null)", MODULE_FIELD, start, instance)
                .endControlFlow()
                .addStatement("$N = $N", INSTANCE_FIELD, instance)
                .addStatement("$N = $N", FAILURE_FIELD, failure)
                .build());
  }

  private static TypeSpec instanceClass(ModuleModel module) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(INSTANCE_CLASS)
            .addModifiers(PRIVATE, STATIC, FINAL)
            .addJavadoc(
                "Builds {@link $T} when an operation first needs the instance (the JVM runs this\n"
                    + "initializer once, on first access), not when a static or cached operation runs.\n",
                module.type());
    addInstanceFields(type, module);
    return type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build()).build();
  }

  /**
   * {@code instance()}: the built instance, or the construction failure (or cycle) as a
   * GatewayException.
   */
  private static MethodSpec instanceMethod(ModuleModel module) {
    String owner = module.instanceBuiltOnDemand() ? INSTANCE_CLASS + "." : "";
    return MethodSpec.methodBuilder(INSTANCE_METHOD)
        .addModifiers(PRIVATE, STATIC)
        .returns(module.type())
        .addStatement("$T instance = $L$N", module.type(), owner, INSTANCE_FIELD)
        .beginControlFlow("if (instance == null)")
        .addComment(
            "Its constructor failed, or it is being built further up this thread's stack (a cycle).")
        .addStatement("throw $N.unavailable($L$N)", MODULE_FIELD, owner, FAILURE_FIELD)
        .endControlFlow()
        .addStatement("return instance")
        .build();
  }

  /**
   * {@code HOLDER = new ModuleHolder<>(MODULE, policy) { create() }}: written out rather than as a
   * JavaPoet anonymous class, which repeats the type argument that the diamond infers from the
   * field (legal for anonymous classes since Java 9, the type being denotable), so that the line
   * stays within 100 columns for long nested module names.
   */
  private static FieldSpec releasableHolder(ModuleModel module) {
    ParameterizedTypeName holderType = ParameterizedTypeName.get(MODULE_HOLDER, module.type());
    CodeBlock policy =
        module.unload() == Unload.IDLE
            ? CodeBlock.of(
                "$T.$L,$W$LL", UNLOAD_POLICY, module.unload().name(), module.idleSeconds())
            : CodeBlock.of("$T.$L,$W0L", UNLOAD_POLICY, module.unload().name());
    CodeBlock anonymous =
        CodeBlock.builder()
            .add("new $T<>($Z$N,$W$L) {\n", MODULE_HOLDER, MODULE_FIELD, policy)
            .indent()
            .add("@$T\n", Override.class)
            .add("protected $T create() throws $T {\n", module.type(), Exception.class)
            .indent()
            .addStatement("return $L", newInstance(module))
            .unindent()
            .add("}\n")
            .unindent()
            .add("}")
            .build();
    return FieldSpec.builder(holderType, HOLDER_FIELD, PRIVATE, STATIC, FINAL)
        .initializer(anonymous)
        .build();
  }

  private static CodeBlock newInstance(ModuleModel module) {
    return module.construction() == ModuleModel.Construction.FACTORY
        ? CodeBlock.of("$T.create()", module.type())
        : CodeBlock.of("new $T()", module.type());
  }

  /**
   * {@code warmup()}: the module's {@code @GatewayWarmup} method, through the holder like an
   * operation (building the module first), but not counted; checked exceptions wrapped.
   */
  private static MethodSpec warmup(ModuleModel module) {
    WarmupModel warmup = module.warmup();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(WARMUP_METHOD)
            .addJavadoc(
                "Runs {@link $T#$L()}, the module's warm-up,\nfor {@code Gateway.train()}; not"
                    + " counted.\n",
                module.type(),
                warmup.methodName())
            .addModifiers(PUBLIC, STATIC);
    CodeBlock.Builder body = CodeBlock.builder();
    if (warmup.throwsChecked()) {
      body.beginControlFlow("try");
    }
    if (warmup.isStatic()) {
      body.addStatement("$T.$N()", module.type(), warmup.methodName());
    } else if (module.releasable()) {
      body.addStatement("$T module = $N.acquire()", module.type(), HOLDER_FIELD)
          .beginControlFlow("try")
          .addStatement("module.$N()", warmup.methodName())
          .nextControlFlow("finally")
          .addStatement("$N.afterCall()", HOLDER_FIELD)
          .endControlFlow();
    } else {
      body.addStatement("$N().$N()", INSTANCE_METHOD, warmup.methodName());
    }
    if (warmup.throwsChecked()) {
      body.nextControlFlow("catch ($T | $T e)", RuntimeException.class, Error.class)
          .addStatement("throw e")
          .nextControlFlow("catch ($T e)", Exception.class)
          .addStatement(
              "throw $T.failed($S, $S, e)",
              RuntimeNames.FAILURES,
              module.interfaceId(),
              module.interfaceId() + ".warmup")
          .endControlFlow();
    }
    return method.addCode(body.build()).build();
  }

  private static MethodSpec prime(ModuleModel module) {
    MethodSpec.Builder prime =
        MethodSpec.methodBuilder(PRIME_METHOD)
            .addJavadoc("Builds the module now if it is not built yet, as its first call would.\n")
            .addModifiers(PUBLIC, STATIC);
    if (module.releasable()) {
      prime.addStatement("$N.acquire()", HOLDER_FIELD).addStatement("$N.afterCall()", HOLDER_FIELD);
    } else {
      prime.addStatement("$N()", INSTANCE_METHOD);
    }
    return prime.build();
  }

  /** An expression for the instance of a NEVER module. */
  static CodeBlock instance() {
    return CodeBlock.of("$N()", INSTANCE_METHOD);
  }
}
