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

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The heap occupancy that {@code java.lang.management} reports: of each heap pool that holds
 * long-lived objects, its collection usage (its use right after the last collection that collected
 * it) as a share of its maximum size, the largest of these shares. The runtime's only use of {@code
 * java.lang.management}, created by {@link CollectedHeap} after the first collection.
 *
 * <p>The pools of long-lived objects are the heap pools whose use a collection measures ({@link
 * MemoryPoolMXBean#getCollectionUsage()} is not {@code null}), except the young ones: Eden and
 * Survivor spaces (Serial, Parallel, G1), young generations (generational ZGC and Shenandoah) and
 * nurseries (OpenJ9), whose use after a collection is new objects that may die soon. So:
 *
 * <ul>
 *   <li>Serial and Parallel (Lambda's JVMs run Serial): the old generation ({@code Tenured Gen},
 *       {@code PS Old Gen}), measured by full collections only, against its own maximum, which is
 *       what long-lived objects can fill (two thirds of the heap by default);
 *   <li>G1: {@code G1 Old Gen}, measured by every collection (promoted objects that died since the
 *       last marking count until a mixed or full collection frees them), against the maximum heap;
 *   <li>ZGC ({@code ZHeap}; generational: {@code ZGC Old Generation}) and Shenandoah ({@code
 *       Shenandoah}; generational: {@code Shenandoah Old Gen}), measured by each cycle, against the
 *       maximum heap.
 * </ul>
 *
 * A pool without a maximum ({@code -1}) is measured against the maximum heap. If every measured
 * pool looks young (an unknown collector's names), all of them count; a JVM that measures no pool
 * after collections is never under pressure.
 *
 * <p>Reading is cheap: the pool and collector beans are looked up once; each {@link #latest()} sums
 * the collection counts of the collectors of those pools (native calls, no allocation), and only
 * when the sum changed reads the pools again (one small object per pool). Thread-safe.
 */
final class MemoryPools implements HeapOccupancy {
  private final MemoryPoolMXBean[] pools;
  private final GarbageCollectorMXBean[] collectors;
  private final long heapMax;

  /** The collection count of {@link #latest}; guarded by {@code this}. */
  private long collections = -1;

  /** Guarded by {@code this}. */
  private Measurement latest = Measurement.NONE;

  /**
   * Creates the occupancy of the pools of long-lived objects among {@code pools}.
   *
   * @param pools the JVM's memory pools
   * @param collectors the JVM's collectors
   * @param heapMax the maximum heap, the capacity of pools without a maximum of their own
   */
  MemoryPools(List<MemoryPoolMXBean> pools, List<GarbageCollectorMXBean> collectors, long heapMax) {
    this.pools = longLived(pools).toArray(new MemoryPoolMXBean[0]);
    this.collectors = collectorsOf(this.pools, collectors).toArray(new GarbageCollectorMXBean[0]);
    this.heapMax = heapMax;
  }

  /**
   * The JVM's: its pools and collectors, and {@link Runtime#maxMemory()} as the maximum heap.
   * Without {@code java.lang.management} (or if it throws), an occupancy that is always {@link
   * Measurement#NONE}.
   *
   * @return the JVM's heap occupancy
   */
  static HeapOccupancy create() {
    try {
      return new MemoryPools(
          ManagementFactory.getMemoryPoolMXBeans(),
          ManagementFactory.getGarbageCollectorMXBeans(),
          Runtime.getRuntime().maxMemory());
    } catch (RuntimeException | LinkageError e) {
      return new MemoryPools(List.of(), List.of(), 1);
    }
  }

  /** The heap pools a collection measures, without the young ones unless all are young. */
  static List<MemoryPoolMXBean> longLived(List<MemoryPoolMXBean> pools) {
    List<MemoryPoolMXBean> measured = new ArrayList<>();
    List<MemoryPoolMXBean> longLived = new ArrayList<>();
    for (MemoryPoolMXBean pool : pools) {
      if (pool.getType() == MemoryType.HEAP
          && pool.isValid()
          && pool.getCollectionUsage() != null) {
        measured.add(pool);
        if (!young(pool.getName())) {
          longLived.add(pool);
        }
      }
    }
    return longLived.isEmpty() ? measured : longLived;
  }

  /** Whether a pool of this name holds new objects. */
  static boolean young(String poolName) {
    String name = poolName.toLowerCase(Locale.ROOT);
    return name.contains("eden")
        || name.contains("survivor")
        || name.contains("young")
        || name.contains("nursery");
  }

  /** The collectors that collect any of {@code pools}; all of them if none names one. */
  private static List<GarbageCollectorMXBean> collectorsOf(
      MemoryPoolMXBean[] pools, List<GarbageCollectorMXBean> collectors) {
    List<GarbageCollectorMXBean> of = new ArrayList<>();
    for (GarbageCollectorMXBean collector : collectors) {
      List<String> collected = Arrays.asList(collector.getMemoryPoolNames());
      for (MemoryPoolMXBean pool : pools) {
        if (collected.contains(pool.getName())) {
          of.add(collector);
          break;
        }
      }
    }
    return of.isEmpty() ? collectors : of;
  }

  @Override
  public synchronized Measurement latest() {
    if (pools.length == 0) {
      return Measurement.NONE;
    }
    try {
      long count = collections();
      if (count != collections) {
        collections = count;
        latest = new Measurement(share());
      }
    } catch (RuntimeException e) {
      // A bean that fails to answer: keep the last measurement.
    }
    return latest;
  }

  /**
   * How many collections of the pools there have been: a new number means a new measurement.
   * Without collector beans, every call counts as one.
   */
  private long collections() {
    if (collectors.length == 0) {
      return collections + 1;
    }
    long count = 0;
    for (GarbageCollectorMXBean collector : collectors) {
      count += Math.max(0, collector.getCollectionCount()); // -1: undefined
    }
    return count;
  }

  /** The largest used share of a pool's capacity after the last collection. */
  private double share() {
    double share = 0.0;
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage after = pool.getCollectionUsage();
      if (after != null) {
        long max = after.getMax() > 0 ? after.getMax() : heapMax;
        share = Math.max(share, (double) after.getUsed() / max);
      }
    }
    return share;
  }
}
