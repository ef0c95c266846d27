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
import static dev.suga.processor.Compiler.compile;
import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Source parameter names that are also names the generated code uses as qualifiers ({@code
 * CallStatistics.NOT_SAMPLED}, {@code ObsCore.s(...)}, {@code ObsCore_Holder.obsH(...)}, a package
 * {@code alpha.FooCore_Holder}) or reads as fields ({@code STATISTICS}): a parameter of such a name
 * would obscure the type (JLS 6.4.2) and the generated code would not compile, so the generated
 * methods rename it. The metadata and named arguments keep the source's names.
 */
class ParameterNamesTest {
  private static final JavaFileObject APP =
      source(
          "obs.App",
          "package obs;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  /** An IDLE module (the runtime's releasable holder), the reviewer's four cases and more. */
  private static final JavaFileObject OBS =
      source(
          "obs.ObsCore",
          "package obs;",
          "import dev.suga.annotations.*;",
          "@GatewayModule(unload = GatewayModule.Unload.IDLE)",
          "public class ObsCore {",
          "  @GatewayOperation public int a(int CallStatistics, int Instance, int OBS_A) {",
          "    return CallStatistics + Instance + OBS_A;",
          "  }",
          "  @GatewayOperation public static int s(int ObsCore) { return 2 * ObsCore; }",
          "  @GatewayOperation public int h(int ObsCore_Holder) { return 3 * ObsCore_Holder; }",
          "  @GatewayOperation @Cached public Integer c(int ResultCache) { return 4 * ResultCache; }",
          "  @GatewayOperation public String fields(String MODULE, String STATISTICS, String HOLDER,",
          "      String start, String failure, String module, String obs, String dev) {",
          "    return MODULE + STATISTICS + HOLDER + start + failure + module + obs + dev;",
          "  }",
          "  @GatewayOperation @Cached public String cachedLocals(String arguments, String cached,",
          "      String result, String OBS_C) {",
          "    return arguments + cached + result + OBS_C;",
          "  }",
          "  @GatewayOperation public String gatewayNames(String Gateway, String Gateway_Internals,",
          "      String Modules, String Operation, String Interface, String Objects, String Failures,",
          "      String Arguments, String java) {",
          "    return Gateway + Gateway_Internals + Modules + Operation + Interface + Objects",
          "        + Failures + Arguments + java;",
          "  }",
          "}");

  /**
   * A NEVER module nested in another class, in another package, whose instance lives in the
   * holder's nested {@code Instance} class (it has a static and a cached operation), with a
   * fallback.
   */
  private static final JavaFileObject SHAPES =
      source(
          "obs.shapes.Outer",
          "package obs.shapes;",
          "import dev.suga.annotations.*;",
          "public final class Outer {",
          "  private Outer() {}",
          "  public static class ShapeCore {",
          "    @GatewayOperation public static int area(int Outer, int ShapeCore) {",
          "      return Outer * ShapeCore;",
          "    }",
          "    @GatewayOperation @Cached public String label(String Instance, String INSTANCE,",
          "        String FAILURE) {",
          "      return Instance + INSTANCE + FAILURE;",
          "    }",
          "    @GatewayOperation public int side(int FALLBACK, int shapes) { return FALLBACK + shapes; }",
          "    @GatewayFallback public Object other(String operation, Object[] arguments) {",
          "      return operation + arguments.length;",
          "    }",
          "  }",
          "}");

  /**
   * Two holders of the same simple name ({@code FooCore_Holder}): the generated files write one of
   * them with its package, {@code alpha.FooCore_Holder} or {@code beta.FooCore_Holder}, which a
   * parameter named {@code alpha} or {@code beta} would obscure.
   */
  private static final JavaFileObject ALPHA =
      source(
          "alpha.FooCore",
          "package alpha;",
          "import dev.suga.annotations.*;",
          "@GatewayModule(\"foo_alpha\")",
          "public class FooCore {",
          "  @GatewayOperation public int get(int alpha, int beta) { return 10 * alpha + beta; }",
          "  @GatewayOperation public static int twice(int alpha) { return 2 * alpha; }",
          "}");

  private static final JavaFileObject BETA =
      source(
          "beta.FooCore",
          "package beta;",
          "import dev.suga.annotations.*;",
          "@GatewayModule(\"foo_beta\")",
          "public class FooCore {",
          "  @GatewayOperation public int get(int alpha, int beta) { return 100 * alpha + beta; }",
          "  @GatewayOperation public static int twice(int beta) { return 2 * beta; }",
          "}");

  private static final JavaFileObject RUN =
      source(
          "obs.Run",
          "package obs;",
          "import java.util.*;",
          "public class Run implements java.util.function.Function<Object, Object> {",
          "  public Object apply(Object in) {",
          "    List<Object> out = new ArrayList<>();",
          "    out.add(Gateway.obsA(1, 2, 3) + Gateway.obsS(1) + Gateway.obsH(1) + Gateway.obsC(1));",
          "    out.add(Gateway.execute(\"obs.a\", 1, 2, 3));",
          "    out.add(Gateway.execute(Gateway.Operation.OBS_H, Map.of(\"ObsCore_Holder\", 2)));",
          "    out.add(Gateway.execute(\"obs.s\", 5));",
          "    out.add(Gateway.obsC(2) + \" \" + Gateway.execute(\"obs.c\", 2));",
          "    out.add(Gateway.obsFields(\"M\", \"S\", \"H\", \"s\", \"f\", \"m\", \"o\", \"d\"));",
          "    out.add(Gateway.execute(\"obs.fields\", \"M\", \"S\", \"H\", \"s\", \"f\", \"m\", \"o\", \"d\"));",
          "    out.add(Gateway.obsCachedLocals(\"a\", \"c\", \"r\", \"o\"));",
          "    out.add(Gateway.obsGatewayNames(\"G\", \"I\", \"M\", \"O\", \"F\", \"J\", \"X\", \"A\", \"j\"));",
          "    out.add(Gateway.execute(\"obs.gateway_names\", \"G\", \"I\", \"M\", \"O\", \"F\", \"J\", \"X\", \"A\", \"j\"));",
          "    out.add(Gateway.shapeArea(3, 4) + \" \" + Gateway.execute(\"shape.area\", 3, 4));",
          "    out.add(Gateway.shapeLabel(\"i\", \"I\", \"F\") + \" \" + Gateway.execute(\"shape.label\", \"i\", \"I\", \"F\"));",
          "    out.add(Gateway.shapeSide(1, 2) + \" \" + Gateway.execute(\"shape.circle\", 1, 2));",
          "    out.add(Gateway.fooAlphaGet(1, 2) + \" \" + Gateway.fooBetaGet(1, 2));",
          "    out.add(Gateway.fooAlphaTwice(3) + \" \" + Gateway.fooBetaTwice(4));",
          "    out.add(Gateway.execute(\"foo_alpha.get\", 3, 4) + \" \" + Gateway.execute(\"foo_beta.get\", 3, 4));",
          "    out.add(Gateway.Operation.OBS_A.info().toString());",
          "    out.add(Gateway.Operation.SHAPE_AREA.info().toString());",
          "    return out;",
          "  }",
          "}");

  @Test
  void parametersNamedLikeWhatTheGeneratedCodeQualifiesCompileAndRun() {
    Compilation compilation = compile(APP, OBS, SHAPES, ALPHA, BETA, RUN);
    assertThat(compilation).succeededWithoutWarnings();

    Object out = Drivers.of(compilation).run("obs.Run");

    assertEquals(
        List.of(
                "15",
                "6",
                "6",
                "10",
                "8 8",
                "MSHsfmod",
                "MSHsfmod",
                "acro",
                "GIMOFJXAj",
                "GIMOFJXAj",
                "12 12",
                "iIF iIF",
                "3 circle2",
                "12 102",
                "6 8",
                "34 304",
                "int obs.a(int CallStatistics, int Instance, int OBS_A)",
                "int shape.area(int Outer, int ShapeCore)")
            .toString(),
        out.toString());
  }

  @Test
  void onlyTheGeneratedMethodsRenameTheParametersThatWouldObscureAName() {
    Compilation compilation = compile(APP, OBS, SHAPES, ALPHA, BETA);
    assertThat(compilation).succeededWithoutWarnings();

    String holder = generated(compilation, "obs.ObsCore_Holder");
    assertTrue(
        holder.contains("public static int obsA(int CallStatistics_, int Instance_, int OBS_A_)"),
        holder);
    assertTrue(holder.contains("public static int obsS(int ObsCore_)"), holder);
    assertTrue(holder.contains("return ObsCore.s(ObsCore_);"), holder);
    assertTrue(holder.contains("public static Integer obsC(int ResultCache_)"), holder);
    // The holder's body does not name its own class: that parameter keeps its name there...
    assertTrue(holder.contains("public static int obsH(int ObsCore_Holder)"), holder);
    assertTrue(
        holder.contains(
            "obsFields(String MODULE_, String STATISTICS_, String HOLDER_, String start,"),
        holder);
    // ...and the gateway's typed method, whose body does, renames it.
    String gateway = generated(compilation, "obs.Gateway");
    assertTrue(gateway.contains("public static int obsH(int ObsCore_Holder_)"), gateway);
    assertTrue(gateway.contains("return ObsCore_Holder.obsH(ObsCore_Holder_);"), gateway);
    assertTrue(gateway.contains("public static int obsS(int ObsCore)"), gateway);

    String shapes = generated(compilation, "obs.shapes.Outer_ShapeCore_Holder");
    assertTrue(shapes.contains("shapeArea(int Outer_, int ShapeCore_)"), shapes);
    assertTrue(shapes.contains("return Outer.ShapeCore.area(Outer_, ShapeCore_);"), shapes);
    assertTrue(shapes.contains("shapeSide(int FALLBACK_, int shapes)"), shapes);

    // The metadata, and so execute(op, Map), keep the source's names.
    String internals = generated(compilation, "obs.Gateway_Internals");
    assertTrue(internals.contains("new ParameterInfo(\"ObsCore_Holder\", \"int\")"), internals);
    assertTrue(internals.contains("new ParameterInfo(\"alpha\", \"int\")"), internals);
  }

  private static String generated(Compilation compilation, String className) {
    try {
      return compilation
          .generatedSourceFile(className)
          .orElseThrow(() -> new AssertionError("no " + className))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
