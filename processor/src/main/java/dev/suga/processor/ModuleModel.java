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
 * @param fallback the {@code @GatewayFallback} method, or null
 * @param warmup the {@code @GatewayWarmup} method, or null
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
    FallbackModel fallback,
    WarmupModel warmup,
    TypeElement element,
    boolean fromSource) {

  ModuleModel {
    operations = List.copyOf(operations);
  }

  /** Whether any operation needs an instance (static ones do not). */
  boolean needsInstance() {
    return construction != Construction.NONE;
  }

  /**
   * The generated holder that owns the module's instance, unload state, cached results and
   * counters, beside the module: {@code com.acme.Outer.CacheCore} -> {@code
   * com.acme.Outer_CacheCore_Holder}. Every gateway that includes the module calls it.
   */
  ClassName holder() {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "_Holder");
  }

  /**
   * Whether the instance is held by the runtime's releasable holder (policies other than NEVER).
   */
  boolean releasable() {
    return unload != Unload.NEVER && needsInstance();
  }

  /** Whether {@code Gateway.train()} trains the module: it has a warm-up or is primed. */
  boolean trained() {
    return warmup != null || hasHotInstanceOperation();
  }

  /** Whether a {@code @HotPath} operation needs the instance: such modules are primed. */
  boolean hasHotInstanceOperation() {
    return needsInstance() && operations.stream().anyMatch(o -> o.hotPath() && !o.isStatic());
  }

  /**
   * Whether some operation runs without building the instance (a static one, or a cached one whose
   * hit returns before the module is touched): then a NEVER module's instance lives in a nested
   * class of the holder, initialized only when an operation needs it.
   */
  boolean instanceBuiltOnDemand() {
    return operations.stream().anyMatch(o -> o.isStatic() || o.cached())
        || (fallback != null && fallback.isStatic())
        || (warmup != null && warmup.isStatic());
  }

  /**
   * Whether any call is counted in statistics (every operation that is not a hot path, the
   * fallback).
   */
  boolean hasCountedOperation() {
    return fallback != null || operations.stream().anyMatch(o -> !o.hotPath());
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
