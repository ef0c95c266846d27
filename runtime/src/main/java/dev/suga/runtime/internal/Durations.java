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

/** Seconds as nanoseconds for the TTL and idle checks, saturating instead of overflowing. */
final class Durations {
  private Durations() {}

  /**
   * {@code seconds} (not negative) in nanoseconds, or {@link Long#MAX_VALUE} ("never") when that
   * overflows.
   */
  static long saturatedNanos(long seconds) {
    return seconds >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE : seconds * 1_000_000_000L;
  }
}
