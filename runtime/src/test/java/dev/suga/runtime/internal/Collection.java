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

import java.util.function.BooleanSupplier;

/** Waits for what garbage collection does: clear weak references, enqueue them. */
final class Collection {
  private static final int ROUNDS = 200;

  private Collection() {}

  /**
   * Asks for full collections until {@code condition} holds, at most {@value #ROUNDS} times,
   * pausing between them so that the reference handler thread can enqueue cleared references.
   *
   * @return whether the condition held
   */
  static boolean until(BooleanSupplier condition) throws InterruptedException {
    for (int round = 0; round < ROUNDS; round++) {
      System.gc();
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(5);
    }
    return condition.getAsBoolean();
  }
}
