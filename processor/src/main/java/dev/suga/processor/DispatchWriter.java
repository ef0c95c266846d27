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

import static dev.suga.processor.RuntimeNames.ARGUMENTS;
import static dev.suga.processor.RuntimeNames.FAILURES;
import static dev.suga.processor.RuntimeNames.GATEWAY_EXCEPTION_IN_JAVADOC;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.suga.processor.GatewayModel.Entry;
import dev.suga.processor.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the universal {@code execute} entry points and what they route through, without
 * reflection: {@code execute(Operation, Object...)} in the API file picks the ordinal's block
 * (through a router in the companion when there are several), a {@code DispatchN} class of the
 * companion switches on the ordinal within the block, and each interface's {@code XxxAdapters}
 * class has one small adapter per operation that checks the arguments and calls the module's
 * holder, as the typed method does. Every generated method stays small however many operations
 * there are.
 */
final class DispatchWriter {
  private static final TypeName OBJECT = ClassName.get(Object.class);
  private static final TypeName OBJECT_ARRAY = ArrayTypeName.of(Object.class);

  private final GatewayNames names;

  DispatchWriter(GatewayNames names) {
    this.names = names;
  }

  /**
   * The public {@code execute} methods of the API file. With {@code fallbacks}, a name that is no
   * operation goes to its interface's fallback instead of failing.
   */
  List<MethodSpec> executeMethods(int operationCount, boolean fallbacks) {
    ClassName operation = names.operationType();
    MethodSpec.Builder byOperation =
        MethodSpec.methodBuilder(GatewayNames.EXECUTE)
            .addJavadoc(
                "Runs {@code operation} with positional arguments, as its typed method would; a primitive\n"
                    + "result is boxed, a void one is {@code null}. A varargs parameter takes an array.\n\n"
                    + "@throws $L if the arguments do not fit the operation's\n"
                    + "    signature, or to wrap a checked exception the operation threw; unchecked exceptions\n"
                    + "    pass through unchanged\n",
                GATEWAY_EXCEPTION_IN_JAVADOC)
            .addModifiers(PUBLIC, STATIC)
            .varargs(true)
            .returns(Object.class)
            .addParameter(operation, "operation")
            .addParameter(OBJECT_ARRAY, "arguments")
            .addStatement(
                "int ordinal = $T.requireNonNull(operation, $S).ordinal()",
                Objects.class,
                "operation")
            .addStatement(
                "return $L",
                route(operationCount, GatewayNames.EXECUTE, orNoArguments("arguments")));
    MethodSpec byName =
        MethodSpec.methodBuilder(GatewayNames.EXECUTE)
            .addJavadoc(
                "Runs the operation named {@code qualifiedName} (such as {@code \"cache.get\"}).\n\n"
                    + "@throws $L if there is no such operation, or as\n"
                    + "    {@link #execute(Operation, Object...)}\n",
                GATEWAY_EXCEPTION_IN_JAVADOC)
            .addModifiers(PUBLIC, STATIC)
            .varargs(true)
            .returns(Object.class)
            .addParameter(String.class, "qualifiedName")
            .addParameter(OBJECT_ARRAY, "arguments")
            .addCode(byName(fallbacks, CodeBlock.of("arguments"), orNoArguments("arguments")))
            .build();
    TypeName namedArguments =
        ParameterizedTypeName.get(
            ClassName.get(Map.class),
            ClassName.get(String.class),
            WildcardTypeName.subtypeOf(Object.class));
    MethodSpec byMap =
        MethodSpec.methodBuilder(GatewayNames.EXECUTE)
            .addJavadoc(
                "Runs {@code operation} with arguments by parameter name.\n\n"
                    + "<p>Note: {@code execute(op, map)} always means named arguments; to pass a {@code Map} as\n"
                    + "the single positional argument, write {@code execute(op, new Object[] {map})}.\n\n"
                    + "@throws $L if a parameter is missing or a name is unknown, or as\n"
                    + "    {@link #execute(Operation, Object...)}\n",
                GATEWAY_EXCEPTION_IN_JAVADOC)
            .addModifiers(PUBLIC, STATIC)
            .returns(Object.class)
            .addParameter(operation, "operation")
            .addParameter(namedArguments, "namedArguments")
            .addStatement("$T.requireNonNull(operation, $S)", Objects.class, "operation")
            .addStatement(
                "return execute(operation, $T.positional(operation.info(), namedArguments))",
                ARGUMENTS)
            .build();
    List<MethodSpec> out = new ArrayList<>(List.of(byOperation.build(), byName, byMap));
    for (int arity = 0; arity <= FIXED_ARITY_MAX; arity++) {
      out.addAll(fixedArity(operationCount, arity, fallbacks));
    }
    return out;
  }

  /**
   * {@code array == null ? Arguments.NONE : array}: {@code execute(op, (Object[]) null)} means no
   * arguments, and every call without arguments shares one empty array.
   */
  private static CodeBlock orNoArguments(String array) {
    return CodeBlock.of("$N == null ? $T.NONE : $N", array, ARGUMENTS, array);
  }

  /**
   * The body of an {@code execute(String, ...)}: the operation of that name with {@code arguments},
   * or (with {@code fallbacks}) the interface's fallback with {@code asArray}.
   */
  private CodeBlock byName(boolean fallbacks, CodeBlock arguments, CodeBlock asArray) {
    CodeBlock tail = arguments.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", arguments);
    if (!fallbacks) {
      return CodeBlock.builder()
          .addStatement("return execute($T.forName(qualifiedName)$L)", names.operationType(), tail)
          .build();
    }
    return CodeBlock.builder()
        .addStatement(
            "$T operation = $T.operationOrNull(qualifiedName)",
            names.operationType(),
            names.companion())
        .beginControlFlow("if (operation == null)")
        .addStatement(
            "return $T.$N(qualifiedName,$W$L)",
            names.companion(),
            HolderWriter.FALLBACK_METHOD,
            asArray)
        .endControlFlow()
        .addStatement("return execute(operation$L)", tail)
        .build();
  }

  /**
   * Operations with up to this many parameters also get {@code execute} overloads with that many
   * {@code Object} parameters: javac prefers them to varargs, so the common calls build no {@code
   * Object[]}. Measured with the dispatch benchmarks, the array and its boxing cost as much as a
   * whole {@code Map<String, Function>} dispatch (docs/performance.md).
   */
  static final int FIXED_ARITY_MAX = 4;

  /**
   * {@code execute(Operation, Object a0, ...)} and {@code execute(String, Object a0, ...)} for one
   * arity.
   */
  private List<MethodSpec> fixedArity(int operationCount, int arity, boolean fallbacks) {
    ClassName operation = names.operationType();
    CodeBlock arguments = fixedArguments(arity);
    MethodSpec.Builder byOperation =
        MethodSpec.methodBuilder(GatewayNames.EXECUTE)
            .addJavadoc(
                arity == 0
                    ? CodeBlock.of(
                        "Runs {@code operation}, an operation without parameters, as its typed method"
                            + " would:\nwhat {@link #execute(Operation, Object...)} does with no"
                            + " arguments, without an array.\n")
                    : CodeBlock.of(
                        "{@link #execute(Operation, Object...)} for $L, without an array.\n",
                        GatewayWriter.count(arity, "argument")))
            .addModifiers(PUBLIC, STATIC)
            .returns(Object.class)
            .addParameter(operation, "operation");
    MethodSpec.Builder byName =
        MethodSpec.methodBuilder(GatewayNames.EXECUTE)
            .addJavadoc(
                arity == 0
                    ? CodeBlock.of(
                        "Runs the operation named {@code qualifiedName}, an operation without"
                            + " parameters:\nwhat {@link #execute(String, Object...)} does with no"
                            + " arguments, without an array.\n")
                    : CodeBlock.of(
                        "{@link #execute(String, Object...)} for $L, without an array.\n",
                        GatewayWriter.count(arity, "argument")))
            .addModifiers(PUBLIC, STATIC)
            .returns(Object.class)
            .addParameter(String.class, "qualifiedName");
    for (int i = 0; i < arity; i++) {
      byOperation.addParameter(Object.class, "a" + i);
      byName.addParameter(Object.class, "a" + i);
    }
    byOperation
        .addStatement(
            "int ordinal = $T.requireNonNull(operation, $S).ordinal()", Objects.class, "operation")
        .addStatement("return $L", route(operationCount, "execute" + arity, arguments));
    byName.addCode(byName(fallbacks, arguments, asArray(arity)));
    return List.of(byOperation.build(), byName.build());
  }

  /** {@code new Object[] {a0, a1, ...}}, or the shared empty array for no arguments. */
  private static CodeBlock asArray(int arity) {
    return arity == 0
        ? CodeBlock.of("$T.NONE", ARGUMENTS)
        : CodeBlock.of("new $T[] {$L}", Object.class, fixedArguments(arity));
  }

  /** {@code a0, a1, ...}. */
  private static CodeBlock fixedArguments(int arity) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (int i = 0; i < arity; i++) {
      out.add(i == 0 ? "a$L" : ", a$L", i);
    }
    return out.build();
  }

  /**
   * The call that hands {@code ordinal} and {@code arguments} to the right block's {@code
   * blockMethod}: the block itself when there is one, so that {@code execute} is one call away from
   * it; else the companion's router of that name, which picks the block.
   */
  private CodeBlock route(int operationCount, String blockMethod, CodeBlock arguments) {
    CodeBlock tail = arguments.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$L", arguments);
    ClassName target = blockCount(operationCount) <= 1 ? names.dispatchBlock(0) : names.companion();
    return CodeBlock.of("$T.$N(ordinal$L)", target, blockMethod, tail);
  }

  /** The companion's routers to the blocks, when there is more than one block (else none). */
  List<MethodSpec> routers(int operationCount) {
    int blocks = blockCount(operationCount);
    if (blocks <= 1) {
      return List.of();
    }
    List<MethodSpec> out = new ArrayList<>();
    for (int arity = -1; arity <= FIXED_ARITY_MAX; arity++) {
      String name = arity < 0 ? GatewayNames.EXECUTE : "execute" + arity;
      CodeBlock tail =
          arity < 0
              ? CodeBlock.of(", args")
              : arity == 0 ? CodeBlock.of("") : CodeBlock.of(", $L", fixedArguments(arity));
      List<Integer> keys = new ArrayList<>();
      List<CodeBlock> routes = new ArrayList<>();
      for (int block = 0; block < blocks; block++) {
        keys.add(block);
        routes.add(CodeBlock.of("return $T.$N(ordinal$L)", names.dispatchBlock(block), name, tail));
      }
      out.add(
          blockMethod(name, arity)
              .addStatement("int block = ordinal / $L", GatewayNames.BLOCK_SIZE)
              .addCode(searchSwitch("block", keys, numbers(keys), routes))
              .addStatement("throw new $T(ordinal)", AssertionError.class)
              .build());
    }
    return out;
  }

  private static List<CodeBlock> numbers(List<Integer> keys) {
    List<CodeBlock> out = new ArrayList<>(keys.size());
    for (int key : keys) {
      out.add(CodeBlock.of("$L", key));
    }
    return out;
  }

  /**
   * The most cases one {@code switch} of the dispatch gets. C1, the JIT that runs alone with {@code
   * -XX:TieredStopAtLevel=1} (AWS Lambda's managed Java runtimes), compiles a {@code tableswitch}
   * to a linear chain of compare-and-branch, one per case: measured here, the 60th case of a
   * 60-case switch costs 13 to 18 ns more than the first (docs/performance.md). So {@link
   * #searchSwitch} finds a group of at most this many cases with a binary search of {@code if}s
   * first: at most log2(128 / 8) = 4 compares plus 8, instead of up to 128. C2 turns each small
   * switch into a jump table, as it did the large one.
   */
  static final int SWITCH_GROUP = 8;

  /**
   * The most consecutive ordinals one dispatch method covers: two {@link #SWITCH_GROUP}s. C2
   * inlines a hot callee only up to 325 bytes of bytecode ({@code FreqInlineSize}); a block method
   * with all 60 operations of the benchmark gateway was 517 bytes, so C2 called it out of line
   * ("hot method too big") and could not see through {@code execute} to the operation. Parts are
   * cut by ordinal span, not by count: in {@code executeN} only the operations with N parameters
   * are cases, and 16 of them spread over a wide span compile to sparse switch tables (measured:
   * 349 bytes for three-argument operations among mixed arities). Sixteen consecutive ordinals stay
   * under the limit at every arity up to {@link #FIXED_ARITY_MAX}, and so does the method that
   * picks a part by range, so C2 inlines {@code execute} end to end (checked by {@code
   * DispatchShapeTest}, with mixed arities).
   */
  static final int METHOD_SPAN = 2 * SWITCH_GROUP;

  /**
   * {@code switch (key) { case labels[0]: <routes[0]>; case labels[1]: <routes[1]>; ... }} (the
   * labels name the keys, ascending) split into groups of at most {@link #SWITCH_GROUP} cases,
   * chosen by nested {@code if (key < n)}. Every route returns or throws; another key falls through
   * past the code.
   */
  static CodeBlock searchSwitch(
      String key, List<Integer> keys, List<CodeBlock> labels, List<CodeBlock> routes) {
    CodeBlock.Builder code = CodeBlock.builder();
    searchSwitch(code, key, keys, labels, routes, 0, routes.size());
    return code.build();
  }

  private static void searchSwitch(
      CodeBlock.Builder code,
      String key,
      List<Integer> keys,
      List<CodeBlock> labels,
      List<CodeBlock> routes,
      int from,
      int to) {
    int count = to - from;
    if (count <= SWITCH_GROUP) {
      code.beginControlFlow("switch ($L)", key);
      for (int i = from; i < to; i++) {
        code.addStatement("case $L:$W$L", labels.get(i), routes.get(i));
      }
      code.endControlFlow();
      return;
    }
    // Split on a group boundary, the larger half first: 60 cases -> 32 + 28 -> 16 + 16 + 16 + 12.
    int groups = (count + SWITCH_GROUP - 1) / SWITCH_GROUP;
    int middle = from + (groups + 1) / 2 * SWITCH_GROUP;
    code.beginControlFlow("if ($L < $L)", key, keys.get(middle));
    searchSwitch(code, key, keys, labels, routes, from, middle);
    code.nextControlFlow("else");
    searchSwitch(code, key, keys, labels, routes, middle, to);
    code.endControlFlow();
  }

  static int blockCount(int operationCount) {
    return (operationCount + GatewayNames.BLOCK_SIZE - 1) / GatewayNames.BLOCK_SIZE;
  }

  /** One {@code DispatchN} class per block of ordinals. */
  List<TypeSpec> dispatchBlocks(List<Entry> entries) {
    List<TypeSpec> out = new ArrayList<>();
    for (int block = 0; block < blockCount(entries.size()); block++) {
      int first = block * GatewayNames.BLOCK_SIZE;
      int end = Math.min(entries.size(), first + GatewayNames.BLOCK_SIZE);
      List<Entry> slice = entries.subList(first, end);
      // The cases are split into groups of SWITCH_GROUP found by binary search, and into
      // methods of at most METHOD_SPAN consecutive ordinals: see there why.
      TypeSpec.Builder type =
          TypeSpec.classBuilder(names.dispatchBlock(block))
              .addModifiers(STATIC, FINAL)
              .addJavadoc("Routes {@code execute} for operations $L to $L.\n", first, end - 1)
              .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
              .addMethods(blockMethods(slice, -1));
      for (int arity = 0; arity <= FIXED_ARITY_MAX; arity++) {
        type.addMethods(blockMethods(slice, arity));
      }
      out.add(type.build());
    }
    return out;
  }

  /**
   * A block's {@code execute(ordinal, args)} ({@code arity < 0}) or {@code executeN(ordinal, a0,
   * ...)}, and the part methods it routes to when that arity's operations span more than {@link
   * #METHOD_SPAN} ordinals (one part per window of that many ordinals that has any). In {@code
   * executeN}, an operation with another parameter count gets the arguments as an array, which
   * reports the mismatch.
   */
  private List<MethodSpec> blockMethods(List<Entry> slice, int arity) {
    CodeBlock arguments = arity < 0 ? CodeBlock.of("args") : fixedArguments(arity);
    List<Integer> keys = new ArrayList<>();
    List<CodeBlock> labels = new ArrayList<>();
    List<CodeBlock> routes = new ArrayList<>();
    for (Entry entry : slice) {
      if (arity < 0 || entry.operation().parameters().size() == arity) {
        keys.add(entry.ordinal());
        labels.add(
            CodeBlock.of("$N", GatewayNames.operationConstant(entry.module(), entry.operation())));
        routes.add(
            CodeBlock.of(
                "return $T.$N($L)",
                names.adapters(entry.module()),
                GatewayNames.typedMethod(entry.module(), entry.operation()),
                arguments));
      }
    }
    String name = arity < 0 ? "execute" : "execute" + arity;
    CodeBlock fallback =
        arity < 0
            ? CodeBlock.of("throw new $T(ordinal)", AssertionError.class)
            : CodeBlock.of("return execute(ordinal, $L)", asArray(arity));
    List<Integer> partStarts = windowStarts(keys);
    if (partStarts.size() <= 1) {
      return List.of(
          blockMethod(name, arity)
              .addCode(
                  keys.isEmpty() ? CodeBlock.of("") : searchSwitch("ordinal", keys, labels, routes))
              .addStatement(fallback)
              .build());
    }
    List<MethodSpec> out = new ArrayList<>();
    List<Integer> partFirstKeys = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    partStarts.add(keys.size());
    for (int p = 0; p + 1 < partStarts.size(); p++) {
      int from = partStarts.get(p);
      int to = partStarts.get(p + 1);
      String part = name + "Part" + p;
      out.add(
          blockMethod(part, arity)
              .addModifiers(PRIVATE)
              .addCode(
                  searchSwitch(
                      "ordinal",
                      keys.subList(from, to),
                      labels.subList(from, to),
                      routes.subList(from, to)))
              .addStatement(fallback)
              .build());
      partFirstKeys.add(keys.get(from));
      parts.add(part);
    }
    CodeBlock callArguments =
        arguments.isEmpty() ? CodeBlock.of("ordinal") : CodeBlock.of("ordinal, $L", arguments);
    new RangeTree(name, arity, partFirstKeys, parts, callArguments, out)
        .node(name, 0, parts.size());
    return out;
  }

  /**
   * Picks the part whose range holds the ordinal with a binary search made of methods, one compare
   * each: every node is a few dozen bytes, so C1 (35-byte limit) and C2 both inline the whole
   * search and only the part is a call. One method with nested {@code if}s grows past C1's limit
   * beyond two parts. The root is the block's {@code executeN} itself; inner nodes are named by the
   * parts they cover ({@code execute2Parts0To1}).
   */
  private record RangeTree(
      String name,
      int arity,
      List<Integer> firstKeys,
      List<String> parts,
      CodeBlock callArguments,
      List<MethodSpec> out) {
    /**
     * Writes the node covering parts {@code [from, to)} as {@code method}, and the nodes below it.
     */
    void node(String method, int from, int to) {
      int middle = (from + to + 1) / 2;
      MethodSpec.Builder node =
          blockMethod(method, arity)
              .beginControlFlow("if (ordinal < $L)", firstKeys.get(middle))
              .addStatement("return $N($L)", target(from, middle), callArguments)
              .endControlFlow()
              .addStatement("return $N($L)", target(middle, to), callArguments);
      if (!method.equals(name)) {
        node.addModifiers(PRIVATE);
      }
      out.add(method.equals(name) ? 0 : out.size(), node.build());
    }

    /** The method for parts {@code [from, to)}: the part itself, or a node written for them. */
    private String target(int from, int to) {
      if (to - from == 1) {
        return parts.get(from);
      }
      String node = name + "Parts" + from + "To" + (to - 1);
      node(node, from, to);
      return node;
    }
  }

  /**
   * Where each part starts in {@code keys} (ascending ordinals): a new part at the first key of
   * every window of {@link #METHOD_SPAN} ordinals, counted from the first key, that has any.
   */
  private static List<Integer> windowStarts(List<Integer> keys) {
    List<Integer> starts = new ArrayList<>();
    int window = -1;
    for (int i = 0; i < keys.size(); i++) {
      int current = (keys.get(i) - keys.get(0)) / METHOD_SPAN;
      if (current != window) {
        starts.add(i);
        window = current;
      }
    }
    return starts;
  }

  /** A static {@code Object name(int ordinal, <the arity's arguments>)} without a body. */
  private static MethodSpec.Builder blockMethod(String name, int arity) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(STATIC)
            .returns(Object.class)
            .addParameter(TypeName.INT, "ordinal");
    if (arity < 0) {
      method.addParameter(OBJECT_ARRAY, "args");
    }
    for (int i = 0; i < arity; i++) {
      method.addParameter(Object.class, "a" + i);
    }
    return method;
  }

  /** The {@code XxxAdapters} class of one interface: an argument adapter per operation. */
  TypeSpec adapters(ModuleModel module) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(names.adapters(module))
            .addModifiers(STATIC, FINAL)
            .addJavadoc(
                "{@code execute} adapters of interface {@code $L}:$Lcheck the arguments, call the holder.\n",
                module.interfaceId(),
                GatewayNames.javadocSpace(
                    2,
                    ("{@code execute} adapters of interface {@code }: check the arguments, call the"
                            + " holder."
                            + module.interfaceId())
                        .length()))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    for (OperationModel operation : module.operations()) {
      type.addMethod(adapter(module, operation, false));
      if (operation.parameters().size() <= FIXED_ARITY_MAX) {
        type.addMethod(adapter(module, operation, true));
      }
    }
    if (module.fallback() != null) {
      type.addMethod(fallbackAdapter(module));
    }
    return type.build();
  }

  /**
   * {@code fallback(String operation, Object[] args)}: the holder's fallback, checked exceptions
   * wrapped.
   */
  private MethodSpec fallbackAdapter(ModuleModel module) {
    // The holder, maybe with its package (alpha.FooCore_Holder): see GatewayNames.locals().
    NameAllocator locals = names.locals();
    String operation = locals.newName("operation");
    String args = locals.newName("args");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(HolderWriter.FALLBACK_METHOD)
            .addModifiers(STATIC)
            .returns(Object.class)
            .addParameter(String.class, operation)
            .addParameter(OBJECT_ARRAY, args);
    CodeBlock call =
        CodeBlock.of(
            "return $T.$N($N, $N)", module.holder(), HolderWriter.FALLBACK_METHOD, operation, args);
    if (!module.fallback().throwsChecked()) {
      return method.addStatement(call).build();
    }
    return method
        .beginControlFlow("try")
        .addStatement(call)
        .nextControlFlow("catch ($T | $T e)", RuntimeException.class, Error.class)
        .addStatement("throw e")
        .nextControlFlow("catch ($T e)", Throwable.class)
        .addStatement(
            "throw $T.failed($S, $S + $N, e)",
            FAILURES,
            module.interfaceId(),
            module.interfaceId() + ".",
            operation)
        .endControlFlow()
        .build();
  }

  /**
   * The adapter of one operation: from {@code Object[] args} (any count, checked), or, with {@code
   * fixed}, from exactly as many {@code Object} parameters {@code a0, a1, ...}.
   */
  private MethodSpec adapter(ModuleModel module, OperationModel operation, boolean fixed) {
    String typed = GatewayNames.typedMethod(module, operation);
    List<ParameterModel> parameters = operation.parameters();
    // Gateway.Operation.X and the holder, maybe with its package: see GatewayNames.locals().
    NameAllocator locals = names.locals();
    String args = fixed ? null : locals.newName("args");
    List<String> fixedNames = new ArrayList<>();
    for (int i = 0; fixed && i < parameters.size(); i++) {
      fixedNames.add(locals.newName("a" + i));
    }
    CodeBlock.Builder fits = CodeBlock.builder();
    String separator = "";
    if (!fixed) {
      fits.add("$N.length != $L", args, parameters.size());
      separator = "\n    || ";
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    boolean unchecked = false;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      String argument = fixed ? fixedNames.get(i) : args + "[" + i + "]";
      TypeName check = parameter.erasure();
      if (parameter.isPrimitive()) {
        fits.add("$L!($L instanceof $T)", separator, argument, check);
        separator = "\n    || ";
      } else if (!check.equals(OBJECT)) {
        fits.add("$L!($L == null || $L instanceof $T)", separator, argument, argument, check);
        separator = "\n    || ";
      }
      TypeName cast = parameter.isPrimitive() ? parameter.type().box() : parameter.type();
      if (cast.equals(OBJECT)) {
        arguments.add(i == 0 ? "$L" : ",$W$L", argument);
      } else {
        arguments.add(i == 0 ? "($T) $L" : ",$W($T) $L", cast, argument);
      }
      unchecked |= parameter.uncheckedCast();
    }
    CodeBlock call = CodeBlock.of("$T.$N($Z$L)", module.holder(), typed, arguments.build());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(typed).addModifiers(STATIC).returns(Object.class);
    if (fixed) {
      for (String name : fixedNames) {
        method.addParameter(Object.class, name);
      }
    } else {
      method.addParameter(OBJECT_ARRAY, args);
    }
    CodeBlock condition = fits.build();
    if (!condition.isEmpty()) {
      method
          .beginControlFlow("if ($L)", condition)
          .addStatement(
              "throw $T.argumentMismatch($Z$T.$L.info(),$W$L)",
              FAILURES,
              names.operationType(),
              GatewayNames.operationConstant(module, operation),
              fixed
                  ? CodeBlock.of("new $T[] {$L}", Object.class, String.join(", ", fixedNames))
                  : args)
          .endControlFlow();
    }
    List<String> warnings = new ArrayList<>(operation.signatureWarnings());
    if (unchecked) {
      warnings.add("unchecked");
    }
    AnnotationSpec suppress = SourceFiles.suppressWarnings(warnings);
    if (suppress != null) {
      method.addAnnotation(suppress);
    }
    if (operation.throwsChecked()) {
      method.beginControlFlow("try");
    }
    if (operation.returnsVoid()) {
      method.addStatement("$L", call).addStatement("return null");
    } else {
      method.addStatement("return $L", call);
    }
    if (operation.throwsChecked()) {
      method
          .nextControlFlow("catch ($T | $T e)", RuntimeException.class, Error.class)
          .addStatement("throw e")
          .nextControlFlow("catch ($T e)", Throwable.class)
          .addComment(
              "Only the operation's checked exceptions get here; execute(...) declares none.")
          .addStatement(
              "throw $T.failed($S, $S, e)",
              FAILURES,
              module.interfaceId(),
              GatewayNames.qualifiedName(module, operation))
          .endControlFlow();
    }
    return method.build();
  }
}
