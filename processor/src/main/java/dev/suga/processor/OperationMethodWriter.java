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

import static dev.suga.processor.HolderWriter.HOLDER_FIELD;
import static dev.suga.processor.HolderWriter.MODULE_FIELD;
import static dev.suga.processor.HolderWriter.STATISTICS_FIELD;
import static dev.suga.processor.RuntimeNames.ARGUMENTS;
import static dev.suga.processor.RuntimeNames.CALL_STATISTICS;
import static dev.suga.processor.RuntimeNames.RESULT_CACHE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.suga.processor.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one operation's method in its module's holder ({@code CacheCore_Holder.cacheGet(String
 * key)}), the method every gateway's typed method and {@code execute} adapter calls: a direct call
 * for hot paths; otherwise the call counted (and sampled for time) in the module's statistics, and
 * for cached operations, a cache look-up before the module is touched.
 */
final class OperationMethodWriter {
  private final ModuleModel module;

  OperationMethodWriter(ModuleModel module) {
    this.module = module;
  }

  /** The method of one of the module's operations. */
  MethodSpec write(OperationModel operation) {
    return write(
        operation,
        GatewayNames.typedMethod(module, operation),
        GatewayNames.operationConstant(module, operation),
        javadoc(operation));
  }

  /**
   * The method of the module's fallback, {@code fallback(String operation, Object[] arguments)}.
   */
  MethodSpec writeFallback(FallbackModel fallback) {
    OperationModel operation = fallback.asOperation();
    return write(
        operation,
        HolderWriter.FALLBACK_METHOD,
        HolderWriter.FALLBACK_CONSTANT,
        CodeBlock.of(
            "Calls {@link $T#$L(String,Object[])}\nfor the names interface {@code $L} does not declare,\n"
                + "counted as {@code $L.*}.\n",
            module.type(),
            fallback.methodName(),
            module.interfaceId(),
            module.interfaceId()));
  }

  private MethodSpec write(OperationModel operation, String name, String index, CodeBlock javadoc) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(PUBLIC, STATIC)
            .returns(operation.returnType())
            .addExceptions(operation.thrownTypes())
            .varargs(operation.varargs())
            .addJavadoc(javadoc);
    NameAllocator locals = GatewayNames.allocatorAvoiding(reservedNames(module));
    for (ParameterModel parameter : operation.parameters()) {
      method.addParameter(parameter.type(), locals.newName(parameter.name(), parameter));
    }
    if (operation.hotPath()) {
      method.addCode(call(operation, locals, null));
    } else {
      method.addCode(counted(operation, index, locals));
    }
    List<String> warnings = new ArrayList<>(operation.callWarnings());
    if (operation.cached() && operation.uncheckedResultCast()) {
      warnings.add("unchecked");
    }
    AnnotationSpec suppress = SourceFiles.suppressWarnings(warnings);
    if (suppress != null) {
      method.addAnnotation(suppress);
    }
    if (operation.varargs() && operation.safeVarargs()) {
      method.addAnnotation(SafeVarargs.class);
    }
    return method.build();
  }

  /**
   * The names a parameter or local of an operation method must not have, taken before the source
   * parameters so that those are renamed ({@code int CallStatistics} -> {@code CallStatistics_}):
   * the holder's fields that the body reads by simple name, and the {@link
   * GatewayNames#qualifierNames} of every type the body calls a static member of (the module class,
   * for static operations and the factory; the runtime's {@code CallStatistics.NOT_SAMPLED} and
   * {@code ResultCache.MISS}). Types in declarations, casts and {@code catch} clauses need no
   * entry: there a name can only be a type. The holder's other generated locals avoid them too.
   */
  static List<String> reservedNames(ModuleModel module) {
    List<String> names =
        new ArrayList<>(
            List.of(
                MODULE_FIELD,
                STATISTICS_FIELD,
                HOLDER_FIELD,
                HolderWriter.INSTANCE_CLASS,
                HolderWriter.FALLBACK_CONSTANT));
    for (OperationModel other : module.operations()) {
      names.add(GatewayNames.operationConstant(module, other));
    }
    names.addAll(GatewayNames.qualifierNames(module.type()));
    names.addAll(GatewayNames.qualifierNames(CALL_STATISTICS));
    names.addAll(GatewayNames.qualifierNames(RESULT_CACHE));
    return names;
  }

  private CodeBlock javadoc(OperationModel operation) {
    // The first line is "Calls {@link Module#method(A,B)}" and the start of the sentence, when
    // that fits in 100 columns; else the link starts the next line.
    String rest;
    if (operation.hotPath() && module.releasable() && !operation.isStatic()) {
      rest =
          " between {@code acquire()} and\n{@code afterCall()} of the releasable holder: the hot"
              + " path, not counted in the statistics.\n";
    } else if (operation.hotPath()) {
      rest = " directly:\nthe hot path, not counted in the statistics.\n";
    } else if (operation.cached()) {
      rest =
          ",\ncounted, unless a result of the last "
              + operation.cacheTtlSeconds()
              + " seconds for equal arguments is cached.\n";
    } else {
      rest = ",\ncounted in the statistics.\n";
    }
    int firstLine =
        ("Calls {@link #()}"
                + GatewayNames.nestedName(module.type())
                + operation.methodName()
                + GatewayNames.linkParametersText(operation)
                + rest.substring(0, rest.indexOf('\n')))
            .length();
    return CodeBlock.builder()
        .add(
            "Calls$L{@link $T#$L($L)}",
            GatewayNames.javadocSpace(1, firstLine),
            module.type(),
            operation.methodName(),
            GatewayNames.linkParameters(operation))
        .add("$L", rest)
        .build();
  }

  /** The body of a non-hot operation: statistics around the (possibly cached) call. */
  private CodeBlock counted(OperationModel operation, String index, NameAllocator locals) {
    String start = locals.newName("start");
    String failure = locals.newName("failure");
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("long $N = $N.begin($N)", start, STATISTICS_FIELD, index)
            .beginControlFlow("try");
    if (operation.cached()) {
      body.add(cachedCall(operation, index, locals));
    } else {
      body.add(call(operation, locals, null));
    }
    return body.nextControlFlow("catch ($T $N)", Throwable.class, failure)
        .addStatement("$N.error($N)", STATISTICS_FIELD, index)
        .addStatement("throw $N", failure)
        .nextControlFlow("finally")
        // Checked here, not only in end(): C2 compiles end() on its own with the timed path
        // inlined, then finds it "already compiled into a big method" and calls it out of line
        // on every counted call. Untimed calls now never leave the method.
        .beginControlFlow("if ($N != $T.NOT_SAMPLED)", start, CALL_STATISTICS)
        .addStatement("$N.end($N, $N)", STATISTICS_FIELD, index, start)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private CodeBlock cachedCall(OperationModel operation, String index, NameAllocator locals) {
    String arguments = locals.newName("arguments");
    String cached = locals.newName("cached");
    String result = locals.newName("result");
    TypeName returnType = operation.returnType();
    CodeBlock.Builder body = CodeBlock.builder();
    if (operation.parameters().isEmpty()) {
      body.addStatement("$T[] $N = $T.NONE", Object.class, arguments, ARGUMENTS);
    } else {
      body.addStatement("$T[] $N = {$L}", Object.class, arguments, argumentList(operation, locals));
    }
    return body.addStatement(
            "$T $N = $N.resultCache().lookup($N,$W$N)",
            Object.class,
            cached,
            MODULE_FIELD,
            index,
            arguments)
        .beginControlFlow("if ($N != $T.MISS)", cached, RESULT_CACHE)
        .addStatement("$N.cacheHit($N)", STATISTICS_FIELD, index)
        .addStatement(
            "return ($T) $N", returnType.isPrimitive() ? returnType.box() : returnType, cached)
        .endControlFlow()
        .addStatement("$N.cacheMiss($N)", STATISTICS_FIELD, index)
        .addStatement("$T $N", returnType, result)
        .add(call(operation, locals, result))
        .addStatement(
            "$N.resultCache().store($N, $N, $N, $LL)",
            MODULE_FIELD,
            index,
            arguments,
            result,
            operation.cacheTtlSeconds())
        .addStatement("return $N", result)
        .build();
  }

  /**
   * The call itself. With {@code resultVariable} null the statement returns the result (or just
   * calls, for void); otherwise it assigns the result to that declared variable.
   */
  private CodeBlock call(OperationModel operation, NameAllocator locals, String resultVariable) {
    CodeBlock arguments = argumentList(operation, locals);
    if (operation.isStatic()) {
      return statement(
          operation,
          CodeBlock.of("$T.$N($L)", module.type(), operation.methodName(), arguments),
          resultVariable);
    }
    if (!module.releasable()) {
      return statement(
          operation,
          CodeBlock.of("$L.$N($L)", HolderWriter.instance(), operation.methodName(), arguments),
          resultVariable);
    }
    String instance = locals.newName("module");
    return CodeBlock.builder()
        .addStatement("$T $N = $N.acquire()", module.type(), instance, HOLDER_FIELD)
        .beginControlFlow("try")
        .add(
            statement(
                operation,
                CodeBlock.of("$N.$N($L)", instance, operation.methodName(), arguments),
                resultVariable))
        .nextControlFlow("finally")
        .addStatement("$N.afterCall()", HOLDER_FIELD)
        .endControlFlow()
        .build();
  }

  private static CodeBlock statement(
      OperationModel operation, CodeBlock call, String resultVariable) {
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
      out.add(i == 0 ? "$N" : ",$W$N", locals.get(operation.parameters().get(i)));
    }
    return out.build();
  }
}
