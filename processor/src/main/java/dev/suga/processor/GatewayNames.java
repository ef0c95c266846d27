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

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of everything generated for one gateway, in one place so that the generators agree and
 * the validator can check them for clashes: the API file ({@code Gateway}), its companion ({@code
 * Gateway_Internals}) and the members of both.
 */
final class GatewayNames {
  /** The gateway's own public static methods, which the writers declare under these names. */
  static final String EXECUTE = "execute";

  static final String STATISTICS = "statistics";
  static final String RESET_STATISTICS = "resetStatistics";
  static final String LOADED_INTERFACES = "loadedInterfaces";
  static final String RELEASE = "release";
  static final String RELEASE_ALL = "releaseAll";
  static final String END_INVOCATION = "endInvocation";
  static final String CLEAR_CACHE = "clearCache";
  static final String INVALIDATE = "invalidate";
  static final String PRIME = "prime";
  static final String TRAIN = "train";

  /**
   * Methods a typed operation method must not be named: the gateway's own public static ones, and
   * the methods of {@code Object} that a static method cannot hide ({@code to.string} -> {@code
   * toString()}; one-word names such as {@code equals} cannot be generated, since a typed method's
   * name has an interface and an operation part).
   */
  static final List<String> RESERVED_METHODS =
      List.of(
          EXECUTE,
          STATISTICS,
          RESET_STATISTICS,
          LOADED_INTERFACES,
          RELEASE,
          RELEASE_ALL,
          END_INVOCATION,
          CLEAR_CACHE,
          INVALIDATE,
          PRIME,
          TRAIN,
          "toString",
          "hashCode",
          "getClass",
          "notifyAll");

  static final String INTERFACE_TYPE = "Interface";
  static final String OPERATION_TYPE = "Operation";
  private static final String OPERATION_CONSTANTS = "OperationConstants";

  /** Nested in {@code Operation} when it is a class: the table of its constants. */
  static final String VALUES_TYPE = "Values";

  /** Operations per dispatch block: keeps each {@code switch} method far below 8,000 bytes. */
  static final int BLOCK_SIZE = 128;

  private final ClassName gateway;

  /** The {@link #qualifierNames} of every class of this gateway whose name the user chose. */
  private final List<String> chosenNames = new ArrayList<>();

  GatewayNames(ClassName gateway, List<ModuleModel> modules) {
    this.gateway = gateway;
    chosenNames.addAll(qualifierNames(gateway));
    chosenNames.addAll(qualifierNames(companion()));
    for (ModuleModel module : modules) {
      chosenNames.addAll(qualifierNames(module.type()));
      chosenNames.addAll(qualifierNames(module.holder()));
    }
  }

  /** The API file's class, such as {@code com.acme.Gateway}. */
  ClassName gateway() {
    return gateway;
  }

  /** The package-private companion with the machinery, {@code com.acme.Gateway_Internals}. */
  ClassName companion() {
    return companion(gateway);
  }

  static ClassName companion(ClassName gateway) {
    return gateway.peerClass(gateway.simpleName() + "_Internals");
  }

  ClassName interfaceEnum() {
    return gateway.nestedClass(INTERFACE_TYPE);
  }

  ClassName operationType() {
    return gateway.nestedClass(OPERATION_TYPE);
  }

  /** Public interface {@code OperationConstants<n>} holding part of a large operation table. */
  ClassName operationConstants(int part) {
    return gateway.nestedClass(OPERATION_CONSTANTS + part);
  }

  /**
   * The companion's small class that holds the gateway's scope, {@code Gateway_Internals.Modules}.
   */
  ClassName scopeHolder() {
    return companion().nestedClass("Modules");
  }

  ClassName dispatchBlock(int block) {
    return companion().nestedClass("Dispatch" + block);
  }

  /**
   * {@code http_client} -> {@code HttpClientAdapters}: the interface's {@code execute} adapters.
   */
  ClassName adapters(ModuleModel module) {
    return companion().nestedClass(NameConventions.upperCamel(module.interfaceId()) + "Adapters");
  }

  /**
   * Whether a gateway of {@code operationCount} operations cannot be named {@code simpleName}: Java
   * forbids a nested type with the name of an enclosing class, and these types are nested in the
   * gateway (the last two only in the class shape of {@code Operation}).
   */
  static boolean isNestedTypeName(String simpleName, int operationCount) {
    if (simpleName.equals(INTERFACE_TYPE) || simpleName.equals(OPERATION_TYPE)) {
      return true;
    }
    return operationCount > OperationTypeWriter.ENUM_LIMIT
        && (simpleName.equals(VALUES_TYPE)
            || (simpleName.startsWith(OPERATION_CONSTANTS)
                && simpleName.length() > OPERATION_CONSTANTS.length()
                && simpleName
                    .substring(OPERATION_CONSTANTS.length())
                    .chars()
                    .allMatch(Character::isDigit)));
  }

  /** {@code http_client} -> {@code HTTP_CLIENT}. */
  static String interfaceConstant(ModuleModel module) {
    return NameConventions.constantName(module.interfaceId());
  }

  /** {@code http_client.get} -> {@code HTTP_CLIENT_GET}. */
  static String operationConstant(ModuleModel module, OperationModel operation) {
    return NameConventions.constantName(module.interfaceId() + "_" + operation.name());
  }

  /** {@code http_client.get} -> {@code httpClientGet}. */
  static String typedMethod(ModuleModel module, OperationModel operation) {
    return NameConventions.lowerCamel(module.interfaceId() + "_" + operation.name());
  }

  /**
   * The erased parameter types of {@code operation}, as a Javadoc {@code @link} needs them, without
   * spaces so that the link stays one word when its line is wrapped.
   */
  static CodeBlock linkParameters(OperationModel operation) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (int i = 0; i < operation.parameters().size(); i++) {
      TypeName type = linkType(operation, i);
      out.add(i == 0 ? "" : ",");
      if (isVarargs(operation, i, type)) {
        out.add("$T...", ((ArrayTypeName) type).componentType());
      } else {
        out.add("$T", type);
      }
    }
    return out.build();
  }

  /** Parameter {@code index} as a link names it: erased, unless primitive. */
  private static TypeName linkType(OperationModel operation, int index) {
    OperationModel.ParameterModel parameter = operation.parameters().get(index);
    return parameter.isPrimitive() ? parameter.type() : parameter.erasure();
  }

  /** Whether parameter {@code index}, of type {@code type}, is the varargs one: {@code int...}. */
  private static boolean isVarargs(OperationModel operation, int index, TypeName type) {
    return operation.varargs()
        && index == operation.parameters().size() - 1
        && type instanceof ArrayTypeName;
  }

  /**
   * Parameter {@code index}'s type as the operation's metadata ({@code ParameterInfo.type()}) and
   * so its signature in messages show it: as declared, {@code java.lang.String...} for a varargs
   * parameter.
   */
  static String metadataType(OperationModel operation, int index) {
    TypeName type = operation.parameters().get(index).type().withoutAnnotations();
    return isVarargs(operation, index, type)
        ? ((ArrayTypeName) type).componentType().withoutAnnotations() + "..."
        : type.toString();
  }

  /**
   * A module class as the API file's Javadoc names it: by its imported-style name in the gateway's
   * own package, else fully qualified, so that a name the file uses in Javadoc only is not imported
   * (ECJ reports such an import as unused).
   */
  CodeBlock javadocType(ClassName type) {
    return type.packageName().equals(gateway.packageName())
        ? CodeBlock.of("$T", type)
        : CodeBlock.of("$L", type.canonicalName());
  }

  /** The text {@link #javadocType} renders, for the length of a Javadoc line. */
  String javadocTypeText(ClassName type) {
    return type.packageName().equals(gateway.packageName())
        ? nestedName(type)
        : type.canonicalName();
  }

  /**
   * What goes before the link of {@code "{@code iface.op}: calls {@link Module#method(A,B)}."} on a
   * Javadoc line at {@code depth} levels of two-space indentation ({@link #javadocSpace}), counting
   * the module as {@link #javadocType} renders it and parameter types by their simple names, as the
   * file's imports usually render them.
   */
  String linkSpace(ModuleModel module, OperationModel operation, int depth) {
    return javadocSpace(
        depth,
        "{@code }: calls {@link #()}.".length()
            + qualifiedName(module, operation).length()
            + javadocTypeText(module.type()).length()
            + operation.methodName().length()
            + linkParametersText(operation).length());
  }

  /**
   * What goes before the last part of a Javadoc line: a space if {@code length} characters of text
   * fit in 100 columns at {@code depth} levels of two-space indentation (with the {@code " * "}),
   * else a line break.
   */
  static String javadocSpace(int depth, int length) {
    return 2 * depth + " * ".length() + length <= 100 ? " " : "\n";
  }

  /** How a type declared in the file's own package reads there: {@code Outer.Inner}. */
  static String nestedName(ClassName type) {
    return String.join(".", type.simpleNames());
  }

  /**
   * A method's erased parameter types as {@link #linkParameters} renders them, by their imported
   * names: {@code String,List,int...}, for the length of a Javadoc line.
   */
  static String linkParametersText(OperationModel operation) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < operation.parameters().size(); i++) {
      TypeName type = linkType(operation, i);
      boolean varargs = isVarargs(operation, i, type);
      if (varargs) {
        type = ((ArrayTypeName) type).componentType();
      }
      out.append(i == 0 ? "" : ",").append(linkTypeText(type)).append(varargs ? "..." : "");
    }
    return out.toString();
  }

  /** An erased type as an import-using file renders it: {@code Outer.Inner[]}, {@code int}. */
  private static String linkTypeText(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return linkTypeText(array.componentType()) + "[]";
    }
    return type instanceof ClassName name ? nestedName(name) : type.toString();
  }

  static String qualifiedName(ModuleModel module, OperationModel operation) {
    return module.interfaceId() + "." + operation.name();
  }

  /**
   * Every identifier that a reference to {@code type} in an expression ({@code Type.member}) may
   * start with in generated code: JavaPoet writes a nested type in scope by its own simple name, a
   * type it imports (or that is in the file's package) by the simple names from its top-level class
   * ({@code Outer.Inner}), and a type whose simple name is taken by another in the same file with
   * its package ({@code com.acme.Outer.Inner}). A parameter or local variable of any of these names
   * would obscure the type or package there (JLS 6.4.2: a variable wins), and {@code Type.member}
   * would no longer compile ({@code int cannot be dereferenced}).
   */
  static List<String> qualifierNames(ClassName type) {
    List<String> out = new ArrayList<>(type.simpleNames());
    String packageName = type.packageName();
    if (!packageName.isEmpty()) {
      int dot = packageName.indexOf('.');
      out.add(dot < 0 ? packageName : packageName.substring(0, dot));
    }
    return out;
  }

  /**
   * A name allocator for the parameters and locals that the generators name themselves ({@code
   * args}, {@code operation}) in a method of the gateway's files whose body qualifies with a class
   * the user named: the gateway ({@code Gateway.Operation.values()}) or a holder, which JavaPoet
   * writes with its package when another holder has its simple name ({@code
   * alpha.FooCore_Holder.fooGet(..)}). Those names can be any identifier (a lower-case class or
   * package name is legal), so no fixed local name is safe, and a local of the same name would
   * obscure them (JLS 6.4.2). The allocator avoids the names of every such class of the gateway,
   * not only of those one body uses, so that no method has to list them. Bodies that qualify only
   * with the companion from the gateway's own package, its nested types, the runtime's and the
   * JDK's need none: there every qualifier has a fixed name or ends in {@code _Internals}, which no
   * generated local does. GeneratedLocalNamesTest names gateways, modules and their packages after
   * every local of the generated files.
   */
  NameAllocator locals() {
    return allocatorAvoiding(chosenNames);
  }

  /**
   * A name allocator for a generated method's parameters and locals that has taken {@code names}
   * already: the fields the method reads by simple name and the {@link #qualifierNames} of every
   * type it uses as a qualifier, so that a source parameter of such a name (such as {@code int
   * CallStatistics}) is renamed ({@code CallStatistics_}) instead of obscuring it.
   */
  static NameAllocator allocatorAvoiding(Iterable<String> names) {
    NameAllocator allocator = new NameAllocator();
    Set<String> taken = new HashSet<>();
    for (String name : names) {
      if (taken.add(name)) {
        allocator.newName(name);
      }
    }
    return allocator;
  }
}
