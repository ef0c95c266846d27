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
import static dev.suga.processor.ErrorAssertions.assertError;
import static dev.suga.processor.ErrorAssertions.assertNothingGenerated;
import static dev.suga.processor.ErrorAssertions.failedWithoutCrash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names of generated classes: index entries that no two modules share, and every other clash
 * (holders, gateways, companions, classes of the compilation) reported on the element to rename
 * before anything is written.
 */
class GeneratedClassNamesTest {
  private static final JavaFileObject APP =
      source(
          "test.App",
          "package test;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  @TempDir Path output;

  @Test
  void indexEntryNamesAreInjectiveAndReadBack() {
    List<ClassName> modules =
        List.of(
            ClassName.get("org.x", "y_FooCore"),
            ClassName.get("org.x_y", "FooCore"),
            ClassName.get("a", "_b"),
            ClassName.get("a_", "b"),
            ClassName.get("a", "b_1c"),
            ClassName.get("a.b", "Outer", "Inner_Core"),
            ClassName.get("a.b", "Outer_Inner", "Core"),
            ClassName.get("", "DefaultCore"),
            ClassName.get("über.$x", "Ä_$"));
    Set<String> markers = new HashSet<>();
    for (ClassName module : modules) {
      ClassName marker = LibraryIndex.markerName(module);
      assertEquals(LibraryIndex.PACKAGE, marker.packageName());
      assertEquals(module.canonicalName(), LibraryIndex.moduleName(marker.simpleName()));
      markers.add(marker.simpleName());
    }
    assertEquals(modules.size(), markers.size(), () -> "markers: " + markers);
    assertEquals(
        "org_x_y_1FooCore",
        LibraryIndex.markerName(ClassName.get("org.x", "y_FooCore")).simpleName());
    assertEquals(
        "com_acme_Outer_CacheCore",
        LibraryIndex.markerName(ClassName.get("com.acme", "Outer", "CacheCore")).simpleName());
  }

  @Test
  void twoLibrariesWhoseModuleNamesDifferOnlyInWhereTheUnderscoreIsBothReachTheGateway() {
    JavaFileObject one =
        source(
            "org.x.y_FooCore",
            "package org.x;",
            "@dev.suga.annotations.GatewayModule(\"foo_one\")",
            "public class y_FooCore {",
            "  @dev.suga.annotations.GatewayOperation public int a() { return 1; }",
            "}");
    JavaFileObject two =
        source(
            "org.x_y.FooCore",
            "package org.x_y;",
            "@dev.suga.annotations.GatewayModule(\"foo_two\")",
            "public class FooCore {",
            "  @dev.suga.annotations.GatewayOperation public int b() { return 2; }",
            "}");
    Path first = output.resolve("one");
    Path second = output.resolve("two");
    Compilation libraryOne = compile(one);
    assertThat(libraryOne).succeededWithoutWarnings();
    assertThat(libraryOne).generatedSourceFile("dev.suga.aggregated.org_x_y_1FooCore");
    Compiler.writeClasses(libraryOne, first);
    Compilation libraryTwo = compile(two);
    assertThat(libraryTwo).succeededWithoutWarnings();
    assertThat(libraryTwo).generatedSourceFile("dev.suga.aggregated.org_x_1y_FooCore");
    Compiler.writeClasses(libraryTwo, second);
    JavaFileObject run =
        source(
            "test.Run",
            "package test;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    return java.util.Arrays.toString(Gateway.Interface.values())",
            "        + (Gateway.fooOneA() + Gateway.fooTwoB());",
            "  }",
            "}");

    Compilation app = Compiler.compileAgainst(List.of(first, second), APP, run);

    assertThat(app).succeededWithoutWarnings();
    Compiler.writeClasses(app, output.resolve("app"));
    try (var classes =
        Compiler.loader(
            output.resolve("app"),
            Compiler.loader(first, Compiler.loader(second, getClass().getClassLoader())))) {
      @SuppressWarnings("unchecked")
      var driver =
          (java.util.function.Function<Object, Object>)
              classes.loadClass("test.Run").getDeclaredConstructor().newInstance();
      assertEquals("[FOO_ONE, FOO_TWO]3", driver.apply(null));
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aNestedModuleAndATopLevelOneWithTheSameHolderAreReportedOnTheLaterByName() {
    JavaFileObject app =
        source(
            "test.App",
            "package test;",
            "import dev.suga.annotations.*;",
            "@GatewayRoot public final class App {",
            "  public static class XCore { @GatewayOperation public int x() { return 1; } }",
            "}",
            "@GatewayModule(\"other\") class App_XCore {",
            "  @GatewayOperation public int y() { return 1; }",
            "}");

    Compilation compilation = failedWithoutCrash(compile(app));
    assertNothingGenerated(output, app);

    assertError(
        compilation,
        app,
        "class App_XCore",
        "[SUGA/NameClash] Module test.App_XCore would generate test.App_XCore_Holder, which module"
            + " test.App.XCore also generates. Rename one of the two classes: a module's holder is"
            + " named after the module class, its enclosing classes' names joined with '_'"
            + " (Outer.CacheCore -> Outer_CacheCore_Holder).");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aHolderNameThatIsAClassOfTheCompilationIsReportedOnTheModuleInALibraryToo() {
    JavaFileObject cache =
        source(
            "test.CacheCore",
            "package test;",
            "public class CacheCore {",
            "  @dev.suga.annotations.GatewayOperation public int size() { return 0; }",
            "}");
    JavaFileObject taken =
        source("test.CacheCore_Holder", "package test;", "public class CacheCore_Holder {}");

    Compilation compilation = failedWithoutCrash(compile(cache, taken));
    assertNothingGenerated(output, cache, taken);

    assertError(
        compilation,
        cache,
        "public class CacheCore",
        "[SUGA/NameClash] Module test.CacheCore would generate test.CacheCore_Holder, which is a"
            + " class of this compilation. Rename one of the two classes");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRootNamedLikeAHolderIsReportedOnTheRootAndNothingIsWritten() {
    JavaFileObject app =
        source(
            "test.App",
            "package test;",
            "import dev.suga.annotations.*;",
            "@GatewayRoot(name = \"App_ACore_Holder\")",
            "public final class App {",
            "  public static class ACore { @GatewayOperation public int x() { return 1; } }",
            "}");

    Compilation compilation = failedWithoutCrash(compile(app));
    assertNothingGenerated(output, app);

    assertError(
        compilation,
        app,
        "public final class App",
        "[SUGA/NameClash] @GatewayRoot name 'App_ACore_Holder' would generate"
            + " test.App_ACore_Holder, which SUGA also generates for module test.App.ACore. Choose"
            + " another name with @GatewayRoot(name = \"...\").");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRootWhoseGatewayIsAnotherRootsCompanionIsReportedAndLeavesNoCompanionOfTheCompanion() {
    JavaFileObject app =
        source(
            "test.App",
            "package test;",
            "import dev.suga.annotations.*;",
            "@GatewayRoot(name = \"Foo_Internals\") public final class App {",
            "  @GatewayRoot(name = \"Foo\") static final class Three {}",
            "  public static class ACore { @GatewayOperation public int x() { return 1; } }",
            "}");

    Compilation compilation = failedWithoutCrash(compile(app));
    assertNothingGenerated(output, app);

    assertError(
        compilation,
        app,
        "static final class Three",
        "[SUGA/DuplicateRoot] @GatewayRoot test.App.Three would generate test.Foo_Internals, which"
            + " @GatewayRoot test.App already generates. Give one of them another name with"
            + " @GatewayRoot(name = \"...\").");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aClassOfTheCompilationNamedLikeTheCompanionIsNamedInTheError() {
    JavaFileObject internals =
        source("test.Gateway_Internals", "package test;", "class Gateway_Internals {}");
    JavaFileObject cache =
        source(
            "test.CacheCore",
            "package test;",
            "public class CacheCore {",
            "  @dev.suga.annotations.GatewayOperation public int size() { return 0; }",
            "}");

    Compilation compilation = failedWithoutCrash(compile(APP, internals, cache));
    assertNothingGenerated(output, APP, internals, cache);

    assertError(
        compilation,
        APP,
        "public final class App",
        "[SUGA/NameClash] @GatewayRoot name 'Gateway' would generate test.Gateway_Internals, which"
            + " is a class of this compilation. Choose another name with @GatewayRoot(name ="
            + " \"...\").");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void holdersOfClassesInDifferentPackagesDoNotClash() {
    JavaFileObject one =
        source(
            "test.a.CacheCore",
            "package test.a;",
            "@dev.suga.annotations.GatewayModule(\"cache_a\")",
            "public class CacheCore {",
            "  @dev.suga.annotations.GatewayOperation public int size() { return 1; }",
            "}");
    JavaFileObject two =
        source(
            "test.b.CacheCore",
            "package test.b;",
            "@dev.suga.annotations.GatewayModule(\"cache_b\")",
            "public class CacheCore {",
            "  @dev.suga.annotations.GatewayOperation public int size() { return 2; }",
            "}");

    Compilation compilation = compile(APP, one, two);

    assertThat(compilation).succeededWithoutWarnings();
    assertNotEquals(
        LibraryIndex.markerName(ClassName.get("test.a", "CacheCore")),
        LibraryIndex.markerName(ClassName.get("test.b", "CacheCore")));
  }
}
