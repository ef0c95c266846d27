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
import dev.suga.processor.testing.Events;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compiles small applications with the processor and runs the generated gateway. */
class GatewayBehaviourTest {
  static final JavaFileObject APP =
      source(
          "test.App",
          "package test;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  static final JavaFileObject CACHE =
      source(
          "test.CacheCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "import java.util.*;",
          "@GatewayModule",
          "public class CacheCore {",
          "  static { Events.record(\"cache:class-init\"); }",
          "  private final Map<String, String> map = new HashMap<>();",
          "  public CacheCore() { Events.record(\"cache:new\"); }",
          "  @GatewayOperation @HotPath public String get(String key) { return map.get(key); }",
          "  @GatewayOperation public void put(String key, String value) { map.put(key, value); }",
          "  @GatewayOperation public int size() { return map.size(); }",
          "}");

  static final JavaFileObject MATH =
      source(
          "test.MathModule",
          "package test;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "public class MathModule {",
          "  static { Events.record(\"math:class-init\"); }",
          "  @GatewayOperation public long addAll(int a, long b, double c) { return a + b + (long) c; }",
          "  @GatewayOperation(\"join\") public static String concat(String separator, String... parts) {",
          "    return String.join(separator, parts);",
          "  }",
          "  @GatewayOperation public String fail(String message) throws java.io.IOException {",
          "    throw new java.io.IOException(message);",
          "  }",
          "}");

  @BeforeEach
  void clearEvents() {
    Events.drain();
  }

  @Test
  void modulesAreLoadedOnlyOnFirstUse() {
    JavaFileObject driver =
        source(
            "test.Laziness",
            "package test;",
            "import dev.suga.processor.testing.Events;",
            "public class Laziness implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    Events.record(\"start\");",
            "    Gateway.cachePut(\"k\", \"v\");",
            "    Events.record(\"after put\");",
            "    Gateway.cacheGet(\"k\");",
            "    Events.record(\"after get\");",
            "    return Gateway.loadedInterfaces().toString();",
            "  }",
            "}");
    Drivers drivers = Drivers.of(compile(APP, CACHE, MATH, driver));
    Object loaded = drivers.run("test.Laziness");
    assertEquals(
        List.of("start", "cache:class-init", "cache:new", "after put", "after get"),
        Events.drain());
    assertEquals("[CACHE]", loaded);
  }

  @Test
  void everyFormOfExecuteReturnsWhatTheTypedMethodReturns() {
    JavaFileObject driver =
        source(
            "test.Forms",
            "package test;",
            "import java.util.*;",
            "public class Forms implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    List<Object> out = new ArrayList<>();",
            "    out.add(Gateway.mathAddAll(1, 2L, 3.5));",
            "    out.add(Gateway.execute(Gateway.Operation.MATH_ADD_ALL, 1, 2L, 3.5));",
            "    out.add(Gateway.execute(\"math.add_all\", 1, 2L, 3.5));",
            "    out.add(Gateway.execute(Gateway.Operation.MATH_ADD_ALL, Map.of(\"c\", 3.5, \"a\", 1, \"b\", 2L)));",
            "    out.add(Gateway.mathJoin(\"-\", \"a\", \"b\"));",
            "    out.add(Gateway.execute(\"math.join\", \"-\", new String[] {\"a\", \"b\"}));",
            "    Gateway.execute(\"cache.put\", \"x\", \"y\");",
            "    out.add(Gateway.execute(Gateway.Operation.CACHE_GET, \"x\"));",
            "    out.add(Gateway.cacheGet(\"x\"));",
            "    out.add(Gateway.execute(Gateway.Operation.CACHE_SIZE));",
            "    return out;",
            "  }",
            "}");
    Object results = Drivers.of(compile(APP, CACHE, MATH, driver)).run("test.Forms");
    assertEquals(List.of(6L, 6L, 6L, 6L, "a-b", "a-b", "y", "y", 1), results);
  }

  @Test
  void executeRejectsArgumentsThatDoNotFitWithTheSignature() {
    JavaFileObject driver =
        source(
            "test.Mismatch",
            "package test;",
            "import dev.suga.runtime.GatewayException;",
            "import java.util.*;",
            "public class Mismatch implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    List<String> out = new ArrayList<>();",
            "    Object[][] attempts = {{1, 2L}, {\"1\", 2L, 3.0}, {null, 2L, 3.0}, {1, 2, 3.0}};",
            "    for (Object[] attempt : attempts) {",
            "      try {",
            "        Gateway.execute(Gateway.Operation.MATH_ADD_ALL, attempt);",
            "        out.add(\"no error\");",
            "      } catch (GatewayException e) {",
            "        out.add(e.operation() + \" | \" + e.getMessage());",
            "      }",
            "    }",
            "    try { Gateway.execute(\"math.nope\"); } catch (GatewayException e) { out.add(e.getMessage()); }",
            "    try { Gateway.execute(Gateway.Operation.MATH_ADD_ALL, Map.of(\"a\", 1)); }",
            "    catch (GatewayException e) { out.add(e.getMessage()); }",
            "    try { Gateway.execute(\"math.fail\", \"boom\"); }",
            "    catch (GatewayException e) { out.add(e.getCause().getClass().getName() + \": \" + e.getCause().getMessage()); }",
            "    return out;",
            "  }",
            "}");
    @SuppressWarnings("unchecked")
    List<String> out =
        (List<String>) Drivers.of(compile(APP, CACHE, MATH, driver)).run("test.Mismatch");
    assertEquals(7, out.size(), out::toString);
    for (String message : out.subList(0, 4)) {
      assertTrue(message.startsWith("math.add_all | "), message);
      assertTrue(message.contains("long math.add_all(int a, long b, double c)"), message);
    }
    assertTrue(out.get(4).contains("math.nope"), out.get(4));
    assertTrue(out.get(5).contains("math.add_all") && out.get(5).contains("b"), out.get(5));
    assertEquals("java.io.IOException: boom", out.get(6));
  }

  @Test
  void fixedArityCallsBuildNoArrayAndStillRejectWhatDoesNotFit() {
    JavaFileObject driver =
        source(
            "test.Fixed",
            "package test;",
            "import dev.suga.runtime.GatewayException;",
            "import java.util.*;",
            "public class Fixed implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    List<Object> out = new ArrayList<>();",
            "    Object one = 1, two = 2L, three = 3.5;",
            "    out.add(Gateway.execute(Gateway.Operation.MATH_ADD_ALL, one, two, three));",
            "    out.add(Gateway.execute(\"math.add_all\", one, two, three));",
            "    out.add(Gateway.execute(Gateway.Operation.CACHE_SIZE));",
            "    out.add(Gateway.execute(\"cache.size\"));",
            "    Object map = Map.of(\"key\", \"k\");",
            "    for (Runnable call : List.<Runnable>of(",
            "        () -> Gateway.execute(Gateway.Operation.MATH_ADD_ALL, one, two),",
            "        () -> Gateway.execute(Gateway.Operation.MATH_ADD_ALL, \"1\", two, three),",
            "        () -> Gateway.execute(Gateway.Operation.CACHE_SIZE, one),",
            "        () -> Gateway.execute(\"math.add_all\", one, two, three, 4),",
            "        () -> Gateway.execute(Gateway.Operation.CACHE_GET, map))) {",
            "      try { call.run(); out.add(\"no error\"); }",
            "      catch (GatewayException e) { out.add(e.operation() + \": \" + e.getMessage().contains(\"signature\")); }",
            "    }",
            "    return out;",
            "  }",
            "}");
    Object out = Drivers.of(compile(APP, CACHE, MATH, driver)).run("test.Fixed");
    // The last call passes a Map typed as Object: positional (so a mismatch), not named arguments.
    assertEquals(
        List.of(
            6L,
            6L,
            0,
            0,
            "math.add_all: true",
            "math.add_all: true",
            "cache.size: true",
            "math.add_all: true",
            "cache.get: true"),
        out);
  }

  @Test
  void aVarargsParameterReadsAsVarargsInMetadataAndMessages() {
    JavaFileObject driver =
        source(
            "test.Varargs",
            "package test;",
            "import dev.suga.runtime.GatewayException;",
            "import java.util.*;",
            "public class Varargs implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    List<Object> out = new ArrayList<>();",
            "    out.add(Gateway.Operation.MATH_JOIN.info().signature());",
            "    out.add(Gateway.Operation.MATH_JOIN.info().parameterTypes());",
            "    try { Gateway.execute(\"math.join\", \"-\", \"a\", \"b\"); out.add(\"no error\"); }",
            "    catch (GatewayException e) { out.add(e.getMessage()); }",
            "    out.add(Gateway.execute(\"math.join\", \"-\", new String[] {\"a\", \"b\"}));",
            "    return out;",
            "  }",
            "}");
    Object out = Drivers.of(compile(APP, MATH, driver)).run("test.Varargs");
    String signature =
        "java.lang.String math.join(java.lang.String separator, java.lang.String... parts)";
    assertEquals(
        List.of(
            signature,
            List.of("java.lang.String", "java.lang.String..."),
            "math.join expects (java.lang.String separator, java.lang.String... parts) but was"
                + " given (java.lang.String, java.lang.String, java.lang.String); execute takes"
                + " the varargs parameter as one array; signature: "
                + signature,
            "a-b"),
        out);
  }

  static Compilation compileOrFail(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertEquals(
        Compilation.Status.SUCCESS,
        compilation.status(),
        () -> compilation.diagnostics().toString());
    return compilation;
  }
}
