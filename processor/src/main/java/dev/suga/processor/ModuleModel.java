package dev.suga.processor;

import com.palantir.javapoet.ClassName;
import dev.suga.annotations.GatewayModule.Unload;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One core module: the class behind one gateway interface.
 *
 * @param interfaceId the interface id in snake_case ({@code "http_client"})
 * @param type the module class
 * @param unload when the instance is released
 * @param idleSeconds idle time before release, for {@link Unload#IDLE}
 * @param construction how the gateway builds an instance
 * @param operations the operations, in source order
 * @param element the module class, the originating element of generated files
 * @param fromSource whether the module is compiled in this compilation (else it comes from a
 *     library index on the class path, and diagnostics go to the root)
 */
record ModuleModel(
    String interfaceId,
    ClassName type,
    Unload unload,
    long idleSeconds,
    Construction construction,
    List<OperationModel> operations,
    TypeElement element,
    boolean fromSource) {

  ModuleModel {
    operations = List.copyOf(operations);
  }

  /** Whether any operation needs an instance (static ones do not). */
  boolean needsInstance() {
    return operations.stream().anyMatch(operation -> !operation.isStatic());
  }

  /** How the gateway builds a module instance. */
  enum Construction {
    /** {@code new Module()}. */
    CONSTRUCTOR,
    /** {@code Module.create()}. */
    FACTORY,
    /** Every operation is static: no instance is ever built. */
    NONE
  }
}
