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

import dev.suga.processor.testing.Events;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @GatewayFallback}: {@code execute("iface.op", ...)} for a name the interface does not
 * declare reaches the module's fallback with the bare name, through the module's holder, and is
 * counted as {@code iface.*}.
 */
class FallbackTest {
  static final JavaFileObject APP =
      source(
          "test.App",
          "package test;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");
  static final JavaFileObject REPORT =
      source(
          "test.ReportCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "import java.util.Arrays;",
          "@GatewayModule(unload = GatewayModule.Unload.IMMEDIATE)",
          "public class ReportCore implements AutoCloseable {",
          "  public ReportCore() { Events.record(\"report:new\"); }",
          "  @GatewayOperation public String render(String title) { return \"rendered \" + title; }",
          "  @GatewayFallback",
          "  public Object unknown(String operation, Object[] arguments) throws java.io.IOException {",
          "    if (operation.equals(\"broken\")) throw new java.io.IOException(\"disk\");",
          "    if (operation.equals(\"bug\")) throw new IllegalStateException(\"bug\");",
          "    return operation + Arrays.toString(arguments);",
          "  }",
          "  @Override public void close() { Events.record(\"report:close\"); }",
          "}");
  static final JavaFileObject TEXT =
      source(
          "test.TextCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "public class TextCore {",
          "  static { Events.record(\"text:class-init\"); }",
          "  public TextCore() { Events.record(\"text:new\"); }",
          "  @GatewayOperation public String upper(String text) { return text.toUpperCase(); }",
          "  @GatewayFallback public static Object other(String operation, Object[] arguments) {",
          "    return \"static \" + operation + \" \" + arguments.length;",
          "  }",
          "}");

  @BeforeEach
  void clearEvents() {
    Events.drain();
  }

  @Test
  void everyFormOfExecuteByNameReachesTheFallbackWithTheBareName() {
    JavaFileObject run =
        source(
            "test.Run",
            "package test;",
            "import java.util.*;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    return List.of(Gateway.execute(\"report.export\"), Gateway.execute(\"report.export\", \"a\"),",
            "        Gateway.execute(\"report.export\", \"a\", 2), Gateway.execute(\"report.export\", 1, 2, 3),",
            "        Gateway.execute(\"report.export\", 1, 2, 3, 4), Gateway.execute(\"report.export\", 1, 2, 3, 4, 5),",
            "        Gateway.execute(\"report.export\", (Object[]) null),",
            "        Gateway.execute(\"report.render\", \"t\"), Gateway.reportRender(\"u\"));",
            "  }",
            "}");
    assertEquals(
        List.of(
            "export[]",
            "export[a]",
            "export[a, 2]",
            "export[1, 2, 3]",
            "export[1, 2, 3, 4]",
            "export[1, 2, 3, 4, 5]",
            "export[]",
            "rendered t",
            "rendered u"),
        Drivers.of(compile(APP, REPORT, TEXT, run)).run("test.Run"));
  }

  @Test
  void theFallbackGoesThroughTheHolderAndIsCountedAsTheInterfaceStar() {
    JavaFileObject run =
        source(
            "test.Run",
            "package test;",
            "import java.util.*;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    Gateway.execute(\"report.a\");",
            "    Gateway.execute(\"report.b\", 1);",
            "    Object staticOne = Gateway.execute(\"text.lower\", \"X\");",
            "    dev.suga.runtime.StatisticsSnapshot statistics = Gateway.statistics();",
            "    return List.of(staticOne, statistics.operation(\"report.*\").calls(),",
            "        statistics.operation(\"text.*\").calls(), statistics.operation(\"report.render\").calls(),",
            "        Gateway.loadedInterfaces().toString());",
            "  }",
            "}");
    assertEquals(
        List.of("static lower 1", 2L, 1L, 0L, "[]"),
        Drivers.of(compile(APP, REPORT, TEXT, run)).run("test.Run"));
    assertEquals(
        List.of("report:new", "report:close", "report:new", "report:close", "text:class-init"),
        Events.drain(),
        "IMMEDIATE: built and closed per call; a static fallback builds nothing");
  }

  @Test
  void checkedExceptionsAreWrappedUncheckedOnesPassAndUnknownInterfacesStillFail() {
    JavaFileObject run =
        source(
            "test.Run",
            "package test;",
            "import dev.suga.runtime.GatewayException;",
            "import java.util.*;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    List<Object> out = new ArrayList<>();",
            "    try { Gateway.execute(\"report.broken\"); } catch (GatewayException e) {",
            "      out.add(e.getMessage()); out.add(e.operation()); out.add(e.getCause().getClass().getSimpleName());",
            "    }",
            "    try { Gateway.execute(\"report.bug\"); } catch (IllegalStateException e) { out.add(e.getMessage()); }",
            "    try { Gateway.execute(\"nowhere.op\"); } catch (GatewayException e) { out.add(e.getMessage()); }",
            "    try { Gateway.execute((String) null); } catch (GatewayException e) { out.add(e.getMessage()); }",
            "    try { Gateway.Operation.forName(\"report.export\"); } catch (GatewayException e) { out.add(\"no constant\"); }",
            "    out.add(Gateway.statistics().operation(\"report.*\").errors());",
            "    out.add(Gateway.statistics().hotPathCandidates().toString());",
            "    return out;",
            "  }",
            "}");
    assertEquals(
        List.of(
            "report.broken failed: java.io.IOException: disk",
            "report.broken",
            "IOException",
            "bug",
            "No gateway operation named 'nowhere.op'; names are '<interface>.<operation>' in snake_case, see"
                + " Gateway.Operation",
            "No gateway operation named 'null'; names are '<interface>.<operation>' in snake_case, see"
                + " Gateway.Operation",
            "no constant",
            2L,
            "[]"),
        Drivers.of(compile(APP, REPORT, TEXT, run)).run("test.Run"));
  }
}
