package dev.suga.processor;

import static dev.suga.processor.RuntimeNames.GATEWAY_EXCEPTION;
import static dev.suga.processor.RuntimeNames.OPERATION_INFO;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.suga.processor.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code Gateway.Operation}, one constant per operation carrying its interface, its
 * name and its metadata.
 *
 * <p>Up to {@link #ENUM_LIMIT} operations it is an {@code enum}. Beyond, an enum cannot
 * work: javac puts every constant in one static initializer (about 25 bytes each), which
 * passes the JIT's 8,000-byte huge-method limit at about 300 constants and javac's 64 KB
 * limit at about 2,600 ("code too large"). Large gateways get a final class with the same
 * API ({@code name()}, {@code ordinal()}, {@code values()}, {@code valueOf}) whose constants
 * are spread over public constant interfaces {@code OperationConstants0..n}, each with a small
 * initializer, and inherited so that {@code Operation.CACHE_GET} still reads the same.
 *
 * <p>The metadata travels as one compact descriptor string per constant, parsed on first use
 * by {@code OperationInfo.parse}; that keeps each initializer to a few instructions a constant.
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

  /** One operation with its position in the table. */
  record Entry(ModuleModel module, OperationModel operation, int index) {}

  /** The Operation type, plus (for large gateways) the constant interfaces that go beside it. */
  List<TypeSpec> write(List<Entry> entries) {
    if (entries.size() <= ENUM_LIMIT) {
      return List.of(enumShape(entries));
    }
    List<TypeSpec> out = new ArrayList<>();
    out.add(classShape(entries));
    for (int part = 0; part * CONSTANTS_PER_PART < entries.size(); part++) {
      List<Entry> slice = entries.subList(part * CONSTANTS_PER_PART,
          Math.min(entries.size(), (part + 1) * CONSTANTS_PER_PART));
      out.add(constantsPart(part, slice));
    }
    return out;
  }

  private TypeSpec enumShape(List<Entry> entries) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(names.operationType())
        .addModifiers(PUBLIC)
        .addJavadoc(typeJavadoc());
    for (Entry entry : entries) {
      type.addEnumConstant(
          GatewayNames.operationConstant(entry.module(), entry.operation()),
          TypeSpec.anonymousClassBuilder("$L", constantArguments(entry))
              .addJavadoc(constantJavadoc(entry))
              .build());
    }
    addMetadata(type);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(names.interfaceEnum(), "gatewayInterface")
        .addParameter(String.class, "qualifiedName")
        .addParameter(String.class, "descriptor")
        .addCode(assignMetadata())
        .build());
    return type.build();
  }

  private TypeSpec classShape(List<Entry> entries) {
    ClassName operation = names.operationType();
    TypeSpec.Builder type = TypeSpec.classBuilder(operation)
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), operation))
        .addJavadoc(typeJavadoc())
        .addJavadoc("\n<p>With $L operations this is a final class with the API of an enum rather than an\n"
            + "{@code enum}, whose single initializer would exceed the JVM's limits; the constants\n"
            + "are declared in the {@code OperationConstants} interfaces and inherited.\n", entries.size());
    for (int part = 0; part * CONSTANTS_PER_PART < entries.size(); part++) {
      type.addSuperinterface(names.operationConstants(part));
    }
    type.addField(String.class, "name", PRIVATE, FINAL);
    type.addField(TypeName.INT, "ordinal", PRIVATE, FINAL);
    addMetadata(type);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(PRIVATE)
        .addParameter(String.class, "name")
        .addParameter(TypeName.INT, "ordinal")
        .addParameter(names.interfaceEnum(), "gatewayInterface")
        .addParameter(String.class, "qualifiedName")
        .addParameter(String.class, "descriptor")
        .addStatement("this.name = name")
        .addStatement("this.ordinal = ordinal")
        .addCode(assignMetadata())
        .build());
    type.addMethod(getter("name", String.class, "The constant's name, as {@link Enum#name()}."));
    type.addMethod(getter("ordinal", TypeName.INT, "The constant's position, as {@link Enum#ordinal()}."));
    type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(PUBLIC)
        .returns(String.class).addStatement("return name").build());
    type.addMethod(MethodSpec.methodBuilder("compareTo").addAnnotation(Override.class).addModifiers(PUBLIC)
        .returns(TypeName.INT).addParameter(operation, "other")
        .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class).build());
    type.addMethod(MethodSpec.methodBuilder("values")
        .addJavadoc("All operations in ordinal order, as {@code Enum.values()}.\n")
        .addModifiers(PUBLIC, STATIC).returns(arrayOf(operation))
        .addStatement("return Values.ALL.clone()").build());
    type.addMethod(MethodSpec.methodBuilder("valueOf")
        .addJavadoc("The operation with constant name {@code name}, as {@code Enum.valueOf}.\n")
        .addModifiers(PUBLIC, STATIC).returns(operation).addParameter(String.class, "name")
        .beginControlFlow("for ($T operation : Values.ALL)", operation)
        .beginControlFlow("if (operation.name.equals(name))")
        .addStatement("return operation")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T($S + name)", IllegalArgumentException.class, "No operation constant " + operation.simpleName() + ".")
        .build());
    CodeBlock.Builder fill = CodeBlock.builder()
        .addStatement("$T[] all = new $T[$L]", operation, operation, entries.size());
    for (int part = 0; part * CONSTANTS_PER_PART < entries.size(); part++) {
      fill.addStatement("$T.fill(all)", names.operationConstants(part));
    }
    fill.addStatement("return all");
    type.addType(TypeSpec.classBuilder("Values")
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc("The table of all constants, built on first use.\n")
        .addField(FieldSpec.builder(arrayOf(operation), "ALL", STATIC, FINAL).initializer("all()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("all").addModifiers(PRIVATE, STATIC).returns(arrayOf(operation))
            .addCode(fill.build()).build())
        .build());
    return type.build();
  }

  private TypeSpec constantsPart(int part, List<Entry> slice) {
    ClassName operation = names.operationType();
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(names.operationConstants(part))
        .addModifiers(PUBLIC)
        .addJavadoc("Operation constants $L to $L; refer to them as {@code $L.NAME}.\n",
            slice.get(0).index(), slice.get(slice.size() - 1).index(), operation.simpleName());
    CodeBlock.Builder fill = CodeBlock.builder();
    for (Entry entry : slice) {
      String constant = GatewayNames.operationConstant(entry.module(), entry.operation());
      type.addField(FieldSpec.builder(operation, constant, PUBLIC, STATIC, FINAL)
          .addJavadoc(constantJavadoc(entry))
          .initializer("new $T($S, $L, $L)", operation, constant, entry.index(), constantArguments(entry))
          .build());
      fill.addStatement("all[$L] = $N", entry.index(), constant);
    }
    type.addMethod(MethodSpec.methodBuilder("fill").addModifiers(PRIVATE, STATIC)
        .addParameter(arrayOf(operation), "all").addCode(fill.build()).build());
    return type.build();
  }

  private static TypeName arrayOf(ClassName type) {
    return com.palantir.javapoet.ArrayTypeName.of(type);
  }

  private CodeBlock constantArguments(Entry entry) {
    return CodeBlock.of("$T.$L, $S, $S", names.interfaceEnum(), GatewayNames.interfaceConstant(entry.module()),
        GatewayNames.qualifiedName(entry.module(), entry.operation()), descriptor(entry.module(), entry.operation()));
  }

  private static CodeBlock constantJavadoc(Entry entry) {
    return CodeBlock.of("{@code $L}: {@code $L}.\n", GatewayNames.qualifiedName(entry.module(), entry.operation()),
        signatureForDocs(entry.operation()));
  }

  private static String signatureForDocs(OperationModel operation) {
    StringBuilder out = new StringBuilder().append(operation.returnType().withoutAnnotations()).append(' ')
        .append(operation.methodName()).append('(');
    for (int i = 0; i < operation.parameters().size(); i++) {
      ParameterModel parameter = operation.parameters().get(i);
      out.append(i == 0 ? "" : ", ").append(parameter.type().withoutAnnotations()).append(' ').append(parameter.name());
    }
    return out.append(')').toString();
  }

  /**
   * {@code interfaceId|name|flags|cacheTtlSeconds|returnType|param:type|...}, the format
   * {@code OperationInfo.parse} reads; flags is {@code h} for a hot path, else {@code -}.
   */
  static String descriptor(ModuleModel module, OperationModel operation) {
    StringBuilder out = new StringBuilder()
        .append(module.interfaceId()).append('|')
        .append(operation.name()).append('|')
        .append(operation.hotPath() ? "h" : "-").append('|')
        .append(operation.cacheTtlSeconds()).append('|')
        .append(operation.returnType().withoutAnnotations());
    for (ParameterModel parameter : operation.parameters()) {
      out.append('|').append(parameter.name()).append(':').append(parameter.type().withoutAnnotations());
    }
    return out.toString();
  }

  private CodeBlock typeJavadoc() {
    return CodeBlock.of("The gateway's operations, one constant per {@code @GatewayOperation} method, grouped by\n"
        + "interface. Use a constant with {@code execute(Operation, ...)}; its metadata comes from\n"
        + "{@link #info()}.\n");
  }

  private void addMetadata(TypeSpec.Builder type) {
    ClassName gatewayInterface = names.interfaceEnum();
    ClassName operation = names.operationType();
    type.addField(gatewayInterface, "gatewayInterface", PRIVATE, FINAL);
    type.addField(String.class, "qualifiedName", PRIVATE, FINAL);
    type.addField(String.class, "descriptor", PRIVATE, FINAL);
    type.addField(FieldSpec.builder(OPERATION_INFO, "info", PRIVATE)
        .addJavadoc("Parsed from {@link #descriptor} on first use; racing threads parse equal values.\n").build());
    type.addMethod(getter("gatewayInterface", gatewayInterface, "The interface this operation belongs to."));
    type.addMethod(getter("qualifiedName", String.class,
        "The name {@code execute(String, ...)} accepts, such as {@code \"cache.get\"}."));
    type.addMethod(MethodSpec.methodBuilder("info")
        .addJavadoc("All metadata: hot path, cache TTL, parameter names and types, return type.\n")
        .addModifiers(PUBLIC).returns(OPERATION_INFO)
        .addStatement("$T parsed = info", OPERATION_INFO)
        .beginControlFlow("if (parsed == null)")
        .addStatement("parsed = $T.parse(descriptor)", OPERATION_INFO)
        .addStatement("info = parsed")
        .endControlFlow()
        .addStatement("return parsed")
        .build());
    delegate(type, "hotPath", TypeName.BOOLEAN, "Whether the typed method is a direct fast path.");
    delegate(type, "cacheTtlSeconds", TypeName.LONG, "Seconds a cached result stays valid; 0 when not cached.");
    delegate(type, "parameterNames", ParameterizedTypeName.get(List.class, String.class), "The parameter names, in order.");
    delegate(type, "parameterTypes", ParameterizedTypeName.get(List.class, String.class),
        "The parameter types as source text, in order.");
    delegate(type, "returnType", TypeName.get(String.class), "The return type as source text.");
    delegate(type, "signature", TypeName.get(String.class),
        "The signature, such as {@code java.lang.String cache.get(java.lang.String key)}.");
    type.addMethod(MethodSpec.methodBuilder("forName")
        .addJavadoc("The operation named {@code qualifiedName} (such as {@code \"cache.get\"}).\n\n"
            + "@throws $T if there is none\n", GATEWAY_EXCEPTION)
        .addModifiers(PUBLIC, STATIC).returns(operation).addParameter(String.class, "qualifiedName")
        .addStatement("$T operation = ByName.OPERATIONS.get(qualifiedName)", operation)
        .beginControlFlow("if (operation == null)")
        .addStatement("throw $T.unknownOperation(qualifiedName)", GATEWAY_EXCEPTION)
        .endControlFlow()
        .addStatement("return operation")
        .build());
    TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), operation);
    type.addType(TypeSpec.classBuilder("ByName")
        .addModifiers(PRIVATE, STATIC, FINAL)
        .addJavadoc("Index by qualified name, built on the first {@code execute(String, ...)}.\n")
        .addField(FieldSpec.builder(map, "OPERATIONS", STATIC, FINAL).initializer("index()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("index").addModifiers(PRIVATE, STATIC).returns(map)
            .addStatement("$T[] all = values()", operation)
            .addStatement("$T index = new $T<>(all.length * 2)", map, HashMap.class)
            .beginControlFlow("for ($T operation : all)", operation)
            .addStatement("index.put(operation.qualifiedName, operation)")
            .endControlFlow()
            .addStatement("return index")
            .build())
        .build());
  }

  private static CodeBlock assignMetadata() {
    return CodeBlock.builder()
        .addStatement("this.gatewayInterface = gatewayInterface")
        .addStatement("this.qualifiedName = qualifiedName")
        .addStatement("this.descriptor = descriptor")
        .build();
  }

  private static MethodSpec getter(String name, Object type, String doc) {
    TypeName typeName = type instanceof TypeName t ? t : TypeName.get((Class<?>) type);
    return MethodSpec.methodBuilder(name).addJavadoc(doc + "\n").addModifiers(PUBLIC).returns(typeName)
        .addStatement("return $N", name).build();
  }

  private static void delegate(TypeSpec.Builder type, String name, TypeName returns, String doc) {
    type.addMethod(MethodSpec.methodBuilder(name).addJavadoc(doc + "\n").addModifiers(PUBLIC).returns(returns)
        .addStatement("return info().$N()", name).build());
  }
}
