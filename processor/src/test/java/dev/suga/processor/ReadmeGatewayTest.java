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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The README shows the {@code Gateway.java} that its own example generates, with four pairs of
 * {@code execute} overloads cut: this test compiles the README's example and compares, so the front
 * door cannot drift from what the processor writes.
 */
class ReadmeGatewayTest {
  private static final Path README = Path.of("..", "README.md");

  /**
   * The fixed-arity {@code execute} overloads the README leaves out, with their Javadoc: those for
   * 0, 2, 3 and 4 arguments (it keeps the one-argument pair).
   */
  private static final Pattern CUT_OVERLOAD =
      Pattern.compile(
          "\n  /\\*\\*\n(?:   \\*[^\n]*\n)*?   \\*/\n"
              + "  public static Object execute\\((?:Operation operation|String qualifiedName)"
              + "(?:|, Object a0, Object a1(?:, Object a2(?:, Object a3)?)?)\\) \\{\n"
              + "(?:    [^\n]*\n)*?  \\}\n");

  private static final String CUT_NOTE =
      "\n  // ... and the same pair for 0, 2, 3 and 4 arguments: javac prefers them to varargs, so the\n"
          + "  // common calls build no Object[].\n";

  @Test
  void theReadmeShowsTheGatewayItsExampleGenerates() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    JavaFileObject app =
        Compiler.source(
            "com.acme.App",
            block(readme, "<!-- quickstart:file src/main/java/com/acme/App.java -->"));
    Compilation compilation = Compiler.compile(app);
    String generated =
        compilation
            .generatedSourceFile("com.acme.Gateway")
            .orElseThrow()
            .getCharContent(true)
            .toString();

    String cut = CUT_OVERLOAD.matcher(generated).replaceAll("\n");
    int insertAt =
        cut.indexOf("\n", cut.indexOf("return execute(Operation.forName(qualifiedName), a0);") + 1);
    insertAt = cut.indexOf("\n", insertAt + 1);
    String expected =
        (cut.substring(0, insertAt + 1) + CUT_NOTE + cut.substring(insertAt + 1))
            .replaceAll("\n\n\n+", "\n\n")
            .stripTrailing();

    assertTrue(generated.length() > expected.length(), "the overloads were cut");
    assertEquals(
        expected,
        block(readme, "<!-- readme:generated com/acme/Gateway.java -->"),
        "README.md's generated Gateway.java is stale: regenerate it from the example");
  }

  /** The fenced code block right after {@code marker}. */
  private static String block(String readme, String marker) {
    int at = readme.indexOf(marker);
    assertTrue(at >= 0, "README.md has no " + marker);
    Matcher fence = Pattern.compile("```[a-z]*\n(.*?)\n```", Pattern.DOTALL).matcher(readme);
    assertTrue(fence.find(at), "no code block after " + marker);
    return fence.group(1);
  }
}
