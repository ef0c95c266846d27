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

import static dev.suga.processor.RuntimeNames.GATEWAY_EXCEPTION_IN_JAVADOC;
import static dev.suga.processor.RuntimeNames.OPERATION_INFO;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.suga.processor.GatewayModel.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code Gateway.Operation}, one constant per operation carrying its interface and its
 * qualified name; the rest of its metadata ({@code info()}) is built on first use by the companion,
 * so the constants' initializer stays a few instructions each.
 *
 * <p>Up to {@link #ENUM_LIMIT} operations it is an {@code enum}. Beyond, an enum cannot work: javac
 * puts every constant in one static initializer, which passes the JIT's 8,000-byte huge-method
 * limit at about 300 constants and javac's 64 KB limit at about 2,600 ("code too large"). Large
 * gateways get a final class with the same API ({@code name()}, {@code ordinal()}, {@code
 * values()}, {@code valueOf}) whose constants are spread over public constant interfaces {@code
 * OperationConstants0..n}, each with a small initializer, and inherited so that {@code
 * Operation.CACHE_GET} still reads the same.
 */
final class OperationTypeWriter {
  /** Largest operation count generated as an {@code enum}. */
  static final int ENUM_LIMIT = 256;

  /** Constants per {@code OperationConstants} interface in the class shape. */
  static final int CONSTANTS_PER_PART = 256;

  private final GatewayNames names;

  OperationTypeWriter(GatewayNames names) {
    this.names = names;
  }

  /** The Operation type, plus (for large gateways) the constant interfaces that go beside it. */
  List<TypeSpec> write(List<Entry> entries) {
    if (entries.size() <= ENUM_LIMIT) {
      return List.of(enumShape(entries));
    }
    List<TypeSpec> out = new ArrayList<>();
    out.add(classShape(entries));
    for (int part = 0; part * CONSTANTS_PER_PART < entries.size(); part++) {
      List<Entry> slice =
          entries.subList(
              part * CONSTANTS_PER_PART, Math.min(entries.size(), (part + 1) * CONSTANTS_PER_PART));
      out.add(constantsPart(part, slice));
    }
    return out;
  }

  private TypeSpec enumShape(List<Entry> entries) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(names.operationType())
            .addModifiers(PUBLIC)
            .addJavadoc(typeJavadoc())
            .addJavadoc(
                "\n<p>An {@code enum} while the gateway has at most $L operations. Past that it is generated\n"
                    + "as a final class with the same methods, and a {@code switch} over it or an\n"
                    + "{@code EnumMap} of it no longer compiles: adding a library can cross the limit.\n",
                ENUM_LIMIT);
    for (Entry entry : entries) {
      type.addEnumConstant(
          GatewayNames.operationConstant(entry.module(), entry.operation()),
          TypeSpec.anonymousClassBuilder("$L", constantArguments(entry))
              .addJavadoc(constantJavadoc(entry))
              .build());
    }
    addMetadata(type);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(names.interfaceEnum(), "gatewayInterface")
            .addParameter(String.class, "qualifiedName")
            .addCode(assignMetadata())
            .build());
    return type.build();
  }

  private TypeSpec classShape(List<Entry> entries) {
    ClassName operation = names.operationType();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(operation)
            .addModifiers(PUBLIC, STATIC, FINAL)
            .addSuperinterface(
                ParameterizedTypeName.get(ClassName.get(Comparable.class), operation))
            .addJavadoc(typeJavadoc())
            .addJavadoc(
                "\n<p>With $L operations (more than $L) this is a final class with the API of an enum\n"
                    + "rather than an {@code enum}, whose single initializer would exceed the JVM's limits;\n"
                    + "the constants are declared in the {@code OperationConstants} interfaces and\n"
                    + "inherited. A {@code switch} over it, or an {@code EnumMap} of it, does not compile.\n",
                entries.size(),
                ENUM_LIMIT);
    for (int part = 0; part * CONSTANTS_PER_PART < entries.size(); part++) {
      type.addSuperinterface(names.operationConstants(part));
    }
    type.addField(String.class, "name", PRIVATE, FINAL);
    type.addField(TypeName.INT, "ordinal", PRIVATE, FINAL);
    addMetadata(type);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addParameter(String.class, "name")
            .addParameter(TypeName.INT, "ordinal")
            .addParameter(names.interfaceEnum(), "gatewayInterface")
            .addParameter(String.class, "qualifiedName")
            .addStatement("this.name = name")
            .addStatement("this.ordinal = ordinal")
            .addCode(assignMetadata())
            .build());
    type.addMethod(getter("name", String.class, "The constant's name, as {@link Enum#name()}."));
    type.addMethod(
        getter("ordinal", TypeName.INT, "The constant's position, as {@link Enum#ordinal()}."));
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(String.class)
            .addStatement("return name")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("compareTo")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(TypeName.INT)
            .addParameter(operation, "other")
            .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("values")
            .addJavadoc("All operations in ordinal order, as {@code Enum.values()}.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(arrayOf(operation))
            .addStatement("return $N.ALL.clone()", GatewayNames.VALUES_TYPE)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("valueOf")
            .addJavadoc("The operation with constant name {@code name}, as {@code Enum.valueOf}.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(operation)
            .addParameter(String.class, "name")
            .beginControlFlow("for ($T operation : $N.ALL)", operation, GatewayNames.VALUES_TYPE)
            .beginControlFlow("if (operation.name.equals(name))")
            .addStatement("return operation")
            .endControlFlow()
            .endControlFlow()
            .addStatement(
                "throw new $T($S + name)",
                IllegalArgumentException.class,
                "No operation constant " + operation.simpleName() + ".")
            .build());
    CodeBlock.Builder fill =
        CodeBlock.builder()
            .addStatement("$T[] all = new $T[$L]", operation, operation, entries.size());
    for (int part = 0; part * CONSTANTS_PER_PART < entries.size(); part++) {
      fill.addStatement("$T.fill(all)", names.operationConstants(part));
    }
    fill.addStatement("return all");
    type.addType(
        TypeSpec.classBuilder(GatewayNames.VALUES_TYPE)
            .addModifiers(PRIVATE, STATIC, FINAL)
            .addJavadoc("The table of all constants, built on first use.\n")
            .addField(
                FieldSpec.builder(arrayOf(operation), "ALL", STATIC, FINAL)
                    .initializer("all()")
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("all")
                    .addModifiers(PRIVATE, STATIC)
                    .returns(arrayOf(operation))
                    .addCode(fill.build())
                    .build())
            .build());
    return type.build();
  }

  private TypeSpec constantsPart(int part, List<Entry> slice) {
    ClassName operation = names.operationType();
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(names.operationConstants(part))
            .addModifiers(PUBLIC)
            .addJavadoc(
                "Operation constants $L to $L; refer to them as {@code $L.NAME}.\n",
                slice.get(0).ordinal(),
                slice.get(slice.size() - 1).ordinal(),
                operation.simpleName());
    CodeBlock.Builder fill = CodeBlock.builder();
    for (Entry entry : slice) {
      String constant = GatewayNames.operationConstant(entry.module(), entry.operation());
      type.addField(
          FieldSpec.builder(operation, constant, PUBLIC, STATIC, FINAL)
              .addJavadoc(constantJavadoc(entry))
              .initializer(
                  "new $T($S,$W$L,$W$L)",
                  operation,
                  constant,
                  entry.ordinal(),
                  constantArguments(entry))
              .build());
      fill.addStatement("all[$L] = $N", entry.ordinal(), constant);
    }
    type.addMethod(
        MethodSpec.methodBuilder("fill")
            .addModifiers(PRIVATE, STATIC)
            .addParameter(arrayOf(operation), "all")
            .addCode(fill.build())
            .build());
    return type.build();
  }

  private static TypeName arrayOf(ClassName type) {
    return ArrayTypeName.of(type);
  }

  private CodeBlock constantArguments(Entry entry) {
    return CodeBlock.of(
        "$T.$L,$W$S",
        names.interfaceEnum(),
        GatewayNames.interfaceConstant(entry.module()),
        GatewayNames.qualifiedName(entry.module(), entry.operation()));
  }

  /** {@code cache.get}, with a link to its typed method, which shows the signature. */
  private CodeBlock constantJavadoc(Entry entry) {
    String qualified = GatewayNames.qualifiedName(entry.module(), entry.operation());
    String method = GatewayNames.typedMethod(entry.module(), entry.operation());
    return CodeBlock.of(
        "{@code $L}:$L{@link $T#$L}.\n",
        qualified,
        GatewayNames.javadocSpace(
            2,
            ("{@code }: {@link #}." + qualified + names.gateway().simpleName() + method).length()),
        names.gateway(),
        method);
  }

  private static CodeBlock typeJavadoc() {
    return CodeBlock.of(
        "The gateway's operations, one constant per {@code @GatewayOperation} method, grouped by\n"
            + "interface. Use a constant with {@code execute(Operation, ...)}; its metadata (hot path, cache\n"
            + "TTL, parameter names and types) comes from {@link #info()}.\n");
  }

  private void addMetadata(TypeSpec.Builder type) {
    ClassName gatewayInterface = names.interfaceEnum();
    ClassName operation = names.operationType();
    type.addField(gatewayInterface, "gatewayInterface", PRIVATE, FINAL);
    type.addField(String.class, "qualifiedName", PRIVATE, FINAL);
    type.addField(
        FieldSpec.builder(OPERATION_INFO, "info", PRIVATE)
            .addJavadoc("Built on first use; racing threads build equal values.\n")
            .build());
    type.addMethod(
        getter("gatewayInterface", gatewayInterface, "The interface this operation belongs to."));
    type.addMethod(
        getter(
            "qualifiedName",
            String.class,
            "The name {@code execute(String, ...)} accepts, such as {@code \"cache.get\"}."));
    type.addMethod(
        MethodSpec.methodBuilder("info")
            .addJavadoc(
                "All metadata: hot path, cache TTL, parameter names and types, return type.\n")
            .addModifiers(PUBLIC)
            .returns(OPERATION_INFO)
            .addStatement("$T known = info", OPERATION_INFO)
            .beginControlFlow("if (known == null)")
            .addStatement("known = $T.operationInfo(ordinal())", names.companion())
            .addStatement("info = known")
            .endControlFlow()
            .addStatement("return known")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("forName")
            .addJavadoc(
                "The operation named {@code qualifiedName} (such as {@code \"cache.get\"}).\n\n"
                    + "@throws $L if there is none\n",
                GATEWAY_EXCEPTION_IN_JAVADOC)
            .addModifiers(PUBLIC, STATIC)
            .returns(operation)
            .addParameter(String.class, "qualifiedName")
            .addStatement("return $T.operation(qualifiedName)", names.companion())
            .build());
  }

  private static CodeBlock assignMetadata() {
    return CodeBlock.builder()
        .addStatement("this.gatewayInterface = gatewayInterface")
        .addStatement("this.qualifiedName = qualifiedName")
        .build();
  }

  private static MethodSpec getter(String name, Object type, String doc) {
    TypeName typeName = type instanceof TypeName t ? t : TypeName.get((Class<?>) type);
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc + "\n")
        .addModifiers(PUBLIC)
        .returns(typeName)
        .addStatement("return $N", name)
        .build();
  }
}
