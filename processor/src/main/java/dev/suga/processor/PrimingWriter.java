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

import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * Writes what a snapshotting runtime (AWS Lambda SnapStart, CRaC) needs before a checkpoint: {@code
 * Gateway.prime()}, which builds every module that has a {@code @HotPath} operation, and a class
 * list of the classes the hot paths use, for preloading or an AppCDS archive. Both come from the
 * routing tables, so they stay right as operations change.
 */
final class PrimingWriter {
  private final GatewayNames names;

  PrimingWriter(GatewayNames names) {
    this.names = names;
  }

  /**
   * Modules with at least one non-static hot operation: the ones worth building before a snapshot.
   */
  static List<ModuleModel> hotModules(List<ModuleModel> modules) {
    return modules.stream().filter(ModuleModel::hasHotInstanceOperation).toList();
  }

  MethodSpec prime(List<ModuleModel> modules) {
    MethodSpec.Builder prime =
        MethodSpec.methodBuilder(GatewayNames.PRIME)
            .addJavadoc(
                "Builds every module that has a {@code @HotPath} operation now, so that a snapshot taken\n"
                    + "afterwards (SnapStart, CRaC: call it from a {@code beforeCheckpoint} hook) starts with\n"
                    + "them ready. Building is what the first call would do; calling it twice builds nothing more.\n\n"
                    + "@return how many modules were primed\n"
                    + "@throws $T if a module cannot be built\n",
                RuntimeNames.GATEWAY_EXCEPTION)
            .addModifiers(PUBLIC, STATIC)
            .returns(TypeName.INT);
    List<ModuleModel> hot = hotModules(modules);
    for (ModuleModel module : hot) {
      prime.addStatement("$T.$N()", module.holder(), HolderWriter.PRIME_METHOD);
    }
    return prime.addStatement("return $L", hot.size()).build();
  }

  /**
   * The class list: internal names ({@code com/acme/CacheCore_Holder}), one per line, in the format
   * of {@code -XX:SharedClassListFile}: the gateway and its tables, then each hot module's holder
   * and class.
   */
  String classList(List<ModuleModel> modules) {
    StringBuilder out = new StringBuilder();
    line(out, names.gateway());
    line(out, names.interfaceEnum());
    line(out, names.operationType());
    for (ModuleModel module : hotModules(modules)) {
      line(out, module.holder());
      line(out, module.type());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, ClassName name) {
    out.append(name.packageName().replace('.', '/'));
    if (!name.packageName().isEmpty()) {
      out.append('/');
    }
    out.append(String.join("$", name.simpleNames())).append('\n');
  }
}
