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
import static com.google.testing.compile.Compiler.javac;
import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application whose own module claims an interface id that a library on its class path also
 * claims, as the README's quick start ({@code cache}) does beside the core interfaces library: the
 * clash is reported on the application's module, where it can be fixed, and suggests
 * {@code @GatewayRoot(exclude = ...)}, which resolves it in either direction. Generated names that
 * clash between modules behave the same way.
 */
class RootExclusionTest {
  /** A library like the core interfaces: interface "cache", and "logging", which uses it. */
  private static final JavaFileObject CORE =
      source(
          "lib.core.Core",
          "package lib.core;",
          "@dev.suga.annotations.GatewayLibrary(name = \"CoreGateway\")",
          "public final class Core {",
          "  private Core() {}",
          "}");

  private static final JavaFileObject CORE_CACHE =
      source(
          "lib.core.CacheCore",
          "package lib.core;",
          "import dev.suga.annotations.*;",
          "import java.util.*;",
          "public class CacheCore {",
          "  private final Map<String, String> map = new HashMap<>();",
          "  @GatewayOperation public String get(String key) { return \"core:\" + map.get(key); }",
          "  @GatewayOperation public void put(String key, String value) { map.put(key, value); }",
          "}");

  private static final JavaFileObject CORE_LOGGING =
      source(
          "lib.core.LoggingCore",
          "package lib.core;",
          "import dev.suga.annotations.*;",
          "public class LoggingCore {",
          "  @GatewayOperation public String info(String text) {",
          "    CoreGateway.cachePut(\"last\", text);",
          "    return CoreGateway.cacheGet(\"last\");",
          "  }",
          "}");

  @TempDir Path libraryClasses;

  private void compileCore() {
    Compilation library = Compiler.compile(CORE, CORE_CACHE, CORE_LOGGING);
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, libraryClasses);
  }

  /** The README's quick-start shape: the application's own "cache" module, nested in the root. */
  private static JavaFileObject app(String rootAnnotation) {
    return source(
        "app.App",
        "package app;",
        "import dev.suga.annotations.*;",
        "import java.util.*;",
        rootAnnotation,
        "public final class App {",
        "  @GatewayModule",
        "  static class CacheCore {",
        "    private final Map<String, String> map = new HashMap<>();",
        "    @GatewayOperation @HotPath public String get(String key) { return \"app:\" + map.get(key); }",
        "    @GatewayOperation public void put(String key, String value) { map.put(key, value); }",
        "  }",
        "}");
  }

  private static final JavaFileObject RUN =
      source(
          "app.Run",
          "package app;",
          "import java.util.*;",
          "public class Run implements java.util.function.Function<Object, Object> {",
          "  public Object apply(Object in) {",
          "    Gateway.cachePut(\"k\", \"v\");",
          "    return List.of(Gateway.cacheGet(\"k\"), Gateway.loggingInfo(\"hi\"),",
          "        Arrays.toString(Gateway.Interface.values()),",
          "        Gateway.Interface.CACHE.info().moduleClass());",
          "  }",
          "}");

  private Object run(Compilation app) throws IOException {
    try (URLClassLoader library = Compiler.loader(libraryClasses, getClass().getClassLoader())) {
      return Drivers.of(app, library).run("app.Run");
    }
  }

  @Test
  void anOwnModuleWhoseIdALibraryTakesIsReportedOnTheOwnModuleWithTheExcludeRemedy() {
    compileCore();
    JavaFileObject app = app("@GatewayRoot");

    Compilation compilation = Compiler.compileAgainst(List.of(libraryClasses), app);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[SUGA/DuplicateInterface] Interface id 'cache' of app.App.CacheCore is already used by"
                + " lib.core.CacheCore, which a library on the class path indexes. Leave one of them"
                + " out of this gateway with @GatewayRoot(exclude = lib.core.CacheCore.class), or"
                + " give one of them another id with @GatewayModule(\"...\") where its source is"
                + " yours.")
        .inFile(app)
        .onLineContaining("static class CacheCore");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void excludingTheLibrarysModuleKeepsTheOwnOneAndTheLibraryStillUsesItsOwn() throws IOException {
    compileCore();
    Compilation app =
        Compiler.compileAgainst(
            List.of(libraryClasses), app("@GatewayRoot(exclude = lib.core.CacheCore.class)"), RUN);

    assertThat(app).succeededWithoutWarnings();
    assertEquals(List.of("app:v", "core:hi", "[CACHE, LOGGING]", "app.App.CacheCore"), run(app));
  }

  @Test
  void excludingTheOwnModuleKeepsTheLibrarysOne() throws IOException {
    compileCore();
    Compilation app =
        Compiler.compileAgainst(
            List.of(libraryClasses), app("@GatewayRoot(exclude = App.CacheCore.class)"), RUN);

    assertThat(app).succeededWithoutWarnings();
    assertEquals(List.of("core:v", "core:hi", "[CACHE, LOGGING]", "lib.core.CacheCore"), run(app));
  }

  @Test
  void excludingAClassThatIsNotAModuleIsReportedOnTheClassLiteral() {
    compileCore();
    JavaFileObject app =
        source(
            "app.App",
            "package app;",
            "@dev.suga.annotations.GatewayRoot(",
            "    exclude = {",
            "        lib.core.LoggingCore.class,",
            "        String.class})",
            "public final class App {}");

    Compilation compilation = Compiler.compileAgainst(List.of(libraryClasses), app);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[SUGA/ExcludeNotModule] java.lang.String in @GatewayRoot(exclude = ...) of app.App is"
                + " not a gateway module: it has no @GatewayModule and no @GatewayOperation method."
                + " Name only module classes there, or remove it.")
        .inFile(app)
        .onLineContaining("String.class");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void excludingAModuleThatTheGatewayWouldNotIncludeIsReportedOnTheClassLiteral()
      throws IOException {
    // A module class compiled without the processor: on the class path, but indexed nowhere.
    Compilation unindexed =
        javac()
            .withOptions("-proc:none")
            .compile(
                source(
                    "plain.PlainCore",
                    "package plain;",
                    "public class PlainCore {",
                    "  @dev.suga.annotations.GatewayOperation public int x() { return 1; }",
                    "}"));
    assertThat(unindexed).succeededWithoutWarnings();
    Compiler.writeClasses(unindexed, libraryClasses);
    JavaFileObject app =
        source(
            "app.App",
            "package app;",
            "@dev.suga.annotations.GatewayRoot(exclude = plain.PlainCore.class)",
            "public final class App {}");

    Compilation compilation = Compiler.compileAgainst(List.of(libraryClasses), app);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[SUGA/ExcludeNotPresent] plain.PlainCore in @GatewayRoot(exclude = ...) of app.App is"
                + " not one of this gateway's modules: it is neither compiled here nor indexed by a"
                + " library on the class path, so there is nothing to leave out. Remove it from"
                + " exclude.")
        .inFile(app)
        .onLineContaining("exclude = plain.PlainCore.class");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aClassLiteralThatDoesNotResolveIsLeftToTheCompilersOwnError() {
    JavaFileObject app =
        source(
            "app.App",
            "package app;",
            "@dev.suga.annotations.GatewayRoot(exclude = MissingCore.class)",
            "public final class App {}");

    Compilation compilation = Compiler.compile(app);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(app)
        .onLineContaining("MissingCore.class");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Library "lib.ab": interface "a_b" with operation "c": Operation.A_B_C and method aBC. */
  private static final JavaFileObject AB =
      source(
          "lib.ab.AbCore",
          "package lib.ab;",
          "import dev.suga.annotations.*;",
          "@GatewayModule(\"a_b\")",
          "public class AbCore {",
          "  @GatewayOperation(\"c\") public int y() { return 2; }",
          "}");

  @Test
  void aGeneratedNameClashWithALibrarysOperationIsReportedOnTheOwnOperation() {
    Compilation library = Compiler.compile(AB);
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, libraryClasses);
    // Interface "a" sorts first, so it claims A_B_C and aBC before the library's "a_b.c" does.
    JavaFileObject a =
        source(
            "app.ACore",
            "package app;",
            "import dev.suga.annotations.*;",
            "@GatewayModule(\"a\")",
            "public class ACore {",
            "  @GatewayOperation(\"b_c\") public int x() { return 1; }",
            "}");
    JavaFileObject app =
        source(
            "app.App",
            "package app;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}");

    Compilation compilation = Compiler.compileAgainst(List.of(libraryClasses), app, a);

    assertThat(compilation).failed();
    for (String generated : List.of("constant Operation.A_B_C", "method aBC")) {
      assertThat(compilation)
          .hadErrorContaining(
              "[SUGA/NameClash] Operation 'a.b_c' would generate "
                  + generated
                  + ", which operation a_b.c also generates. Leave one of the modules out of this"
                  + " gateway with @GatewayRoot(exclude = lib.ab.AbCore.class), or rename the"
                  + " operation or the interface where its source is yours.")
          .inFile(a)
          .onLineContaining("public int x()");
    }
    assertThat(compilation).hadErrorCount(2);

    JavaFileObject excluding =
        source(
            "app.App",
            "package app;",
            "@dev.suga.annotations.GatewayRoot(exclude = lib.ab.AbCore.class)",
            "public final class App {}");
    assertThat(Compiler.compileAgainst(List.of(libraryClasses), excluding, a))
        .succeededWithoutWarnings();
  }
}
