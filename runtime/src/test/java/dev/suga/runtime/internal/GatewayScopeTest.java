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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.runtime.InterfaceInfo;
import dev.suga.runtime.OperationInfo;
import dev.suga.runtime.StatisticsSnapshot;
import dev.suga.runtime.UnloadPolicy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A gateway's view of its modules: found by class name once their holders register, shared by every
 * gateway that includes them, never found across unrelated class loaders.
 */
class GatewayScopeTest {
  /** Module class names are unique per test: the registry is the JVM's. */
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final String threshold =
      System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "1.0");
  private final String a = "scope" + NEXT.incrementAndGet() + ".ACore";
  private final String b = "scope" + NEXT.incrementAndGet() + ".BCore";

  @AfterEach
  void restoreThreshold() {
    if (threshold == null) {
      System.clearProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY);
    } else {
      System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, threshold);
    }
  }

  private static ModuleHolder<Object> holder(
      ModuleRuntime module, UnloadPolicy policy, long idleSeconds) {
    return new ModuleHolder<>(module, policy, idleSeconds) {
      @Override
      protected Object create() {
        return new Object();
      }
    };
  }

  private List<OperationInfo> operations() {
    return List.of(
        new OperationInfo("a", "one", false, 0, "void", List.of()),
        new OperationInfo("a", "two", false, 60, "int", List.of()),
        new OperationInfo("b", "three", false, 0, "void", List.of()));
  }

  private List<InterfaceInfo> interfaces() {
    return List.of(
        new InterfaceInfo("a", a, UnloadPolicy.IDLE, 30),
        new InterfaceInfo("b", b, UnloadPolicy.NEVER, 0));
  }

  @Test
  void modulesNotLoadedYetCountNothingAndLoadNothing() {
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, a, b);

    StatisticsSnapshot snapshot = scope.snapshot(operations(), interfaces());

    assertEquals(0, snapshot.totalCalls());
    assertEquals(3, snapshot.operations().size());
    assertFalse(snapshot.module("a").loaded());
    assertFalse(scope.isLoaded(0));
    assertFalse(scope.release(0));
    assertEquals(0, scope.releaseAll());
    assertEquals(0, scope.clearCache());
    scope.endInvocation();
  }

  @Test
  void twoGatewaysIncludingAModuleSeeTheSameCounters() {
    GatewayScope library = new GatewayScope(GatewayScopeTest.class, a);
    GatewayScope application = new GatewayScope(GatewayScopeTest.class, a, b);
    ModuleRuntime module = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");

    for (int i = 0; i < 3; i++) {
      module.statistics().end(1, module.statistics().begin(1));
    }

    assertEquals(3, application.snapshot(operations(), interfaces()).operation("a.two").calls());
    assertEquals(
        3,
        library
            .snapshot(operations().subList(0, 2), interfaces().subList(0, 1))
            .operation("a.two")
            .calls());
    application.resetStatistics();
    assertEquals(
        0,
        library
            .snapshot(operations().subList(0, 2), interfaces().subList(0, 1))
            .operation("a.two")
            .calls());
  }

  @Test
  void endInvocationReleasesIdleModulesAndInvalidateDropsCachedResults() {
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, a, b);
    ModuleRuntime module = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");
    ModuleHolder<Object> holder = holder(module, UnloadPolicy.IDLE, 0);
    holder.acquire();
    holder.afterCall();
    module.resultCache().store(1, new Object[0], 42, 60);

    assertTrue(scope.isLoaded(0));
    assertEquals(0, scope.invalidate(0, "one"), "operation one has no cached result");
    assertEquals(1, scope.invalidate(0, "two"));
    scope.endInvocation(); // the call was used in this invocation
    assertTrue(scope.isLoaded(0));
    scope.endInvocation(); // idle for more than 0 s since
    assertFalse(scope.isLoaded(0));
  }

  @Test
  void underMemoryPressureEveryReleasableModuleGoesAndCachesAreCleared() {
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, a, b);
    ModuleRuntime idle = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");
    ModuleHolder<Object> idleHolder = holder(idle, UnloadPolicy.IDLE, 3600);
    ModuleRuntime pressure = ModuleRuntime.register(GatewayScopeTest.class, "b", b, "three");
    ModuleHolder<Object> pressureHolder = holder(pressure, UnloadPolicy.MEMORY_PRESSURE, 0);
    for (ModuleHolder<Object> holder : List.of(idleHolder, pressureHolder)) {
      holder.acquire();
      holder.afterCall();
    }
    idle.resultCache().store(1, new Object[0], 42, 60);

    scope.endInvocation();
    assertTrue(idleHolder.isLoaded() && pressureHolder.isLoaded(), "no pressure at threshold 1");

    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.0");
    scope.endInvocation();

    assertFalse(idleHolder.isLoaded());
    assertFalse(pressureHolder.isLoaded());
    assertEquals(0, idle.resultCache().size());
    List<InterfaceInfo> interfaces =
        List.of(
            new InterfaceInfo("a", a, UnloadPolicy.IDLE, 3600),
            new InterfaceInfo("b", b, UnloadPolicy.MEMORY_PRESSURE, 0));
    StatisticsSnapshot snapshot = scope.snapshot(operations(), interfaces);
    assertEquals(1, snapshot.module("a").emergencyReleases());
    assertEquals(1, snapshot.module("b").emergencyReleases());
  }

  @Test
  void aMeasurementAboveTheThresholdReleasesOnceAndOneBelowItNever() {
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.5");
    Heap heap = new Heap();
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, heap, a, b);
    ModuleRuntime idle = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");
    ModuleHolder<Object> idleHolder = holder(idle, UnloadPolicy.IDLE, 3600);
    ModuleRuntime pressure = ModuleRuntime.register(GatewayScopeTest.class, "b", b, "three");
    ModuleHolder<Object> pressureHolder = holder(pressure, UnloadPolicy.MEMORY_PRESSURE, 0);
    List<ModuleHolder<Object>> holders = List.of(idleHolder, pressureHolder);
    use(holders);
    idle.resultCache().store(1, new Object[0], 42, 60);

    heap.collected(0.5); // at the threshold: not above it
    scope.endInvocation();
    assertTrue(idleHolder.isLoaded() && pressureHolder.isLoaded());
    assertEquals(1, idle.resultCache().size());

    heap.collected(0.6);
    scope.endInvocation();
    assertFalse(idleHolder.isLoaded() || pressureHolder.isLoaded(), "every releasable module goes");
    assertEquals(0, idle.resultCache().size());

    use(holders);
    idle.resultCache().store(1, new Object[0], 42, 60);
    scope.endInvocation();
    assertTrue(
        idleHolder.isLoaded() && pressureHolder.isLoaded(),
        "no collection has measured what the release freed: nothing to act on");
    assertEquals(1, idle.resultCache().size());

    heap.collected(0.7);
    scope.endInvocation();
    assertFalse(idleHolder.isLoaded() || pressureHolder.isLoaded());
    List<InterfaceInfo> interfaces =
        List.of(
            new InterfaceInfo("a", a, UnloadPolicy.IDLE, 3600),
            new InterfaceInfo("b", b, UnloadPolicy.MEMORY_PRESSURE, 0));
    StatisticsSnapshot snapshot = scope.snapshot(operations(), interfaces);
    assertEquals(2, snapshot.module("a").emergencyReleases());
    assertEquals(2, snapshot.module("b").emergencyReleases());
  }

  @Test
  void eachGatewayActsOnAMeasurementOnce() {
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.5");
    Heap heap = new Heap();
    GatewayScope library = new GatewayScope(GatewayScopeTest.class, heap, b);
    GatewayScope application = new GatewayScope(GatewayScopeTest.class, heap, a, b);
    ModuleRuntime pressure = ModuleRuntime.register(GatewayScopeTest.class, "b", b, "three");
    ModuleHolder<Object> pressureHolder = holder(pressure, UnloadPolicy.MEMORY_PRESSURE, 0);

    heap.collected(0.9);
    use(List.of(pressureHolder));
    library.endInvocation();
    assertFalse(pressureHolder.isLoaded());
    use(List.of(pressureHolder));
    application.endInvocation();
    assertFalse(pressureHolder.isLoaded(), "the application's gateway had not acted on it yet");
  }

  @Test
  void aGatewayThatPressureDoesNotConcernDoesNotLookAtTheHeap() {
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.5");
    Heap heap = new Heap();
    heap.collected(0.99);
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, heap, a, b);
    ModuleRuntime never = ModuleRuntime.register(GatewayScopeTest.class, "b", b, "three");

    scope.endInvocation();
    assertEquals(0, heap.reads, "a NEVER module without cache: pressure has nothing to free");

    never.resultCache().store(0, new Object[0], 42, 60); // a cache is what pressure clears
    scope.endInvocation();
    assertEquals(1, heap.reads);
    assertEquals(0, never.resultCache().size());
  }

  @Test
  void pressureReleasesModulesOfEveryReleasablePolicy() {
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.5");
    Heap heap = new Heap();
    heap.collected(0.99);
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, heap, a);
    ModuleRuntime idle = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");
    ModuleHolder<Object> idleHolder = holder(idle, UnloadPolicy.IDLE, 3600);
    use(List.of(idleHolder));

    scope.endInvocation();
    assertEquals(1, heap.reads);
    assertFalse(idleHolder.isLoaded(), "released before its idle time, for memory");
  }

  @Test
  void thresholdsZeroAndOneNeedNoMeasurement() {
    Heap heap = new Heap();
    heap.collected(0.99);
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, heap, a);
    ModuleRuntime pressure = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");
    ModuleHolder<Object> holder = holder(pressure, UnloadPolicy.MEMORY_PRESSURE, 0);
    use(List.of(holder));

    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "1.0");
    scope.endInvocation();
    assertTrue(holder.isLoaded(), "1: never under pressure");
    heap.collected(0.0);
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.0");
    scope.endInvocation();
    assertFalse(holder.isLoaded(), "0: always under pressure");
    use(List.of(holder));
    scope.endInvocation();
    assertFalse(holder.isLoaded(), "at every end of invocation");
    assertEquals(0, heap.reads);
  }

  private static void use(List<ModuleHolder<Object>> holders) {
    for (ModuleHolder<Object> holder : holders) {
      holder.acquire();
      holder.afterCall();
    }
  }

  /** A heap whose measurements the test takes, as collections would; counts its reads. */
  private static final class Heap implements HeapOccupancy {
    private Measurement latest = Measurement.NONE;
    int reads;

    void collected(double share) {
      latest = new Measurement(share);
    }

    @Override
    public Measurement latest() {
      reads++;
      return latest;
    }
  }

  @Test
  void aModuleOfAnUnrelatedClassLoaderIsNotFound() {
    ClassLoader unrelated = new ClassLoader(null) {};
    ModuleRegistry.add(
        new ModuleRuntime("a", a, unrelated, new String[] {"one", "two"}, NanoClock.SYSTEM));
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, a);

    assertEquals(null, ModuleRegistry.find(a, GatewayScopeTest.class.getClassLoader()));
    assertFalse(scope.isLoaded(0));
    ModuleRuntime own = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");
    assertEquals(own, ModuleRegistry.find(a, GatewayScopeTest.class.getClassLoader()));
  }

  @Test
  void theNearestAncestorsModuleWins() {
    ModuleRuntime parent = ModuleRuntime.register(GatewayScopeTest.class, "a", a, "one", "two");
    ClassLoader child = new ClassLoader(GatewayScopeTest.class.getClassLoader()) {};
    ModuleRuntime own =
        new ModuleRuntime("a", a, child, new String[] {"one", "two"}, NanoClock.SYSTEM);
    ModuleRegistry.add(own);

    assertEquals(own, ModuleRegistry.find(a, child));
    assertEquals(parent, ModuleRegistry.find(a, GatewayScopeTest.class.getClassLoader()));
  }

  @Test
  void snapshotsNeedOneInterfacePerModuleAndGroupedOperations() {
    GatewayScope scope = new GatewayScope(GatewayScopeTest.class, a, b);
    assertThrows(
        IllegalArgumentException.class,
        () -> scope.snapshot(operations(), interfaces().subList(0, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> scope.snapshot(List.of(operations().get(2), operations().get(0)), interfaces()));
  }

  @Test
  void theThresholdIsReadAtEachCheckAndMalformedValuesMeanTheDefault() {
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.5");
    assertEquals(0.5, GatewayScope.memoryPressureThreshold());
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "1.5");
    assertEquals(0.85, GatewayScope.memoryPressureThreshold());
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "NaN");
    assertEquals(0.85, GatewayScope.memoryPressureThreshold());
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "0.0");
    assertTrue(GatewayScope.memoryPressure());
    System.setProperty(GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY, "1.0");
    assertFalse(GatewayScope.memoryPressure());
  }
}
