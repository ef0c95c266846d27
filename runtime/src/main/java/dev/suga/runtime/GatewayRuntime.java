package dev.suga.runtime;

import java.util.Objects;

/**
 * The run-time state of one generated gateway: its statistics, its result cache and the
 * holders of its releasable modules. Each generated {@code Gateway} class has one static
 * instance. Thread-safe.
 *
 * <p>System properties, read when the runtime is created:
 *
 * <ul>
 *   <li>{@code suga.cache.maxEntries}: result cache bound, default 1024;
 *   <li>{@code suga.memoryPressureThreshold}: used share of the maximum heap above which
 *       {@link UnloadPolicy#MEMORY_PRESSURE} modules are released, default 0.85;
 *   <li>{@code suga.statistics.samplePeriod}: see {@link GatewayStatistics}.
 * </ul>
 */
public final class GatewayRuntime {
  /** System property: the result cache's maximum number of entries. */
  public static final String CACHE_MAX_ENTRIES_PROPERTY = "suga.cache.maxEntries";
  /** System property: the memory pressure threshold, a share of the maximum heap. */
  public static final String MEMORY_PRESSURE_THRESHOLD_PROPERTY = "suga.memoryPressureThreshold";

  private static final int DEFAULT_CACHE_MAX_ENTRIES = 1024;
  private static final double DEFAULT_MEMORY_PRESSURE_THRESHOLD = 0.85;

  private final NanoClock clock;
  private final GatewayStatistics statistics;
  private final int interfaceCount;
  /**
   * Holders by interface index, null where a module has none (NEVER modules); the array itself
   * is created with the first holder, so that a cold start that builds only NEVER modules does
   * not load {@code ModuleHolder} (a class read and verified for nothing). Guarded by {@link
   * #holdersLock}.
   */
  private ModuleHolder<?>[] holders;
  private final Object holdersLock = new Object();
  private final Object cacheLock = new Object();
  private volatile ResultCache resultCache;
  private volatile double memoryPressureThreshold;

  /**
   * Creates the runtime of a gateway, on the system clock.
   *
   * @param operationCount the number of operations ({@code Gateway.Operation} constants)
   * @param interfaceCount the number of interfaces ({@code Gateway.Interface} constants)
   */
  public GatewayRuntime(int operationCount, int interfaceCount) {
    this(operationCount, interfaceCount, NanoClock.SYSTEM);
  }

  /**
   * Creates the runtime of a gateway.
   *
   * @param operationCount the number of operations ({@code Gateway.Operation} constants)
   * @param interfaceCount the number of interfaces ({@code Gateway.Interface} constants)
   * @param clock the clock for timings, TTLs and idle times
   */
  public GatewayRuntime(int operationCount, int interfaceCount, NanoClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.statistics = new GatewayStatistics(operationCount, interfaceCount, clock);
    this.interfaceCount = interfaceCount;
    this.memoryPressureThreshold = SystemProperties.fraction(
        MEMORY_PRESSURE_THRESHOLD_PROPERTY, DEFAULT_MEMORY_PRESSURE_THRESHOLD);
  }

  /**
   * The gateway's usage statistics.
   *
   * @return the statistics, never {@code null}
   */
  public GatewayStatistics statistics() {
    return statistics;
  }

  /**
   * The result cache shared by the gateway's cached operations, created on first use (a
   * gateway without {@code @Cached} operations never creates it) and bounded by the system
   * property {@code suga.cache.maxEntries} (default 1024).
   *
   * @return the result cache
   */
  public ResultCache resultCache() {
    ResultCache cache = resultCache;
    if (cache == null) {
      synchronized (cacheLock) {
        cache = resultCache;
        if (cache == null) {
          cache = new ResultCache(
              SystemProperties.positiveInt(CACHE_MAX_ENTRIES_PROPERTY, DEFAULT_CACHE_MAX_ENTRIES),
              clock);
          resultCache = cache;
        }
      }
    }
    return cache;
  }

  /**
   * The clock for timings, TTLs and idle times.
   *
   * @return the clock given to the constructor, or {@link NanoClock#SYSTEM}
   */
  public NanoClock clock() {
    return clock;
  }

  /** Called by the {@link ModuleHolder} constructor. */
  void register(ModuleHolder<?> holder) {
    int index = holder.interfaceIndex();
    if (index < 0 || index >= interfaceCount) {
      throw new IllegalArgumentException("Interface index " + index + " of '"
          + holder.interfaceId() + "' is outside 0.." + (interfaceCount - 1));
    }
    synchronized (holdersLock) {
      if (holders == null) {
        holders = new ModuleHolder<?>[interfaceCount];
      }
      if (holders[index] != null) {
        throw new IllegalArgumentException("Interface index " + index + " of '"
            + holder.interfaceId() + "' already has a holder, for '"
            + holders[index].interfaceId() + "'");
      }
      holders[index] = holder;
    }
  }

  /**
   * Marks the end of one invocation (for example one Lambda event): {@link UnloadPolicy#IDLE}
   * modules that no call has used for longer than their idle seconds are released, and
   * {@link UnloadPolicy#MEMORY_PRESSURE} modules are released if {@link #memoryPressure()}.
   * Modules with calls in flight are skipped. Never throws an exception.
   */
  public void endInvocation() {
    ModuleHolder<?>[] current = holders();
    if (current == null) {
      return;
    }
    long now = clock.nanoTime();
    for (ModuleHolder<?> holder : current) {
      if (holder != null) {
        try {
          holder.endInvocation(now);
        } catch (RuntimeException e) {
          // An end-of-invocation hook must not fail the invocation; release() does not throw,
          // so this is only a defence against a misbehaving clock or statistics.
        }
      }
    }
  }

  /**
   * Releases every module that has a holder and no call in flight, whatever its policy,
   * closing the {@link AutoCloseable} ones. Modules that never unload are not affected.
   *
   * @return how many modules were released
   */
  public int releaseAll() {
    ModuleHolder<?>[] current = holders();
    if (current == null) {
      return 0;
    }
    int released = 0;
    for (ModuleHolder<?> holder : current) {
      if (holder != null && holder.release()) {
        released++;
      }
    }
    return released;
  }

  /** A consistent copy, also published safely to this thread; null before the first holder. */
  private ModuleHolder<?>[] holders() {
    synchronized (holdersLock) {
      return holders == null ? null : holders.clone();
    }
  }

  /**
   * Whether the used heap exceeds the memory pressure threshold share of the maximum heap.
   *
   * @return {@code (total - free) / max > threshold}
   */
  public boolean memoryPressure() {
    Runtime heap = Runtime.getRuntime();
    long used = heap.totalMemory() - heap.freeMemory();
    return (double) used / heap.maxMemory() > memoryPressureThreshold;
  }

  /**
   * Sets the memory pressure threshold (initially the system property {@code
   * suga.memoryPressureThreshold}, default 0.85). 0 means always under pressure, 1 never.
   *
   * @param threshold the share of the maximum heap, from 0 to 1
   * @throws IllegalArgumentException if {@code threshold} is not between 0 and 1
   */
  public void setMemoryPressureThreshold(double threshold) {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException(
          "The memory pressure threshold must be between 0 and 1: " + threshold);
    }
    this.memoryPressureThreshold = threshold;
  }

  /**
   * The memory pressure threshold.
   *
   * @return the share of the maximum heap above which there is memory pressure
   */
  public double memoryPressureThreshold() {
    return memoryPressureThreshold;
  }
}
