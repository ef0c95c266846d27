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
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.runtime.UnloadPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No call may ever see a closed module, however releases and calls interleave. */
class ModuleHolderConcurrencyTest {
  private static final int WORKERS = 2;
  private static final int CALLS_PER_WORKER = 30_000;

  static final class Module implements AutoCloseable {
    volatile boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  static final class Holder extends ModuleHolder<Module> {
    final ConcurrentLinkedQueue<Module> created = new ConcurrentLinkedQueue<>();

    Holder(ModuleRuntime module, UnloadPolicy policy) {
      super(module, policy, 0);
    }

    @Override
    protected Module create() {
      Module module = new Module();
      created.add(module);
      return module;
    }
  }

  @Test
  void releaseNeverClosesAnAcquiredInstance() throws Exception {
    Holder holder =
        new Holder(
            new ModuleRuntime("module", "test.Module", null, new String[0], NanoClock.SYSTEM),
            UnloadPolicy.IDLE);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger releases = new AtomicInteger();
    Thread releaser =
        new Thread(
            () -> {
              while (!done.get()) {
                if (holder.release()) {
                  releases.incrementAndGet();
                }
              }
            });
    releaser.start();
    try {
      assertEquals(0, runCalls(holder));
    } finally {
      done.set(true);
      releaser.join();
    }
    assertTrue(releases.get() > 0, "the test must exercise releases");
    assertCreatedModulesAreClosedExactlyWhenReleased(holder, releases.get());
  }

  @Test
  void immediateReleaseNeverClosesAnotherCallsInstance() throws Exception {
    Holder holder =
        new Holder(
            new ModuleRuntime("module", "test.Module", null, new String[0], NanoClock.SYSTEM),
            UnloadPolicy.IMMEDIATE);

    assertEquals(0, runCalls(holder));

    assertFalse(holder.isLoaded(), "the last call released it");
    for (Module module : holder.created) {
      assertTrue(module.closed);
    }
  }

  /** Runs the calls on several threads; returns how many calls saw a closed module. */
  private static int runCalls(Holder holder) throws InterruptedException {
    AtomicInteger violations = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  return;
                }
                for (int i = 0; i < CALLS_PER_WORKER; i++) {
                  Module module = holder.acquire();
                  try {
                    // The "call": the module must stay open from its start to its end.
                    for (int spin = 0; spin < 20; spin++) {
                      if (module.closed) {
                        violations.incrementAndGet();
                        break;
                      }
                      Thread.onSpinWait();
                    }
                  } finally {
                    holder.afterCall();
                  }
                  // A gap with no call in flight on this thread, so that releases happen.
                  if ((i & 7) == 0) {
                    Thread.yield();
                  } else {
                    Thread.onSpinWait();
                  }
                }
              });
      worker.start();
      workers.add(worker);
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    return violations.get();
  }

  private static void assertCreatedModulesAreClosedExactlyWhenReleased(
      Holder holder, int releases) {
    int closed = 0;
    for (Module module : holder.created) {
      if (module.closed) {
        closed++;
      }
    }
    assertEquals(releases, closed);
    assertEquals(holder.created.size(), closed + (holder.isLoaded() ? 1 : 0));
  }
}
