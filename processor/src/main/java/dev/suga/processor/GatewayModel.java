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

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything one generated gateway contains.
 *
 * @param className the generated class ({@code com.acme.Gateway})
 * @param origin the {@code @GatewayRoot} or {@code @GatewayLibrary} type
 * @param library whether it is a library's gateway ({@code @GatewayLibrary})
 * @param modules the modules in a stable order (by interface id): the {@code Interface} order
 * @param entries every operation, grouped by module in module order: the {@code Operation} order
 */
record GatewayModel(
    ClassName className,
    TypeElement origin,
    boolean library,
    List<ModuleModel> modules,
    List<Entry> entries) {
  GatewayModel {
    modules = List.copyOf(modules);
    entries = List.copyOf(entries);
  }

  static GatewayModel of(
      ClassName className, TypeElement origin, boolean library, List<ModuleModel> modules) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < modules.size(); i++) {
      ModuleModel module = modules.get(i);
      for (int j = 0; j < module.operations().size(); j++) {
        entries.add(new Entry(module, i, module.operations().get(j), j, entries.size()));
      }
    }
    return new GatewayModel(className, origin, library, modules, entries);
  }

  int operationCount() {
    return entries.size();
  }

  /**
   * One operation of the gateway.
   *
   * @param module its module
   * @param interfaceIndex the module's position, its {@code Interface} ordinal
   * @param operation the operation
   * @param indexInModule its position in the module: its index in the holder's statistics
   * @param ordinal its {@code Operation} ordinal
   */
  record Entry(
      ModuleModel module,
      int interfaceIndex,
      OperationModel operation,
      int indexInModule,
      int ordinal) {}
}
