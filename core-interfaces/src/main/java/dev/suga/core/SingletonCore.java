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
package dev.suga.core;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import java.util.SplittableRandom;

/**
 * The {@code singleton} interface: objects a function shares and builds once per JVM, the random
 * source for retry jitter ({@code http_client}) and the time the function instance started.
 */
@GatewayModule
public final class SingletonCore {
  private final Object lock = new Object();
  private final SplittableRandom root = new SplittableRandom();
  private final long builtAtMillis = System.currentTimeMillis();
  private volatile long startedAtMillis;

  /**
   * A fast, non-cryptographic random source (jitter; never secrets), new on each call.
   *
   * <p>{@code SplittableRandom} is not thread-safe, so no single instance is handed out: each call
   * splits a fresh one off the shared root under a lock (the only contended part, a few
   * nanoseconds). The caller owns the result and may keep it for one piece of work.
   *
   * <p>Each split is also mixed with the clock: a SnapStart snapshot restores the same root state
   * into every execution environment, and without fresh input they would all draw the same numbers.
   */
  @GatewayOperation
  @HotPath
  public SplittableRandom random() {
    long seed;
    synchronized (lock) {
      seed = root.nextLong();
    }
    return new SplittableRandom(seed ^ UtilityCore.mix(System.nanoTime()));
  }

  /**
   * Epoch milliseconds at which this JVM's function instance started: the process start time the
   * operating system reports, asked once on first use (diagnostics, not the hot path), or else the
   * moment this module was built.
   */
  @GatewayOperation
  public long startedAtMillis() {
    long started = startedAtMillis;
    if (started == 0) {
      java.util.Optional<java.time.Instant> processStart =
          ProcessHandle.current().info().startInstant();
      started = processStart.isPresent() ? processStart.get().toEpochMilli() : builtAtMillis;
      startedAtMillis = started;
    }
    return started;
  }
}
