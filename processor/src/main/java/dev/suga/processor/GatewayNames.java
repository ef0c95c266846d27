package dev.suga.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of everything generated inside one gateway class, in one place so that the
 * generators agree and the validator can check them for clashes.
 */
final class GatewayNames {
  /**
   * Methods every gateway has, which typed operation methods must not collide with: its own
   * public static ones, and the methods of {@code Object} that a static method cannot hide
   * ({@code to.string} -> {@code toString()}; one-word names such as {@code equals} cannot
   * be generated).
   */
  static final List<String> RESERVED_METHODS =
      List.of(
          "execute",
          "statistics",
          "resetStatistics",
          "loadedInterfaces",
          "release",
          "releaseAll",
          "endInvocation",
          "clearCache",
          "prime",
          "toString",
          "hashCode",
          "getClass",
          "notifyAll");

  /** Types nested in every gateway (at any depth) whatever its modules. */
  private static final Pattern FIXED_NESTED_TYPES =
      Pattern.compile("Interface|Operation|Metadata|Values|ByName|Dispatch[0-9]+|OperationConstants[0-9]+");

  /** Operations per dispatch block: keeps each {@code switch} method far below 8,000 bytes. */
  static final int BLOCK_SIZE = 128;

  private final ClassName gateway;

  GatewayNames(ClassName gateway) {
    this.gateway = gateway;
  }

  ClassName gateway() {
    return gateway;
  }

  ClassName interfaceEnum() {
    return gateway.nestedClass("Interface");
  }

  ClassName operationType() {
    return gateway.nestedClass("Operation");
  }

  /** Public interface {@code OperationConstants<n>} holding part of a large operation table. */
  ClassName operationConstants(int part) {
    return gateway.nestedClass("OperationConstants" + part);
  }

  ClassName dispatchBlock(int block) {
    return gateway.nestedClass("Dispatch" + block);
  }

  /** {@code http_client} -> {@code HttpClientOperations}: the interface's {@code execute} adapters. */
  ClassName adapters(ModuleModel module) {
    return gateway.nestedClass(NameConventions.upperCamel(module.interfaceId()) + "Operations");
  }

  /** {@code http_client} -> {@code HttpClientHolder}: the lazy holder of the module instance. */
  ClassName holder(ModuleModel module) {
    return gateway.nestedClass(NameConventions.upperCamel(module.interfaceId()) + "Holder");
  }

  /**
   * Whether a gateway with {@code modules} would contain a type named {@code simpleName}: Java
   * forbids a nested type with the name of an enclosing class, so the gateway cannot have it.
   */
  static boolean isNestedTypeName(String simpleName, List<ModuleModel> modules) {
    if (FIXED_NESTED_TYPES.matcher(simpleName).matches()) {
      return true;
    }
    for (ModuleModel module : modules) {
      String base = NameConventions.upperCamel(module.interfaceId());
      if (simpleName.equals(base + "Holder") || simpleName.equals(base + "Operations")) {
        return true;
      }
    }
    return false;
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

  static String qualifiedName(ModuleModel module, OperationModel operation) {
    return module.interfaceId() + "." + operation.name();
  }
}
