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

import static dev.suga.processor.RuntimeNames.FAILURES;
import static dev.suga.processor.RuntimeNames.GATEWAY_SCOPE;
import static dev.suga.processor.RuntimeNames.INTERFACE_INFO;
import static dev.suga.processor.RuntimeNames.OPERATION_INFO;
import static dev.suga.processor.RuntimeNames.PARAMETER_INFO;
import static dev.suga.processor.RuntimeNames.STATISTICS_SNAPSHOT;
import static dev.suga.processor.RuntimeNames.UNLOAD_POLICY;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.suga.annotations.GatewayModule.Unload;
import dev.suga.processor.GatewayModel.Entry;
import dev.suga.processor.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the gateway's package-private companion ({@code Gateway_Internals}): everything the API
 * file's methods delegate to and a reader of the API does not need. The operation ordinals as named
 * constants, the scope of the gateway's modules for the lifecycle methods, the metadata built on
 * first use, the index by name, the {@code execute} dispatch and argument adapters.
 */
final class CompanionWriter {
  static final String SCOPE_FIELD = "SCOPE";

  /** Largest estimated bytecode of one metadata method: far below the JIT's 8,000-byte limit. */
  private static final int METADATA_METHOD_BYTES = 4_000;

  /** Most operations one metadata method describes. */
  private static final int METADATA_METHOD_OPERATIONS = 64;

  private final GatewayNames names;
  private final SourceFiles files;
  private final DispatchWriter dispatch;

  CompanionWriter(GatewayNames names, SourceFiles files) {
    this.names = names;
    this.files = files;
    this.dispatch = new DispatchWriter(names);
  }

  JavaFile write(GatewayModel model) {
    List<Entry> entries = model.entries();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(names.companion())
            .addModifiers(FINAL)
            .addOriginatingElement(model.origin())
            .addJavadoc(
                "The machinery behind {@link $T}: dispatch, argument adapters, metadata. Not API: call\n"
                    + "{@code $L}.\n",
                names.gateway(),
                names.gateway().simpleName());
    for (ModuleModel module : model.modules()) {
      if (module.fromSource()) {
        type.addOriginatingElement(module.element());
      }
    }
    for (Entry entry : entries) {
      type.addField(
          FieldSpec.builder(
                  int.class,
                  GatewayNames.operationConstant(entry.module(), entry.operation()),
                  STATIC,
                  FINAL)
              .initializer("$L", entry.ordinal())
              .build());
    }
    type.addType(scope(model))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(statistics(model))
        .addMethod(interfaceInfo(model.modules()))
        .addMethods(operationInfo(entries))
        .addMethods(operationByName(model))
        .addMethods(dispatch.routers(entries.size()))
        .addTypes(dispatch.dispatchBlocks(entries));
    for (ModuleModel module : model.modules()) {
      type.addType(dispatch.adapters(module));
    }
    type.addType(byName());
    return files.file(names.companion().packageName(), type);
  }

  /**
   * {@code Modules.SCOPE}, in a class of its own: the lifecycle methods (called at the end of every
   * invocation, the first one included) then load only this small class, not the companion with its
   * metadata of every operation.
   */
  private TypeSpec scope(GatewayModel model) {
    CodeBlock.Builder modules = CodeBlock.builder();
    for (ModuleModel module : model.modules()) {
      modules.add(",\n$S", module.type().canonicalName());
    }
    return TypeSpec.classBuilder(names.scopeHolder())
        .addModifiers(STATIC, FINAL)
        .addField(
            FieldSpec.builder(GATEWAY_SCOPE, SCOPE_FIELD, STATIC, FINAL)
                .addJavadoc(
                    "The gateway's modules, in {@code Interface} order, found once their holders have"
                        + " loaded.\n")
                .initializer(
                    "new $T($T.class$>$>$L$<$<)", GATEWAY_SCOPE, names.gateway(), modules.build())
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .build();
  }

  /**
   * The statistics of the gateway's modules, with each interface's operations in order and its
   * fallback ({@code iface.*}) after them: the order of the holder's counters.
   */
  private MethodSpec statistics(GatewayModel model) {
    ClassName operationType = names.operationType();
    ClassName interfaceType = names.interfaceEnum();
    // Gateway.Operation.values(): see GatewayNames.locals().
    NameAllocator locals = names.locals();
    String operations = locals.newName("operations");
    String operation = locals.newName("operation");
    String fallback = locals.newName("fallback");
    String interfaces = locals.newName("interfaces");
    String gatewayInterface = locals.newName("gatewayInterface");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("statistics")
            .addModifiers(STATIC)
            .returns(STATISTICS_SNAPSHOT)
            .addStatement(
                "$T<$T> $N = new $T<>()", List.class, OPERATION_INFO, operations, ArrayList.class)
            .beginControlFlow("for ($T $N : $T.values())", operationType, operation, operationType)
            .addStatement("$N.add($N.info())", operations, operation);
    if (hasFallback(model)) {
      method
          .addStatement("$T $N = fallbackAfter($N.ordinal())", OPERATION_INFO, fallback, operation)
          .beginControlFlow("if ($N != null)", fallback)
          .addStatement("$N.add($N)", operations, fallback)
          .endControlFlow();
    }
    return method
        .endControlFlow()
        .addStatement(
            "$T<$T> $N = new $T<>()", List.class, INTERFACE_INFO, interfaces, ArrayList.class)
        .beginControlFlow(
            "for ($T $N : $T.values())", interfaceType, gatewayInterface, interfaceType)
        .addStatement("$N.add($N.info())", interfaces, gatewayInterface)
        .endControlFlow()
        .addStatement(
            "return $T.$N.snapshot($N, $N)",
            names.scopeHolder(),
            SCOPE_FIELD,
            operations,
            interfaces)
        .build();
  }

  private static boolean hasFallback(GatewayModel model) {
    return model.modules().stream().anyMatch(module -> module.fallback() != null);
  }

  /** The fallback of the interface whose last operation is {@code ordinal}, or null. */
  private static MethodSpec fallbackAfter(GatewayModel model) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("fallbackAfter")
            .addModifiers(PRIVATE, STATIC)
            .returns(OPERATION_INFO)
            .addParameter(int.class, "ordinal")
            .beginControlFlow("switch (ordinal)");
    for (ModuleModel module : model.modules()) {
      if (module.fallback() != null) {
        OperationModel last = module.operations().get(module.operations().size() - 1);
        method.addStatement(
            "case $N:$Wreturn $L",
            GatewayNames.operationConstant(module, last),
            newOperationInfo(module, module.fallback().asOperation()));
      }
    }
    return method.addStatement("default: return null").endControlFlow().build();
  }

  private MethodSpec interfaceInfo(List<ModuleModel> modules) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("interfaceInfo")
            .addModifiers(STATIC)
            .returns(INTERFACE_INFO)
            .addParameter(int.class, "ordinal")
            .beginControlFlow("switch (ordinal)");
    for (int i = 0; i < modules.size(); i++) {
      ModuleModel module = modules.get(i);
      method.addStatement(
          "case $L:$Wreturn new $T($S,$W$S,$W$T.$L,$W$LL)",
          i,
          INTERFACE_INFO,
          module.interfaceId(),
          module.type().canonicalName(),
          UNLOAD_POLICY,
          module.unload().name(),
          module.unload() == Unload.IDLE ? module.idleSeconds() : 0);
    }
    return method
        .addStatement("default: throw new $T(ordinal)", AssertionError.class)
        .endControlFlow()
        .build();
  }

  /**
   * {@code operationInfo(int)}: the metadata of one operation, built when first asked for. Split
   * into methods of at most {@link #METADATA_METHOD_OPERATIONS} operations and about {@link
   * #METADATA_METHOD_BYTES} bytes, so that 5,000 operations stay far from the method limits.
   */
  private List<MethodSpec> operationInfo(List<Entry> entries) {
    List<List<Entry>> groups = new ArrayList<>();
    List<Entry> group = new ArrayList<>();
    int bytes = 0;
    for (Entry entry : entries) {
      int size = 40 + 16 * entry.operation().parameters().size();
      if (!group.isEmpty()
          && (group.size() == METADATA_METHOD_OPERATIONS || bytes + size > METADATA_METHOD_BYTES)) {
        groups.add(group);
        group = new ArrayList<>();
        bytes = 0;
      }
      group.add(entry);
      bytes += size;
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    MethodSpec.Builder routes =
        MethodSpec.methodBuilder("operationInfo")
            .addModifiers(STATIC)
            .returns(OPERATION_INFO)
            .addParameter(int.class, "ordinal");
    if (groups.size() == 1) {
      return List.of(operationInfoSwitch(routes, groups.get(0)));
    }
    List<MethodSpec> parts = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Entry> part = groups.get(g);
      String name = "operationInfo" + g;
      if (g + 1 < groups.size()) {
        routes
            .beginControlFlow("if (ordinal < $L)", groups.get(g + 1).get(0).ordinal())
            .addStatement("return $N(ordinal)", name)
            .endControlFlow();
      } else {
        routes.addStatement("return $N(ordinal)", name);
      }
      parts.add(
          operationInfoSwitch(
              MethodSpec.methodBuilder(name)
                  .addModifiers(PRIVATE, STATIC)
                  .returns(OPERATION_INFO)
                  .addParameter(int.class, "ordinal"),
              part));
    }
    List<MethodSpec> out = new ArrayList<>();
    out.add(routes.build());
    out.addAll(parts);
    return out;
  }

  private static MethodSpec operationInfoSwitch(MethodSpec.Builder method, List<Entry> entries) {
    method.beginControlFlow("switch (ordinal)");
    for (Entry entry : entries) {
      method.addStatement(
          "case $N:$Wreturn $L",
          GatewayNames.operationConstant(entry.module(), entry.operation()),
          newOperationInfo(entry));
    }
    return method
        .addStatement("default: throw new $T(ordinal)", AssertionError.class)
        .endControlFlow()
        .build();
  }

  private static CodeBlock newOperationInfo(Entry entry) {
    return newOperationInfo(entry.module(), entry.operation());
  }

  private static CodeBlock newOperationInfo(ModuleModel module, OperationModel operation) {
    CodeBlock.Builder parameters = CodeBlock.builder();
    for (int i = 0; i < operation.parameters().size(); i++) {
      ParameterModel parameter = operation.parameters().get(i);
      String type = GatewayNames.metadataType(operation, i);
      // One parameter per line when they do not fit together; a parameter that does not fit on
      // a continuation line by itself (at column 10) wraps between its name and its type too.
      String text = "new ParameterInfo(\"" + parameter.name() + "\", \"" + type + "\")),";
      parameters
          .add(i == 0 ? "" : ",$W")
          .add(
              10 + text.length() <= 100 ? "new $T($S, $S)" : "new $T($S,$W$S)",
              PARAMETER_INFO,
              parameter.name(),
              type);
    }
    return CodeBlock.of(
        "new $T($S,$W$S,$W$L,$W$LL,$W$S,$W$T.of($L))",
        OPERATION_INFO,
        module.interfaceId(),
        operation.name(),
        operation.hotPath(),
        operation.cacheTtlSeconds(),
        operation.returnType().withoutAnnotations().toString(),
        List.class,
        parameters.build());
  }

  /**
   * {@code operation(name)}, which throws for an unknown name; with fallbacks, also {@code
   * operationOrNull(name)} and {@code fallback(name, arguments)}, which hands an unknown name to
   * its interface's fallback.
   */
  private List<MethodSpec> operationByName(GatewayModel model) {
    ClassName operation = names.operationType();
    List<MethodSpec> out = new ArrayList<>();
    out.add(
        MethodSpec.methodBuilder("operation")
            .addModifiers(STATIC)
            .returns(operation)
            .addParameter(String.class, "qualifiedName")
            .addStatement("$T operation = ByName.OPERATIONS.get(qualifiedName)", operation)
            .beginControlFlow("if (operation == null)")
            .addStatement("throw $T.unknownOperation(qualifiedName)", FAILURES)
            .endControlFlow()
            .addStatement("return operation")
            .build());
    if (!hasFallback(model)) {
      return out;
    }
    out.add(
        MethodSpec.methodBuilder("operationOrNull")
            .addModifiers(STATIC)
            .returns(operation)
            .addParameter(String.class, "qualifiedName")
            .addStatement("return ByName.OPERATIONS.get(qualifiedName)")
            .build());
    MethodSpec.Builder fallback =
        MethodSpec.methodBuilder(HolderWriter.FALLBACK_METHOD)
            .addJavadoc(
                "{@code execute(\"iface.op\", ...)} for a name that is no operation: the interface's fallback.\n")
            .addModifiers(STATIC)
            .returns(Object.class)
            .addParameter(String.class, "qualifiedName")
            .addParameter(Object[].class, "arguments")
            .addStatement("int dot = qualifiedName == null ? -1 : qualifiedName.indexOf('.')")
            .beginControlFlow("if (dot > 0)")
            .addStatement("String operation = qualifiedName.substring(dot + 1)")
            .beginControlFlow("switch (qualifiedName.substring(0, dot))");
    for (ModuleModel module : model.modules()) {
      if (module.fallback() != null) {
        fallback.addStatement(
            "case $S:$Wreturn $T.$N(operation,$Warguments)",
            module.interfaceId(),
            names.adapters(module),
            HolderWriter.FALLBACK_METHOD);
      }
    }
    out.add(
        fallback
            .addStatement("default: break")
            .endControlFlow()
            .endControlFlow()
            .addStatement("throw $T.unknownOperation(qualifiedName)", FAILURES)
            .build());
    out.add(fallbackAfter(model));
    return out;
  }

  private TypeSpec byName() {
    ClassName operation = names.operationType();
    TypeName map =
        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), operation);
    // Gateway.Operation.values(): see GatewayNames.locals().
    NameAllocator locals = names.locals();
    String all = locals.newName("all");
    String index = locals.newName("index");
    String each = locals.newName("operation");
    return TypeSpec.classBuilder("ByName")
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc(
            "Operations by qualified name, indexed on the first {@code execute(String, ...)}.\n")
        .addField(
            FieldSpec.builder(map, "OPERATIONS", STATIC, FINAL).initializer("index()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("index")
                .addModifiers(PRIVATE, STATIC)
                .returns(map)
                .addStatement("$T[] $N = $T.values()", operation, all, operation)
                .addStatement("$T $N = new $T<>($N.length * 2)", map, index, HashMap.class, all)
                .beginControlFlow("for ($T $N : $N)", operation, each, all)
                .addStatement("$N.put($N.qualifiedName(), $N)", index, each, each)
                .endControlFlow()
                .addStatement("return $N", index)
                .build())
        .build();
  }
}
