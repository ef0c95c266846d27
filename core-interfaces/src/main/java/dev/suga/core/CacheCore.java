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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code cache} interface: a small TTL key-value cache for values a function reuses across warm
 * invocations (e.g. a dependency's reachability for {@code /health}, kept by {@code debug}).
 * Entries expire lazily (on access, or when the cache is full); at most {@link #MAX_ENTRIES} are
 * held, and when a new key arrives at the limit the oldest-written entry goes. Expiry uses {@code
 * System.nanoTime}, so a wall-clock jump cannot keep a stale value alive.
 *
 * <p>Not the gateway's {@code @Cached} result cache: this one holds values a module decides to
 * keep, under keys it chooses.
 */
@GatewayModule
public final class CacheCore {
  /** Entries held at most; a function keeps a handful. */
  static final int MAX_ENTRIES = 1000;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong writes = new AtomicLong();

  /** Held while evicting: one evicter at a time, so no two remove the same oldest entry. */
  private final Object evictionLock = new Object();

  /** A value, when it stops being valid ({@code System.nanoTime}), and its write order. */
  private record Entry(Object value, long expiresAtNanos, long sequence) {
    boolean expired(long now) {
      return now - expiresAtNanos >= 0;
    }
  }

  /** The value under {@code key}, or null when absent or expired. */
  @GatewayOperation
  public Object get(String key) {
    Objects.requireNonNull(key, "key");
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (entry.expired(System.nanoTime())) {
      entries.remove(key, entry);
      return null;
    }
    return entry.value();
  }

  /**
   * Keeps {@code value} under {@code key} for {@code ttlMillis}. A null value or a TTL of zero or
   * less removes the key instead (nothing to keep).
   */
  @GatewayOperation
  public void put(String key, Object value, long ttlMillis) {
    Objects.requireNonNull(key, "key");
    if (value == null || ttlMillis <= 0) {
      entries.remove(key);
      return;
    }
    long now = System.nanoTime();
    long ttlNanos =
        ttlMillis >= Long.MAX_VALUE / 4_000_000 ? Long.MAX_VALUE / 4 : ttlMillis * 1_000_000;
    entries.put(key, new Entry(value, now + ttlNanos, writes.incrementAndGet()));
    if (entries.size() > MAX_ENTRIES) {
      // Evicting after the put, until the limit holds, and one thread at a time: a check before
      // the put let concurrent writers each see room (or each pick the same oldest entry, which
      // only one of them could remove), and 8 threads grew the cache to 46,826 entries.
      synchronized (evictionLock) {
        while (entries.size() > MAX_ENTRIES && makeRoom(now, key)) {
          // each pass drops the expired entries, or else the oldest write other than key's
        }
      }
    }
  }

  /**
   * Drops expired entries; if none was, drops the oldest-written one other than {@code kept} (the
   * entry just written). Whether anything was dropped. O(n), only over the limit.
   */
  private boolean makeRoom(long now, String kept) {
    boolean freed = false;
    for (Map.Entry<String, Entry> candidate :
        entries.entrySet()) { // a loop, not removeIf(lambda): no bootstrap
      if (candidate.getValue().expired(now)) {
        freed |= entries.remove(candidate.getKey(), candidate.getValue());
      }
    }
    if (!freed) {
      Map.Entry<String, Entry> oldest = null;
      for (Map.Entry<String, Entry> candidate : entries.entrySet()) {
        if (!candidate.getKey().equals(kept)
            && (oldest == null || candidate.getValue().sequence() < oldest.getValue().sequence())) {
          oldest = candidate;
        }
      }
      if (oldest != null) {
        // Removed, or replaced meanwhile (then with a newer write): either way, look again.
        entries.remove(oldest.getKey(), oldest.getValue());
        freed = true;
      }
    }
    return freed;
  }

  @GatewayOperation
  public void invalidate(String key) {
    Objects.requireNonNull(key, "key");
    entries.remove(key);
  }

  /** Entries currently held (expired ones may still count until next access). */
  @GatewayOperation
  public int size() {
    return entries.size();
  }
}
