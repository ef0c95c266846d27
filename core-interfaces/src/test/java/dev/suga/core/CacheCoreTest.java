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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CacheCoreTest {
  private static final String KEY = "platform-test.key";

  @AfterEach
  void restore() {
    CoreGateway.cacheInvalidate(KEY);
  }

  @Test
  void keepsAValueUntilItsTtlRunsOut() throws InterruptedException {
    CoreGateway.cachePut(KEY, "value", 60_000);
    assertEquals("value", CoreGateway.cacheGet(KEY));
    CoreGateway.cachePut(KEY, "short", 1);
    Thread.sleep(20);
    assertNull(CoreGateway.cacheGet(KEY));
  }

  @Test
  void invalidateRemoves() {
    CoreGateway.cachePut(KEY, 42, 60_000);
    CoreGateway.cacheInvalidate(KEY);
    assertNull(CoreGateway.cacheGet(KEY));
  }

  @Test
  void nullValueOrNoTtlRemovesTheKey() {
    CoreGateway.cachePut(KEY, "value", 60_000);
    CoreGateway.cachePut(KEY, null, 60_000);
    assertNull(CoreGateway.cacheGet(KEY));
    CoreGateway.cachePut(KEY, "value", 60_000);
    CoreGateway.cachePut(KEY, "value", 0);
    assertNull(CoreGateway.cacheGet(KEY));
  }

  @Test
  void hugeTtlDoesNotOverflowIntoExpiry() {
    CoreGateway.cachePut(KEY, "forever", Long.MAX_VALUE);
    assertEquals("forever", CoreGateway.cacheGet(KEY));
  }

  @Test
  void nullKeysAreRejected() {
    assertThrows(NullPointerException.class, () -> CoreGateway.cacheGet(null));
    assertThrows(NullPointerException.class, () -> CoreGateway.cachePut(null, "v", 1000));
  }

  @Test
  void staysBoundedDroppingTheOldestWrite() {
    CacheCore cache = new CacheCore();
    for (int i = 0; i < CacheCore.MAX_ENTRIES + 50; i++) {
      cache.put("k" + i, i, 60_000);
    }
    assertEquals(CacheCore.MAX_ENTRIES, cache.size());
    assertNull(cache.get("k0"));
    assertNull(cache.get("k49"));
    assertEquals(50, cache.get("k50"));
    assertEquals(CacheCore.MAX_ENTRIES + 49, cache.get("k" + (CacheCore.MAX_ENTRIES + 49)));
  }

  @Test
  void aFullCacheDropsExpiredEntriesFirst() throws InterruptedException {
    CacheCore cache = new CacheCore();
    cache.put("old-but-long-lived", "kept", 60_000);
    for (int i = 1; i < CacheCore.MAX_ENTRIES; i++) {
      cache.put("k" + i, i, 1);
    }
    Thread.sleep(20);
    cache.put("new", "value", 60_000);
    assertEquals("kept", cache.get("old-but-long-lived"));
    assertEquals("value", cache.get("new"));
    assertEquals(2, cache.size());
  }

  @Test
  void overwritingAtTheLimitEvictsNothing() {
    CacheCore cache = new CacheCore();
    for (int i = 0; i < CacheCore.MAX_ENTRIES; i++) {
      cache.put("k" + i, i, 60_000);
    }
    cache.put("k0", "again", 60_000);
    assertEquals(CacheCore.MAX_ENTRIES, cache.size());
    assertEquals("again", cache.get("k0"));
  }

  @Test
  void concurrentWritersAtTheLimitKeepItBounded() throws Exception {
    CacheCore cache = new CacheCore();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String prefix = "t" + t + "-";
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 5_000; i++) {
                    cache.put(prefix + i, i, 60_000);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }
    // Checked before each put, 8 writers once left tens of thousands of entries.
    assertEquals(CacheCore.MAX_ENTRIES, cache.size());
  }
}
