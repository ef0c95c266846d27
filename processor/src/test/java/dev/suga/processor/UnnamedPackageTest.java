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
import static dev.suga.processor.Compiler.compile;
import static dev.suga.processor.Compiler.source;
import static dev.suga.processor.ErrorAssertions.assertError;
import static dev.suga.processor.ErrorAssertions.failedWithoutCrash;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modules in the unnamed (default) package. No code in a named package can refer to a class of the
 * unnamed package (JLS 7.5: it cannot even be imported), so a gateway in a named package cannot
 * reach such a module: that is an error on the module, or, for an index entry on the class path, on
 * the root. A root in the unnamed package takes them in like any other.
 */
class UnnamedPackageTest {
  private static final JavaFileObject DEFAULT_CORE =
      source(
          "DefCore",
          "import dev.suga.annotations.*;",
          "public class DefCore {",
          "  @GatewayOperation public int x() { return 1; }",
          "}");

  private static final JavaFileObject NAMED_APP =
      source(
          "dapp.App",
          "package dapp;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  @TempDir Path output;

  @Test
  void aModuleInTheUnnamedPackageIsReportedWhenTheRootIsInANamedOne() {
    Compilation compilation = failedWithoutCrash(compile(DEFAULT_CORE, NAMED_APP));

    assertError(
        compilation,
        DEFAULT_CORE,
        "public class DefCore",
        "[SUGA/UnnamedPackage] Module DefCore is in the unnamed package, which no code in a named"
            + " package can refer to, so the gateway in package 'dapp' cannot call it. Move the"
            + " module into a package (or the @GatewayRoot type into the unnamed package).");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aLibraryModuleInTheUnnamedPackageIsReportedInTheLibrarysCompilation() {
    Compilation compilation = failedWithoutCrash(compile(DEFAULT_CORE));

    assertError(
        compilation,
        DEFAULT_CORE,
        "public class DefCore",
        "[SUGA/UnnamedPackage] Module DefCore is in the unnamed package, and this compilation has"
            + " no @GatewayRoot, so it is a library for gateways compiled later, which cannot refer"
            + " to the unnamed package from their named ones. Move the module into a package, or,"
            + " if this compilation is the application, put @GatewayRoot on one of its types.");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * A jar whose index names a module of the unnamed package (left by an older processor, which did
   * not report it): an error at the root that names the entry, not javac's "cannot find symbol
   * DefCore_Holder" in generated code.
   */
  @Test
  void anIndexEntryForAModuleInTheUnnamedPackageIsReportedAtTheRootNamingTheEntry() {
    JavaFileObject marker =
        source(
            "dev.suga.aggregated.DefCore",
            "package dev.suga.aggregated;",
            "@dev.suga.annotations.internal.IndexedModule(module = \"DefCore\", parameterNames ="
                + " \"x()=\")",
            "public final class DefCore { private DefCore() {} }");
    Compilation library = javac().withOptions("-proc:none").compile(DEFAULT_CORE, marker);
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, output);

    Compilation app = failedWithoutCrash(Compiler.compileAgainst(List.of(output), NAMED_APP));

    assertError(
        app,
        NAMED_APP,
        "public final class App",
        "[SUGA/UnnamedPackage] The SUGA index entry dev.suga.aggregated.DefCore on the class path"
            + " names module DefCore, which is in the unnamed package: the gateway in package"
            + " 'dapp' cannot refer to it. Move the module into a package and rebuild its"
            + " library.");
    assertThat(app).hadErrorCount(1);
  }

  private static final JavaFileObject DEFAULT_APP =
      source("App", "@dev.suga.annotations.GatewayRoot", "public final class App {}");

  /** Every holder shape: releasable, on-demand instance, hot path, static and cached. */
  private static final JavaFileObject IDLE_CORE =
      source(
          "IdleCore",
          "import dev.suga.annotations.*;",
          "@GatewayModule(unload = GatewayModule.Unload.IDLE)",
          "public class IdleCore {",
          "  @GatewayOperation public int add(int IdleCore, int b) { return IdleCore + b; }",
          "  @GatewayOperation @Cached public static String name() { return \"idle\"; }",
          "}");

  private static final JavaFileObject HOT_CORE =
      source(
          "HotCore",
          "import dev.suga.annotations.*;",
          "class HotCore {",
          "  @GatewayOperation @HotPath public int hot() { return 2; }",
          "  @GatewayOperation @Cached public String echo(String text) { return text; }",
          "}");

  private static final JavaFileObject RUN =
      source(
          "Run",
          "public class Run implements java.util.function.Function<Object, Object> {",
          "  public Object apply(Object in) {",
          "    return java.util.List.of(Gateway.idleAdd(1, 2), Gateway.idleName(), Gateway.hotHot(),",
          "        Gateway.execute(\"hot.echo\", \"e\"), Gateway.execute(\"idle.add\", 3, 4),",
          "        Gateway.Operation.IDLE_ADD.info().toString());",
          "  }",
          "}");

  private static final List<Object> EXPECTED =
      List.of(3, "idle", 2, "e", 7, "int idle.add(int IdleCore, int b)");

  @Test
  void aRootInTheUnnamedPackageTakesInModulesOfTheUnnamedPackage() {
    Compilation compilation = compile(DEFAULT_APP, IDLE_CORE, HOT_CORE, RUN);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(EXPECTED, Drivers.of(compilation).run("Run"));
  }

  @Test
  void aRootInTheUnnamedPackageRecompiledAloneKeepsItsModules() throws IOException {
    Compilation full =
        Compiler.compileAgainst(List.of(output), DEFAULT_APP, IDLE_CORE, HOT_CORE, RUN);
    assertThat(full).succeededWithoutWarnings();
    Compiler.writeClasses(full, output);

    Compilation partial = Compiler.compileAgainst(List.of(output), DEFAULT_APP);

    assertThat(partial).succeededWithoutWarnings();
    Compiler.writeClasses(partial, output);
    try (URLClassLoader classes = Compiler.loader(output, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Function<Object, Object> run =
          (Function<Object, Object>)
              classes.loadClass("Run").getDeclaredConstructor().newInstance();
      assertEquals(EXPECTED, run.apply(null));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
