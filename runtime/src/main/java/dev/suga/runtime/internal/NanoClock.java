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
 * A source of {@link System#nanoTime()}-style timestamps, so that tests can control time for TTLs,
 * idle release and timings. Only differences between two readings are meaningful.
 */
public interface NanoClock {
  /** The system clock, {@link System#nanoTime()}. */
  NanoClock SYSTEM = new SystemNanoClock();

  /**
   * Returns the current time in nanoseconds from an arbitrary origin.
   *
   * @return the current time in nanoseconds
   */
  long nanoTime();
}
