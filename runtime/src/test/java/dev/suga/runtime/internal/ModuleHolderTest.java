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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.runtime.GatewayException;
import dev.suga.runtime.InterfaceInfo;
import dev.suga.runtime.StatisticsSnapshot;
import dev.suga.runtime.UnloadPolicy;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ModuleHolderTest {
  private final FakeClock clock = new FakeClock();
  private final ModuleRuntime runtime = module("test");

  private ModuleRuntime module(String interfaceId) {
    return new ModuleRuntime(interfaceId, "test." + interfaceId, null, new String[0], clock);
  }

  private void endInvocation() {
    runtime.endInvocation(clock.nanoTime());
  }

  /** A module that records whether it was closed. */
  static final class TestModule implements AutoCloseable {
    volatile boolean closed;
    boolean failOnClose;

    @Override
    public void close() throws IOException {
      closed = true;
      if (failOnClose) {
        throw new IOException("close failed");
      }
    }
  }

  /** Counts how often it builds a module. */
  static class CountingHolder extends ModuleHolder<TestModule> {
    final AtomicInteger creates = new AtomicInteger();

    CountingHolder(ModuleRuntime module, UnloadPolicy policy, long idleSeconds) {
      super(module, policy, idleSeconds);
    }

    @Override
    protected TestModule create() throws Exception {
      creates.incrementAndGet();
      return new TestModule();
    }
  }

  private StatisticsSnapshot.ModuleStatistics moduleStatistics() {
    return runtime
        .statistics()
        .module(new InterfaceInfo("test", "test.test", UnloadPolicy.IDLE, 30));
  }

  @Test
  void buildsOnlyOnFirstAcquire() {
    CountingHolder holder = new CountingHolder(runtime, UnloadPolicy.IDLE, 30);
    assertEquals(0, holder.creates.get());
    assertFalse(holder.isLoaded());
    assertFalse(runtime.statistics().isLoaded());

    TestModule first = holder.acquire();
    holder.afterCall();
    TestModule second = holder.acquire();
    holder.afterCall();

    assertSame(first, second);
    assertEquals(1, holder.creates.get());
    assertTrue(holder.isLoaded());
    assertTrue(runtime.statistics().isLoaded());
    assertEquals(1, moduleStatistics().loads());
  }

  @Test
  void buildsOnceWhen64ThreadsRace() throws Exception {
    CountDownLatch building = new CountDownLatch(1);
    CountingHolder holder =
        new CountingHolder(runtime, UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() throws Exception {
            building.countDown();
            Thread.sleep(50); // keep the others waiting while the instance is being built
            return super.create();
          }
        };
    int threads = 64;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<TestModule>> results = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  TestModule module = holder.acquire();
                  holder.afterCall();
                  return module;
                }));
      }
      start.countDown();
      TestModule first = results.get(0).get(10, TimeUnit.SECONDS);
      for (Future<TestModule> result : results) {
        assertSame(first, result.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, building.getCount());
    assertEquals(1, holder.creates.get());
    assertTrue(holder.release(), "no call may be left in flight");
  }

  @Test
  void immediateReleasesAndClosesAfterTheLastCall() {
    CountingHolder holder = new CountingHolder(runtime, UnloadPolicy.IMMEDIATE, 0);

    TestModule module = holder.acquire();
    assertSame(module, holder.acquire()); // a second call in flight
    holder.afterCall();
    assertTrue(holder.isLoaded(), "still in use by the other call");
    assertFalse(module.closed);

    holder.afterCall();
    assertFalse(holder.isLoaded());
    assertTrue(module.closed);
    assertEquals(1, moduleStatistics().releases());

    TestModule next = holder.acquire();
    holder.afterCall();
    assertNotSame(module, next);
    assertEquals(2, holder.creates.get());
  }

  @Test
  void releaseSkipsModulesWithCallsInFlight() {
    CountingHolder holder = new CountingHolder(runtime, UnloadPolicy.IDLE, 30);
    TestModule module = holder.acquire();

    assertFalse(holder.release());
    assertFalse(runtime.release());
    assertFalse(module.closed);

    holder.afterCall();
    assertTrue(runtime.release());
    assertTrue(module.closed);
    assertFalse(holder.release(), "nothing left to release");
    assertFalse(runtime.statistics().isLoaded());
  }

  @Test
  void idleReleasesOnlyAfterIdleSeconds() {
    CountingHolder holder = new CountingHolder(runtime, UnloadPolicy.IDLE, 30);
    TestModule module = holder.acquire();
    holder.afterCall();

    endInvocation(); // used in this invocation
    clock.advanceSeconds(30);
    endInvocation(); // idle for exactly 30 s: not more than idleSeconds
    assertTrue(holder.isLoaded());

    holder.acquire(); // used again: the idle time starts over
    holder.afterCall();
    clock.advanceSeconds(1);
    endInvocation();
    clock.advanceSeconds(30);
    endInvocation();
    assertTrue(holder.isLoaded());
    assertFalse(module.closed);

    clock.advanceNanos(1);
    endInvocation();
    assertFalse(holder.isLoaded());
    assertTrue(module.closed);
  }

  @Test
  void idleNeverReleasesAModuleWithACallInFlight() {
    CountingHolder holder = new CountingHolder(runtime, UnloadPolicy.IDLE, 1);
    holder.acquire();
    endInvocation();
    clock.advanceSeconds(10);
    endInvocation();

    assertTrue(holder.isLoaded());
    holder.afterCall();
    endInvocation();
    assertFalse(holder.isLoaded());
  }

  @Test
  void failedCreateIsReportedAndRetried() {
    AtomicInteger attempts = new AtomicInteger();
    IllegalStateException firstFailure = new IllegalStateException("first");
    ModuleHolder<TestModule> holder =
        new ModuleHolder<>(module("flaky"), UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() {
            if (attempts.incrementAndGet() == 1) {
              throw firstFailure;
            }
            return new TestModule();
          }
        };

    GatewayException e = assertThrows(GatewayException.class, holder::acquire);
    assertEquals(
        "Module 'flaky' could not be built: java.lang.IllegalStateException: first",
        e.getMessage());
    assertSame(firstFailure, e.getCause());
    assertEquals("flaky", e.interfaceId());
    assertFalse(holder.isLoaded());
    assertFalse(holder.isLoaded());

    holder.acquire();
    holder.afterCall();
    assertEquals(2, attempts.get());
    assertTrue(holder.release(), "the failed call must not stay counted in flight");
  }

  @Test
  void checkedCreateFailuresAreWrapped() {
    ModuleHolder<TestModule> holder =
        new ModuleHolder<>(module("config"), UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() throws IOException {
            throw new IOException("missing file");
          }
        };

    GatewayException e = assertThrows(GatewayException.class, holder::acquire);

    assertEquals(
        "Module 'config' could not be built: java.io.IOException: missing file", e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void createReturningNullIsAnError() {
    ModuleHolder<TestModule> holder =
        new ModuleHolder<>(module("empty"), UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() {
            return null;
          }
        };

    GatewayException e = assertThrows(GatewayException.class, holder::acquire);
    assertTrue(e.getMessage().startsWith("Module 'empty' could not be built"), e.getMessage());
  }

  @Test
  void closeFailuresAreSwallowedAndCounted() {
    ModuleHolder<TestModule> holder =
        new ModuleHolder<>(runtime, UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() {
            TestModule module = new TestModule();
            module.failOnClose = true;
            return module;
          }
        };
    TestModule module = holder.acquire();
    holder.afterCall();

    assertTrue(holder.release());

    assertTrue(module.closed);
    assertFalse(holder.isLoaded());
    assertEquals(1, moduleStatistics().closeFailures());
    assertEquals(1, moduleStatistics().releases());
  }

  @Test
  void reentrantAcquireDuringCreateIsACycle() {
    AtomicReference<GatewayException> inner = new AtomicReference<>();
    AtomicReference<ModuleHolder<TestModule>> self = new AtomicReference<>();
    ModuleHolder<TestModule> holder =
        new ModuleHolder<>(module("loop"), UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() {
            try {
              self.get().acquire();
            } catch (GatewayException e) {
              inner.set(e);
              throw e;
            }
            return new TestModule();
          }
        };
    self.set(holder);

    GatewayException outer = assertThrows(GatewayException.class, holder::acquire);

    assertTrue(
        inner.get().getMessage().startsWith("Circular module construction: loop -> loop."),
        inner.get().getMessage());
    assertSame(inner.get(), outer.getCause());
    assertTrue(
        outer.getMessage().startsWith("Module 'loop' could not be built: "), outer.getMessage());
    assertFalse(holder.isLoaded());
    assertNull(ModuleConstruction.unavailable("loop", null).getCause());
    assertEquals(
        "Module 'loop' could not be built: its factory returned null",
        ModuleConstruction.unavailable("loop", null).getMessage(),
        "the stack was unwound");
  }

  @Test
  void cycleThroughAnotherModuleNamesThePath() {
    AtomicReference<ModuleHolder<TestModule>> a = new AtomicReference<>();
    AtomicReference<GatewayException> innermost = new AtomicReference<>();
    ModuleHolder<TestModule> b =
        new ModuleHolder<>(module("b"), UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() {
            try {
              a.get().acquire();
            } catch (GatewayException e) {
              innermost.set(e);
              throw e;
            }
            return new TestModule();
          }
        };
    a.set(
        new ModuleHolder<>(module("a"), UnloadPolicy.IDLE, 30) {
          @Override
          protected TestModule create() {
            b.acquire();
            return new TestModule();
          }
        });

    assertThrows(GatewayException.class, a.get()::acquire);

    String message = innermost.get().getMessage();
    assertTrue(message.startsWith("Circular module construction: a -> b -> a."), message);
  }

  @Test
  void aModuleHasOneHolderAndNoNegativeIdleTime() {
    new CountingHolder(runtime, UnloadPolicy.IDLE, 30);

    assertThrows(
        IllegalArgumentException.class, () -> new CountingHolder(runtime, UnloadPolicy.IDLE, 30));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CountingHolder(module("never"), UnloadPolicy.NEVER, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CountingHolder(module("negative"), UnloadPolicy.IDLE, -1));
  }
}
