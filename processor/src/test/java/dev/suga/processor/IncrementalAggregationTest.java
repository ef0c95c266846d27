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
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds, as IDEs and Gradle run javac: a subset of the sources recompiled with the
 * previous output on the class path, the new classes written over the old ones. A root recompiled
 * with only some of its modules still includes every module of the last full build, with their
 * parameter names (javac keeps none in class files without {@code -parameters}).
 */
class IncrementalAggregationTest {
  static final JavaFileObject APP =
      source(
          "app.App",
          "package app;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");
  static final JavaFileObject GREETING =
      source(
          "app.GreetingCore",
          "package app;",
          "import dev.suga.annotations.*;",
          "public class GreetingCore {",
          "  @GatewayOperation public String hello(String name) { return \"hello \" + name; }",
          "}");
  static final JavaFileObject REPORT =
      source(
          "app.report.ReportCore",
          "package app.report;",
          "import dev.suga.annotations.*;",
          "public class ReportCore {",
          "  @GatewayOperation public String render(String title, int pages) { return title + \"/\" + pages; }",
          "  @GatewayOperation @Cached(ttlSeconds = 60) public int pages(String title) { return title.length(); }",
          "}");
  static final JavaFileObject UNITS =
      source(
          "app.Units",
          "package app;",
          "import dev.suga.annotations.*;",
          "public final class Units {",
          "  private Units() {}",
          "  @GatewayOperation public static double celsius(double fahrenheit) { return (fahrenheit - 32) * 5 / 9; }",
          "}");
  static final JavaFileObject RUN =
      source(
          "app.Run",
          "package app;",
          "import java.util.*;",
          "public class Run implements java.util.function.Function<Object, Object> {",
          "  public Object apply(Object in) {",
          "    return List.of(Arrays.toString(Gateway.Interface.values()),",
          "        Gateway.execute(\"report.render\", \"q1\", 3),",
          "        Gateway.execute(Gateway.Operation.REPORT_RENDER, Map.of(\"title\", \"q2\", \"pages\", 4)),",
          "        Gateway.Operation.REPORT_PAGES.info().toString(),",
          "        Gateway.execute(\"units.celsius\", 212.0));",
          "  }",
          "}");

  @TempDir Path output;

  private Compilation build(JavaFileObject... sources) {
    Compilation compilation = Compiler.compileAgainst(List.of(output), sources);
    assertThat(compilation).succeededWithoutWarnings();
    Compiler.writeClasses(compilation, output);
    return compilation;
  }

  private Object run() throws IOException {
    try (URLClassLoader classes = Compiler.loader(output, getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      java.util.function.Function<Object, Object> run =
          (java.util.function.Function<Object, Object>)
              classes.loadClass("app.Run").getDeclaredConstructor().newInstance();
      return run.apply(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static final List<Object> EVERYTHING =
      List.of(
          "[GREETING, REPORT, UNITS]",
          "q1/3",
          "q2/4",
          "int report.pages(java.lang.String title) [cached 60 s]",
          100.0);

  @Test
  void aRootRecompiledWithOneModuleKeepsTheOthersWithTheirParameterNames() throws IOException {
    build(APP, GREETING, REPORT, UNITS, RUN);
    assertEquals(EVERYTHING, run());

    Compilation partial = build(APP, GREETING);

    String gateway =
        partial.generatedSourceFile("app.Gateway").orElseThrow().getCharContent(true).toString();
    assertTrue(
        gateway.contains("public static String reportRender(String title, int pages)"), gateway);
    assertEquals(EVERYTHING, run());
  }

  @Test
  void aRootRecompiledAloneKeepsEveryModule() throws IOException {
    build(APP, GREETING, REPORT, UNITS, RUN);

    build(APP);

    assertEquals(EVERYTHING, run());
  }

  @Test
  void aModuleRecompiledWithoutItsRootStaysTheApplications() throws IOException {
    build(APP, GREETING, REPORT, UNITS, RUN);

    Compilation moduleOnly = build(REPORT);
    String entry =
        moduleOnly
            .generatedSourceFile("dev.suga.aggregated.app_report_ReportCore")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(entry.contains("roots = \"app.App\""), entry);

    build(APP);
    assertEquals(EVERYTHING, run());
  }

  @Test
  void aDeletedModuleLeavesTheGatewayWithoutAnError() throws IOException {
    build(APP, GREETING, REPORT, UNITS, RUN);
    // The IDE deletes the classes of a deleted source; its index entry stays behind.
    Files.delete(output.resolve("app/Units.class"));
    Files.delete(output.resolve("app/Units_Holder.class"));
    Files.delete(output.resolve("app/Run.class"));
    JavaFileObject run =
        source(
            "app.Run",
            "package app;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) { return java.util.Arrays.toString(Gateway.Interface.values()); }",
            "}");

    build(APP, GREETING, run);

    assertEquals("[GREETING, REPORT]", run());
  }

  /**
   * A module recompiled alone without its operations (it never had {@code @GatewayModule}): that
   * compilation has no SUGA annotation, so the processor never sees it and its index entry stays.
   * The root recompiled next leaves the class out with a note, as it does a deleted one.
   */
  @Test
  void aModuleRecompiledWithoutItsOperationsIsLeftOutWithANote() throws IOException {
    build(APP, GREETING, REPORT, UNITS, RUN);
    JavaFileObject plainReport =
        source(
            "app.report.ReportCore",
            "package app.report;",
            "public class ReportCore {",
            "  public String render(String title, int pages) { return title + \"/\" + pages; }",
            "}");
    build(plainReport);
    Files.delete(output.resolve("app/Run.class")); // it used the report operations
    JavaFileObject run =
        source(
            "app.Run",
            "package app;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) { return java.util.Arrays.toString(Gateway.Interface.values()); }",
            "}");

    Compilation root = build(APP, run);

    assertThat(root)
        .hadNoteContaining(
            "[SUGA/StaleIndex] The SUGA index entry dev.suga.aggregated.app_report_ReportCore on"
                + " the class path names app.report.ReportCore, which no longer declares any"
                + " @GatewayOperation method (it was recompiled without them), so the gateway"
                + " leaves it out. A clean build removes the stale entry.");
    assertEquals("[GREETING, UNITS]", run());
  }

  /** A library's entry whose class lost its operations is left out with the same note. */
  @Test
  void aLibraryEntryWhoseClassHasNoOperationsIsLeftOutWithANote() throws IOException {
    JavaFileObject weather =
        source(
            "lib.WeatherCore",
            "package lib;",
            "public class WeatherCore {",
            "  @dev.suga.annotations.GatewayOperation public String forecast(String city) { return city; }",
            "}");
    build(weather);
    build(
        source(
            "lib.WeatherCore",
            "package lib;",
            "public class WeatherCore {",
            "  public String forecast(String city) { return city; }",
            "}"));

    Compilation app = build(APP, GREETING);

    assertThat(app)
        .hadNoteContaining(
            "[SUGA/StaleIndex] The SUGA index entry dev.suga.aggregated.lib_WeatherCore");
    assertThat(app)
        .generatedSourceFile("app.Gateway")
        .contentsAsUtf8String()
        .doesNotContain("WEATHER");
  }

  @Test
  void anotherApplicationDoesNotTakeInThisOnesModules() {
    build(APP, GREETING, REPORT, UNITS, RUN);
    JavaFileObject other =
        source(
            "other.Other",
            "package other;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class Other {}");
    JavaFileObject echo =
        source(
            "other.EchoCore",
            "package other;",
            "public class EchoCore {",
            "  @dev.suga.annotations.GatewayOperation public String echo(String text) { return text; }",
            "}");

    Compilation compilation = Compiler.compileAgainst(List.of(output), other, echo);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("other.Gateway")
        .contentsAsUtf8String()
        .doesNotContain("REPORT");
  }

  @Test
  void aLibraryEntryWhoseModuleIsMissingIsABadIndexErrorAtTheRoot() throws IOException {
    JavaFileObject weather =
        source(
            "lib.WeatherCore",
            "package lib;",
            "public class WeatherCore {",
            "  @dev.suga.annotations.GatewayOperation public String forecast(String city) { return city; }",
            "}");
    Compilation library = Compiler.compile(weather);
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, output);
    Files.delete(output.resolve("lib/WeatherCore.class"));

    Compilation app = Compiler.compileAgainst(List.of(output), APP);

    assertThat(app)
        .hadErrorContaining(
            "[SUGA/BadIndex] The SUGA index entry dev.suga.aggregated.lib_WeatherCore"
                + " on the class path names module lib.WeatherCore, which is not on the class path");
    assertThat(app).hadErrorCount(1);
  }

  @Test
  void aLibraryWhoseHoldersAreMissingIsReportedAtTheRoot() throws IOException {
    JavaFileObject weather =
        source(
            "lib.WeatherCore",
            "package lib;",
            "public class WeatherCore {",
            "  @dev.suga.annotations.GatewayOperation public String forecast(String city) { return"
                + " city; }",
            "}");
    Compilation library = Compiler.compile(weather);
    assertThat(library).succeededWithoutWarnings();
    Compiler.writeClasses(library, output);
    Files.delete(output.resolve("lib/WeatherCore_Holder.class"));

    Compilation app = Compiler.compileAgainst(List.of(output), APP);

    assertThat(app)
        .hadErrorContaining(
            "[SUGA/MissingHolder] Module lib.WeatherCore, indexed by dev.suga.aggregated.lib_WeatherCore on"
                + " the class path, has no holder lib.WeatherCore_Holder beside it");
    assertThat(app).hadErrorCount(1);
  }
}
