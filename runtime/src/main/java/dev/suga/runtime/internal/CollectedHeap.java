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

import java.lang.ref.WeakReference;

/**
 * The JVM's heap occupancy as {@link MemoryPools} reads it, but only once a garbage collection has
 * happened: until then no collection has measured anything, and the first use of {@code
 * java.lang.management} costs a cold start 330 to 400 classes (JDK 17 to 25) and tens of
 * milliseconds (its {@code ManagementFactory} bootstraps lambdas, streams and a service loader).
 * After that, it reads the pools only when a collection has happened since the last look, so an end
 * of invocation between two collections costs one reference read.
 *
 * <p>A collection is noticed by a weak reference to an object that nothing else references: the
 * JDK's collectors clear it in the next collection of the young generation (every collection of
 * Serial, Parallel and G1, every cycle of ZGC and Shenandoah) and a new one replaces it each time
 * it is found cleared. Thread-safe.
 */
final class CollectedHeap implements HeapOccupancy {
  static final CollectedHeap INSTANCE = new CollectedHeap();

  /** Cleared by the next collection; replaced when found cleared, under the lock. */
  private volatile WeakReference<Object> sentinel = new WeakReference<>(new Object());

  /** What {@link #pools} said at the last look; written under the lock. */
  private volatile Measurement latest = Measurement.NONE;

  /** The platform's pools, from the first collection on; guarded by {@code this}. */
  private HeapOccupancy pools;

  private CollectedHeap() {}

  @Override
  public Measurement latest() {
    if (sentinel.get() != null) {
      return latest; // no collection since the last look: nothing was measured again
    }
    synchronized (this) {
      if (sentinel.get() == null) {
        sentinel = new WeakReference<>(new Object());
        if (pools == null) {
          pools = MemoryPools.create();
        }
        latest = pools.latest();
      }
      return latest;
    }
  }
}
