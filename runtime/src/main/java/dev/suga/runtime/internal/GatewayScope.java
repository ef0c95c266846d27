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
   * System property: the share (0 to 1, default 0.85) of the heap that long-lived objects can fill
   * which, in use after the last garbage collection that measured it, puts the heap under pressure;
   * 0 means always under pressure, 1 never. Read at each end of invocation, so a change applies
   * from the next. See {@link #memoryPressure()} for what is measured.
   */
  public static final String MEMORY_PRESSURE_THRESHOLD_PROPERTY = "suga.memoryPressureThreshold";

  private static final double DEFAULT_MEMORY_PRESSURE_THRESHOLD = 0.85;

  /** The least share of the heap the long-lived pool can take: see {@link #mayBeUnderPressure}. */
  private static final double LONG_LIVED_SHARE_OF_HEAP = 0.5;

  private final ClassLoader loader;
  private final String[] moduleClasses;

  /** The state of each module once found; guarded by {@code this}. */
  private final ModuleRuntime[] modules;

  /** The registry version {@link #modules} reflects; guarded by {@code this}. */
  private int seenVersion = -1;

  /**
   * Where memory pressure is read: {@code null} for the JVM's own, {@link
   * HeapOccupancy#platform()}, looked up only when an end of invocation needs it (so a gateway that
   * never does loads none of its classes); another in tests.
   */
  private final HeapOccupancy heap;

  /** The measurement this gateway last released its modules for; guarded by {@code this}. */
  private HeapOccupancy.Measurement relieved;

  /**
   * Creates the scope of a gateway.
   *
   * @param gateway the generated gateway class, whose class loader resolves its modules
   * @param moduleClasses the canonical class names of its modules, in interface order
   */
  public GatewayScope(Class<?> gateway, String... moduleClasses) {
    this(gateway, null, moduleClasses);
  }

  /** As the public constructor, with the heap occupancy that memory pressure reads (for tests). */
  GatewayScope(Class<?> gateway, HeapOccupancy heap, String... moduleClasses) {
    this.loader = gateway.getClassLoader();
    this.moduleClasses = moduleClasses.clone();
    this.modules = new ModuleRuntime[moduleClasses.length];
    this.heap = heap;
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
   *
   * <p>Memory is looked at only once one of the gateway's modules that pressure concerns has
   * loaded: one that can be released (any policy but {@code NEVER}) or has a result cache. A
   * gateway without such modules never reads the heap, nor loads {@code java.lang.management}; nor
   * does one whose heap use stays below half the threshold. And one measurement releases once: a
   * garbage collection takes the measurement, and until the next one measures again, releasing
   * again would act on the same figure, which cannot show what the last release freed (with Serial
   * and Parallel only a full collection measures the old generation, which a module rebuilt and
   * released at every invocation might never bring about). A threshold of 0 releases at every end
   * of invocation, without measuring.
   */
  public void endInvocation() {
    ModuleRuntime[] current = modules();
    boolean pressure = underPressure(current);
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

  /** Whether this end of invocation releases for memory: see {@link #endInvocation()}. */
  private boolean underPressure(ModuleRuntime[] current) {
    double threshold = memoryPressureThreshold();
    if (threshold <= 0.0) {
      return true;
    }
    if (threshold >= 1.0 || !memoryPressureApplies(current)) {
      return false;
    }
    // Watching starts here (the platform's begins to notice collections), even when the heap in
    // use is too low to look yet: the collection that precedes a look must count.
    HeapOccupancy occupancy = heap != null ? heap : HeapOccupancy.platform();
    if (heap == null && !mayBeUnderPressure(threshold)) {
      return false;
    }
    HeapOccupancy.Measurement latest = occupancy.latest();
    synchronized (this) {
      if (latest == relieved || !(latest.share() > threshold)) {
        return false;
      }
      relieved = latest;
      return true;
    }
  }

  private static boolean memoryPressureApplies(ModuleRuntime[] current) {
    for (ModuleRuntime module : current) {
      if (module != null && module.memoryPressureApplies()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the heap is under memory pressure: whether the long-lived objects filled more than the
   * {@linkplain #memoryPressureThreshold() threshold} share of the space they can fill, right after
   * the last garbage collection that measured it. That is the collection usage of the heap's old
   * generation against its maximum size (Serial, Parallel: Lambda's JVMs run Serial), or against
   * the maximum heap when the old generation can grow into all of it (G1, generational ZGC and
   * Shenandoah) or the collector has no generations (ZGC, Shenandoah); see {@code MemoryPools}.
   * Garbage is not counted, as {@code Runtime.totalMemory() - freeMemory()} would: only what a
   * collection left behind.
   *
   * <p>Before the first collection (after the runtime began to watch) nothing was measured, so the
   * heap is not under pressure; from then on this reads {@code java.lang.management}, whose classes
   * load on that first read. A threshold of 0 is always under pressure, and 1 never, without
   * reading anything.
   *
   * @return whether the heap is under memory pressure
   */
  public static boolean memoryPressure() {
    double threshold = memoryPressureThreshold();
    if (threshold <= 0.0) {
      return true;
    }
    if (threshold >= 1.0) {
      return false;
    }
    HeapOccupancy occupancy = HeapOccupancy.platform();
    return mayBeUnderPressure(threshold) && occupancy.latest().share() > threshold;
  }

  /**
   * Whether the heap may be under pressure, judged from what costs nothing to read, so that {@code
   * java.lang.management} loads only when the answer may be yes. The used heap, garbage included,
   * is at least what any pool held after its last collection; and with every JDK collector's
   * defaults the pool that long-lived objects fill can take at least half the heap (the old
   * generation of Serial and Parallel two thirds, that of G1, ZGC and Shenandoah all of it). So
   * while less than half the threshold share of the heap is used, no pool can be over the
   * threshold. (A young generation set larger than half the heap weakens this: pressure is then
   * seen only once the heap's use crosses half the threshold.)
   */
  private static boolean mayBeUnderPressure(double threshold) {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    return used > threshold * LONG_LIVED_SHARE_OF_HEAP * runtime.maxMemory();
  }

  /**
   * The memory pressure threshold now: the system property {@value
   * #MEMORY_PRESSURE_THRESHOLD_PROPERTY}, or 0.85 when it is unset or not a number from 0 to 1. 0
   * means always under pressure, 1 never.
   *
   * @return the share of the space long-lived objects can fill (see {@link #memoryPressure()})
   */
  public static double memoryPressureThreshold() {
    return SystemProperties.fraction(
        MEMORY_PRESSURE_THRESHOLD_PROPERTY, DEFAULT_MEMORY_PRESSURE_THRESHOLD);
  }
}
