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
 * cases. C2 inlines a hot callee only up to 325 bytes of bytecode: no dispatch method is larger.
 * And every operation still dispatches to its own method (340 operations: three blocks, each
 * found by binary search, with one- and four-parameter operations, the widest fixed-arity
 * route).
 */
class DispatchShapeTest {
  /** C2's {@code FreqInlineSize}: the largest hot method it inlines, in bytes of bytecode. */
  private static final int C2_INLINE_LIMIT = 325;

  @TempDir Path classes;

  @Test
  void everySwitchIsSmallAndEveryOperationStillDispatches() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(source("shape.App", "package shape;", "@dev.suga.annotations.GatewayRoot",
        "public final class App {}"));
    List<String> lines = new ArrayList<>(List.of("package shape;", "import dev.suga.annotations.*;",
        "public class WideCore {"));
    for (int o = 0; o < 300; o++) {
      lines.add("  @GatewayOperation public int op" + o + "(int x) { return x + " + o + "; }");
    }
    lines.add("}");
    sources.add(source("shape.WideCore", lines.toArray(new String[0])));
    List<String> four = new ArrayList<>(List.of("package shape;", "import dev.suga.annotations.*;",
        "public class FourCore {"));
    for (int o = 0; o < 40; o++) {
      four.add("  @GatewayOperation public int op" + o + "(int a, int b, int c, int d) { return a + b + c + d + "
          + o + "; }");
    }
    four.add("}");
    sources.add(source("shape.FourCore", four.toArray(new String[0])));
    sources.add(source("shape.Run",
        "package shape;",
        "public class Run implements java.util.function.Function<Object, Object> {",
        "  public Object apply(Object in) {",
        "    for (int o = 0; o < 300; o++) {",
        "      Object result = Gateway.execute(\"wide.op\" + o, 1000);",
        "      if (!result.equals(1000 + o)) throw new AssertionError(o + \" gave \" + result);",
        "    }",
        "    return \"ok\";",
        "  }",
        "}"));
    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());

    String gateway = compilation.generatedSourceFile("shape.Gateway").orElseThrow().getCharContent(false).toString();
    Pattern dispatchSwitch = Pattern.compile("switch \\((ordinal|block)\\) \\{(.*?)\\n\\s*\\}", Pattern.DOTALL);
    Matcher switches = dispatchSwitch.matcher(gateway);
    int count = 0;
    while (switches.find()) {
      count++;
      int cases = switches.group(2).split("case ", -1).length - 1;
      assertTrue(cases <= DispatchWriter.SWITCH_GROUP, "a switch with " + cases + " cases:\n" + switches.group());
    }
    assertTrue(count >= 300 / DispatchWriter.SWITCH_GROUP, "dispatch switches found: " + count);
    assertEquals("ok", Drivers.of(compilation).run("shape.Run"));

    for (Map.Entry<String, byte[]> entry : Compiler.classFiles(compilation).entrySet()) {
      if (entry.getKey().startsWith("shape.Gateway$Dispatch")) {
        Path file = classes.resolve(entry.getKey() + ".class");
        Files.write(file, entry.getValue());
        Map.Entry<String, Integer> largest = ScaleTest.largestMethod(List.of(file));
        assertTrue(largest.getValue() < C2_INLINE_LIMIT, entry.getKey() + ": " + largest);
      }
    }
  }
}
