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

import dev.suga.runtime.InterfaceInfo;
import dev.suga.runtime.StatisticsSnapshot;
import dev.suga.runtime.UnloadPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link MemoryPressureJvmTest} runs in a JVM of its own, with a small heap and a given
 * collector: a gateway of one {@code MEMORY_PRESSURE} module, invocation after invocation, each
 * ending with {@link GatewayScope#endInvocation()}. Prints {@code key=value} lines for the test.
 *
 * <ul>
 *   <li>{@code garbage}: 8 MB live and 16 MB of garbage per invocation (the reviewer's load: 64 KB
 *       arrays that live in a ring long enough to be promoted, and short-lived 16 KB ones). Prints
 *       how many ends of invocation saw {@code Runtime.totalMemory() - freeMemory()} above the
 *       threshold (what the old signal counted) and the emergency releases.
 *   <li>{@code live}: live data of 60 % of the maximum heap, a full collection, and the releases
 *       after it, after a second end of invocation without a collection, and after another full
 *       collection.
 *   <li>{@code classes}: markers between which {@code -Xlog:class+load} shows what loads: a gateway
 *       of a {@code NEVER} module without cache through collections, then one of an {@code IDLE}
 *       module through collections that leave little in use.
 *   <li>{@code watch}: the same markers around a {@code MEMORY_PRESSURE} module's gateway with 30 %
 *       of the heap live: a collection before the runtime began to watch, then one after.
 * </ul>
 */
public final class MemoryPressureProbe {
  static Object sink;
  static final Object[] RING = new Object[64];
  static final List<byte[]> LIVE = new ArrayList<>();

  private MemoryPressureProbe() {}

  public static void main(String[] args) {
    switch (args[0]) {
      case "garbage":
        garbage();
        break;
      case "live":
        live();
        break;
      case "classes":
        classes();
        break;
      case "watch":
        watch();
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
  }

  private static void garbage() {
    Module module = new Module("garbage", UnloadPolicy.MEMORY_PRESSURE);
    keepLive(8 << 20);
    double threshold = GatewayScope.memoryPressureThreshold();
    int fooled = 0;
    for (int i = 0; i < 300; i++) {
      module.call();
      for (int j = 0; j < 200; j++) {
        sink = new byte[16 * 1024];
        RING[(i * 200 + j) % RING.length] = new byte[64 * 1024];
      }
      Runtime heap = Runtime.getRuntime();
      if ((double) (heap.totalMemory() - heap.freeMemory()) / heap.maxMemory() > threshold) {
        fooled++;
      }
      module.scope.endInvocation();
    }
    System.gc();
    module.call();
    module.scope.endInvocation();
    System.out.println("fooled=" + fooled);
    System.out.println("emergencyReleases=" + module.emergencyReleases());
  }

  private static void live() {
    Module module = new Module("live", UnloadPolicy.MEMORY_PRESSURE);
    module.call();
    module.scope.endInvocation();
    System.out.println("beforeLive=" + module.emergencyReleases());
    keepLive(Runtime.getRuntime().maxMemory() * 6 / 10);
    module.call();
    System.gc();
    module.scope.endInvocation();
    System.out.println("afterCollection=" + module.emergencyReleases());
    module.call();
    module.scope.endInvocation();
    System.out.println("sameMeasurement=" + module.emergencyReleases());
    module.call();
    System.gc();
    module.scope.endInvocation();
    System.out.println("nextCollection=" + module.emergencyReleases());
    System.out.println("loaded=" + module.holder.isLoaded());
  }

  private static void classes() {
    Module never = new Module("never", UnloadPolicy.NEVER);
    for (int i = 0; i < 100; i++) {
      never.call();
      for (int j = 0; j < 200; j++) {
        sink = new byte[64 * 1024];
      }
      never.scope.endInvocation();
    }
    System.gc();
    never.scope.endInvocation();
    System.out.println("MARK unconcerned gateway done");
    Module idle = new Module("idle", UnloadPolicy.IDLE);
    sink = null;
    for (int i = 0; i < 3; i++) {
      idle.call();
      System.gc(); // the heap holds little after it: far below the threshold
      idle.scope.endInvocation();
    }
    System.out.println("MARK concerned gateway, little heap in use");
  }

  private static void watch() {
    keepLive(Runtime.getRuntime().maxMemory() * 3 / 10);
    Module pressure = new Module("pressure", UnloadPolicy.MEMORY_PRESSURE);
    pressure.call();
    System.gc(); // before the runtime watches: it does not count
    pressure.scope.endInvocation();
    pressure.scope.endInvocation();
    System.out.println("MARK no collection since the runtime began to watch");
    System.gc();
    pressure.scope.endInvocation();
    System.out.println("MARK after a collection");
  }

  private static void keepLive(long bytes) {
    for (long kept = 0; kept < bytes; kept += 64 * 1024) {
      LIVE.add(new byte[64 * 1024]); // not humongous in G1 or Shenandoah regions
    }
  }

  /** A registered module and the scope of a gateway that includes only it. */
  private static final class Module {
    final String className;
    final ModuleRuntime runtime;
    final ModuleHolder<Object> holder;
    final GatewayScope scope;
    final InterfaceInfo info;

    Module(String id, UnloadPolicy policy) {
      className = "probe." + id + "Core";
      runtime = ModuleRuntime.register(MemoryPressureProbe.class, id, className, "op");
      holder =
          policy == UnloadPolicy.NEVER
              ? null
              : new ModuleHolder<>(runtime, policy, 3600) {
                @Override
                protected Object create() {
                  return new Object();
                }
              };
      scope = new GatewayScope(MemoryPressureProbe.class, className);
      info = new InterfaceInfo(id, className, policy, 3600);
    }

    void call() {
      long begin = runtime.statistics().begin(0);
      if (holder != null) {
        holder.acquire();
        holder.afterCall();
      } else if (!runtime.isLoaded()) {
        runtime.constructionEnded(runtime.constructionStarted(), true);
      }
      runtime.statistics().end(0, begin);
    }

    long emergencyReleases() {
      StatisticsSnapshot.ModuleStatistics statistics = runtime.statistics().module(info);
      return statistics.emergencyReleases();
    }
  }
}
