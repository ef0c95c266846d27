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
package dev.suga.processor;

import static dev.suga.processor.Compiler.compile;
import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.processor.testing.Events;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holders, unload policies, the result cache and statistics, observed through generated gateways.
 */
class GatewayLifecycleTest {
  private static final JavaFileObject APP = GatewayBehaviourTest.APP;

  @BeforeEach
  void clearEvents() {
    Events.drain();
  }

  private static JavaFileObject module(String name, String annotation, String... body) {
    String[] head = {
      "package test;",
      "import dev.suga.annotations.*;",
      "import dev.suga.annotations.GatewayModule.Unload;",
      "import dev.suga.processor.testing.Events;",
      annotation,
      "public class " + name + " implements AutoCloseable {",
      "  static { Events.record(\"" + name + ":class-init\"); }",
      "  public " + name + "() { Events.record(\"" + name + ":new\"); }",
      "  public void close() { Events.record(\"" + name + ":close\"); }",
    };
    String[] all = new String[head.length + body.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    all[all.length - 1] = "}";
    return source("test." + name, all);
  }

  private static JavaFileObject driver(String name, String... statements) {
    String[] head = {
      "package test;",
      "import dev.suga.processor.testing.Events;",
      "import dev.suga.runtime.*;",
      "import java.util.*;",
      "public class " + name + " implements java.util.function.Function<Object, Object> {",
      "  public Object apply(Object in) {",
    };
    String[] all = new String[head.length + statements.length + 2];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(statements, 0, all, head.length, statements.length);
    all[all.length - 2] = "  }";
    all[all.length - 1] = "}";
    return source("test." + name, all);
  }

  @Test
  void aCacheHitNeitherLoadsNorBuildsTheModule() {
    JavaFileObject lookup =
        module(
            "LookupCore",
            "@GatewayModule(unload = Unload.IMMEDIATE)",
            "  @GatewayOperation @Cached(ttlSeconds = 600) public String find(String key, int n) {",
            "    Events.record(\"find \" + key + n);",
            "    return key + n;",
            "  }");
    JavaFileObject run =
        driver(
            "Run",
            "    List<Object> out = new ArrayList<>();",
            "    out.add(Gateway.lookupFind(\"a\", 1));",
            "    Events.record(\"first done\");",
            "    out.add(Gateway.lookupFind(\"a\", 1));",
            "    out.add(Gateway.execute(\"lookup.find\", \"a\", 1));",
            "    out.add(Gateway.lookupFind(\"a\", 2));",
            "    StatisticsSnapshot.OperationStatistics s = Gateway.statistics().operation(\"lookup.find\");",
            "    out.add(s.calls() + \"/\" + s.cacheHits() + \"/\" + s.cacheMisses());",
            "    return out;");
    Object out = Drivers.of(compile(APP, lookup, run)).run("test.Run");
    assertEquals(List.of("a1", "a1", "a1", "a2", "4/2/2"), out);
    assertEquals(
        List.of(
            "LookupCore:class-init",
            "LookupCore:new",
            "find a1",
            "LookupCore:close",
            "first done",
            "LookupCore:new",
            "find a2",
            "LookupCore:close"),
        Events.drain());
  }

  @Test
  void immediateModulesAreReleasedAfterEveryCall() {
    JavaFileObject once =
        module(
            "OnceCore",
            "@GatewayModule(unload = Unload.IMMEDIATE)",
            "  @GatewayOperation public int twice(int x) { return 2 * x; }");
    JavaFileObject run =
        driver(
            "Run",
            "    int a = Gateway.onceTwice(1);",
            "    int b = Gateway.onceTwice(2);",
            "    StatisticsSnapshot.ModuleStatistics m = Gateway.statistics().module(\"once\");",
            "    return a + b + \" \" + m.loads() + \"/\" + m.releases() + \" \" + Gateway.loadedInterfaces();");
    Object out = Drivers.of(compile(APP, once, run)).run("test.Run");
    assertEquals("6 2/2 []", out);
    assertEquals(
        List.of(
            "OnceCore:class-init",
            "OnceCore:new",
            "OnceCore:close",
            "OnceCore:new",
            "OnceCore:close"),
        Events.drain());
  }

  @Test
  void idleModulesAreReleasedOnlyAfterIdling() {
    JavaFileObject idle =
        module(
            "IdleCore",
            "@GatewayModule(unload = Unload.IDLE, idleSeconds = 1)",
            "  @GatewayOperation public int one() { return 1; }");
    JavaFileObject run =
        driver(
            "Run",
            "    List<Object> out = new ArrayList<>();",
            "    Gateway.idleOne();",
            "    Gateway.endInvocation();",
            "    out.add(Gateway.loadedInterfaces().toString());",
            "    try { Thread.sleep(1300); } catch (InterruptedException e) { throw new AssertionError(e); }",
            "    Gateway.endInvocation();",
            "    out.add(Gateway.loadedInterfaces().toString());",
            "    Gateway.idleOne();",
            "    out.add(Gateway.loadedInterfaces().toString());",
            "    out.add(Gateway.release(Gateway.Interface.IDLE));",
            "    out.add(Gateway.release(Gateway.Interface.IDLE));",
            "    return out;");
    Object out = Drivers.of(compile(APP, idle, run)).run("test.Run");
    // Loaded right after use (not idle yet), released once idle for more than a second,
    // built again by the next call; a released module is not released twice.
    assertEquals(List.of("[IDLE]", "[]", "[IDLE]", true, false), out);
    assertEquals(
        List.of(
            "IdleCore:class-init",
            "IdleCore:new",
            "IdleCore:close",
            "IdleCore:new",
            "IdleCore:close"),
        Events.drain());
  }

  @Test
  void memoryPressureModulesAreReleasedWhenTheHeapCrossesTheThreshold() {
    JavaFileObject big =
        module(
            "BigCore",
            "@GatewayModule(unload = Unload.MEMORY_PRESSURE)",
            "  @GatewayOperation public int one() { return 1; }");
    JavaFileObject run =
        driver(
            "Run",
            "    List<Object> out = new ArrayList<>();",
            "    Gateway.bigOne();",
            "    Gateway.endInvocation();",
            "    out.add(Gateway.loadedInterfaces().toString());",
            "    out.add(Gateway.releaseAll());",
            "    out.add(Gateway.loadedInterfaces().toString());",
            "    return out;");
    String previous = System.getProperty("suga.memoryPressureThreshold");
    System.setProperty("suga.memoryPressureThreshold", "1.0");
    try {
      Object out = Drivers.of(compile(APP, big, run)).run("test.Run");
      assertEquals(List.of("[BIG]", 1, "[]"), out);
    } finally {
      restore("suga.memoryPressureThreshold", previous);
    }
  }

  @Test
  void memoryPressureReleaseHappensAtTheEndOfAnInvocation() {
    JavaFileObject big =
        module(
            "BigCore",
            "@GatewayModule(unload = Unload.MEMORY_PRESSURE)",
            "  @GatewayOperation public int one() { return 1; }");
    JavaFileObject run =
        driver(
            "Run",
            "    Gateway.bigOne();",
            "    Gateway.endInvocation();",
            "    return Gateway.loadedInterfaces().toString();");
    String previous = System.getProperty("suga.memoryPressureThreshold");
    System.setProperty("suga.memoryPressureThreshold", "0.0");
    try {
      assertEquals("[]", Drivers.of(compile(APP, big, run)).run("test.Run"));
      assertTrue(Events.drain().contains("BigCore:close"));
    } finally {
      restore("suga.memoryPressureThreshold", previous);
    }
  }

  private static void restore(String key, String previous) {
    if (previous == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, previous);
    }
  }

  @Test
  void statisticsCountCallsErrorsAndLoads() {
    JavaFileObject counted =
        module(
            "CountedCore",
            "@GatewayModule",
            "  @GatewayOperation public int ok(int x) { return x; }",
            "  @GatewayOperation public int bad(int x) { throw new IllegalStateException(\"bad \" + x); }",
            "  @GatewayOperation @HotPath public int hot(int x) { return x; }");
    JavaFileObject run =
        driver(
            "Run",
            "    for (int i = 0; i < 300; i++) Gateway.countedOk(i);",
            "    for (int i = 0; i < 3; i++) {",
            "      try { Gateway.execute(Gateway.Operation.COUNTED_BAD, i); } catch (IllegalStateException expected) {}",
            "    }",
            "    for (int i = 0; i < 1000; i++) Gateway.countedHot(i);",
            "    StatisticsSnapshot s = Gateway.statistics();",
            "    List<Object> out = new ArrayList<>();",
            "    out.add(s.operation(\"counted.ok\").calls());",
            "    out.add(s.operation(\"counted.ok\").errors());",
            "    out.add(s.operation(\"counted.bad\").calls());",
            "    out.add(s.operation(\"counted.bad\").errors());",
            "    out.add(s.operation(\"counted.hot\").calls());",
            "    out.add(s.module(\"counted\").loads());",
            "    out.add(s.operation(\"counted.ok\").sampledCalls() > 0);",
            "    out.add(s.hotPathCandidates().get(0).operation().qualifiedName());",
            "    out.add(s.report());",
            "    Gateway.resetStatistics();",
            "    out.add(Gateway.statistics().operation(\"counted.ok\").calls());",
            "    return out;");
    @SuppressWarnings("unchecked")
    List<Object> out = (List<Object>) Drivers.of(compile(APP, counted, run)).run("test.Run");
    assertEquals(
        List.of(300L, 0L, 3L, 3L, 0L, 1L, true, "counted.ok"), out.subList(0, 8), out::toString);
    String report = (String) out.get(8);
    assertTrue(report.contains("counted.ok") && report.contains("@HotPath"), report);
    assertEquals(0L, out.get(9));
  }

  @Test
  void racingFirstCallsBuildAModuleExactlyOnce() {
    JavaFileObject never =
        module(
            "SlowCore",
            "@GatewayModule",
            "  @GatewayOperation public int id() { return System.identityHashCode(this); }");
    JavaFileObject idle =
        module(
            "SlowIdleCore",
            "@GatewayModule(unload = Unload.IDLE)",
            "  @GatewayOperation public int id() { return System.identityHashCode(this); }");
    JavaFileObject run =
        driver(
            "Run",
            "    int threads = 64;",
            "    java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);",
            "    Set<Integer> never = java.util.concurrent.ConcurrentHashMap.newKeySet();",
            "    Set<Integer> idle = java.util.concurrent.ConcurrentHashMap.newKeySet();",
            "    List<Thread> all = new ArrayList<>();",
            "    for (int i = 0; i < threads; i++) {",
            "      Thread t = new Thread(() -> {",
            "        try { gate.await(); } catch (InterruptedException e) { return; }",
            "        never.add(Gateway.slowId());",
            "        idle.add(Gateway.slowIdleId());",
            "      });",
            "      t.start();",
            "      all.add(t);",
            "    }",
            "    gate.countDown();",
            "    for (Thread t : all) { try { t.join(); } catch (InterruptedException e) { throw new AssertionError(e); } }",
            "    return never.size() + \" \" + idle.size() + \" \" + Gateway.statistics().module(\"slow\").loads()",
            "        + \" \" + Gateway.statistics().module(\"slow_idle\").loads();");
    Object out = Drivers.of(compile(APP, never, idle, run)).run("test.Run");
    assertEquals("1 1 1 1", out);
    assertEquals(1, Events.count("SlowCore:new"));
    assertEquals(1, Events.count("SlowIdleCore:new"));
  }

  @Test
  void circularConstructionFailsWithTheCycle() {
    JavaFileObject a =
        module(
            "AlphaCore",
            "@GatewayModule",
            "  { Gateway.betaPing(); }",
            "  @GatewayOperation public int ping() { return 1; }");
    JavaFileObject b =
        module(
            "BetaCore",
            "@GatewayModule",
            "  { Gateway.alphaPing(); }",
            "  @GatewayOperation public int ping() { return 2; }");
    JavaFileObject run =
        driver(
            "Run",
            "    try { Gateway.alphaPing(); return \"no error\"; }",
            "    catch (GatewayException e) {",
            "      Throwable t = e; StringBuilder out = new StringBuilder();",
            "      while (t != null) { out.append(t.getMessage()).append('\\n'); t = t.getCause(); }",
            "      return out.toString();",
            "    }");
    String out = (String) Drivers.of(compile(APP, a, b, run)).run("test.Run");
    assertTrue(out.contains("alpha -> beta -> alpha"), out);
  }

  @Test
  void anErrorFromAConstructorNamesTheModuleAndLeavesTheThreadUsable() {
    String[] flaky = {
      "  private static int attempts;",
      "  { if (attempts++ == 0) { throw new AssertionError(\"first build\"); } }",
      "  @GatewayOperation public int ping() { return attempts; }"
    };
    JavaFileObject never = module("FlakyCore", "@GatewayModule", flaky);
    JavaFileObject idle =
        module("FlakyIdleCore", "@GatewayModule(unload = Unload.IDLE, idleSeconds = 60)", flaky);
    JavaFileObject run =
        driver(
            "Run",
            "    List<String> out = new ArrayList<>();",
            "    for (int i = 0; i < 2; i++) {",
            "      try { out.add(\"never \" + Gateway.flakyPing()); }",
            "      catch (GatewayException e) { out.add(e.getMessage()); }",
            "      try { out.add(\"idle \" + Gateway.flakyIdlePing()); }",
            "      catch (GatewayException e) { out.add(e.getMessage()); }",
            "    }",
            "    return out;");
    Object out = Drivers.of(compile(APP, never, idle, run)).run("test.Run");
    // A NEVER module is built once: its failure stays, still naming the module. An IDLE module
    // is built again on the next call; neither leaves a construction marked on the thread.
    assertEquals(
        List.of(
            "Module 'flaky' could not be built: java.lang.AssertionError: first build",
            "Module 'flaky_idle' could not be built: java.lang.AssertionError: first build",
            "Module 'flaky' could not be built: java.lang.AssertionError: first build",
            "idle 2"),
        out);
  }

  @Test
  void aFactoryThatReturnsNullIsReportedInTheSameWordsWhateverThePolicy() {
    JavaFileObject never = nullFactory("NothingCore", "@GatewayModule");
    JavaFileObject idle =
        nullFactory("NothingIdleCore", "@GatewayModule(unload = GatewayModule.Unload.IDLE)");
    JavaFileObject run =
        driver(
            "Run",
            "    List<String> out = new ArrayList<>();",
            "    try { out.add(\"never \" + Gateway.nothingPing()); }",
            "    catch (GatewayException e) { out.add(e.getMessage()); }",
            "    try { out.add(\"idle \" + Gateway.nothingIdlePing()); }",
            "    catch (GatewayException e) { out.add(e.getMessage()); }",
            "    return out;");
    Object out = Drivers.of(compile(APP, never, idle, run)).run("test.Run");
    assertEquals(
        List.of(
            "Module 'nothing' could not be built: its factory returned null",
            "Module 'nothing_idle' could not be built: its factory returned null"),
        out);
  }

  /** A module whose only way to be built is a {@code create()} that returns null. */
  private static JavaFileObject nullFactory(String name, String annotation) {
    return source(
        "test." + name,
        "package test;",
        "import dev.suga.annotations.*;",
        annotation,
        "public class " + name + " {",
        "  private " + name + "() {}",
        "  public static " + name + " create() { return null; }",
        "  @GatewayOperation public int ping() { return 1; }",
        "}");
  }

  @Test
  void anInterruptedConstructionRestoresTheInterruptOnlyOnTheBuildingCall() {
    JavaFileObject waiting =
        source(
            "test.WaitingCore",
            "package test;",
            "import dev.suga.annotations.*;",
            "@GatewayModule",
            "public class WaitingCore {",
            "  private WaitingCore() {}",
            "  public static WaitingCore create() throws InterruptedException {",
            "    throw new InterruptedException(\"stopped\");",
            "  }",
            "  @GatewayOperation public int ping() { return 1; }",
            "}");
    JavaFileObject run =
        driver(
            "Run",
            "    List<Object> out = new ArrayList<>();",
            "    for (int i = 0; i < 2; i++) {",
            "      try { out.add(Gateway.waitingPing()); }",
            "      catch (GatewayException e) { out.add(e.getCause().getClass().getSimpleName()); }",
            "      out.add(Thread.interrupted());",
            "    }",
            "    return out;");
    Object out = Drivers.of(compile(APP, waiting, run)).run("test.Run");
    assertEquals(List.of("InterruptedException", true, "InterruptedException", false), out);
  }

  @Test
  void staticOperationsNeverBuildTheModule() {
    JavaFileObject util =
        module(
            "TextCore",
            "@GatewayModule",
            "  @GatewayOperation public static String upper(String s) { return s.toUpperCase(); }");
    JavaFileObject run =
        driver(
            "Run",
            "    return Gateway.textUpper(\"a\") + Gateway.execute(\"text.upper\", \"b\") + Gateway.loadedInterfaces();");
    assertEquals("AB[]", Drivers.of(compile(APP, util, run)).run("test.Run"));
    assertEquals(List.of("TextCore:class-init"), Events.drain());
  }

  @Test
  void lifecycleMethodsNameTheArgumentThatIsNull() {
    JavaFileObject cached =
        module(
            "LookupCore",
            "@GatewayModule(unload = Unload.IDLE)",
            "  @GatewayOperation @Cached(ttlSeconds = 60) public int find(int x) { return x; }");
    JavaFileObject run =
        driver(
            "Run",
            "    List<Object> out = new ArrayList<>();",
            "    List<Runnable> calls = List.of(",
            "        () -> Gateway.release(null),",
            "        () -> Gateway.invalidate((Gateway.Operation) null),",
            "        () -> Gateway.invalidate((Gateway.Interface) null));",
            "    for (Runnable call : calls) {",
            "      try { call.run(); out.add(\"no error\"); }",
            "      catch (NullPointerException e) { out.add(e.getMessage()); }",
            "    }",
            "    return out;");
    Object out = Drivers.of(compile(APP, cached, run)).run("test.Run");
    assertEquals(List.of("gatewayInterface", "operation", "gatewayInterface"), out);
    // Checked before anything runs: no module was loaded to find out.
    assertEquals(List.of(), Events.drain());
  }

  @Test
  void primeBuildsTheHotModulesAndListsTheirClasses() throws java.io.IOException {
    JavaFileObject hot =
        module(
            "HotCore",
            "@GatewayModule",
            "  @GatewayOperation @HotPath public int get() { return 1; }");
    JavaFileObject idleHot =
        module(
            "WarmCore",
            "@GatewayModule(unload = Unload.IDLE)",
            "  @GatewayOperation @HotPath public int get() { return 2; }");
    JavaFileObject cold =
        module("ColdCore", "@GatewayModule", "  @GatewayOperation public int get() { return 3; }");
    JavaFileObject run =
        driver(
            "Run",
            "    int primed = Gateway.prime();",
            "    int again = Gateway.prime();",
            "    return primed + \" \" + again + \" \" + Gateway.loadedInterfaces();");
    com.google.testing.compile.Compilation compilation = compile(APP, hot, idleHot, cold, run);
    assertEquals("2 2 [HOT, WARM]", Drivers.of(compilation).run("test.Run"));
    assertEquals(
        List.of("HotCore:class-init", "HotCore:new", "WarmCore:class-init", "WarmCore:new"),
        Events.drain());
    String classList =
        compilation
            .generatedFile(
                javax.tools.StandardLocation.CLASS_OUTPUT,
                "",
                "META-INF/suga/test.Gateway.classlist")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertEquals(
        List.of(
            "test/Gateway",
            "test/Gateway$Interface",
            "test/Gateway$Operation",
            "test/HotCore_Holder",
            "test/HotCore",
            "test/WarmCore_Holder",
            "test/WarmCore"),
        classList.lines().toList());
  }
}
