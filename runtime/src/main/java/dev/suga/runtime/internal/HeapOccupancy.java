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

/**
 * How full the part of the heap that holds long-lived objects was after the garbage collection that
 * last measured it: what {@link GatewayScope} compares with the memory pressure threshold. Use
 * measured right after a collection counts live objects (and, in an old generation that the
 * collection did not clean, dead ones that were promoted), never the young garbage that the next
 * young collection frees, which {@code Runtime.totalMemory() - freeMemory()} counts.
 *
 * <p>The JVM's own is {@link #platform()}; tests give a {@link GatewayScope} another.
 */
interface HeapOccupancy {
  /**
   * The latest measurement: the same object until a collection measures the heap again, so that a
   * caller can act once per measurement. Never {@code null}; never throws.
   *
   * @return the measurement
   */
  Measurement latest();

  /**
   * The JVM's heap occupancy, read from {@code java.lang.management} once a collection has happened
   * (see {@link CollectedHeap}).
   *
   * @return the JVM's heap occupancy
   */
  static HeapOccupancy platform() {
    return CollectedHeap.INSTANCE;
  }

  /** One measurement. */
  final class Measurement {
    /** Nothing measured yet, or nothing that can be measured: not full at all. */
    static final Measurement NONE = new Measurement(0.0);

    private final double share;

    /**
     * Creates a measurement.
     *
     * @param share the used share of the capacity, 0 to 1
     */
    Measurement(double share) {
      this.share = share;
    }

    /**
     * The share of the long-lived part's capacity that was in use after the collection.
     *
     * @return 0 to 1
     */
    double share() {
      return share;
    }

    @Override
    public String toString() {
      return "Measurement[" + share + "]";
    }
  }
}
