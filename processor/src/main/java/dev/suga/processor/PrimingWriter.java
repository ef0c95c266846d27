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
 * Writes what a snapshotting runtime (AWS Lambda SnapStart, CRaC) or an AOT-cache training run
 * needs: {@code Gateway.prime()}, which builds every module that has a {@code @HotPath} operation;
 * {@code Gateway.train()}, which also runs every module's {@code @GatewayWarmup}; and a class list
 * of the classes the hot paths use, for preloading or an AppCDS archive. All come from the routing
 * tables, so they stay right as operations change.
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
                    + "@throws $L if a module cannot be built\n",
                RuntimeNames.GATEWAY_EXCEPTION_IN_JAVADOC)
            .addModifiers(PUBLIC, STATIC)
            .returns(TypeName.INT);
    List<ModuleModel> hot = hotModules(modules);
    for (ModuleModel module : hot) {
      prime.addStatement("$T.$N()", module.holder(), HolderWriter.PRIME_METHOD);
    }
    return prime.addStatement("return $L", hot.size()).build();
  }

  /**
   * {@code train()}: what a first event needs, loaded, linked and exercised, for a JDK 25 AOT cache
   * ({@code -XX:AOTCacheOutput}) or a checkpoint: every hot module built (as {@code prime()}) and
   * every warm-up run (which builds its module unless it is static).
   */
  MethodSpec train(List<ModuleModel> modules) {
    MethodSpec.Builder train =
        MethodSpec.methodBuilder(GatewayNames.TRAIN)
            .addJavadoc(
                "Prepares this JVM for a fast first event: builds every module that has a {@code\n"
                    + "@HotPath} operation, as {@link #prime()} does, and runs every module's {@code\n"
                    + "@GatewayWarmup}. Call it in a training run that records a JDK 25 AOT cache\n"
                    + "({@code -XX:AOTCacheOutput}), or before a SnapStart or CRaC checkpoint. Warm-ups\n"
                    + "must not call real services: train against stand-ins. Not counted in the\n"
                    + "statistics, except the loads of the modules it builds.\n\n"
                    + "@return how many modules were trained\n"
                    + "@throws $L if a module cannot be built or its warm-up fails\n",
                RuntimeNames.GATEWAY_EXCEPTION_IN_JAVADOC)
            .addModifiers(PUBLIC, STATIC)
            .returns(TypeName.INT);
    int trained = 0;
    for (ModuleModel module : modules) {
      if (!module.trained()) {
        continue;
      }
      if (module.hasHotInstanceOperation()
          && (module.warmup() == null || module.warmup().isStatic())) {
        train.addStatement("$T.$N()", module.holder(), HolderWriter.PRIME_METHOD);
      }
      if (module.warmup() != null) {
        train.addStatement("$T.$N()", module.holder(), HolderWriter.WARMUP_METHOD);
      }
      trained++;
    }
    return train.addStatement("return $L", trained).build();
  }

  /**
   * The class list: internal names ({@code com/acme/CacheCore_Holder}), one per line, in the format
   * of {@code -XX:SharedClassListFile}: the gateway and its tables, then the holder and class of
   * each module that {@code train()} trains.
   */
  String classList(List<ModuleModel> modules) {
    StringBuilder out = new StringBuilder();
    line(out, names.gateway());
    line(out, names.interfaceEnum());
    line(out, names.operationType());
    for (ModuleModel module : modules) {
      if (module.trained()) {
        line(out, module.holder());
        line(out, module.type());
      }
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
