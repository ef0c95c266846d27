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
package dev.suga.runtime.internal;

import dev.suga.runtime.InterfaceInfo;
import dev.suga.runtime.OperationInfo;
import dev.suga.runtime.StatisticsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The modules one generated gateway includes, for its lifecycle methods: statistics, release, end
 * of invocation, cache invalidation. The gateway lists its modules by class name, in the order of
 * its {@code Interface} constants; their state is found through {@link ModuleRegistry} once their
 * holders have initialized, so asking about a module never loads it. Thread-safe.
 */
public final class GatewayScope {
  /**
   * System property: the used share of the maximum heap (0 to 1, default 0.85) above which the heap
   * is under pressure; read at each end of invocation, so a change applies from the next.
   */
  public static final String MEMORY_PRESSURE_THRESHOLD_PROPERTY = "suga.memoryPressureThreshold";

  private static final double DEFAULT_MEMORY_PRESSURE_THRESHOLD = 0.85;

  private final ClassLoader loader;
  private final String[] moduleClasses;

  /** The state of each module once found; guarded by {@code this}. */
  private final ModuleRuntime[] modules;

  /** The registry version {@link #modules} reflects; guarded by {@code this}. */
  private int seenVersion = -1;

  /**
   * Creates the scope of a gateway.
   *
   * @param gateway the generated gateway class, whose class loader resolves its modules
   * @param moduleClasses the canonical class names of its modules, in interface order
   */
  public GatewayScope(Class<?> gateway, String... moduleClasses) {
    this.loader = gateway.getClassLoader();
    this.moduleClasses = moduleClasses.clone();
    this.modules = new ModuleRuntime[moduleClasses.length];
  }

  /** A consistent copy of the modules found so far; null where a module has not loaded yet. */
  private ModuleRuntime[] modules() {
    synchronized (this) {
      int version = ModuleRegistry.version();
      if (version != seenVersion) {
        for (int i = 0; i < modules.length; i++) {
          if (modules[i] == null) {
            modules[i] = ModuleRegistry.find(moduleClasses[i], loader);
          }
        }
        seenVersion = version;
      }
      return modules.clone();
    }
  }

  private ModuleRuntime module(int interfaceIndex) {
    Objects.checkIndex(interfaceIndex, moduleClasses.length);
    return modules()[interfaceIndex];
  }

  /**
   * Takes a snapshot of the statistics of the gateway's modules.
   *
   * @param operations every operation's metadata, grouped by interface in interface order
   * @param interfaces every interface's metadata, in interface order
   * @return the snapshot
   * @throws IllegalArgumentException if there are not as many interfaces as modules, or the
   *     operations are not grouped by interface
   */
  public StatisticsSnapshot snapshot(
      List<OperationInfo> operations, List<InterfaceInfo> interfaces) {
    if (interfaces.size() != moduleClasses.length) {
      throw new IllegalArgumentException(
          "Expected " + moduleClasses.length + " interfaces, got " + interfaces.size());
    }
    ModuleRuntime[] current = modules();
    List<StatisticsSnapshot.OperationStatistics> operationStatistics =
        new ArrayList<>(operations.size());
    List<StatisticsSnapshot.ModuleStatistics> moduleStatistics = new ArrayList<>(interfaces.size());
    int next = 0;
    for (int i = 0; i < interfaces.size(); i++) {
      InterfaceInfo info = interfaces.get(i);
      ModuleRuntime module = current[i];
      moduleStatistics.add(
          module == null ? CallStatistics.unused(info) : module.statistics().module(info));
      for (;
          next < operations.size() && operations.get(next).interfaceId().equals(info.id());
          next++) {
        OperationInfo operation = operations.get(next);
        // By name: the module's holder, not this gateway, decides where an operation's counters
        // are (they differ when a library on the class path is newer than the one compiled
        // against); an operation the module no longer has was never called.
        int index = module == null ? -1 : module.operationIndex(operation.name());
        operationStatistics.add(
            index < 0
                ? CallStatistics.unused(operation)
                : module.statistics().operation(index, operation));
      }
    }
    if (next != operations.size()) {
      throw new IllegalArgumentException(
          "Operation "
              + operations.get(next).qualifiedName()
              + " is not grouped with its interface");
    }
    return new StatisticsSnapshot(operationStatistics, moduleStatistics);
  }

  /** Sets the counters of every module of the gateway back to zero. */
  public void resetStatistics() {
    for (ModuleRuntime module : modules()) {
      if (module != null) {
        module.statistics().reset();
      }
    }
  }

  /**
   * Whether the module of an interface is built and not released.
   *
   * @param interfaceIndex the interface's ordinal
   * @return whether it is loaded
   */
  public boolean isLoaded(int interfaceIndex) {
    ModuleRuntime module = module(interfaceIndex);
    return module != null && module.isLoaded();
  }

  /**
   * Releases the module of an interface unless a call runs in it or it never unloads.
   *
   * @param interfaceIndex the interface's ordinal
   * @return whether an instance was released
   */
  public boolean release(int interfaceIndex) {
    ModuleRuntime module = module(interfaceIndex);
    return module != null && module.release();
  }

  /**
   * Releases every releasable module of the gateway that has no call running.
   *
   * @return how many were released
   */
  public int releaseAll() {
    int released = 0;
    for (ModuleRuntime module : modules()) {
      if (module != null && module.release()) {
        released++;
      }
    }
    return released;
  }

  /**
   * Marks the end of one invocation: {@code IDLE} modules unused for their idle time are released;
   * and when the heap is under pressure ({@link #memoryPressure()}), every releasable module is
   * released (counted as an emergency release) and every cached result dropped. Modules with calls
   * in flight are skipped. Never throws an exception.
   */
  public void endInvocation() {
    ModuleRuntime[] current = modules();
    boolean pressure = memoryPressure();
    for (ModuleRuntime module : current) {
      if (module == null) {
        continue;
      }
      try {
        if (pressure) {
          module.releaseForMemory();
          module.clearCache();
        } else {
          module.endInvocation(module.clock().nanoTime());
        }
      } catch (RuntimeException e) {
        // An end-of-invocation hook must not fail the invocation; release() does not throw,
        // so this only defends against a misbehaving clock.
      }
    }
  }

  /**
   * Drops every cached result of the gateway's modules.
   *
   * @return how many results were dropped
   */
  public int clearCache() {
    int dropped = 0;
    for (ModuleRuntime module : modules()) {
      if (module != null) {
        dropped += module.clearCache();
      }
    }
    return dropped;
  }

  /**
   * Drops the cached results of every operation of one interface.
   *
   * @param interfaceIndex the interface's ordinal
   * @return how many results were dropped
   */
  public int invalidate(int interfaceIndex) {
    ModuleRuntime module = module(interfaceIndex);
    return module == null ? 0 : module.clearCache();
  }

  /**
   * Drops the cached results of one operation.
   *
   * @param interfaceIndex the ordinal of the operation's interface
   * @param operationName the operation's name within its interface, e.g. {@code "get"}
   * @return how many results were dropped
   */
  public int invalidate(int interfaceIndex, String operationName) {
    ModuleRuntime module = module(interfaceIndex);
    return module == null ? 0 : module.invalidate(operationName);
  }

  /**
   * Whether the used heap exceeds the memory pressure threshold share of the maximum heap.
   *
   * @return {@code (total - free) / max > memoryPressureThreshold()}
   */
  public static boolean memoryPressure() {
    Runtime heap = Runtime.getRuntime();
    long used = heap.totalMemory() - heap.freeMemory();
    return (double) used / heap.maxMemory() > memoryPressureThreshold();
  }

  /**
   * The memory pressure threshold now: the system property {@value
   * #MEMORY_PRESSURE_THRESHOLD_PROPERTY}, or 0.85 when it is unset or not a number from 0 to 1. 0
   * means always under pressure, 1 never.
   *
   * @return the share of the maximum heap
   */
  public static double memoryPressureThreshold() {
    return SystemProperties.fraction(
        MEMORY_PRESSURE_THRESHOLD_PROPERTY, DEFAULT_MEMORY_PRESSURE_THRESHOLD);
  }
}
