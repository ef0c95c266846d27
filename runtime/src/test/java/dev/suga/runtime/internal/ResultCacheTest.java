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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
  private final FakeClock clock = new FakeClock();
  private final ResultCache cache = new ResultCache(3, clock);

  private static Object[] args(Object... arguments) {
    return arguments;
  }

  @Test
  void missesUntilStored() {
    assertSame(ResultCache.MISS, cache.lookup(0, args("k")));

    cache.store(0, args("k"), "v", 60);

    assertEquals("v", cache.lookup(0, args("k")));
    assertSame(ResultCache.MISS, cache.lookup(0, args("other")));
    assertSame(ResultCache.MISS, cache.lookup(1, args("k")), "keys include the operation");
  }

  @Test
  void entriesExpireAfterTheirTtl() {
    cache.store(0, args("k"), "v", 60);

    clock.advanceSeconds(59);
    assertEquals("v", cache.lookup(0, args("k")));
    clock.advanceSeconds(1);
    assertSame(ResultCache.MISS, cache.lookup(0, args("k")));
    assertEquals(0, cache.size(), "the expired entry is removed");
  }

  @Test
  void storingAgainReplacesTheValueAndItsTtl() {
    cache.store(0, args("k"), "old", 10);
    clock.advanceSeconds(9);
    cache.store(0, args("k"), "new", 10);
    clock.advanceSeconds(9);

    assertEquals("new", cache.lookup(0, args("k")));
    assertEquals(1, cache.size());
  }

  @Test
  void evictsTheLeastRecentlyUsedBeyondTheBound() {
    cache.store(0, args("a"), "A", 60);
    cache.store(0, args("b"), "B", 60);
    cache.store(0, args("c"), "C", 60);
    assertEquals("A", cache.lookup(0, args("a"))); // a is now the most recently used

    cache.store(0, args("d"), "D", 60);

    assertEquals(3, cache.size());
    assertSame(ResultCache.MISS, cache.lookup(0, args("b")));
    assertEquals("A", cache.lookup(0, args("a")));
    assertEquals("C", cache.lookup(0, args("c")));
    assertEquals("D", cache.lookup(0, args("d")));
  }

  @Test
  void cachesNull() {
    cache.store(0, args("k"), null, 60);

    assertNull(cache.lookup(0, args("k")));
    assertEquals(1, cache.size());
  }

  @Test
  void comparesArgumentsByContentIncludingArrays() {
    cache.store(0, args(new int[] {1, 2}, new String[] {"x"}, null), "v", 60);

    assertEquals("v", cache.lookup(0, args(new int[] {1, 2}, new String[] {"x"}, null)));
    assertSame(ResultCache.MISS, cache.lookup(0, args(new int[] {1, 3}, new String[] {"x"}, null)));
  }

  @Test
  void noArgumentsAndNullArgumentsAreTheSameKey() {
    cache.store(4, null, "v", 60);

    assertEquals("v", cache.lookup(4, new Object[0]));
  }

  @Test
  void storedArgumentsAreCopied() {
    Object[] arguments = args("k");
    cache.store(0, arguments, "v", 60);
    arguments[0] = "changed";

    assertEquals("v", cache.lookup(0, args("k")));
  }

  @Test
  void arraysInStoredArgumentsAreCopied() {
    // {0, 31} and {1, 0} have the same deepHashCode (992): a key that kept the caller's array,
    // changed from one to the other, would answer for arguments it was never called with.
    assertEquals(Arrays.hashCode(new int[] {0, 31}), Arrays.hashCode(new int[] {1, 0}));
    int[] reused = {0, 31};
    cache.store(0, args(reused), "for {0, 31}", 60);
    reused[0] = 1;
    reused[1] = 0;

    assertSame(ResultCache.MISS, cache.lookup(0, args(new int[] {1, 0})));
    assertEquals("for {0, 31}", cache.lookup(0, args(new int[] {0, 31})));
  }

  @Test
  void arraysNestedInStoredArgumentsAreCopied() {
    long[] inner = {7};
    cache.store(0, args((Object) new Object[] {inner}), "for 7", 60);
    inner[0] = 8;

    assertEquals("for 7", cache.lookup(0, args((Object) new Object[] {new long[] {7}})));
  }

  @Test
  void aMissCopiesTheArraysTheOperationMayThenChange() {
    int[] values = {3, 1, 2};
    Object[] arguments = args("sum", values);

    assertSame(ResultCache.MISS, cache.lookup(0, arguments));
    Arrays.fill(values, 0); // what an operation that reuses its argument as scratch space does
    cache.store(0, arguments, "6", 60);

    assertSame(ResultCache.MISS, cache.lookup(0, args("sum", new int[] {0, 0, 0})));
    assertEquals("6", cache.lookup(0, args("sum", new int[] {3, 1, 2})));
    assertNotSame(values, arguments[1], "the array the store keys on is a copy");
  }

  @Test
  void aHitCopiesNothing() {
    int[] values = {1};
    cache.store(0, args(values), "v", 60);
    Object[] arguments = args(new int[] {1});
    Object given = arguments[0];

    assertEquals("v", cache.lookup(0, arguments));
    assertSame(given, arguments[0]);
  }

  @Test
  void invalidateRemovesOnlyThatOperation() {
    cache.store(0, args("a"), "A", 60);
    cache.store(0, args("b"), "B", 60);
    cache.store(1, args("a"), "other", 60);

    cache.invalidate(0);

    assertEquals(1, cache.size());
    assertSame(ResultCache.MISS, cache.lookup(0, args("a")));
    assertEquals("other", cache.lookup(1, args("a")));
  }

  @Test
  void clearRemovesEverything() {
    cache.store(0, args("a"), "A", 60);
    cache.store(1, args("a"), "A", 60);

    cache.clear();

    assertEquals(0, cache.size());
    assertSame(ResultCache.MISS, cache.lookup(1, args("a")));
  }

  @Test
  void nonPositiveTtlAndZeroBoundStoreNothing() {
    cache.store(0, args("a"), "A", 0);
    assertEquals(0, cache.size());

    ResultCache disabled = new ResultCache(0, clock);
    disabled.store(0, args("a"), "A", 60);
    assertSame(ResultCache.MISS, disabled.lookup(0, args("a")));
    assertEquals(0, disabled.maxEntries());
    assertThrows(IllegalArgumentException.class, () -> new ResultCache(-1, clock));
  }

  @Test
  void missIsNotAValue() {
    assertNotSame(null, ResultCache.MISS);
    assertEquals("ResultCache.MISS", ResultCache.MISS.toString());
  }

  @Test
  void staysBoundedUnderConcurrentStores() throws Exception {
    ResultCache shared = new ResultCache(100, NanoClock.SYSTEM);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 5_000; i++) {
                  shared.store(thread, args(i), i, 60);
                  // Other threads may have evicted it already, but never replaced it.
                  Object value = shared.lookup(thread, args(i));
                  if (value != ResultCache.MISS && !Integer.valueOf(i).equals(value)) {
                    throw new AssertionError("wrong value for " + i + ": " + value);
                  }
                  if (shared.size() > 100) {
                    throw new AssertionError("over the bound: " + shared.size());
                  }
                }
              }));
    }
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (Thread thread : threads) {
      thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertTrue(failures.isEmpty(), failures.toString());
    assertEquals(100, shared.size());
  }
}
