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

import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.processor.testing.Events;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the Eclipse compiler (ECJ), which Eclipse-based IDEs run, as MapStruct tests
 * its processor under both: the same generated sources as under javac, gateways that work, errors
 * with their ids on the right lines, and {@code -proc:only} without a class output. ECJ's tool API
 * reads sources from files only, so sources are written to a directory first.
 */
class EcjTest {
  @TempDir Path directory;

  @BeforeEach
  void clearEvents() {
    Events.drain();
  }

  /** What one ECJ run produced. */
  private record Result(
      boolean success,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Map<String, String> sources,
      Path classes) {
    List<String> errors() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(Locale.ROOT))
          .toList();
    }
  }

  private Result ecj(List<String> options, boolean classOutput, JavaFileObject... sources)
      throws IOException {
    Path src = Files.createDirectories(directory.resolve("src"));
    Path generated = Files.createDirectories(directory.resolve("generated"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    List<File> files = new ArrayList<>();
    for (JavaFileObject source : sources) {
      Path file =
          src.resolve(source.toUri().getPath().substring(1)); // compile-testing: /com/acme/App.java
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    JavaCompiler compiler = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      fileManager.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      if (classOutput) {
        fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      }
      List<File> classPath = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        classPath.add(new File(entry));
      }
      fileManager.setLocation(StandardLocation.CLASS_PATH, classPath);
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              null,
              fileManager,
              diagnostics,
              options,
              null,
              fileManager.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new GatewayProcessor()));
      boolean success = task.call();
      Map<String, String> out = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(generated)) {
        walk.filter(Files::isRegularFile)
            .forEach(
                file -> {
                  try {
                    out.put(
                        "/SOURCE_OUTPUT/"
                            + generated
                                .relativize(file)
                                .toString()
                                .replace(File.separatorChar, '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
      return new Result(success, diagnostics.getDiagnostics(), out, classes);
    }
  }

  private Result ecj(JavaFileObject... sources) throws IOException {
    return ecj(List.of("--release", "17", "-warn:none"), true, sources);
  }

  @Test
  void generatedSourcesAreTheSameAsUnderJavac() throws IOException {
    for (GoldenFilesTest.Case input : GoldenFilesTest.Case.values()) {
      Map<String, String> javac =
          new TreeMap<>(GeneratedSourceTest.sources(Compiler.compile(input.sources)));
      Result eclipse = ecj(input.sources);
      assertTrue(eclipse.success(), eclipse.diagnostics()::toString);
      assertEquals(javac, eclipse.sources(), input.name());
      deleteTree(directory);
      Files.createDirectories(directory);
    }
  }

  @Test
  void theGatewayWorksWithModulesLoadedOnFirstUse() throws Exception {
    JavaFileObject driver =
        source(
            "test.Laziness",
            "package test;",
            "import dev.suga.processor.testing.Events;",
            "public class Laziness implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    Events.record(\"start\");",
            "    Gateway.cachePut(\"k\", \"v\");",
            "    return java.util.List.of(Gateway.cacheGet(\"k\"), Gateway.execute(\"math.join\", \"-\", new String[] {\"a\", \"b\"}),",
            "        Gateway.execute(Gateway.Operation.CACHE_SIZE), Gateway.loadedInterfaces().toString(),",
            "        Gateway.statistics().operation(\"cache.put\").calls());",
            "  }",
            "}");
    Result result =
        ecj(
            GatewayBehaviourTest.APP,
            GatewayBehaviourTest.CACHE,
            GatewayBehaviourTest.MATH,
            driver);
    assertTrue(result.success(), result.diagnostics()::toString);
    try (URLClassLoader loader = Compiler.loader(result.classes(), getClass().getClassLoader())) {
      @SuppressWarnings("unchecked")
      Function<Object, Object> run =
          (Function<Object, Object>)
              loader.loadClass("test.Laziness").getDeclaredConstructor().newInstance();
      assertEquals(List.of("v", "a-b", 1, "[CACHE]", 1L), run.apply(null));
    }
    assertEquals(
        List.of("start", "cache:class-init", "cache:new", "math:class-init"), Events.drain());
  }

  /**
   * ECJ's default warnings (what an Eclipse user sees) include unused imports, and ECJ does not
   * count a name used only in Javadoc as a use: the generated files must not import such names.
   */
  @Test
  void theQuickStartCompilesWithoutAWarningUnderEcjsDefaults() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String marker = "<!-- quickstart:file src/main/java/com/acme/App.java -->";
    int fence = readme.indexOf("```java\n", readme.indexOf(marker)) + "```java\n".length();
    JavaFileObject app =
        source("com.acme.App", readme.substring(fence, readme.indexOf("\n```", fence)));

    Result result = ecj(List.of("--release", "17"), true, app);

    assertTrue(result.success(), result.diagnostics()::toString);
    assertTrue(result.sources().containsKey("/SOURCE_OUTPUT/com/acme/Gateway.java"));
    assertEquals(
        List.of(),
        result.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(
                d ->
                    d.getKind()
                        + " "
                        + (d.getSource() == null ? "" : d.getSource().getName())
                        + ":"
                        + d.getLineNumber()
                        + " "
                        + d.getMessage(Locale.ROOT))
            .toList());
  }

  /** A module in another package than the gateway is named in its Javadoc, not imported for it. */
  @Test
  void aModuleFromAnotherPackageIsNotImportedForJavadocOnly() throws IOException {
    JavaFileObject clock =
        source(
            "test.tools.ClockCore",
            "package test.tools;",
            "import dev.suga.annotations.*;",
            "public class ClockCore {",
            "  @GatewayOperation public long tick(java.util.List<String> tags) { return tags.size(); }",
            "}");

    Result result = ecj(List.of("--release", "17"), true, GatewayBehaviourTest.APP, clock);

    assertTrue(result.success(), result.diagnostics()::toString);
    assertEquals(
        List.of(),
        result.diagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
            .toList());
    String gateway = result.sources().get("/SOURCE_OUTPUT/test/Gateway.java");
    assertTrue(
        gateway.contains("{@link test.tools.ClockCore#tick(List)}")
            && !gateway.contains("import test.tools.ClockCore;"),
        gateway);
  }

  @Test
  void errorsCarryTheirIdOnTheOffendingLine() throws IOException {
    JavaFileObject cache =
        source(
            "test.CacheCore",
            "package test;",
            "import dev.suga.annotations.*;",
            "public class CacheCore {",
            "  @GatewayOperation public String get(String key) { return key; }",
            "  @GatewayOperation(\"get\") public String fetch(String key) { return key; }",
            "}");
    Result result = ecj(GatewayBehaviourTest.APP, cache);
    assertFalse(result.success());
    Diagnostic<? extends JavaFileObject> error =
        result.diagnostics().stream()
            .filter(
                d ->
                    d.getMessage(Locale.ROOT)
                        .startsWith(
                            "[SUGA/DuplicateOperation] Operation 'get' of CacheCore.fetch("))
            .findFirst()
            .orElseThrow(() -> new AssertionError(result.errors()));
    assertEquals(5, error.getLineNumber());
    assertTrue(error.getSource().getName().endsWith("CacheCore.java"), error.getSource().getName());
    assertEquals(1, result.errors().size(), result.errors()::toString);
  }

  @Test
  void procOnlyWithoutAClassOutputGeneratesSourcesAndDoesNotCrash() throws IOException {
    Result result =
        ecj(
            List.of("--release", "17", "-proc:only"),
            false,
            GatewayBehaviourTest.APP,
            GatewayBehaviourTest.CACHE);
    assertTrue(result.success(), result.diagnostics()::toString);
    assertTrue(
        result.sources().containsKey("/SOURCE_OUTPUT/test/Gateway.java"),
        result.sources().keySet()::toString);
    assertTrue(result.sources().containsKey("/SOURCE_OUTPUT/test/CacheCore_Holder.java"));
  }

  /**
   * ECJ offers no source trees to processors, so the check for operations of local and anonymous
   * classes ({@link LocalOperations}) is skipped there: such an operation is left out, as it is by
   * the annotation processing API itself, and nothing crashes.
   */
  @Test
  void localClassOperationsAreLeftOutWithoutACrash() throws IOException {
    JavaFileObject factory =
        source(
            "test.Factory",
            "package test;",
            "import dev.suga.annotations.*;",
            "public class Factory {",
            "  @GatewayOperation public Object make() {",
            "    class LocalCore { @GatewayOperation public String hello() { return \"hi\"; } }",
            "    return new LocalCore();",
            "  }",
            "}");
    Result result = ecj(GatewayBehaviourTest.APP, factory);
    assertTrue(result.success(), result.diagnostics()::toString);
    String gateway = result.sources().get("/SOURCE_OUTPUT/test/Gateway.java");
    assertTrue(gateway.contains("factoryMake("), gateway);
    assertFalse(gateway.contains("hello"), gateway);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }
}
