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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * Which pools measure memory pressure, against which maximum, and when they are read again: with
 * the pools and collectors of each HotSpot collector, as their MXBeans name them (JDK 17 and 25).
 */
class MemoryPoolsTest {
  private static final long MB = 1 << 20;

  @Test
  void serialMeasuresTheOldGenerationAgainstItsOwnMaximum() {
    Pool eden = heap("Eden Space", 0, 17 * MB);
    Pool survivor = heap("Survivor Space", 2 * MB, 2 * MB); // full survivors are not pressure
    Pool tenured = heap("Tenured Gen", 30 * MB, 40 * MB);
    Pool metaspace = new Pool("Metaspace", MemoryType.NON_HEAP, null);
    MemoryPools pools =
        new MemoryPools(
            List.of(eden, survivor, tenured, metaspace),
            List.of(
                new Collector("Copy", "Eden Space", "Survivor Space"),
                new Collector("MarkSweepCompact", "Eden Space", "Survivor Space", "Tenured Gen")),
            62 * MB);

    assertEquals(0.75, pools.latest().share(), "30 of the old generation's 40 MB, not of 62");
  }

  @Test
  void onlyACollectionOfThePoolsMeasuresAgain() {
    Pool tenured = heap("Tenured Gen", 10 * MB, 40 * MB);
    Collector young = new Collector("Copy", "Eden Space", "Survivor Space");
    Collector full =
        new Collector("MarkSweepCompact", "Eden Space", "Survivor Space", "Tenured Gen");
    MemoryPools pools =
        new MemoryPools(
            List.of(heap("Eden Space", 0, 17 * MB), tenured), List.of(young, full), 62 * MB);
    HeapOccupancy.Measurement first = pools.latest();
    int reads = tenured.reads;

    young.count = 7;
    tenured.after = usage(20 * MB, 40 * MB); // promoted since; measured by no collection yet
    assertSame(first, pools.latest(), "a young collection does not measure the old generation");
    assertEquals(reads, tenured.reads, "nor is the pool read again");

    full.count = 1;
    HeapOccupancy.Measurement second = pools.latest();
    assertNotSame(first, second);
    assertEquals(0.5, second.share());
    assertSame(second, pools.latest());
  }

  @Test
  void poolsWithoutAMaximumAreMeasuredAgainstTheMaximumHeap() {
    MemoryPools g1 =
        new MemoryPools(
            List.of(
                heap("G1 Eden Space", 40 * MB, -1),
                heap("G1 Old Gen", 16 * MB, -1),
                heap("G1 Survivor Space", 4 * MB, -1)),
            List.of(
                new Collector(
                    "G1 Young Generation", "G1 Eden Space", "G1 Survivor Space", "G1 Old Gen"),
                new Collector("G1 Concurrent GC", "G1 Old Gen"),
                new Collector(
                    "G1 Old Generation", "G1 Eden Space", "G1 Survivor Space", "G1 Old Gen")),
            64 * MB);

    assertEquals(0.25, g1.latest().share());
  }

  @Test
  void generationalZgcAndShenandoahMeasureTheirOldGenerations() {
    for (String[] names :
        new String[][] {
          {"ZGC Young Generation", "ZGC Old Generation"},
          {"Shenandoah Young Gen", "Shenandoah Old Gen"}
        }) {
      MemoryPools pools =
          new MemoryPools(
              List.of(heap(names[0], 48 * MB, 64 * MB), heap(names[1], 16 * MB, 64 * MB)),
              List.of(new Collector("Cycles", names), new Collector("Pauses", names)),
              64 * MB);

      assertEquals(0.25, pools.latest().share(), names[1]);
    }
  }

  @Test
  void collectorsWithoutGenerationsMeasureTheWholeHeap() {
    for (String name : List.of("ZHeap", "Shenandoah")) {
      MemoryPools pools =
          new MemoryPools(
              List.of(heap(name, 48 * MB, 64 * MB)),
              List.of(new Collector(name + " Cycles", name)),
              64 * MB);

      assertEquals(0.75, pools.latest().share(), name);
    }
  }

  @Test
  void whenEveryMeasuredPoolLooksYoungAllOfThemCount() {
    MemoryPools pools =
        new MemoryPools(
            List.of(heap("Young Things", 8 * MB, 32 * MB), heap("Young Others", 24 * MB, 32 * MB)),
            List.of(),
            64 * MB);

    assertEquals(0.75, pools.latest().share());
  }

  @Test
  void aJvmThatMeasuresNoPoolIsNeverUnderPressure() {
    MemoryPools pools =
        new MemoryPools(List.of(new Pool("Heap", MemoryType.HEAP, null)), List.of(), 64 * MB);

    assertSame(HeapOccupancy.Measurement.NONE, pools.latest());
  }

  @Test
  void youngPoolsAreKnownByTheirNames() {
    for (String name :
        List.of(
            "Eden Space",
            "Survivor Space",
            "PS Eden Space",
            "PS Survivor Space",
            "G1 Eden Space",
            "G1 Survivor Space",
            "ZGC Young Generation",
            "Shenandoah Young Gen",
            "nursery-allocate",
            "nursery-survivor")) {
      assertTrue(MemoryPools.young(name), name);
    }
    for (String name :
        List.of(
            "Tenured Gen",
            "PS Old Gen",
            "G1 Old Gen",
            "ZHeap",
            "ZGC Old Generation",
            "Shenandoah",
            "Shenandoah Old Gen",
            "Epsilon Heap",
            "tenured-SOA",
            "tenured-LOA")) {
      assertFalse(MemoryPools.young(name), name);
    }
  }

  @Test
  void thisJvmsPoolsAreHeapPoolsOfLongLivedObjects() {
    List<MemoryPoolMXBean> chosen = MemoryPools.longLived(ManagementFactory.getMemoryPoolMXBeans());

    assertFalse(chosen.isEmpty());
    for (MemoryPoolMXBean pool : chosen) {
      assertEquals(MemoryType.HEAP, pool.getType(), pool.getName());
      assertFalse(MemoryPools.young(pool.getName()), pool.getName());
    }
    System.gc();
    double share = MemoryPools.create().latest().share();
    assertTrue(share >= 0 && share < 1, "share " + share);
  }

  private static Pool heap(String name, long usedAfterCollection, long max) {
    return new Pool(name, MemoryType.HEAP, usage(usedAfterCollection, max));
  }

  private static MemoryUsage usage(long used, long max) {
    return new MemoryUsage(0, used, Math.max(used, max), max);
  }

  /** A pool whose use after collections the test sets; thresholds are not to be touched. */
  private static final class Pool implements MemoryPoolMXBean {
    private final String name;
    private final MemoryType type;
    MemoryUsage after;
    int reads;

    Pool(String name, MemoryType type, MemoryUsage after) {
      this.name = name;
      this.type = type;
      this.after = after;
    }

    @Override
    public MemoryUsage getCollectionUsage() {
      reads++;
      return after;
    }

    @Override
    public boolean isCollectionUsageThresholdSupported() {
      return after != null;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public MemoryType getType() {
      return type;
    }

    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public String[] getMemoryManagerNames() {
      return new String[0];
    }

    @Override
    public MemoryUsage getUsage() {
      throw new UnsupportedOperationException("use now counts garbage");
    }

    @Override
    public MemoryUsage getPeakUsage() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void resetPeakUsage() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long getUsageThreshold() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setUsageThreshold(long threshold) {
      throw new UnsupportedOperationException("a JVM-wide setting the application may own");
    }

    @Override
    public boolean isUsageThresholdExceeded() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long getUsageThresholdCount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUsageThresholdSupported() {
      return false;
    }

    @Override
    public long getCollectionUsageThreshold() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setCollectionUsageThreshold(long threshold) {
      throw new UnsupportedOperationException("a JVM-wide setting the application may own");
    }

    @Override
    public boolean isCollectionUsageThresholdExceeded() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long getCollectionUsageThresholdCount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ObjectName getObjectName() {
      return null;
    }
  }

  /** A collector whose collection count the test sets. */
  private static final class Collector implements GarbageCollectorMXBean {
    private final String name;
    private final String[] pools;
    long count;

    Collector(String name, String... pools) {
      this.name = name;
      this.pools = pools.clone();
    }

    @Override
    public long getCollectionCount() {
      return count;
    }

    @Override
    public long getCollectionTime() {
      return 0;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public String[] getMemoryPoolNames() {
      return pools.clone();
    }

    @Override
    public ObjectName getObjectName() {
      return null;
    }
  }
}
