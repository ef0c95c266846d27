package dev.suga.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything one generated gateway contains.
 *
 * @param className the generated class ({@code com.acme.Gateway})
 * @param root the {@code @GatewayRoot} type
 * @param modules the modules in a stable order (by interface id)
 */
record GatewayModel(ClassName className, TypeElement root, List<ModuleModel> modules) {
  GatewayModel {
    modules = List.copyOf(modules);
  }

  int operationCount() {
    return modules.stream().mapToInt(module -> module.operations().size()).sum();
  }
}
