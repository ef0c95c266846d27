package dev.suga.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GatewayRuntimeTest {

  @Test
  void resultCacheIsCreatedOnceWithTheConfiguredBound() {
    String previous = System.getProperty(GatewayRuntime.CACHE_MAX_ENTRIES_PROPERTY);
    try {
      System.setProperty(GatewayRuntime.CACHE_MAX_ENTRIES_PROPERTY, "7");
      GatewayRuntime runtime = new GatewayRuntime(3, 1);

      ResultCache cache = runtime.resultCache();

      assertSame(cache, runtime.resultCache());
      assertEquals(7, cache.maxEntries());
      System.clearProperty(GatewayRuntime.CACHE_MAX_ENTRIES_PROPERTY);
      assertEquals(1024, new GatewayRuntime(3, 1).resultCache().maxEntries());
    } finally {
      if (previous == null) {
        System.clearProperty(GatewayRuntime.CACHE_MAX_ENTRIES_PROPERTY);
      } else {
        System.setProperty(GatewayRuntime.CACHE_MAX_ENTRIES_PROPERTY, previous);
      }
    }
  }

  @Test
  void resultCacheUsesTheRuntimeClock() {
    FakeClock clock = new FakeClock();
    GatewayRuntime runtime = new GatewayRuntime(1, 0, clock);
    runtime.resultCache().store(0, new Object[] {"k"}, "v", 5);

    clock.advanceSeconds(5);

    assertSame(ResultCache.MISS, runtime.resultCache().lookup(0, new Object[] {"k"}));
    assertSame(clock, runtime.clock());
  }

  @Test
  void releaseAllReleasesEveryIdleHolder() {
    GatewayRuntime runtime = new GatewayRuntime(0, 3);
    ModuleHolderTest.CountingHolder first =
        new ModuleHolderTest.CountingHolder(runtime, UnloadPolicy.IDLE, 30);
    ModuleHolder<String> second = new ModuleHolder<>(runtime, 2, "second",
        UnloadPolicy.MEMORY_PRESSURE, 0) {
      @Override
      protected String create() {
        return "module";
      }
    };
    first.acquire();
    first.afterCall();
    second.acquire();
    second.afterCall();

    assertEquals(2, runtime.releaseAll());
    assertEquals(0, runtime.releaseAll());
  }

  @Test
  void memoryPressureThresholdIsValidated() {
    GatewayRuntime runtime = new GatewayRuntime(0, 0);
    assertEquals(0.85, runtime.memoryPressureThreshold());

    assertThrows(IllegalArgumentException.class, () -> runtime.setMemoryPressureThreshold(1.5));
    assertThrows(IllegalArgumentException.class,
        () -> runtime.setMemoryPressureThreshold(Double.NaN));
    runtime.setMemoryPressureThreshold(0.5);
    assertEquals(0.5, runtime.memoryPressureThreshold());
  }

  @Test
  void endInvocationWithoutHoldersDoesNothing() {
    GatewayRuntime runtime = new GatewayRuntime(0, 2);
    runtime.endInvocation();
    assertEquals(0, runtime.releaseAll());
  }
}
