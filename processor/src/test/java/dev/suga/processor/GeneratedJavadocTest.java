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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the generated Javadoc says is true of the gateway it documents: examples are its own
 * operations, and every {@code {@link}} resolves (javac's doclint checks the references of the
 * generated sources as it compiles them).
 */
class GeneratedJavadocTest {
  private static final JavaFileObject APP =
      source(
          "test.App",
          "package test;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  private static final JavaFileObject CLOCK =
      source(
          "test.ClockCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "public class ClockCore {",
          "  @GatewayOperation public long tick(int step) { return step; }",
          "  @GatewayOperation public long now() { return 0; }",
          "}");

  private static String gateway(Compilation compilation) throws IOException {
    return compilation
        .generatedSourceFile("test.Gateway")
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  @Test
  void theClassJavadocNamesTheGatewaysOwnFirstOperationNotCacheGet() throws IOException {
    Compilation compilation = Compiler.compile(List.of("-Xdoclint:reference"), APP, CLOCK);

    assertThat(compilation).succeededWithoutWarnings();
    String gateway = gateway(compilation);
    assertTrue(
        gateway.contains(
            " * <p>Each operation has a typed static method, such as {@link #clockTick(int)}. Every\n"),
        gateway);
    assertFalse(gateway.contains("cacheGet"), gateway);
    assertTrue(
        gateway.contains(" * The universal gateway of {@link App}: 2 operations in 1 interface.\n"),
        gateway);
  }

  @Test
  void aLongFirstOperationGoesOnItsOwnLine() throws IOException {
    JavaFileObject longNames =
        source(
            "test.ReportingServiceCore",
            "package test;",
            "import dev.suga.annotations.*;",
            "public class ReportingServiceCore {",
            "  @GatewayOperation public String renderQuarterlySummary(String title, java.util.List<String> lines) {",
            "    return title;",
            "  }",
            "}");

    Compilation compilation = Compiler.compile(List.of("-Xdoclint:reference"), APP, longNames);

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        gateway(compilation)
            .contains(
                " * <p>Each operation has a typed static method, such as\n"
                    + " * {@link #reportingServiceRenderQuarterlySummary(String,List)}. Every\n"),
        gateway(compilation));
  }

  @Test
  void aHotPathOnAReleasableModuleSaysWhatItCostsBesidesTheCall() throws IOException {
    JavaFileObject session =
        source(
            "test.SessionCore",
            "package test;",
            "import dev.suga.annotations.*;",
            "@GatewayModule(unload = GatewayModule.Unload.IDLE)",
            "public class SessionCore {",
            "  @GatewayOperation @HotPath public int user() { return 7; }",
            "  @GatewayOperation @HotPath public static int version() { return 1; }",
            "}");

    Compilation compilation = Compiler.compile(List.of("-Xdoclint:reference"), APP, session);

    assertThat(compilation).succeededWithoutWarnings();
    String gateway = gateway(compilation);
    assertTrue(
        gateway.contains(
            "   * <p>Hot path: not counted in the statistics. The module is {@code IDLE}, so the call"
                + " also\n   * marks itself in flight (two atomic updates) to keep a release from"
                + " closing it.\n   */\n  public static int sessionUser() {"),
        gateway);
    assertTrue(
        gateway.contains(
            "   * <p>Hot path: a direct call, not counted in the statistics.\n   */\n"
                + "  public static int sessionVersion() {"),
        gateway);
  }

  @Test
  void aVarargsParameterIsLinkedAsVarargs() throws IOException {
    JavaFileObject text =
        source(
            "test.TextCore",
            "package test;",
            "import dev.suga.annotations.*;",
            "public class TextCore {",
            "  @GatewayOperation public String join(String separator, int... widths) { return separator; }",
            "}");

    Compilation compilation = Compiler.compile(List.of("-Xdoclint:reference"), APP, text);

    assertThat(compilation).succeededWithoutWarnings();
    String link = "{@link TextCore#join(String,int...)}";
    assertTrue(gateway(compilation).contains("{@code text.join}: calls " + link + "."));
    assertTrue(
        compilation
            .generatedSourceFile("test.TextCore_Holder")
            .orElseThrow()
            .getCharContent(true)
            .toString()
            .contains("   * Calls " + link + ",\n"));
  }

  @Test
  void linksToAModuleInAnotherPackageResolveWithoutAnImport() throws IOException {
    JavaFileObject clock =
        source(
            "test.tools.ClockCore",
            "package test.tools;",
            "import dev.suga.annotations.*;",
            "public class ClockCore {",
            "  @GatewayOperation public long tick() { return 1; }",
            "}");

    Compilation compilation = Compiler.compile(List.of("-Xdoclint:reference"), APP, clock);

    assertThat(compilation).succeededWithoutWarnings();
    String gateway = gateway(compilation);
    assertTrue(
        gateway.contains("{@code clock.tick}: calls {@link test.tools.ClockCore#tick()}."),
        gateway);
    assertTrue(gateway.contains("served by {@link test.tools.ClockCore}."), gateway);
    assertTrue(
        gateway.contains("@throws dev.suga.runtime.GatewayException if there is none"), gateway);
    assertFalse(gateway.contains("import test.tools.ClockCore;"), gateway);
    assertFalse(gateway.contains("import dev.suga.runtime.GatewayException;"), gateway);
  }
}
