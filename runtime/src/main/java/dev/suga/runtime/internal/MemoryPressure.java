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
 * Whether the heap is nearly full: the used share of the maximum heap above a threshold, the system
 * property {@code suga.memoryPressureThreshold} (from 0 to 1, default 0.85; read at each check, so
 * a change applies from the next end of invocation). Under pressure, a gateway's end of invocation
 * releases every releasable module and clears the result caches.
 */
public final class MemoryPressure {
  /** System property: the threshold, a share of the maximum heap from 0 to 1. */
  public static final String THRESHOLD_PROPERTY = "suga.memoryPressureThreshold";

  private static final double DEFAULT_THRESHOLD = 0.85;

  private MemoryPressure() {}

  /**
   * Whether the used heap exceeds the threshold share of the maximum heap.
   *
   * @return {@code (total - free) / max > threshold}
   */
  public static boolean high() {
    Runtime heap = Runtime.getRuntime();
    long used = heap.totalMemory() - heap.freeMemory();
    return (double) used / heap.maxMemory() > threshold();
  }

  /**
   * The threshold now: the system property, or the default when it is unset or not a number from 0
   * to 1. 0 means always under pressure, 1 never.
   *
   * @return the share of the maximum heap
   */
  public static double threshold() {
    return SystemProperties.fraction(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD);
  }
}
