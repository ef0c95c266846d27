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

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatch stays cheap under both JITs. C1 compiles a {@code switch} to a chain of compares,
 * one per case: no generated {@code switch} has more than {@link DispatchWriter#SWITCH_GROUP}
 * cases. C2 inlines a hot callee only up to 325 bytes of bytecode: no dispatch method is larger,
 * and the search that picks a part method stays within C1's 35 bytes. And every operation still
 * dispatches to its own method by every route, fixed-arity, array and mismatched (500 operations:
 * four blocks, each found by binary search; 200 of them with 0 to 4 parameters in turn, so that
 * each fixed-arity method's cases are sparse).
 */
class DispatchShapeTest {
  /** C2's {@code FreqInlineSize}: the largest hot method it inlines, in bytes of bytecode. */
  private static final int C2_INLINE_LIMIT = 325;

  /** C1's {@code C1MaxInlineSize}. */
  private static final int C1_INLINE_LIMIT = 35;

  @TempDir Path classes;

  @Test
  void everySwitchIsSmallAndEveryOperationStillDispatches() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        source(
            "shape.App",
            "package shape;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}"));
    List<String> lines =
        new ArrayList<>(
            List.of("package shape;", "import dev.suga.annotations.*;", "public class WideCore {"));
    for (int o = 0; o < 300; o++) {
      lines.add("  @GatewayOperation public int op" + o + "(int x) { return x + " + o + "; }");
    }
    lines.add("}");
    sources.add(source("shape.WideCore", lines.toArray(new String[0])));
    // Arities 0 to 4 in turn: in executeN only every fifth ordinal is a case (sparse switches).
    List<String> mixed =
        new ArrayList<>(
            List.of(
                "package shape;", "import dev.suga.annotations.*;", "public class MixedCore {"));
    for (int o = 0; o < 200; o++) {
      StringBuilder parameters = new StringBuilder();
      StringBuilder sum = new StringBuilder(String.valueOf(o));
      for (int p = 0; p < o % 5; p++) {
        parameters.append(p == 0 ? "" : ", ").append("int p").append(p);
        sum.append(" + p").append(p);
      }
      mixed.add(
          "  @GatewayOperation public int op" + o + "(" + parameters + ") { return " + sum + "; }");
    }
    mixed.add("}");
    sources.add(source("shape.MixedCore", mixed.toArray(new String[0])));
    sources.add(
        source(
            "shape.Run",
            "package shape;",
            "import dev.suga.runtime.GatewayException;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    for (int o = 0; o < 300; o++) {",
            "      Object result = Gateway.execute(\"wide.op\" + o, 1000);",
            "      if (!result.equals(1000 + o)) throw new AssertionError(o + \" gave \" + result);",
            "    }",
            "    for (int o = 0; o < 200; o++) {",
            "      String name = \"mixed.op\" + o;",
            "      int arity = o % 5;",
            "      Object fixed = switch (arity) {",
            "        case 0 -> Gateway.execute(name);",
            "        case 1 -> Gateway.execute(name, 1);",
            "        case 2 -> Gateway.execute(name, 1, 2);",
            "        case 3 -> Gateway.execute(name, 1, 2, 3);",
            "        default -> Gateway.execute(name, 1, 2, 3, 4);",
            "      };",
            "      Object[] args = new Object[arity];",
            "      for (int p = 0; p < arity; p++) args[p] = p + 1;",
            "      Object array = Gateway.execute(name, args);",
            "      int expected = o + arity * (arity + 1) / 2;",
            "      if (!fixed.equals(expected) || !array.equals(expected)) {",
            "        throw new AssertionError(name + \" gave \" + fixed + \" and \" + array);",
            "      }",
            "      try {",
            "        Gateway.execute(name, 1, 2, 3, 4, 5);",
            "        throw new AssertionError(name + \" took five arguments\");",
            "      } catch (GatewayException expectedMismatch) {",
            "      }",
            "      try {",
            "        if (arity == 2) Gateway.execute(name, 1); else Gateway.execute(name, 1, 2);",
            "        throw new AssertionError(name + \" took the wrong number of arguments\");",
            "      } catch (GatewayException expectedMismatch) {",
            "      }",
            "    }",
            "    return \"ok\";",
            "  }",
            "}"));
    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));
    assertEquals(
        Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());

    String companion =
        compilation
            .generatedSourceFile("shape.Gateway_Internals")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    // The routers and dispatch blocks; the metadata switches before them run once per operation.
    String gateway = companion.substring(companion.indexOf("static Object execute"));
    Pattern dispatchSwitch =
        Pattern.compile("switch \\((ordinal|block)\\) \\{(.*?)\\n\\s*\\}", Pattern.DOTALL);
    Matcher switches = dispatchSwitch.matcher(gateway);
    int count = 0;
    while (switches.find()) {
      count++;
      int cases = switches.group(2).split("case ", -1).length - 1;
      assertTrue(
          cases <= DispatchWriter.SWITCH_GROUP,
          "a switch with " + cases + " cases:\n" + switches.group());
    }
    assertTrue(count >= 300 / DispatchWriter.SWITCH_GROUP, "dispatch switches found: " + count);
    assertEquals("ok", Drivers.of(compilation).run("shape.Run"));

    for (Map.Entry<String, byte[]> entry : Compiler.classFiles(compilation).entrySet()) {
      if (entry.getKey().startsWith("shape.Gateway_Internals$Dispatch")) {
        Path file = classes.resolve(entry.getKey() + ".class");
        Files.write(file, entry.getValue());
        Map<String, Integer> sizes = ScaleTest.methodSizes(List.of(file));
        Map.Entry<String, Integer> largest = ScaleTest.largestMethod(List.of(file));
        System.out.println("[DispatchShapeTest] " + entry.getKey() + ": largest method " + largest);
        assertTrue(largest.getValue() < C2_INLINE_LIMIT, entry.getKey() + ": " + largest);
        for (Map.Entry<String, Integer> method : sizes.entrySet()) {
          Matcher name =
              Pattern.compile(" (execute\\d?)(Parts\\d+To\\d+)?\\(").matcher(method.getKey());
          boolean routesToParts =
              name.find()
                  && (name.group(2) != null
                      || sizes.keySet().stream()
                          .anyMatch(m -> m.contains(" " + name.group(1) + "Part0(")));
          if (routesToParts) {
            // The search over parts is inlined by C1 too, so only the part itself is a call.
            assertTrue(method.getValue() <= C1_INLINE_LIMIT, entry.getKey() + ": " + method);
          }
        }
      }
    }
  }
}
