package dev.suga.processor;

import static dev.suga.processor.RuntimeNames.MODULE_CONSTRUCTION;
import static dev.suga.processor.RuntimeNames.MODULE_HOLDER;
import static dev.suga.processor.RuntimeNames.RUNTIME_FIELD;
import static dev.suga.processor.RuntimeNames.STATISTICS_FIELD;
import static dev.suga.processor.RuntimeNames.UNLOAD_POLICY;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PROTECTED;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.suga.annotations.GatewayModule.Unload;

/**
 * How generated code reaches a module instance. {@link Unload#NEVER} modules use the
 * initialization-on-demand holder idiom: the JVM builds the instance exactly once, when an
 * operation first touches the holder class, and afterwards the read is a constant the JIT
 * folds away. Every other policy uses the runtime's {@code ModuleHolder}, which can release.
 */
final class ModuleAccessWriter {
  private final GatewayNames names;

  ModuleAccessWriter(GatewayNames names) {
    this.names = names;
  }

  /** Whether calls go through the runtime's releasable holder ({@code acquire}/{@code afterCall}). */
  static boolean releasable(ModuleModel module) {
    return module.unload() != Unload.NEVER;
  }

  /** The holder class of {@code module}, or null when it needs no instance. */
  TypeSpec holder(ModuleModel module, int interfaceIndex) {
    if (module.construction() == ModuleModel.Construction.NONE) {
      return null;
    }
    return releasable(module) ? releasableHolder(module, interfaceIndex) : onDemandHolder(module, interfaceIndex);
  }

  /** An expression for the instance of a NEVER module; throws a clear error when it could not be built. */
  CodeBlock instance(ModuleModel module) {
    return CodeBlock.of("$T.instance()", names.holder(module));
  }

  /** An expression for the releasable holder of a module. */
  CodeBlock releasableHolder(ModuleModel module) {
    return CodeBlock.of("$T.HOLDER", names.holder(module));
  }

  private CodeBlock newInstance(ModuleModel module) {
    return module.construction() == ModuleModel.Construction.FACTORY
        ? CodeBlock.of("$T.create()", module.type())
        : CodeBlock.of("new $T()", module.type());
  }

  private TypeSpec onDemandHolder(ModuleModel module, int interfaceIndex) {
    ClassName type = module.type();
    String id = module.interfaceId();
    CodeBlock initializer =
        CodeBlock.builder()
            .addStatement("$T instance = null", type)
            .addStatement("$T failure = null", Throwable.class)
            .addStatement("long start = $T.nanoTime()", System.class)
            .addStatement("$T.enter($S)", MODULE_CONSTRUCTION, id)
            .beginControlFlow("try")
            .addStatement("instance = $L", newInstance(module))
            .nextControlFlow("catch ($T e)", Exception.class)
            .addStatement("failure = e")
            .nextControlFlow("finally")
            .addStatement("$T.exit($S)", MODULE_CONSTRUCTION, id)
            .endControlFlow()
            .addStatement("INSTANCE = instance")
            .addStatement("FAILURE = failure")
            .beginControlFlow("if (instance != null)")
            .addStatement("$N.moduleLoaded($L, $T.nanoTime() - start)", STATISTICS_FIELD, interfaceIndex, System.class)
            .endControlFlow()
            .build();
    return TypeSpec.classBuilder(names.holder(module))
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc(
            "Builds {@link $T} when an operation first needs it: the JVM runs this class's initializer\n"
                + "once, on first access, and never again (the initialization-on-demand holder idiom).\n",
            type)
        .addField(FieldSpec.builder(type, "INSTANCE", PRIVATE, STATIC, FINAL).build())
        .addField(FieldSpec.builder(Throwable.class, "FAILURE", PRIVATE, STATIC, FINAL).build())
        .addStaticBlock(initializer)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("instance")
                .addModifiers(STATIC)
                .returns(type)
                .addStatement("$T instance = INSTANCE", type)
                .beginControlFlow("if (instance == null)")
                .addComment("Its constructor failed, or it is being built further up this thread's stack (a cycle).")
                .addStatement("throw $T.unavailable($S, FAILURE)", MODULE_CONSTRUCTION, id)
                .endControlFlow()
                .addStatement("return instance")
                .build())
        .build();
  }

  private TypeSpec releasableHolder(ModuleModel module, int interfaceIndex) {
    ClassName type = module.type();
    TypeSpec anonymous =
        TypeSpec.anonymousClassBuilder(
                "$N, $L, $S, $T.$L, $LL",
                RUNTIME_FIELD, interfaceIndex, module.interfaceId(), UNLOAD_POLICY, module.unload().name(), module.idleSeconds())
            .superclass(ParameterizedTypeName.get(MODULE_HOLDER, type))
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addAnnotation(Override.class)
                    .addModifiers(PROTECTED)
                    .returns(type)
                    .addException(Exception.class)
                    .addStatement("return $L", newInstance(module))
                    .build())
            .build();
    return TypeSpec.classBuilder(names.holder(module))
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc(
            "Holds {@link $T}, built on first use and released by policy {@code $L}; the holder itself\n"
                + "is created only when an operation of the interface first runs.\n",
            type, module.unload().name())
        .addField(
            FieldSpec.builder(ParameterizedTypeName.get(MODULE_HOLDER, type), "HOLDER", STATIC, FINAL)
                .initializer("$L", anonymous)
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .build();
  }
}
