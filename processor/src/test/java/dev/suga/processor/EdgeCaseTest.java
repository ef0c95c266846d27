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

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Nested classes, records, generic and array types, primitives, varargs, checked exceptions,
 * keywords.
 */
class EdgeCaseTest {
  @Test
  void everyKindOfSignatureWorksThroughTypedMethodsAndExecute() {
    JavaFileObject driver =
        source(
            "test.Run",
            "package test;",
            "import java.util.*;",
            "import test.kinds.Outer;",
            "import dev.suga.runtime.GatewayException;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    List<Object> out = new ArrayList<>();",
            "    out.add(Gateway.kindsMove(new Outer.Point(1, 2), 3));",
            "    out.add(Gateway.execute(\"kinds.move\", new Outer.Point(1, 2), 3));",
            "    out.add(Gateway.kindsCount(List.of(Map.of(\"a\", 1), Map.of(\"b\", 2, \"c\", 3))));",
            "    out.add(Gateway.execute(Gateway.Operation.KINDS_COUNT, List.of(Map.of(\"a\", 1))));",
            "    out.add(Arrays.toString(Gateway.kindsReverse(new int[] {1, 2, 3})));",
            "    out.add(Arrays.toString((int[]) Gateway.execute(\"kinds.reverse\", new int[] {4, 5})));",
            "    out.add(Gateway.kindsGrid(new String[][] {{\"a\"}, {\"b\", \"c\"}}));",
            "    out.add(Gateway.kindsPrimitives(true, (byte) 1, (short) 2, 'c', 3, 4L, 5.5f, 6.5));",
            "    out.add(Gateway.execute(\"kinds.primitives\", true, (byte) 1, (short) 2, 'c', 3, 4L, 5.5f, 6.5));",
            "    out.add(Gateway.kindsSum(1, 2, 3));",
            "    out.add(Gateway.execute(\"kinds.sum\", (Object) new int[] {4, 5}));",
            "    try { Gateway.kindsRisky(\"m\"); } catch (Outer.Failure e) { out.add(\"typed \" + e.getMessage()); }",
            "    catch (java.io.IOException e) { out.add(\"wrong\"); }",
            "    try { Gateway.execute(\"kinds.risky\", \"\"); } catch (GatewayException e) { out.add(e.getCause().getMessage()); }",
            "    Set<Object> sink = new HashSet<>();",
            "    out.add(Gateway.kindsWords(sink) + \" \" + sink);",
            "    out.add(Gateway.kindsNew(\"a\", \"o\", 1));",
            "    out.add(Gateway.execute(Gateway.Operation.KINDS_NEW, java.util.Map.of(\"args\", \"x\", \"operation\", 2, \"ordinal\", 3)));",
            "    out.add(Gateway.kindsTwice(21));",
            "    out.add(Gateway.kindsOrigin().get());",
            "    out.add(Gateway.kindsNames(2) == Gateway.kindsNames(2));",
            "    out.add(Gateway.classFor(\"ab\") + Gateway.classInt() + Gateway.execute(\"class.int\"));",
            "    out.add(Gateway.Interface.CLASS.id() + \" \" + Gateway.Operation.CLASS_FOR.qualifiedName());",
            "    return out;",
            "  }",
            "}");
    Object out =
        Drivers.of(
                compile(
                    GatewayBehaviourTest.APP,
                    EdgeCaseSources.ALL_KINDS,
                    EdgeCaseSources.KEYWORDS,
                    driver))
            .run("test.Run");
    assertEquals(
        List.of(
                "Point[x=4, y=2]",
                "Point[x=4, y=2]",
                3,
                1,
                "[3, 2, 1]",
                "[5, 4]",
                "[[a], [b, c]]",
                "true12c345.56.5",
                "true12c345.56.5",
                6,
                9,
                "typed m",
                "empty",
                "[a, b] [x]",
                "ao1",
                "x23",
                42L,
                "Point[x=0, y=0]",
                true,
                "abab4242",
                "class class.for")
            .toString(),
        out.toString());
  }

  @Test
  void signaturesKeepTypeUseAnnotationsAndGeneratedCodeNeverWarns() throws java.io.IOException {
    JavaFileObject driver =
        source(
            "test.Lint",
            "package test;",
            "import java.util.*;",
            "public class Lint implements java.util.function.Function<Object, Object> {",
            "  @SuppressWarnings({\"deprecation\", \"removal\", \"unchecked\"})",
            "  public Object apply(Object in) {",
            "    return List.of(String.valueOf(Gateway.lintFind(null, List.of())), Gateway.lintFind(\"k\", List.of(\"a\")),",
            "        Gateway.lintRaw(List.of(1, 2)), Gateway.lintOld(new test.lint.OldType()), Gateway.lintGone(),",
            "        Gateway.lintLists(List.of(\"a\"), List.of(\"b\")), Gateway.execute(\"lint.lists\", (Object) new List<?>[0]),",
            "        Gateway.lintDoomed(null) == null);",
            "  }",
            "}");
    com.google.testing.compile.Compilation compilation =
        compile(
            GatewayBehaviourTest.APP,
            EdgeCaseSources.NULLABLE,
            EdgeCaseSources.OLD_TYPE,
            EdgeCaseSources.DOOMED_TYPE,
            EdgeCaseSources.LINT,
            driver);
    com.google.testing.compile.CompilationSubject.assertThat(compilation)
        .succeededWithoutWarnings();
    assertEquals(
        List.of("null", "k1", 2, "old", 1, 2, 0, true), Drivers.of(compilation).run("test.Lint"));

    String gateway =
        compilation
            .generatedSourceFile("test.Gateway")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(
        gateway.contains(
            "public static @Nullable String lintFind(@Nullable String key, List<@Nullable String> values) {"),
        gateway);
    assertTrue(gateway.contains("  @Deprecated\n  public static int lintGone() {"), gateway);
    assertTrue(
        gateway.contains("  @SafeVarargs\n  public static int lintLists(List<String>... lists) {"),
        gateway);
    assertTrue(
        gateway.contains(
            "  @SuppressWarnings(\"rawtypes\")\n  public static int lintRaw(List values) {"),
        gateway);
  }
}
