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

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * The bounded time-to-live cache behind {@code @Cached} operations, one per module, shared by the
 * module's cached operations. Generated code looks a result up before it touches the module
 * instance, so a hit costs neither the module's class loading nor its construction.
 *
 * <p>Entries are keyed by the operation's index and its arguments, compared by content with {@link
 * Arrays#deepEquals} and {@link Arrays#deepHashCode} (so array arguments work). Arguments should be
 * immutable values: one that changes after it was stored no longer finds its entry. Beyond {@link
 * #maxEntries()} the least recently used entry is evicted. Expired entries are never returned, and
 * are removed when met. Thread-safe: one lock, held only for the map operation itself.
 */
public final class ResultCache {
  /**
   * What {@link #lookup} returns when there is no live entry; distinct from every value, including
   * {@code null}, which is a cacheable result.
   */
  public static final Object MISS = new Miss();

  private final int maxEntries;
  private final NanoClock clock;

  /** In access order: the first entry is the least recently used. Guarded by itself. */
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  /**
   * Creates an empty cache.
   *
   * @param maxEntries the most entries kept; 0 keeps none
   * @param clock the clock that measures time to live
   * @throws IllegalArgumentException if {@code maxEntries} is negative
   */
  public ResultCache(int maxEntries, NanoClock clock) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("maxEntries must not be negative: " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns the cached result of a call, if there is a live one.
   *
   * <p>On a miss, each array in {@code arguments} is replaced by a copy of itself (nested arrays
   * included), so that the {@link #store} that follows keys the result on the values the call
   * received, even if the operation changes its array arguments or the caller reuses them. The
   * operation itself is called with the original arguments, not with this array.
   *
   * @param operation the operation's index
   * @param arguments the call's arguments ({@code null} counts as none)
   * @return the cached result, possibly {@code null}, or {@link #MISS}
   */
  public Object lookup(int operation, Object[] arguments) {
    Key key = new Key(operation, arguments != null ? arguments : Arguments.NONE);
    long now = clock.nanoTime();
    synchronized (entries) {
      Entry entry = entries.get(key);
      if (entry != null) {
        if (!entry.expired(now)) {
          return entry.value;
        }
        entries.remove(key);
      }
    }
    if (arguments != null) {
      copyArrays(arguments);
    }
    return MISS;
  }

  /** Replaces each array among {@code arguments} by a copy, its nested arrays copied too. */
  private static void copyArrays(Object[] arguments) {
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      if (argument != null && argument.getClass().isArray()) {
        arguments[i] = copyOf(argument);
      }
    }
  }

  private static Object copyOf(Object array) {
    if (array instanceof Object[] objects) {
      Object[] copy = objects.clone();
      copyArrays(copy);
      return copy;
    }
    if (array instanceof int[] ints) {
      return ints.clone();
    } else if (array instanceof long[] longs) {
      return longs.clone();
    } else if (array instanceof byte[] bytes) {
      return bytes.clone();
    } else if (array instanceof char[] chars) {
      return chars.clone();
    } else if (array instanceof double[] doubles) {
      return doubles.clone();
    } else if (array instanceof float[] floats) {
      return floats.clone();
    } else if (array instanceof short[] shorts) {
      return shorts.clone();
    } else {
      return ((boolean[]) array).clone();
    }
  }

  /**
   * Caches the result of a call for {@code ttlSeconds}, replacing any earlier result, and evicts
   * the least recently used entry if the cache is then over its bound.
   *
   * @param operation the operation's index
   * @param arguments the call's arguments ({@code null} counts as none); the array is copied, and
   *     so are the arrays in it
   * @param value the result, possibly {@code null}
   * @param ttlSeconds how long the result stays valid; 0 or less stores nothing
   */
  public void store(int operation, Object[] arguments, Object value, long ttlSeconds) {
    if (ttlSeconds <= 0 || maxEntries == 0) {
      return;
    }
    // Copied, with the arrays in it: the caller may reuse or change them after the call, and a key
    // whose content changes could then answer for other arguments with an equal hash.
    Object[] copy = Arguments.NONE;
    if (arguments != null && arguments.length > 0) {
      copy = arguments.clone();
      copyArrays(copy);
    }
    Key key = new Key(operation, copy);
    Entry entry = new Entry(value, clock.nanoTime(), Durations.saturatedNanos(ttlSeconds));
    synchronized (entries) {
      entries.put(key, entry);
      if (entries.size() > maxEntries) {
        Iterator<Key> eldest = entries.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
    }
  }

  /**
   * Removes every cached result of one operation, for example after an operation that changes what
   * it would return.
   *
   * @param operation the operation's index
   * @return how many results were removed (expired ones not yet removed included)
   */
  public int invalidate(int operation) {
    int removed = 0;
    synchronized (entries) {
      Iterator<Key> keys = entries.keySet().iterator();
      while (keys.hasNext()) {
        if (keys.next().operation == operation) {
          keys.remove();
          removed++;
        }
      }
    }
    return removed;
  }

  /**
   * Removes every cached result.
   *
   * @return how many results were removed (expired ones not yet removed included)
   */
  public int clear() {
    synchronized (entries) {
      int removed = entries.size();
      entries.clear();
      return removed;
    }
  }

  /**
   * The number of entries, including expired ones not yet removed.
   *
   * @return the number of entries
   */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /**
   * The bound on the number of entries.
   *
   * @return the most entries kept
   */
  public int maxEntries() {
    return maxEntries;
  }

  /** A cache key: the operation and its arguments by content. */
  private static final class Key {
    final int operation;
    final Object[] arguments;
    final int hash;

    Key(int operation, Object[] arguments) {
      this.operation = operation;
      this.arguments = arguments;
      this.hash = 31 * operation + Arrays.deepHashCode(arguments);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && operation == that.operation
          && hash == that.hash
          && Arrays.deepEquals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A cached result and when it expires. */
  private static final class Entry {
    final Object value;
    final long storedNanos;
    final long ttlNanos;

    Entry(Object value, long storedNanos, long ttlNanos) {
      this.value = value;
      this.storedNanos = storedNanos;
      this.ttlNanos = ttlNanos;
    }

    boolean expired(long nowNanos) {
      return nowNanos - storedNanos >= ttlNanos; // a difference: nanoTime may wrap
    }
  }

  /** The type of {@link #MISS}, for a readable {@code toString()}. */
  private static final class Miss {
    @Override
    public String toString() {
      return "ResultCache.MISS";
    }
  }
}
