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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.runtime.UnloadPolicy;
import org.junit.jupiter.api.Test;

class ModuleRuntimeTest {
  private final FakeClock clock = new FakeClock();

  @Test
  void resultCacheIsCreatedOnceWithTheConfiguredBound() {
    String previous = System.getProperty(ModuleRuntime.CACHE_MAX_ENTRIES_PROPERTY);
    try {
      System.setProperty(ModuleRuntime.CACHE_MAX_ENTRIES_PROPERTY, "7");
      ModuleRuntime module = new ModuleRuntime("cache", "test.Cache", null, names(3), clock);

      ResultCache cache = module.resultCache();

      assertSame(cache, module.resultCache());
      assertEquals(7, cache.maxEntries());
      System.clearProperty(ModuleRuntime.CACHE_MAX_ENTRIES_PROPERTY);
      assertEquals(
          1024,
          new ModuleRuntime("cache", "test.Cache", null, names(3), clock)
              .resultCache()
              .maxEntries());
    } finally {
      if (previous == null) {
        System.clearProperty(ModuleRuntime.CACHE_MAX_ENTRIES_PROPERTY);
      } else {
        System.setProperty(ModuleRuntime.CACHE_MAX_ENTRIES_PROPERTY, previous);
      }
    }
  }

  @Test
  void resultCacheUsesTheModuleClock() {
    ModuleRuntime module = new ModuleRuntime("cache", "test.Cache", null, names(1), clock);
    module.resultCache().store(0, new Object[] {"k"}, "v", 5);

    clock.advanceSeconds(5);

    assertSame(ResultCache.MISS, module.resultCache().lookup(0, new Object[] {"k"}));
  }

  @Test
  void invalidateAndClearCountWhatTheyDrop() {
    ModuleRuntime module = new ModuleRuntime("cache", "test.Cache", null, names(2), clock);
    assertEquals(0, module.invalidate("op0"), "no cache yet");
    module.resultCache().store(0, new Object[] {"a"}, "A", 60);
    module.resultCache().store(0, new Object[] {"b"}, "B", 60);
    module.resultCache().store(1, new Object[] {"a"}, "1", 60);

    assertEquals(2, module.invalidate("op0"));
    assertEquals(0, module.invalidate("op0"));
    assertEquals(0, module.invalidate("gone"), "an operation this module does not have");
    assertEquals(1, module.clearCache());
    assertEquals(0, module.resultCache().size());
  }

  @Test
  void aNeverModuleIsLoadedOnceBuiltAndNeverReleased() {
    ModuleRuntime module = new ModuleRuntime("cache", "test.Cache", null, names(1), clock);
    assertFalse(module.isLoaded());

    long start = module.constructionStarted();
    clock.advanceNanos(1_000);
    module.constructionEnded(start, true);

    assertTrue(module.isLoaded());
    assertFalse(module.release());
    assertEquals(
        1,
        module
            .statistics()
            .module(
                new dev.suga.runtime.InterfaceInfo("cache", "test.Cache", UnloadPolicy.NEVER, 0))
            .loads());
  }

  @Test
  void aFailedConstructionIsNotALoad() {
    ModuleRuntime module = new ModuleRuntime("cache", "test.Cache", null, names(1), clock);
    long start = module.constructionStarted();
    module.constructionEnded(start, false);

    assertFalse(module.isLoaded());
    assertEquals(
        "Module 'cache' could not be built: its factory returned null",
        module.unavailable(null).getMessage());
  }

  @Test
  void operationsAreFoundByNameInTheHoldersOrder() {
    ModuleRuntime module =
        new ModuleRuntime("cache", "test.Cache", null, new String[] {"put", "get", "*"}, clock);
    assertEquals(1, module.operationIndex("get"));
    assertEquals(2, module.operationIndex("*"));
    assertEquals(-1, module.operationIndex("delete"));
  }

  /** {@code op0}, {@code op1}, ...: the names of a module with {@code count} operations. */
  private static String[] names(int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = "op" + i;
    }
    return names;
  }
}
