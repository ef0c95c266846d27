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
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The other side of {@link ParameterNamesTest}: the parameters and locals the generators name
 * themselves ({@code args}, {@code operations}, {@code start}) against class names the user chooses
 * (the gateway's, a module's), which a local of the same name would obscure where the generated
 * code qualifies with them ({@code Gateway.Operation.values()}, {@code CacheCore.create()}), and
 * against package names, which qualify a holder written in full ({@code args.Core_Holder}). Each
 * test reads the local names out of generated sources, then compiles classes or packages named
 * after every one of them.
 */
class GeneratedLocalNamesTest {
  private static final JavaFileObject CACHE =
      source(
          "m.CacheCore",
          "package m;",
          "import dev.suga.annotations.*;",
          "@GatewayModule(unload = GatewayModule.Unload.IDLE)",
          "public class CacheCore {",
          "  @GatewayOperation @HotPath public String get(String key) { return key; }",
          "  @GatewayOperation @Cached public String cached(String key) throws Exception { return key; }",
          "  @GatewayOperation public static int five(int a, int b, int c, int d, int e) { return a + e; }",
          "  @GatewayOperation public String join(String separator, String... parts) {",
          "    return String.join(separator, parts);",
          "  }",
          "  @GatewayFallback public Object other(String operation, Object[] arguments) throws Exception {",
          "    return operation;",
          "  }",
          "  @GatewayWarmup public void warm() throws Exception {}",
          "}");

  private static final JavaFileObject PLAIN =
      source(
          "m.PlainCore",
          "package m;",
          "import dev.suga.annotations.*;",
          "public final class PlainCore {",
          "  private PlainCore() {}",
          "  public static PlainCore create() { return new PlainCore(); }",
          "  @GatewayOperation public int size() { return 1; }",
          "  @GatewayOperation @Cached public Integer twice(int value) { return 2 * value; }",
          "  @GatewayOperation public static void nothing() {}",
          "  @GatewayWarmup public static void warm() {}",
          "}");

  @Test
  void aGatewayNamedLikeAnyLocalOfTheGeneratedGatewayCompilesAndWorks() {
    Compilation reference = compile(app("p", "Gateway"), CACHE, PLAIN);
    assertThat(reference).succeededWithoutWarnings();
    Set<String> names =
        localNames(reference, List.of("p.Gateway", "p.Gateway_Internals"), "p.Gateway");
    assertTrue(names.containsAll(List.of("args", "operations", "all", "a0")), names::toString);

    List<JavaFileObject> sources = new ArrayList<>(List.of(CACHE, PLAIN));
    StringBuilder calls = new StringBuilder();
    int n = 0;
    for (String name : names) {
      String packageName = "p" + n++;
      sources.add(app(packageName, name));
      String gateway = packageName + "." + name;
      calls.append(
          String.format(
              "    out.add(%s.cacheGet(\"k\") + %s.execute(\"cache.nope\") + %s.execute(\"plain.twice\", 2)"
                  + " + %s.statistics().operations().size());%n",
              gateway, gateway, gateway, gateway));
    }
    sources.add(run(calls));

    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Set.of("knope48"), Drivers.of(compilation).run("p.Run"));
  }

  @Test
  void aModuleClassNamedLikeAnyLocalOfItsHolderCompilesAndWorks() {
    Compilation reference = compile(app("p", "Gateway"), CACHE, PLAIN);
    assertThat(reference).succeededWithoutWarnings();
    Set<String> names =
        localNames(reference, List.of("m.CacheCore_Holder", "m.PlainCore_Holder"), null);
    assertTrue(names.containsAll(List.of("start", "instance", "failure", "e")), names::toString);

    List<JavaFileObject> sources = new ArrayList<>(List.of(app("p", "Gateway")));
    StringBuilder calls = new StringBuilder();
    for (String name : names) {
      String id = "id_" + sources.size();
      sources.add(
          source(
              "m." + name,
              "package m;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"" + id + "\")",
              "public final class " + name + " {",
              "  private " + name + "() {}",
              "  public static " + name + " create() { return new " + name + "(); }",
              "  @GatewayOperation public int size(int value) { return value; }",
              "  @GatewayOperation @Cached public Integer twice(int value) { return 2 * value; }",
              "  @GatewayOperation public static int one() { return 1; }",
              "}"));
      String typed = NameConventions.lowerCamel(id);
      calls.append(
          String.format(
              "    out.add(Gateway.%sSize(1) + Gateway.%sTwice(1) + Gateway.%sOne());%n",
              typed, typed, typed));
    }
    sources.add(run(calls));

    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(Set.of(4), Drivers.of(compilation).run("p.Run"));
  }

  @Test
  void aModulePackageNamedLikeAnyLocalOfTheGeneratedGatewayCompilesAndWorks() {
    Compilation reference = compile(app("p", "Gateway"), CACHE, PLAIN);
    assertThat(reference).succeededWithoutWarnings();
    Set<String> names =
        localNames(reference, List.of("p.Gateway", "p.Gateway_Internals"), "p.Gateway");

    // Every module is named Core: the gateway's files import the first one's holder (m, interface
    // "a") and write each other holder with its package, which is named like a local.
    List<JavaFileObject> sources = new ArrayList<>(List.of(app("p", "Gateway"), core("m", "a")));
    StringBuilder calls = new StringBuilder();
    List<String> qualifiedCalls = new ArrayList<>();
    int n = 0;
    for (String name : names) {
      String id = "c" + n++;
      sources.add(core(name, id));
      qualifiedCalls.add(" " + name + ".Core_Holder." + id + "Get(");
      calls.append(
          String.format(
              "    out.add(\"\" + Gateway.execute(\"%s.get\", \"k\")"
                  + " + Gateway.execute(\"%s.get\", new Object[] {\"k\"})"
                  + " + Gateway.execute(\"%s.nope\"));%n",
              id, id, id));
    }
    sources.add(run(calls));

    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
    String companion = text(compilation, "p.Gateway_Internals");
    for (String call : qualifiedCalls) {
      assertTrue(companion.contains(call), call);
    }
    assertEquals(Set.of("kknope"), Drivers.of(compilation).run("p.Run"));
  }

  /**
   * A module {@code packageName.Core} of interface {@code id}, with an operation and a fallback.
   */
  private static JavaFileObject core(String packageName, String id) {
    return source(
        packageName + ".Core",
        "package " + packageName + ";",
        "import dev.suga.annotations.*;",
        "@GatewayModule(\"" + id + "\")",
        "public class Core {",
        "  @GatewayOperation public String get(String key) throws Exception { return key; }",
        "  @GatewayFallback public Object other(String operation, Object[] arguments)"
            + " throws Exception {",
        "    return operation;",
        "  }",
        "}");
  }

  /** {@code p.Run}: a function that runs {@code calls}, which add to the set {@code out}. */
  private static JavaFileObject run(CharSequence calls) {
    return source(
        "p.Run",
        "package p;",
        "public class Run implements java.util.function.Function<Object, Object> {",
        "  public Object apply(Object in) {",
        "    java.util.Set<Object> out = new java.util.HashSet<>();",
        calls.toString(),
        "    return out;",
        "  }",
        "}");
  }

  private static String text(Compilation compilation, String className) {
    try {
      return compilation
          .generatedSourceFile(className)
          .orElseThrow(() -> new AssertionError(className))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject app(String packageName, String gatewayName) {
    return source(
        packageName + ".App",
        "package " + packageName + ";",
        "@dev.suga.annotations.GatewayRoot(name = \"" + gatewayName + "\")",
        "public final class App {}");
  }

  /**
   * The names of every parameter and local variable declared in the generated {@code classes}
   * (fields and enum constants aside), that could be class names; {@code except} is left out.
   */
  private static Set<String> localNames(
      Compilation compilation, List<String> classes, String except) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String name : classes) {
      files.add(compilation.generatedSourceFile(name).orElseThrow(() -> new AssertionError(name)));
    }
    Set<String> names = new TreeSet<>();
    try {
      JavacTask task =
          (JavacTask)
              ToolProvider.getSystemJavaCompiler()
                  .getTask(null, null, null, List.of("-proc:none"), null, files);
      for (CompilationUnitTree unit : task.parse()) {
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitVariable(VariableTree variable, Void unused) {
            TreePath parent = getCurrentPath().getParentPath();
            if (!(parent.getLeaf() instanceof ClassTree)) {
              names.add(variable.getName().toString());
            }
            return super.visitVariable(variable, unused);
          }
        }.scan(unit, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.removeIf(name -> name.equals(except) || !NameConventions.isClassName(name));
    return names;
  }
}
