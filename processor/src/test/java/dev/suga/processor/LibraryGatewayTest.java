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

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.suga.processor.testing.Events;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library gateways across jars: a library compiled with {@code @GatewayLibrary} gets its own
 * gateway, which its modules call each other through; an application compiled later with the
 * library on its class path includes the library's modules in its gateway; and both gateways call
 * the same holders, so a module has one instance, one unload state and one set of counters
 * whichever gateway reaches it.
 */
class LibraryGatewayTest {
  /**
   * Library "lib": clock (IDLE, 0 s), counter (IMMEDIATE), greeter (calls clock through
   * LibGateway).
   */
  static final JavaFileObject LIB =
      source(
          "lib.Lib",
          "package lib;",
          "@dev.suga.annotations.GatewayLibrary(name = \"LibGateway\")",
          "public final class Lib {",
          "  private Lib() {}",
          "  /** What library code does: calls through the library's own gateway. */",
          "  public static long tickThroughLibrary() { return LibGateway.clockTick(); }",
          "  public static int nextThroughLibrary() { return LibGateway.counterNext(); }",
          "}");

  static final JavaFileObject CLOCK =
      source(
          "lib.ClockCore",
          "package lib;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "@GatewayModule(unload = GatewayModule.Unload.IDLE, idleSeconds = 1)",
          "public class ClockCore {",
          "  private long ticks;",
          "  public ClockCore() {",
          "    Events.record(\"clock:new\");",
          "    try { Thread.sleep(20); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }",
          "  }",
          "  @GatewayOperation public synchronized long tick() { return ++ticks; }",
          "  @GatewayOperation @HotPath public synchronized long now() { return ticks; }",
          "}");
  static final JavaFileObject COUNTER =
      source(
          "lib.CounterCore",
          "package lib;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "@GatewayModule(unload = GatewayModule.Unload.IMMEDIATE)",
          "public class CounterCore implements AutoCloseable {",
          "  private static int built;",
          "  public CounterCore() { built++; Events.record(\"counter:new\"); }",
          "  @GatewayOperation public int next() { return built; }",
          "  @Override public void close() { Events.record(\"counter:close\"); }",
          "}");
  static final JavaFileObject GREETER =
      source(
          "lib.GreeterCore",
          "package lib;",
          "import dev.suga.annotations.*;",
          "public class GreeterCore {",
          "  @GatewayOperation public String greet(String name) {",
          "    return \"hello \" + name + \" at tick \" + LibGateway.clockTick();",
          "  }",
          "}");

  static final JavaFileObject APP =
      source(
          "app.App",
          "package app;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  @TempDir Path libraryClasses;

  @BeforeEach
  void clearEvents() {
    Events.drain();
  }

  private Compilation compileLibrary() {
    Compilation library = Compiler.compile(LIB, CLOCK, COUNTER, GREETER);
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, libraryClasses);
    return library;
  }

  private Object runApp(JavaFileObject driver) throws IOException {
    compileLibrary();
    Compilation app = Compiler.compileAgainst(List.of(libraryClasses), APP, driver);
    assertThat(app).succeededWithoutWarnings();
    try (URLClassLoader library = Compiler.loader(libraryClasses, getClass().getClassLoader())) {
      return Drivers.of(app, library).run("app.Run");
    }
  }

  @Test
  void theLibraryGatewayHasTheLibrarysInterfacesAndItsModulesCallThroughIt() throws IOException {
    Compilation library = compileLibrary();
    assertTrue(library.generatedSourceFile("lib.LibGateway").isPresent());
    assertTrue(library.generatedSourceFile("lib.LibGateway_Internals").isPresent());
    JavaFileObject run =
        driver(
            "    return List.of(Arrays.toString(lib.LibGateway.Interface.values()),",
            "        lib.LibGateway.greeterGreet(\"ann\"), lib.LibGateway.execute(\"greeter.greet\", \"bob\"),",
            "        Gateway.greeterGreet(\"cid\"));");
    assertEquals(
        List.of(
            "[CLOCK, COUNTER, GREETER]",
            "hello ann at tick 1",
            "hello bob at tick 2",
            "hello cid at tick 3"),
        runApp(run));
  }

  @Test
  void statisticsOfEitherGatewayCountTheCallsMadeThroughBoth() throws IOException {
    JavaFileObject run =
        driver(
            "    for (int i = 0; i < 3; i++) Gateway.clockTick();",
            "    for (int i = 0; i < 4; i++) lib.Lib.tickThroughLibrary();",
            "    Gateway.execute(\"clock.tick\");",
            "    Gateway.clockNow();",
            "    return List.of(Gateway.statistics().operation(\"clock.tick\").calls(),",
            "        lib.LibGateway.statistics().operation(\"clock.tick\").calls(),",
            "        Gateway.statistics().operation(\"clock.now\").calls(),",
            "        Gateway.statistics().module(\"clock\").loads(), Gateway.clockNow());");
    assertEquals(List.of(8L, 8L, 0L, 1L, 8L), runApp(run));
  }

  @Test
  void sixtyFourThreadsRacingTheFirstCallThroughBothGatewaysBuildOneInstance() throws IOException {
    JavaFileObject run =
        driver(
            "    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);",
            "    List<Thread> threads = new ArrayList<>();",
            "    for (int i = 0; i < 64; i++) {",
            "      boolean app = i % 2 == 0;",
            "      Thread thread = new Thread(() -> {",
            "        try { start.await(); } catch (InterruptedException e) { throw new IllegalStateException(e); }",
            "        if (app) Gateway.clockTick(); else lib.Lib.tickThroughLibrary();",
            "      });",
            "      thread.start();",
            "      threads.add(thread);",
            "    }",
            "    start.countDown();",
            "    for (Thread thread : threads) {",
            "      try { thread.join(); } catch (InterruptedException e) { throw new IllegalStateException(e); }",
            "    }",
            "    return List.of(Gateway.clockNow(), Gateway.statistics().operation(\"clock.tick\").calls(),",
            "        lib.LibGateway.statistics().module(\"clock\").loads());");
    assertEquals(List.of(64L, 64L, 1L), runApp(run));
    assertEquals(List.of("clock:new"), Events.drain(), "one instance");
  }

  @Test
  void unloadPoliciesHoldThroughEitherGateway() throws IOException {
    JavaFileObject run =
        driver(
            "    List<Object> out = new ArrayList<>();",
            "    out.add(Gateway.counterNext());",
            "    out.add(lib.Lib.nextThroughLibrary());",
            "    out.add(Gateway.loadedInterfaces().toString());",
            "    lib.Lib.tickThroughLibrary();",
            "    out.add(Gateway.loadedInterfaces().toString());",
            "    Gateway.endInvocation();",
            "    try { Thread.sleep(1100); } catch (InterruptedException e) { throw new IllegalStateException(e); }",
            "    Gateway.endInvocation();",
            "    out.add(lib.LibGateway.loadedInterfaces().toString());",
            "    out.add(Gateway.statistics().module(\"clock\").releases());",
            "    out.add(Gateway.statistics().module(\"counter\").releases());",
            "    return out;");
    assertEquals(List.of(1, 2, "[]", "[CLOCK]", "[]", 1L, 2L), runApp(run));
    assertEquals(
        List.of("counter:new", "counter:close", "counter:new", "counter:close", "clock:new"),
        Events.drain());
  }

  @Test
  void aLibraryGatewayIncludesTheLibrariesOnItsClassPath() throws IOException {
    compileLibrary();
    JavaFileObject second =
        source(
            "more.More",
            "package more;",
            "@dev.suga.annotations.GatewayLibrary",
            "public final class More {",
            "  private More() {}",
            "}");
    JavaFileObject echo =
        source(
            "more.EchoCore",
            "package more;",
            "import dev.suga.annotations.*;",
            "public class EchoCore {",
            "  @GatewayOperation public String echo(String text) { return text + \" \" + Gateway.clockTick(); }",
            "}");
    Compilation more = Compiler.compileAgainst(List.of(libraryClasses), second, echo);
    assertThat(more).succeededWithoutWarnings();
    String gateway =
        more.generatedSourceFile("more.Gateway").orElseThrow().getCharContent(true).toString();
    assertTrue(
        gateway.contains("public enum Interface {")
            && gateway.contains("CLOCK(\"clock\")")
            && gateway.contains("ECHO(\"echo\")"),
        gateway);
    assertTrue(
        more.generatedSourceFile("lib.ClockCore_Holder").isEmpty(),
        "the library's holder is reused");
  }

  @Test
  void anApplicationRunsWithANewerLibraryWhoseModuleGainedAnOperation() throws IOException {
    JavaFileObject v1 = orderCore("");
    JavaFileObject v2 =
        orderCore("  @GatewayOperation @Cached public String zeta(int x) { return \"z\" + x; }");
    Path v2Classes = libraryClasses.resolveSibling(libraryClasses.getFileName() + "-v2");
    Compilation library = Compiler.compile(v1);
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, libraryClasses);
    Compilation newer = Compiler.compile(v2);
    assertThat(newer).succeededWithoutWarnings();
    Compiler.writeClasses(newer, v2Classes);
    JavaFileObject run =
        driver(
            "List<Object> out = new ArrayList<>();",
            "out.add(Gateway.orderAlpha(1));",
            "out.add(Gateway.orderAlpha(1));",
            "out.add(Gateway.orderBeta());",
            "out.add(Gateway.invalidate(Gateway.Operation.ORDER_ALPHA));",
            "out.add(Gateway.statistics().operation(\"order.alpha\").calls());",
            "out.add(Gateway.statistics().operation(\"order.alpha\").cacheHits());",
            "out.add(Gateway.statistics().operation(\"order.beta\").calls());",
            "return out;");
    Compilation app = Compiler.compileAgainst(List.of(libraryClasses), APP, run);
    assertThat(app).succeededWithoutWarnings();

    // Run on the class path a build tool would resolve to the newer library: the application's
    // gateway was compiled when alpha was the module's first operation, now zeta is.
    try (URLClassLoader library2 = Compiler.loader(v2Classes, getClass().getClassLoader())) {
      assertEquals(
          List.of("a1", "a1", "b", 1, 2L, 1L, 1L), Drivers.of(app, library2).run("app.Run"));
    }
  }

  private static JavaFileObject orderCore(String firstOperation) {
    return source(
        "shop.OrderCore",
        "package shop;",
        "import dev.suga.annotations.*;",
        "public class OrderCore {",
        firstOperation,
        "  @GatewayOperation @Cached public String alpha(int x) { return \"a\" + x; }",
        "  @GatewayOperation public String beta() { return \"b\"; }",
        "}");
  }

  @Test
  void anInterfaceIdClaimedByTwoLibrariesIsReportedAtTheRootNamingBoth() throws IOException {
    compileLibrary();
    JavaFileObject otherClock =
        source(
            "other.ClockCore",
            "package other;",
            "import dev.suga.annotations.*;",
            "public class ClockCore {",
            "  @GatewayOperation public long tock() { return 1; }",
            "}");
    Path otherClasses = libraryClasses.resolveSibling(libraryClasses.getFileName() + "-other");
    Compilation other = Compiler.compile(otherClock);
    assertThat(other).succeededWithoutWarnings();
    Compiler.writeClasses(other, otherClasses);

    Compilation app = Compiler.compileAgainst(List.of(libraryClasses, otherClasses), APP);

    assertThat(app)
        .hadErrorContaining(
            "[SUGA/DuplicateInterface] Interface id 'clock' of other.ClockCore is"
                + " already used by lib.ClockCore")
        .inFile(APP)
        .onLineContaining("class App");
    assertThat(app).hadErrorCount(1);
  }

  @Test
  void aCompilationWithARootAndALibraryGatewayIsReportedOnTheLibrary() {
    JavaFileObject mistake =
        source(
            "app.Mistake",
            "package app;",
            "@dev.suga.annotations.GatewayLibrary",
            "public final class Mistake {}");
    Compilation compilation =
        Compiler.compile(
            APP,
            mistake,
            source(
                "app.EchoCore",
                "package app;",
                "public class EchoCore {",
                "  @dev.suga.annotations.GatewayOperation public String echo(String text) { return text; }",
                "}"));
    assertThat(compilation)
        .hadErrorContaining(
            "[SUGA/RootAndLibrary] app.Mistake is a @GatewayLibrary, but this"
                + " compilation also has a @GatewayRoot (app.App)")
        .inFile(mistake)
        .onLineContaining("class Mistake");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * A library and an application in one package, both with the default name {@code Gateway}: the
   * application's gateway would shadow the library's on the class path, and the library's modules
   * would call whichever class comes first at run time (a {@code NoSuchMethodError} when the
   * application leaves one of them out). Reported on the root, naming the library.
   */
  @Test
  void aRootWhoseGatewayIsALibrarysGatewayOnTheClassPathIsReported() {
    Compilation library =
        Compiler.compile(
            source(
                "shared.Clocks",
                "package shared;",
                "@dev.suga.annotations.GatewayLibrary",
                "public final class Clocks {}"),
            source(
                "shared.TickCore",
                "package shared;",
                "public class TickCore {",
                "  @dev.suga.annotations.GatewayOperation public long tick() { return 1; }",
                "}"));
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, libraryClasses);
    JavaFileObject root =
        source(
            "shared.App",
            "package shared;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}");

    Compilation app = Compiler.compileAgainst(List.of(libraryClasses), root);

    ErrorAssertions.assertError(
        app,
        root,
        "class App",
        "[SUGA/NameClash] @GatewayRoot name 'Gateway' would generate shared.Gateway, which is"
            + " already the gateway of library shared.Clocks on the class path",
        "Choose another name with @GatewayRoot(name = \"...\").");
    assertThat(app).hadErrorCount(1);

    JavaFileObject renamed =
        source(
            "shared.App",
            "package shared;",
            "@dev.suga.annotations.GatewayRoot(name = \"AppGateway\")",
            "public final class App {}");
    assertThat(Compiler.compileAgainst(List.of(libraryClasses), renamed))
        .succeededWithoutWarnings();
  }

  /** The library recompiled with its previous output on the class path is no clash with itself. */
  @Test
  void aLibraryRecompiledWithItsOwnGatewayOnTheClassPathIsNoClash() {
    compileLibrary();

    assertThat(Compiler.compileAgainst(List.of(libraryClasses), LIB, CLOCK, COUNTER, GREETER))
        .succeededWithoutWarnings();
    assertThat(Compiler.compileAgainst(List.of(libraryClasses), LIB, GREETER))
        .succeededWithoutWarnings();
  }

  private static JavaFileObject driver(String... body) {
    String[] lines = new String[body.length + 7];
    lines[0] = "package app;";
    lines[1] = "import java.util.*;";
    lines[2] = "public class Run implements java.util.function.Function<Object, Object> {";
    lines[3] = "  public Object apply(Object in) {";
    System.arraycopy(body, 0, lines, 4, body.length);
    lines[body.length + 4] = "  }";
    lines[body.length + 5] = "}";
    lines[body.length + 6] = "";
    return source("app.Run", lines);
  }
}
