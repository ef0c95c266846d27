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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The checks of a compilation that must fail with SUGA errors, as {@link ProcessorErrorsTest} makes
 * them: reported, not crashed; each error's id and text, file and line.
 */
final class ErrorAssertions {
  /** Texts that only appear when a processor crashed instead of reporting. */
  private static final List<String> CRASH_SIGNS =
      List.of("Exception", "at dev.suga", "An annotation processor threw", "uncaught");

  private ErrorAssertions() {}

  /** Asserts that {@code compilation} failed, and that the processor reported, not crashed. */
  static Compilation failedWithoutCrash(Compilation compilation) {
    assertThat(compilation).failed();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      for (String sign : CRASH_SIGNS) {
        assertFalse(message.contains(sign), () -> "processor crash: " + message);
      }
    }
    return compilation;
  }

  /**
   * Asserts an error whose message contains {@code fragments} in this order (the first one starts
   * with the {@code [SUGA/<id>]}), reported on the line of {@code file} containing {@code line}.
   */
  static void assertError(
      Compilation compilation, JavaFileObject file, String line, String... fragments) {
    assertThat(compilation)
        .hadErrorContainingMatch(pattern(fragments))
        .inFile(file)
        .onLineContaining(line);
  }

  /** Asserts an error with {@code fragments} in this order that has no source position. */
  static void assertErrorWithoutPosition(Compilation compilation, String... fragments) {
    Pattern pattern = pattern(fragments);
    List<Diagnostic<? extends JavaFileObject>> matching =
        compilation.errors().stream()
            .filter(error -> pattern.matcher(error.getMessage(Locale.ROOT)).find())
            .collect(Collectors.toList());
    assertEquals(1, matching.size(), () -> "errors: " + compilation.errors());
    assertEquals(null, matching.get(0).getSource(), () -> "positioned: " + matching.get(0));
  }

  /**
   * Asserts that compiling {@code sources} with the processor into {@code directory} (javac's
   * {@code -s} and {@code -d}, as a build writes them) fails and leaves no generated file behind:
   * compile-testing keeps no generated files of a failed compilation, so this compiles again.
   */
  static void assertNothingGenerated(Path directory, JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      Path generated = Files.createDirectories(directory.resolve("generated"));
      Path classes = Files.createDirectories(directory.resolve("classes"));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostic -> {},
              List.of(
                  "-s",
                  generated.toString(),
                  "-d",
                  classes.toString(),
                  "-cp",
                  System.getProperty("java.class.path")),
              null,
              List.of(sources));
      task.setProcessors(List.of(new GatewayProcessor()));
      assertFalse(task.call(), "the compilation should fail");
      try (Stream<Path> written = Files.walk(directory)) {
        assertEquals(
            List.of(),
            written.filter(Files::isRegularFile).map(directory::relativize).toList(),
            "files left behind");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pattern pattern(String... fragments) {
    return Pattern.compile(
        Stream.of(fragments).map(Pattern::quote).collect(Collectors.joining(".*")), Pattern.DOTALL);
  }
}
