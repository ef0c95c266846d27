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

import dev.suga.runtime.GatewayException;
import dev.suga.runtime.OperationInfo;
import java.util.Objects;

/**
 * The run-time state of one module, owned by its generated holder class: the statistics of its
 * calls, its cached results and, for the policies that release, its {@link ModuleHolder}. One per
 * module and class loader, whichever gateway reaches the module first: every gateway that includes
 * the module calls the same holder, so they share this state. Created when the holder class
 * initializes, that is, on the module's first call, and then found by gateways through {@link
 * ModuleRegistry}. Thread-safe.
 *
 * <p>System property {@code suga.cache.maxEntries}: the bound of each module's result cache,
 * default 1024.
 */
public final class ModuleRuntime {
  /** System property: the most entries one module's result cache keeps. */
  public static final String CACHE_MAX_ENTRIES_PROPERTY = "suga.cache.maxEntries";

  private static final int DEFAULT_CACHE_MAX_ENTRIES = 1024;

  private final String interfaceId;
  private final String moduleClass;

  /**
   * The module's operation names in the holder's counter order ({@value
   * OperationInfo#FALLBACK_NAME} for a fallback). Gateways ask by name, not position: an
   * application compiled against one version of a library may run with another whose holder orders
   * the operations differently.
   */
  private final String[] operationNames;

  private final ClassLoader loader;
  private final NanoClock clock;
  private final CallStatistics statistics;
  private final Object cacheLock = new Object();
  private volatile ResultCache resultCache;
  private volatile ModuleHolder<?> holder;

  /**
   * Creates a module's state on the system clock and registers it, so that gateways find it.
   * Generated holders call this once, from their static initializer.
   *
   * @param holderClass the generated holder class, whose class loader scopes the registration
   * @param interfaceId the interface id, e.g. {@code "cache"}
   * @param moduleClass the module's canonical class name
   * @param operationNames the names of the module's counted operations, in the holder's counter
   *     order: the operations, then {@value OperationInfo#FALLBACK_NAME} for a fallback
   * @return the registered state
   */
  public static ModuleRuntime register(
      Class<?> holderClass, String interfaceId, String moduleClass, String... operationNames) {
    ModuleRuntime module =
        new ModuleRuntime(
            interfaceId,
            moduleClass,
            holderClass.getClassLoader(),
            operationNames,
            NanoClock.SYSTEM);
    ModuleRegistry.add(module);
    return module;
  }

  /**
   * Creates a module's state without registering it (for tests).
   *
   * @param interfaceId the interface id
   * @param moduleClass the module's canonical class name
   * @param loader the class loader of the holder, {@code null} for the bootstrap loader
   * @param operationNames the names of the counted operations, in counter order
   * @param clock the clock for timings, TTLs and idle times
   */
  ModuleRuntime(
      String interfaceId,
      String moduleClass,
      ClassLoader loader,
      String[] operationNames,
      NanoClock clock) {
    this.interfaceId = Objects.requireNonNull(interfaceId, "interfaceId");
    this.moduleClass = Objects.requireNonNull(moduleClass, "moduleClass");
    this.operationNames = operationNames.clone();
    this.loader = loader;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.statistics = new CallStatistics(operationNames.length, clock);
  }

  /**
   * The statistics of the module's calls, loads and releases.
   *
   * @return the statistics
   */
  public CallStatistics statistics() {
    return statistics;
  }

  /**
   * The module's result cache, created on first use (a module without {@code @Cached} operations
   * never creates one) and bounded by {@code suga.cache.maxEntries}.
   *
   * @return the result cache
   */
  public ResultCache resultCache() {
    ResultCache cache = resultCache;
    if (cache == null) {
      synchronized (cacheLock) {
        cache = resultCache;
        if (cache == null) {
          cache =
              new ResultCache(
                  SystemProperties.positiveInt(
                      CACHE_MAX_ENTRIES_PROPERTY, DEFAULT_CACHE_MAX_ENTRIES),
                  clock);
          resultCache = cache;
        }
      }
    }
    return cache;
  }

  /**
   * Begins building the module instance: detects a circular construction and starts timing. Follow
   * it with {@link #constructionEnded} in a {@code finally} block.
   *
   * @return the start time to pass to {@link #constructionEnded}
   * @throws GatewayException if this thread is already building this module
   */
  public long constructionStarted() {
    ModuleConstruction.enter(interfaceId);
    return clock.nanoTime();
  }

  /**
   * Ends what {@link #constructionStarted()} began, counting a load if an instance was built.
   *
   * @param start what {@link #constructionStarted()} returned
   * @param built whether the instance was built
   */
  public void constructionEnded(long start, boolean built) {
    ModuleConstruction.exit(interfaceId);
    if (built) {
      statistics.moduleLoaded(clock.nanoTime() - start);
    }
  }

  /**
   * Records that building the instance threw {@code failure}, on the thread that built it: an
   * {@link InterruptedException} gives the thread its interrupt back, once (not again on every
   * later call that reports the failure).
   *
   * @param failure what construction threw
   */
  public void constructionFailed(Throwable failure) {
    Failures.restoreInterrupt(failure);
  }

  /**
   * Explains why the instance is missing: {@code failure} if construction threw it, else a circular
   * construction on this thread, else a factory that returned {@code null}.
   *
   * @param failure what construction threw, or {@code null}
   * @return the exception to throw
   */
  public GatewayException unavailable(Throwable failure) {
    return ModuleConstruction.unavailable(interfaceId, failure);
  }

  /** Called by the {@link ModuleHolder} constructor. */
  void attach(ModuleHolder<?> holder) {
    synchronized (cacheLock) {
      if (this.holder != null) {
        throw new IllegalArgumentException("Module '" + interfaceId + "' has a holder already");
      }
      this.holder = holder;
    }
  }

  /**
   * Whether an instance exists now. A module without a releasable holder is loaded once it was
   * built.
   *
   * @return whether the module is loaded
   */
  public boolean isLoaded() {
    ModuleHolder<?> current = holder;
    return current != null ? current.isLoaded() : statistics.isLoaded();
  }

  /**
   * Releases the instance unless a call is running in it; modules that never unload are not
   * affected.
   *
   * @return whether an instance was released
   */
  public boolean release() {
    ModuleHolder<?> current = holder;
    return current != null && current.release();
  }

  /** Releases the instance because memory is short; returns whether it was released. */
  boolean releaseForMemory() {
    ModuleHolder<?> current = holder;
    return current != null && current.release(true);
  }

  /**
   * Whether memory pressure concerns the module: it can be released (every policy but {@code
   * NEVER}; pressure releases them all), or it has a result cache (which pressure clears). Until
   * one such module has loaded, a gateway's end of invocation does not look at the heap.
   */
  boolean memoryPressureApplies() {
    return resultCache != null || holder != null;
  }

  /** Applies the unload policy at the end of an invocation. */
  void endInvocation(long nowNanos) {
    ModuleHolder<?> current = holder;
    if (current != null) {
      current.endInvocation(nowNanos);
    }
  }

  /**
   * The position of an operation in the module's counters and cache.
   *
   * @param operationName the operation's name, e.g. {@code "get"}
   * @return its index, or -1 if this module (this version of it) has no such operation
   */
  public int operationIndex(String operationName) {
    for (int i = 0; i < operationNames.length; i++) {
      if (operationNames[i].equals(operationName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Drops the cached results of one operation.
   *
   * @param operationName the operation's name
   * @return how many results were dropped; 0 if the module has no such operation
   */
  public int invalidate(String operationName) {
    ResultCache cache = resultCache;
    int operation = operationIndex(operationName);
    return cache == null || operation < 0 ? 0 : cache.invalidate(operation);
  }

  /**
   * Drops every cached result of the module.
   *
   * @return how many results were dropped
   */
  public int clearCache() {
    ResultCache cache = resultCache;
    return cache == null ? 0 : cache.clear();
  }

  /** The clock for timings, TTLs and idle times. */
  NanoClock clock() {
    return clock;
  }

  /**
   * The interface id.
   *
   * @return e.g. {@code "cache"}
   */
  public String interfaceId() {
    return interfaceId;
  }

  /** The module's canonical class name. */
  String moduleClass() {
    return moduleClass;
  }

  /** The class loader of the holder, {@code null} for the bootstrap loader. */
  ClassLoader loader() {
    return loader;
  }

  /** The releasable holder, or {@code null}. */
  ModuleHolder<?> holder() {
    return holder;
  }

  @Override
  public String toString() {
    return "ModuleRuntime[" + interfaceId + ", " + moduleClass + "]";
  }
}
