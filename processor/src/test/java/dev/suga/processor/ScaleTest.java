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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 5,000 operations over 100 modules: the gateway compiles, every operation dispatches to the right
 * method by every route, and javap finds no generated method near the JIT's 8,000-byte huge-method
 * limit. The processor's own time is printed (a note from -Asuga.timing).
 */
class ScaleTest {
  static final int MODULES = 100;
  static final int OPERATIONS_PER_MODULE = 50;

  /** The JIT does not compile methods above 8,000 bytes (HugeMethodLimit). */
  static final int HUGE_METHOD_LIMIT = 8_000;

  @TempDir Path classes;

  static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        source(
            "scale.App",
            "package scale;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}"));
    for (int m = 0; m < MODULES; m++) {
      List<String> lines =
          new ArrayList<>(
              List.of(
                  "package scale.m" + m + ";",
                  "import dev.suga.annotations.*;",
                  "public class Module" + m + "Core {"));
      for (int o = 0; o < OPERATIONS_PER_MODULE; o++) {
        int id = m * OPERATIONS_PER_MODULE + o;
        String hot = o == 0 ? "@HotPath " : "";
        lines.add(
            "  @GatewayOperation "
                + hot
                + "public long op"
                + o
                + "(long x, String tag) { return x * 10_000 + "
                + id
                + "; }");
      }
      lines.add("}");
      sources.add(source("scale.m" + m + ".Module" + m + "Core", lines.toArray(new String[0])));
    }
    sources.add(
        source(
            "scale.Run",
            "package scale;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    int checked = 0;",
            "    for (Gateway.Operation op : Gateway.Operation.values()) {",
            "      String[] parts = op.qualifiedName().split(\"[._]\");",
            "      int module = Integer.parseInt(parts[0].substring(\"module\".length()));",
            "      int operation = Integer.parseInt(parts[1].substring(\"op\".length()));",
            "      long expected = 7 * 10_000L + module * "
                + OPERATIONS_PER_MODULE
                + " + operation;",
            "      Object byOperation = Gateway.execute(op, 7L, \"t\");",
            "      Object byName = Gateway.execute(op.qualifiedName(), 7L, \"t\");",
            "      Object byMap = Gateway.execute(op, java.util.Map.of(\"x\", 7L, \"tag\", \"t\"));",
            "      if (!byOperation.equals(expected) || !byName.equals(expected) || !byMap.equals(expected)) {",
            "        throw new AssertionError(op + \" gave \" + byOperation + \"/\" + byName + \"/\" + byMap);",
            "      }",
            "      checked++;",
            "    }",
            "    if (Gateway.module99Op49(1, \"t\") != 10_000L + 4999) throw new AssertionError(\"typed\");",
            "    if (Gateway.module0Op0(1, \"t\") != 10_000L) throw new AssertionError(\"hot\");",
            "    return checked + \" \" + Gateway.Operation.valueOf(\"MODULE42_OP7\").qualifiedName();",
            "  }",
            "}"));
    return sources;
  }

  @Test
  void fiveThousandOperationsCompileDispatchAndStaySmall() throws IOException {
    long start = System.nanoTime();
    Compilation compilation =
        Compiler.compile(List.of("-Asuga.timing=true"), sources().toArray(new JavaFileObject[0]));
    long javacMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(
        Compilation.Status.SUCCESS, compilation.status(), () -> compilation.errors().toString());
    String timing =
        compilation.notes().stream()
            .map(d -> d.getMessage(null))
            .filter(m -> m.startsWith("SUGA processed"))
            .findFirst()
            .orElseThrow();
    System.out.println("[ScaleTest] " + timing + "; javac in total " + javacMillis + " ms");
    assertTrue(timing.contains("100 modules with 5000 operations"), timing);
    assertTrue(
        compilation.notes().stream()
            .anyMatch(
                d ->
                    d.getMessage(null)
                        .startsWith(
                            "[SUGA/OperationClass] The gateway scale.Gateway has 5000 operations")),
        () -> compilation.notes().toString());

    assertEquals("5000 module42.op7", Drivers.of(compilation).run("scale.Run"));

    Map<String, byte[]> classFiles = Compiler.classFiles(compilation);
    List<Path> generated = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : classFiles.entrySet()) {
      if (entry.getKey().startsWith("scale.Gateway") || entry.getKey().contains("_Holder")) {
        Path file = classes.resolve(entry.getKey() + ".class");
        Files.write(file, entry.getValue());
        generated.add(file);
      }
    }
    assertTrue(
        generated.size() > 100, "expected the gateway's nested classes, got " + generated.size());
    Map.Entry<String, Integer> largest = largestMethod(generated);
    System.out.println(
        "[ScaleTest] largest generated method: "
            + largest.getKey()
            + ", "
            + largest.getValue()
            + " bytes");
    assertTrue(largest.getValue() < HUGE_METHOD_LIMIT, largest::toString);
    assertTrue(
        compilation.diagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING));
  }

  /** One module with {@code count} operations, and a root. */
  private static Compilation compileOperations(int count) {
    List<String> lines =
        new ArrayList<>(
            List.of("package wide;", "import dev.suga.annotations.*;", "public class WideCore {"));
    for (int o = 0; o < count; o++) {
      lines.add("  @GatewayOperation public int op" + o + "() { return " + o + "; }");
    }
    lines.add("}");
    return Compiler.compile(
        source(
            "wide.App",
            "package wide;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}"),
        source("wide.WideCore", lines.toArray(new String[0])));
  }

  @Test
  void past256OperationsTheOperationTypeIsAClassAndTheCompilerSaysSoWithTheCount()
      throws IOException {
    Compilation enumShaped = compileOperations(256);
    assertEquals(Compilation.Status.SUCCESS, enumShaped.status(), enumShaped.errors()::toString);
    assertEquals(List.of(), enumShaped.notes(), "no note while Operation is an enum");
    assertTrue(gatewaySource(enumShaped).contains("  public enum Operation {"));

    Compilation classShaped = compileOperations(257);
    assertEquals(Compilation.Status.SUCCESS, classShaped.status(), classShaped.errors()::toString);
    assertEquals(1, classShaped.notes().size(), classShaped.notes()::toString);
    Diagnostic<? extends JavaFileObject> note = classShaped.notes().get(0);
    assertEquals(
        "[SUGA/OperationClass] The gateway wide.Gateway has 257 operations, more than 256, so"
            + " Gateway.Operation is generated as a final class with the methods of an enum (name(),"
            + " ordinal(), values(), valueOf), not as an enum: a switch over it, EnumMap or EnumSet"
            + " of it, do not compile. Adding a library's modules can cross that limit; key such code"
            + " on ordinal() or qualifiedName(), or use a HashMap.",
        note.getMessage(null));
    assertTrue(note.getSource().getName().endsWith("wide/App.java"), note.getSource().getName());
    assertTrue(gatewaySource(classShaped).contains("  public static final class Operation "));
  }

  private static String gatewaySource(Compilation compilation) throws IOException {
    return compilation
        .generatedSourceFile("wide.Gateway")
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  /** The method with the most bytecode, from javap -c: the offset of its last instruction. */
  static Map.Entry<String, Integer> largestMethod(List<Path> classFiles) {
    return methodSizes(classFiles).entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .orElse(Map.entry("none", -1));
  }

  /**
   * Each method's bytecode size from javap -c: the offset of its last instruction plus one
   * (generated methods end in a one-byte return or throw), by javap's method line.
   */
  static Map<String, Integer> methodSizes(List<Path> classFiles) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
    List<String> arguments = new ArrayList<>(List.of("-c", "-p"));
    classFiles.forEach(f -> arguments.add(f.toString()));
    StringWriter out = new StringWriter();
    int status =
        javap.run(new PrintWriter(out), new PrintWriter(out), arguments.toArray(new String[0]));
    if (status != 0) {
      throw new UncheckedIOException(new IOException("javap failed: " + out));
    }
    // An instruction's line is "<offset>: <opcode>"; a switch's case lines, "<key>: <target>".
    Pattern instruction = Pattern.compile("^\\s+(\\d+): [a-z]");
    Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
    String method = null;
    for (String line : out.toString().split("\n")) {
      Matcher m = instruction.matcher(line);
      if (!m.find()) {
        if (line.startsWith("  ") && !line.startsWith("   ") && line.endsWith(";")) {
          method = line.trim();
        }
      } else {
        sizes.merge(String.valueOf(method), Integer.parseInt(m.group(1)) + 1, Math::max);
      }
    }
    return sizes;
  }
}
