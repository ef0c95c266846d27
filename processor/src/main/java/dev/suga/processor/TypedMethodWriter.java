package dev.suga.processor;

import static dev.suga.processor.RuntimeNames.GATEWAY_STATISTICS;
import static dev.suga.processor.RuntimeNames.NO_ARGUMENTS_FIELD;
import static dev.suga.processor.RuntimeNames.RESULT_CACHE;
import static dev.suga.processor.RuntimeNames.RUNTIME_FIELD;
import static dev.suga.processor.RuntimeNames.STATISTICS_FIELD;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.suga.processor.OperationModel.ParameterModel;

/**
 * Writes the typed static method of one operation ({@code Gateway.cacheGet(String key)}): a
 * direct call for hot paths; otherwise the call counted (and sampled for time) in statistics,
 * and for cached operations, a cache look-up before the module is touched.
 */
final class TypedMethodWriter {
  private final ModuleAccessWriter access;

  TypedMethodWriter(ModuleAccessWriter access) {
    this.access = access;
  }

  MethodSpec write(ModuleModel module, OperationModel operation, int operationIndex) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(GatewayNames.typedMethod(module, operation))
            .addModifiers(PUBLIC, STATIC)
            .returns(operation.returnType())
            .addExceptions(operation.thrownTypes())
            .varargs(operation.varargs())
            .addJavadoc(javadoc(module, operation));
    NameAllocator locals = new NameAllocator();
    for (ParameterModel parameter : operation.parameters()) {
      method.addParameter(parameter.type(), locals.newName(parameter.name(), parameter));
    }
    if (operation.hotPath()) {
      method.addCode(call(module, operation, locals, null));
    } else {
      method.addCode(counted(module, operation, operationIndex, locals));
    }
    if (operation.cached() && operation.uncheckedResultCast()) {
      method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    return method.build();
  }

  private static CodeBlock javadoc(ModuleModel module, OperationModel operation) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Operation {@code $L}: calls {@link $T#$L($L)}.\n",
            GatewayNames.qualifiedName(module, operation), module.type(), operation.methodName(),
            linkParameters(operation));
    if (operation.hotPath()) {
      doc.add("\n<p>Hot path: a direct call, not counted in the statistics.\n");
    }
    if (operation.cached()) {
      doc.add("\n<p>Cached: a result is reused for $L seconds per distinct arguments; a hit does not\n"
          + "touch the module.\n", operation.cacheTtlSeconds());
    }
    return doc.build();
  }

  /** The erased parameter types, as a Javadoc {@code @link} needs them. */
  private static CodeBlock linkParameters(OperationModel operation) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (int i = 0; i < operation.parameters().size(); i++) {
      ParameterModel parameter = operation.parameters().get(i);
      out.add(i == 0 ? "$T" : ", $T", parameter.isPrimitive() ? parameter.type() : parameter.erasure());
    }
    return out.build();
  }

  /** The body of a non-hot operation: statistics around the (possibly cached) call. */
  private CodeBlock counted(ModuleModel module, OperationModel operation, int index, NameAllocator locals) {
    String start = locals.newName("start");
    String failure = locals.newName("failure");
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("long $N = $N.begin($L)", start, STATISTICS_FIELD, index)
        .beginControlFlow("try");
    if (operation.cached()) {
      body.add(cachedCall(module, operation, index, locals));
    } else {
      body.add(call(module, operation, locals, null));
    }
    return body
        .nextControlFlow("catch ($T $N)", Throwable.class, failure)
        .addStatement("$N.error($L)", STATISTICS_FIELD, index)
        .addStatement("throw $N", failure)
        .nextControlFlow("finally")
        // Checked here, not only in end(): C2 compiles end() on its own with the timed path
        // inlined, then finds it "already compiled into a big method" and calls it out of line
        // on every counted call. Untimed calls now never leave the typed method.
        .beginControlFlow("if ($N != $T.NOT_SAMPLED)", start, GATEWAY_STATISTICS)
        .addStatement("$N.end($L, $N)", STATISTICS_FIELD, index, start)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private CodeBlock cachedCall(ModuleModel module, OperationModel operation, int index, NameAllocator locals) {
    String arguments = locals.newName("arguments");
    String cached = locals.newName("cached");
    String result = locals.newName("result");
    TypeName returnType = operation.returnType();
    CodeBlock.Builder body = CodeBlock.builder();
    if (operation.parameters().isEmpty()) {
      body.addStatement("$T[] $N = $N", Object.class, arguments, NO_ARGUMENTS_FIELD);
    } else {
      body.addStatement("$T[] $N = {$L}", Object.class, arguments, argumentList(operation, locals));
    }
    return body
        .addStatement("$T $N = $N.resultCache().lookup($L, $N)", Object.class, cached, RUNTIME_FIELD, index, arguments)
        .beginControlFlow("if ($N != $T.MISS)", cached, RESULT_CACHE)
        .addStatement("$N.cacheHit($L)", STATISTICS_FIELD, index)
        .addStatement("return ($T) $N", returnType.isPrimitive() ? returnType.box() : returnType, cached)
        .endControlFlow()
        .addStatement("$N.cacheMiss($L)", STATISTICS_FIELD, index)
        .addStatement("$T $N", returnType, result)
        .add(call(module, operation, locals, result))
        .addStatement("$N.resultCache().store($L, $N, $N, $LL)", RUNTIME_FIELD, index, arguments, result,
            operation.cacheTtlSeconds())
        .addStatement("return $N", result)
        .build();
  }

  /**
   * The call itself. With {@code resultVariable} null the statement returns the result (or
   * just calls, for void); otherwise it assigns the result to that declared variable.
   */
  private CodeBlock call(ModuleModel module, OperationModel operation, NameAllocator locals, String resultVariable) {
    CodeBlock arguments = argumentList(operation, locals);
    if (operation.isStatic()) {
      return statement(operation, CodeBlock.of("$T.$N($L)", module.type(), operation.methodName(), arguments), resultVariable);
    }
    if (!ModuleAccessWriter.releasable(module)) {
      return statement(operation,
          CodeBlock.of("$L.$N($L)", access.instance(module), operation.methodName(), arguments), resultVariable);
    }
    String instance = locals.newName("module");
    CodeBlock holder = access.releasableHolder(module);
    return CodeBlock.builder()
        .addStatement("$T $N = $L.acquire()", module.type(), instance, holder)
        .beginControlFlow("try")
        .add(statement(operation, CodeBlock.of("$N.$N($L)", instance, operation.methodName(), arguments), resultVariable))
        .nextControlFlow("finally")
        .addStatement("$L.afterCall()", holder)
        .endControlFlow()
        .build();
  }

  private static CodeBlock statement(OperationModel operation, CodeBlock call, String resultVariable) {
    if (resultVariable != null) {
      return CodeBlock.builder().addStatement("$N = $L", resultVariable, call).build();
    }
    if (operation.returnsVoid()) {
      return CodeBlock.builder().addStatement("$L", call).build();
    }
    return CodeBlock.builder().addStatement("return $L", call).build();
  }

  private static CodeBlock argumentList(OperationModel operation, NameAllocator locals) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (int i = 0; i < operation.parameters().size(); i++) {
      out.add(i == 0 ? "$N" : ", $N", locals.get(operation.parameters().get(i)));
    }
    return out.build();
  }
}
