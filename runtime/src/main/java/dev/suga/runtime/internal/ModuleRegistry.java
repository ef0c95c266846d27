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

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;

/**
 * The modules whose holders have initialized in this JVM, by module class name: how a gateway finds
 * the state of a module it includes without loading the module's holder class (which would build or
 * register the module). A module is found only by a gateway whose class loader is the holder's or a
 * descendant of it, as the JVM itself would resolve the holder for that gateway; so two
 * applications in one JVM (tests, application servers) never share counters by name. Entries are
 * weak: a module's state lives as long as its holder class, and the next registration after it was
 * collected drops its entry, and its name once no entry is left.
 */
final class ModuleRegistry {
  private static final Object LOCK = new Object();

  /** Guarded by {@link #LOCK}. */
  private static final HashMap<String, ArrayList<WeakReference<ModuleRuntime>>> BY_CLASS =
      new HashMap<>();

  /** Where the collector puts the entries of collected modules; drained by {@link #add}. */
  private static final ReferenceQueue<ModuleRuntime> COLLECTED = new ReferenceQueue<>();

  /** Incremented on every registration, so that a gateway looks again only after one. */
  private static volatile int version;

  private ModuleRegistry() {}

  static void add(ModuleRuntime module) {
    synchronized (LOCK) {
      dropCollected();
      ArrayList<WeakReference<ModuleRuntime>> list = BY_CLASS.get(module.moduleClass());
      if (list == null) {
        list = new ArrayList<>(1);
        BY_CLASS.put(module.moduleClass(), list);
      }
      list.add(new WeakReference<>(module, COLLECTED));
      version++;
    }
  }

  /**
   * Drops the entries of collected modules and the names left without one. One poll of an empty
   * queue unless a module was collected since the last call (class loaders are rarely discarded),
   * and then one pass over the registry. Called under {@link #LOCK}.
   */
  private static void dropCollected() {
    if (COLLECTED.poll() == null) {
      return;
    }
    while (COLLECTED.poll() != null) {
      // A reference is cleared before it is enqueued: the pass below finds every one drained.
    }
    Iterator<ArrayList<WeakReference<ModuleRuntime>>> lists = BY_CLASS.values().iterator();
    while (lists.hasNext()) {
      ArrayList<WeakReference<ModuleRuntime>> list = lists.next();
      Iterator<WeakReference<ModuleRuntime>> entries = list.iterator();
      while (entries.hasNext()) {
        if (entries.next().get() == null) {
          entries.remove();
        }
      }
      if (list.isEmpty()) {
        lists.remove();
      }
    }
  }

  /** Whether a module of this class name is registered (for tests). */
  static boolean registered(String moduleClass) {
    synchronized (LOCK) {
      return BY_CLASS.containsKey(moduleClass);
    }
  }

  /** A number that changes whenever a module registers. */
  static int version() {
    return version;
  }

  /**
   * The state of {@code moduleClass} as a gateway loaded by {@code gatewayLoader} sees it: the one
   * registered by that loader or its nearest ancestor.
   *
   * @return the state, or {@code null} if its holder has not initialized yet
   */
  static ModuleRuntime find(String moduleClass, ClassLoader gatewayLoader) {
    synchronized (LOCK) {
      ArrayList<WeakReference<ModuleRuntime>> list = BY_CLASS.get(moduleClass);
      if (list == null) {
        return null;
      }
      ModuleRuntime best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (WeakReference<ModuleRuntime> entry : list) {
        ModuleRuntime module = entry.get();
        if (module != null) {
          int distance = distance(gatewayLoader, module.loader());
          if (distance < bestDistance) {
            best = module;
            bestDistance = distance;
          }
        }
      }
      return best;
    }
  }

  /**
   * How many parents up from {@code from} {@code ancestor} is, or {@link Integer#MAX_VALUE} if it
   * is not an ancestor ({@code null} is the bootstrap loader, everyone's ancestor).
   */
  private static int distance(ClassLoader from, ClassLoader ancestor) {
    int distance = 0;
    for (ClassLoader loader = from; ; loader = loader.getParent()) {
      if (loader == ancestor) {
        return distance;
      }
      if (loader == null) {
        return Integer.MAX_VALUE;
      }
      distance++;
    }
  }
}
