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
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated source pinned as expected files under {@code src/test/resources/goldens/}, so that a
 * change to the output shows in review as a diff of those files. Small inputs, one per shape: a hot
 * path and a counted call; a cached operation of a releasable module, beside a static one; a
 * library's gateway; a fallback. After an intended change, regenerate them with {@code mvn -pl
 * processor -am test -Dtest=GoldenFilesTest -Dsuga.goldens.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the diff before committing.
 *
 * <p>The behaviour tests stay the proof that the code works; these only pin how it reads.
 */
class GoldenFilesTest {
  private static final Path GOLDENS = Path.of("src/test/resources/goldens");
  private static final boolean UPDATE = Boolean.getBoolean("suga.goldens.update");

  enum Case {
    HOT_AND_COUNTED(
        List.of("com.acme.Gateway", "com.acme.Gateway_Internals", "com.acme.CacheCore_Holder"),
        source(
            "com.acme.App",
            "package com.acme;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}"),
        source(
            "com.acme.CacheCore",
            "package com.acme;",
            "import dev.suga.annotations.*;",
            "import java.util.*;",
            "public class CacheCore {",
            "  private final Map<String, String> map = new HashMap<>();",
            "  @GatewayOperation @HotPath public String get(String key) { return map.get(key); }",
            "  @GatewayOperation public void put(String key, String value) { map.put(key, value); }",
            "}")),
    CACHED_RELEASABLE(
        List.of("com.acme.ReportCore_Holder"),
        source(
            "com.acme.ReportCore",
            "package com.acme;",
            "import dev.suga.annotations.*;",
            "@GatewayModule(unload = GatewayModule.Unload.IDLE, idleSeconds = 60)",
            "public class ReportCore implements AutoCloseable {",
            "  @GatewayOperation @Cached(ttlSeconds = 30) public String render(String name) { return name; }",
            "  @GatewayOperation public static int version() { return 2; }",
            "  @Override public void close() {}",
            "}")),
    LIBRARY_GATEWAY(
        List.of("com.acme.lib.LibGateway"),
        source(
            "com.acme.lib.Lib",
            "package com.acme.lib;",
            "@dev.suga.annotations.GatewayLibrary(name = \"LibGateway\")",
            "public final class Lib {}"),
        source(
            "com.acme.lib.ClockCore",
            "package com.acme.lib;",
            "import dev.suga.annotations.*;",
            "public class ClockCore {",
            "  @GatewayOperation public long now() { return 42; }",
            "}")),
    FALLBACK(
        List.of("com.acme.ScriptCore_Holder", "com.acme.Gateway"),
        source(
            "com.acme.App",
            "package com.acme;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}"),
        source(
            "com.acme.ScriptCore",
            "package com.acme;",
            "import dev.suga.annotations.*;",
            "public class ScriptCore {",
            "  @GatewayOperation public String run(String name) { return name; }",
            "  @GatewayFallback public Object other(String operation, Object[] arguments) { return operation; }",
            "}")),
    /**
     * Long names, many and nested generic parameters, varargs, releasable nested modules: the lines
     * JavaPoet has to wrap.
     */
    LONG_NAMES(
        List.of(
            "com.acme.Gateway",
            "com.acme.Gateway_Internals",
            "com.acme.Policies_IdleSessionCore_Holder"),
        source(
            "com.acme.App",
            "package com.acme;",
            "@dev.suga.annotations.GatewayRoot",
            "public final class App {}"),
        source(
            "com.acme.Policies",
            "package com.acme;",
            "import dev.suga.annotations.*;",
            "import java.util.*;",
            "public final class Policies {",
            "  private Policies() {}",
            "  @GatewayModule(unload = GatewayModule.Unload.IDLE, idleSeconds = 5)",
            "  public static class IdleSessionCore implements AutoCloseable {",
            "    @GatewayOperation public String renderQuarterlyStatement(String customerName, int fiscalYear,",
            "        Map<String, List<Map<Integer, String>>> adjustments, long... ledgerEntryIdentifiers) {",
            "      return customerName;",
            "    }",
            "    @GatewayOperation public int sumOfEleven(int first, int second, int third, int fourth,",
            "        int fifth, int sixth, int seventh, int eighth, int ninth, int tenth, int eleventh) {",
            "      return first + eleventh;",
            "    }",
            "    @GatewayOperation @Cached(ttlSeconds = 60)",
            "    public String lookupCustomerPreferences(String customerName) { return customerName; }",
            "    @GatewayOperation @HotPath public int currentSessionCount() { return 1; }",
            "    @GatewayOperation @Cached(ttlSeconds = 30) public String noArguments() { return \"none\"; }",
            "    @GatewayWarmup void warmUpTheConnectionPool() {}",
            "    @Override public void close() {}",
            "  }",
            "  @GatewayModule(unload = GatewayModule.Unload.MEMORY_PRESSURE)",
            "  public static class MemoryPressureReportCore {",
            "    @GatewayOperation public String summarizeEverything(String first, String second, String third) {",
            "      return first;",
            "    }",
            "    @GatewayFallback",
            "    public Object unknownOperationHandler(String operation, Object[] arguments) { return operation; }",
            "  }",
            "}"));

    final List<String> pinned;
    final JavaFileObject[] sources;

    Case(List<String> pinned, JavaFileObject... sources) {
      this.pinned = pinned;
      this.sources = sources;
    }
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void generatedSourceMatchesItsGoldenFile(Case golden) throws IOException {
    Compilation compilation = Compiler.compile(golden.sources);
    Map<String, String> generated = GeneratedSourceTest.sources(compilation);
    List<String> mismatches = new ArrayList<>();
    for (String className : golden.pinned) {
      String actual = generated.get("/SOURCE_OUTPUT/" + className.replace('.', '/') + ".java");
      assertTrue(actual != null, className + " was not generated: " + generated.keySet());
      Path file =
          GOLDENS
              .resolve(golden.name().toLowerCase(java.util.Locale.ROOT))
              .resolve(className.replace('.', '/') + ".java");
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } else if (!Files.exists(file)) {
        mismatches.add(file + " is missing; run with -Dsuga.goldens.update=true to write it");
      } else {
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
          mismatches.add(
              file
                  + " differs from the generated "
                  + className
                  + ":\n"
                  + firstDifference(expected, actual));
        }
      }
    }
    if (!mismatches.isEmpty()) {
      fail(String.join("\n\n", mismatches));
    }
  }

  /**
   * Every generated line fits in 100 columns wherever JavaPoet can wrap it: the only lines allowed
   * to be longer are a single string literal (as an argument, or as an annotation member's value in
   * an index entry), which no wrapping point can split.
   */
  @ParameterizedTest
  @EnumSource(Case.class)
  void everyGeneratedLineFitsIn100Columns(Case golden) {
    List<String> tooLong = new ArrayList<>();
    for (Map.Entry<String, String> file :
        GeneratedSourceTest.sources(Compiler.compile(golden.sources)).entrySet()) {
      String[] lines = file.getValue().split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].length() > 100 && !STRING_LITERAL_LINE.matcher(lines[i].strip()).matches()) {
          tooLong.add(file.getKey() + ":" + (i + 1) + " (" + lines[i].length() + "): " + lines[i]);
        }
      }
    }
    assertEquals(List.of(), tooLong, "lines over 100 columns");
  }

  /**
   * A line that is one string literal, perhaps after {@code name = } and before {@code ,} {@code )}
   * {@code ;}.
   */
  private static final Pattern STRING_LITERAL_LINE =
      Pattern.compile("(?:[A-Za-z]+ = )?\"(?:[^\"\\\\]|\\\\.)*\"[,);]*");

  /** The first differing line, with a line of context before it. */
  private static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (!w.equals(g)) {
        String before = i > 0 && i - 1 < want.length ? "  " + want[i - 1] + "\n" : "";
        return "line " + (i + 1) + ":\n" + before + "- " + w + "\n+ " + g;
      }
    }
    assertEquals(expected, actual);
    return "";
  }
}
