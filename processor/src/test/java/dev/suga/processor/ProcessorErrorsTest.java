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
import static com.google.testing.compile.Compiler.javac;
import static dev.suga.processor.Compiler.compile;
import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.suga.annotations.GatewayRoot;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input is a compile error on the offending element, with the catalogue id ({@code
 * [SUGA/<id>]}) and a remedy: never a processor crash, a stack trace or a silently ignored element.
 * Each test compiles a minimal source and asserts the id, the message, the file and the line, and
 * (where the count is part of the contract) how many errors there were.
 */
class ProcessorErrorsTest {
  /** Texts that only appear when a processor crashed instead of reporting. */
  private static final List<String> CRASH_SIGNS =
      List.of("Exception", "at dev.suga", "An annotation processor threw", "uncaught");

  private static final JavaFileObject APP =
      source(
          "test.App",
          "package test;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  @Nested
  class OperationMethods {
    @Test
    void privateOperationIsReportedOnTheMethod() {
      JavaFileObject vault =
          source(
              "test.VaultCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class VaultCore {",
              "  @GatewayOperation",
              "  private String secret() { return \"s\"; }",
              "  @GatewayOperation public String open() { return secret(); }",
              "}");
      Compilation compilation = compileWithErrors(vault, APP);
      assertError(
          compilation,
          vault,
          "private String secret()",
          "[SUGA/PrivateOperation] @GatewayOperation method VaultCore.secret() is private; the"
              + " module's generated holder calls it directly, so make it public or package-private"
              + " (the holder is generated in the module's package, so package-private works"
              + " whatever package the gateway is in).");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void abstractOperationOfAnAbstractClassIsReportedOnTheMethodAndTheClass() {
      JavaFileObject shape =
          source(
              "test.ShapeCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public abstract class ShapeCore {",
              "  @GatewayOperation",
              "  public abstract double area();",
              "}");
      Compilation compilation = compileWithErrors(shape, APP);
      assertError(
          compilation,
          shape,
          "double area()",
          "[SUGA/AbstractOperation] @GatewayOperation method ShapeCore.area() is abstract",
          "Put the operation on a concrete class");
      assertError(
          compilation,
          shape,
          "abstract class ShapeCore",
          "[SUGA/AbstractModule] Module test.ShapeCore is abstract but has instance operations");
      assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void abstractOperationOfAnInterfaceIsReportedOnTheMethod() {
      JavaFileObject greeter =
          source(
              "test.Greeter",
              "package test;",
              "import dev.suga.annotations.*;",
              "public interface Greeter {",
              "  @GatewayOperation",
              "  String greet(String name);",
              "}");
      Compilation compilation = compileWithErrors(greeter, APP);
      assertError(
          compilation,
          greeter,
          "String greet(String name)",
          "[SUGA/AbstractOperation] @GatewayOperation method Greeter.greet(java.lang.String) is abstract",
          "Put the operation on a concrete class that implements it");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void staticMethodOfAnInterfaceIsReportedOnTheMethod() {
      JavaFileObject tools =
          source(
              "test.Tools",
              "package test;",
              "import dev.suga.annotations.*;",
              "public interface Tools {",
              "  @GatewayOperation",
              "  static String version() { return \"1\"; }",
              "}");
      Compilation compilation = compileWithErrors(tools, APP);
      assertError(
          compilation,
          tools,
          "static String version()",
          "[SUGA/StaticInInterface] @GatewayOperation method Tools.version() is a static method of an interface",
          "Move the method to a class");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void defaultMethodOfAnInterfaceIsReportedOnTheInterface() {
      JavaFileObject named =
          source(
              "test.Named",
              "package test;",
              "import dev.suga.annotations.*;",
              "public interface Named {",
              "  @GatewayOperation",
              "  default String name() { return \"n\"; }",
              "}");
      Compilation compilation = compileWithErrors(named, APP);
      assertError(
          compilation,
          named,
          "interface Named",
          "[SUGA/ModuleKind] test.Named cannot be a gateway module",
          "not an interface, enum or annotation");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void genericOperationIsReportedOnTheMethod() {
      JavaFileObject list =
          source(
              "test.ListCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "import java.util.List;",
              "public class ListCore {",
              "  @GatewayOperation",
              "  public <T> T first(List<T> items) { return items.get(0); }",
              "}");
      Compilation compilation = compileWithErrors(list, APP);
      assertError(
          compilation,
          list,
          "T first(List<T> items)",
          "[SUGA/GenericOperation] @GatewayOperation method ListCore.first(java.util.List<T>) declares type parameters",
          "Replace the type variables with concrete types");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Nested
  class ModuleClasses {
    @Test
    void abstractModuleWithInstanceOperationsIsReportedOnTheClass() {
      JavaFileObject base =
          source(
              "test.BaseCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public abstract class BaseCore {",
              "  @GatewayOperation public String name() { return \"base\"; }",
              "}");
      Compilation compilation = compileWithErrors(base, APP);
      assertError(
          compilation,
          base,
          "abstract class BaseCore",
          "[SUGA/AbstractModule] Module test.BaseCore is abstract but has instance operations",
          "make its operations static");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void abstractModuleWithOnlyStaticOperationsCompiles() {
      JavaFileObject util =
          source(
              "test.UtilCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public abstract class UtilCore {",
              "  @GatewayOperation public static int twice(int x) { return 2 * x; }",
              "}");
      assertThat(compile(util, APP)).succeededWithoutWarnings();
    }

    @Test
    void innerClassIsReportedOnTheClass() {
      JavaFileObject outer =
          source(
              "test.Outer",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Outer {",
              "  public class InnerCore {",
              "    @GatewayOperation public String hello() { return \"hi\"; }",
              "  }",
              "}");
      Compilation compilation = compileWithErrors(outer, APP);
      assertError(
          compilation,
          outer,
          "class InnerCore",
          "[SUGA/InnerModule] Module test.Outer.InnerCore is an inner (non-static nested) class",
          "Declare it static or move it to the top level");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void staticNestedClassCompiles() {
      JavaFileObject outer =
          source(
              "test.Outer",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Outer {",
              "  public static class NestedCore {",
              "    @GatewayOperation public String hello() { return \"hi\"; }",
              "  }",
              "}");
      assertThat(compile(outer, APP)).succeededWithoutWarnings();
    }

    @Test
    void privateNestedClassIsReportedOnTheClassOnly() {
      JavaFileObject host =
          source(
              "test.Host",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Host {",
              "  @GatewayModule",
              "  private static class SecretCore {",
              "    @GatewayOperation public String hello() { return \"hi\"; }",
              "  }",
              "}");
      Compilation compilation = compileWithErrors(host, APP);
      assertError(
          compilation,
          host,
          "class SecretCore",
          "[SUGA/PrivateModule] Module test.Host.SecretCore is private; the generated holder and"
              + " gateway must reference it. Make it public (or package-private if the gateway is"
              + " generated in the module's package: a gateway in another package reaches public"
              + " modules only).");
      // Its implicit constructor is private too, but that goes away with the fix above.
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void publicModuleInAPrivateClassIsReportedNamingThePrivateClass() {
      JavaFileObject host =
          source(
              "test.Host",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Host {",
              "  private static class Outer {",
              "    public static class InCore {",
              "      @GatewayOperation public int x() { return 1; }",
              "    }",
              "  }",
              "}");
      Compilation compilation = compileWithErrors(host, APP);
      assertError(
          compilation,
          host,
          "public static class InCore",
          "[SUGA/PrivateModule] Module test.Host.Outer.InCore is declared in test.Host.Outer, which is"
              + " private, so the generated holder and gateway cannot reference the module. Make"
              + " test.Host.Outer public (or package-private if the gateway is generated in the"
              + " module's package: a gateway in another package reaches public modules only).");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void genericClassIsReportedOnTheClass() {
      JavaFileObject box =
          source(
              "test.BoxCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class BoxCore<T> {",
              "  @GatewayOperation public String label() { return \"box\"; }",
              "}");
      Compilation compilation = compileWithErrors(box, APP);
      assertError(
          compilation,
          box,
          "class BoxCore<T>",
          "[SUGA/GenericModule] Module test.BoxCore declares type parameters",
          "Use a non-generic subclass as the module");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void interfaceAnnotatedAsModuleIsReportedOnTheInterface() {
      JavaFileObject api =
          source(
              "test.Api",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule",
              "public interface Api {",
              "  String call();",
              "}");
      Compilation compilation = compileWithErrors(api, APP);
      assertError(
          compilation,
          api,
          "interface Api",
          "[SUGA/ModuleKind] test.Api cannot be a gateway module: a module is a class (or record)");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void enumAnnotatedAsModuleIsReportedOnTheEnum() {
      JavaFileObject mode =
          source(
              "test.Mode",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule",
              "public enum Mode { FAST, SLOW }");
      Compilation compilation = compileWithErrors(mode, APP);
      assertError(
          compilation,
          mode,
          "enum Mode",
          "[SUGA/ModuleKind] test.Mode cannot be a gateway module",
          "not an interface, enum or annotation");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void operationOfAnEnumIsReportedOnTheEnum() {
      JavaFileObject color =
          source(
              "test.Color",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule",
              "public enum Color {",
              "  RED;",
              "  @GatewayOperation",
              "  public String hex() { return \"#f00\"; }",
              "}");
      Compilation compilation = compileWithErrors(color, APP);
      assertError(
          compilation,
          color,
          "enum Color",
          "[SUGA/ModuleKind] test.Color cannot be a gateway module");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void annotationTypeAnnotatedAsModuleIsReportedOnTheAnnotationType() {
      JavaFileObject marker =
          source(
              "test.Marker",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule",
              "public @interface Marker {}");
      Compilation compilation = compileWithErrors(marker, APP);
      assertError(
          compilation,
          marker,
          "@interface Marker",
          "[SUGA/ModuleKind] test.Marker cannot be a gateway module");
      assertThat(compilation).hadErrorCount(1);
    }

    /**
     * Annotation processing (JSR 269) lists types and their members, never declarations inside
     * method bodies, so these operations would silently be left out: the processor finds them in
     * the source trees ({@link LocalOperations}) and reports each on its method.
     */
    @Test
    void operationsOfLocalAndAnonymousClassesAreReportedOnTheMethod() {
      JavaFileObject factory =
          source(
              "test.Factory",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Factory {",
              "  @GatewayOperation public Object make() {",
              "    class LocalCore {",
              "      @GatewayOperation public String hello() { return \"hi\"; }",
              "    }",
              "    @GatewayModule",
              "    record PointCore(int x) {",
              "      @GatewayOperation public static int zero() { return 0; }",
              "    }",
              "    Object anonymous = new Object() {",
              "      @GatewayOperation public String hidden(String key) { return key; }",
              "    };",
              "    return java.util.List.of(new LocalCore(), new PointCore(1), anonymous);",
              "  }",
              "}");
      Compilation compilation = compileWithErrors(factory, APP);
      assertError(
          compilation,
          factory,
          "public String hello()",
          "[SUGA/LocalOperation] @GatewayOperation method LocalCore.hello() is in the local class"
              + " LocalCore, a class that no gateway can name, so no gateway can call it"
              + " (annotation processing does not even list it). Move the method to a top-level"
              + " class or a static nested class.");
      assertError(
          compilation,
          factory,
          "public static int zero()",
          "[SUGA/LocalOperation] @GatewayOperation method PointCore.zero() is in the local class"
              + " PointCore,");
      assertError(
          compilation,
          factory,
          "public String hidden(String key)",
          "[SUGA/LocalOperation] @GatewayOperation method hidden(String) is in an anonymous"
              + " class,");
      assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void moduleAnnotationWithoutOperationsIsReportedOnTheClass() {
      JavaFileObject idle =
          source(
              "test.IdleCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule",
              "public class IdleCore {",
              "  public String forgotten() { return \"x\"; }",
              "}");
      Compilation compilation = compileWithErrors(idle, APP);
      assertError(
          compilation,
          idle,
          "class IdleCore",
          "[SUGA/EmptyModule] @GatewayModule class test.IdleCore has no @GatewayOperation methods",
          "or remove @GatewayModule");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Nested
  class Construction {
    @Test
    void moduleWithOnlyAConstructorWithParametersIsReportedOnTheClass() {
      JavaFileObject client =
          source(
              "test.ClientCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class ClientCore {",
              "  private final String url;",
              "  public ClientCore(String url) { this.url = url; }",
              "  @GatewayOperation public String url() { return url; }",
              "}");
      Compilation compilation = compileWithErrors(client, APP);
      assertError(
          compilation,
          client,
          "class ClientCore",
          "[SUGA/NoConstructor] Module test.ClientCore has no way to be built",
          "a 'public static ClientCore create()' method");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void moduleWithOnlyAPrivateConstructorIsReportedOnTheClass() {
      JavaFileObject pool =
          source(
              "test.PoolCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class PoolCore {",
              "  private PoolCore() {}",
              "  @GatewayOperation public int size() { return 0; }",
              "}");
      Compilation compilation = compileWithErrors(pool, APP);
      assertError(
          compilation,
          pool,
          "class PoolCore",
          "[SUGA/NoConstructor] Module test.PoolCore has no way to be built");
      assertThat(compilation).hadErrorCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "static PoolCore create() { return new PoolCore(); }",
          "public PoolCore create() { return new PoolCore(); }",
          "public static Object create() { return new PoolCore(); }",
          "public static PoolCore create(int size) { return new PoolCore(); }",
          "public static PoolCore build() { return new PoolCore(); }"
        })
    void factoryThatIsNotPublicStaticNoArgCreateReturningTheModuleDoesNotCount(String factory) {
      JavaFileObject pool =
          source(
              "test.PoolCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class PoolCore {",
              "  private PoolCore() {}",
              "  " + factory,
              "  @GatewayOperation public int size() { return 0; }",
              "}");
      Compilation compilation = compileWithErrors(pool, APP);
      assertError(
          compilation,
          pool,
          "class PoolCore",
          "[SUGA/NoConstructor] Module test.PoolCore has no way to be built");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void moduleWithPrivateConstructorAndStaticFactoryIsBuiltWithTheFactory() {
      JavaFileObject pool =
          source(
              "test.PoolCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class PoolCore {",
              "  private PoolCore() {}",
              "  public static PoolCore create() { return new PoolCore(); }",
              "  @GatewayOperation public int size() { return 0; }",
              "}");
      Compilation compilation = compile(pool, APP);
      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(
          generatedSource(compilation, "test.PoolCore_Holder").contains("PoolCore.create()"),
          "the holder calls PoolCore.create()");
    }

    @Test
    void moduleWhoseOnlyConstructorTakesParametersIsBuiltWithTheFactory() {
      JavaFileObject client =
          source(
              "test.ClientCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class ClientCore {",
              "  private final String url;",
              "  public ClientCore(String url) { this.url = url; }",
              "  public static ClientCore create() { return new ClientCore(\"http://localhost\"); }",
              "  @GatewayOperation public String url() { return url; }",
              "}");
      Compilation compilation = compile(client, APP);
      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(
          generatedSource(compilation, "test.ClientCore_Holder").contains("ClientCore.create()"),
          "the holder calls ClientCore.create()");
    }

    @Test
    void moduleWithOnlyStaticOperationsNeedsNoConstructor() {
      JavaFileObject strings =
          source(
              "test.StringsCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public final class StringsCore {",
              "  private StringsCore() {}",
              "  @GatewayOperation public static String upper(String s) { return s.toUpperCase(); }",
              "}");
      assertThat(compile(strings, APP)).succeededWithoutWarnings();
    }
  }

  @Nested
  class Duplicates {
    @Test
    void explicitInterfaceIdUsedByTwoModulesIsReportedOnTheSecond() {
      JavaFileObject file =
          source(
              "test.FileStore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"store\")",
              "public class FileStore {",
              "  @GatewayOperation public String read(String key) { return key; }",
              "}");
      JavaFileObject memory =
          source(
              "test.MemoryStore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"store\")",
              "public class MemoryStore {",
              "  @GatewayOperation public String load(String key) { return key; }",
              "}");
      Compilation compilation = compileWithErrors(APP, file, memory);
      assertError(
          compilation,
          memory,
          "class MemoryStore",
          "[SUGA/DuplicateInterface] Interface id 'store' of test.MemoryStore is already used by test.FileStore",
          "Give one of the modules another id with @GatewayModule(\"...\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void duplicateInterfaceIdsAreReportedInALibraryCompilationToo() {
      JavaFileObject file =
          source(
              "test.FileStore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"store\")",
              "public class FileStore {",
              "  @GatewayOperation public String read(String key) { return key; }",
              "}");
      JavaFileObject memory =
          source(
              "test.MemoryStore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"store\")",
              "public class MemoryStore {",
              "  @GatewayOperation public String load(String key) { return key; }",
              "}");
      Compilation compilation = compileWithErrors(memory, file);
      assertError(
          compilation,
          memory,
          "class MemoryStore",
          "[SUGA/DuplicateInterface] Interface id 'store' of test.MemoryStore is already used by test.FileStore");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void derivedInterfaceIdsThatCoincideAreReportedOnTheSecondModuleWhateverTheSourceOrder() {
      JavaFileObject core =
          source(
              "test.CacheCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class CacheCore {",
              "  @GatewayOperation public String get(String key) { return key; }",
              "}");
      JavaFileObject module =
          source(
              "test.CacheModule",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class CacheModule {",
              "  @GatewayOperation public String fetch(String key) { return key; }",
              "}");
      for (Compilation compilation :
          List.of(compileWithErrors(APP, core, module), compileWithErrors(module, core, APP))) {
        assertError(
            compilation,
            module,
            "class CacheModule",
            "[SUGA/DuplicateInterface] Interface id 'cache' of test.CacheModule is already used by test.CacheCore");
        assertThat(compilation).hadErrorCount(1);
      }
    }

    @Test
    void overloadsAreDuplicateOperationsReportedOnTheSecond() {
      JavaFileObject lookup =
          source(
              "test.LookupCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class LookupCore {",
              "  @GatewayOperation public String find(String key) { return key; }",
              "  @GatewayOperation public String find(int index) { return \"\" + index; }",
              "}");
      Compilation compilation = compileWithErrors(lookup, APP);
      assertError(
          compilation,
          lookup,
          "find(int index)",
          "[SUGA/DuplicateOperation] Operation 'find' of LookupCore.find(int) is already declared by"
              + " LookupCore.find(java.lang.String)",
          "(overloads included): name one of them with @GatewayOperation(\"...\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void explicitOperationNamesThatCollideAreReportedOnTheSecond() {
      JavaFileObject math =
          source(
              "test.MathCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class MathCore {",
              "  @GatewayOperation(\"x\") public int first() { return 1; }",
              "  @GatewayOperation(\"x\") public int second() { return 2; }",
              "}");
      Compilation compilation = compileWithErrors(math, APP);
      assertError(
          compilation,
          math,
          "int second()",
          "[SUGA/DuplicateOperation] Operation 'x' of MathCore.second() is already declared by MathCore.first()");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void explicitNameThatCollidesWithADerivedNameIsReported() {
      JavaFileObject bag =
          source(
              "test.BagCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class BagCore {",
              "  @GatewayOperation(\"size\") public int count() { return 1; }",
              "  @GatewayOperation public int size() { return 2; }",
              "}");
      Compilation compilation = compileWithErrors(bag, APP);
      assertError(
          compilation,
          bag,
          "int size()",
          "[SUGA/DuplicateOperation] Operation 'size' of BagCore.size() is already declared by BagCore.count()");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void methodNamesThatDeriveTheSameOperationNameAreReported() {
      JavaFileObject web =
          source(
              "test.WebCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class WebCore {",
              "  @GatewayOperation public String getHttp() { return \"a\"; }",
              "  @GatewayOperation public String getHTTP() { return \"b\"; }",
              "}");
      Compilation compilation = compileWithErrors(web, APP);
      assertError(
          compilation,
          web,
          "getHTTP()",
          "[SUGA/DuplicateOperation] Operation 'get_http' of WebCore.getHTTP() is already declared by"
              + " WebCore.getHttp()");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Nested
  class HotPathAndCached {
    @Test
    void hotPathWithoutOperationIsReportedOnTheMethod() {
      JavaFileObject plain =
          source(
              "test.Plain",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Plain {",
              "  @HotPath",
              "  public String fast() { return \"f\"; }",
              "}");
      Compilation compilation = compileWithErrors(plain, APP);
      assertError(
          compilation,
          plain,
          "String fast()",
          "[SUGA/HotPathWithoutOperation] @HotPath on Plain.fast() has no effect without @GatewayOperation",
          "Add @GatewayOperation or remove @HotPath");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void hotPathWithoutOperationInAModuleIsReportedOnTheMethod() {
      JavaFileObject cache =
          source(
              "test.CacheCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class CacheCore {",
              "  @GatewayOperation public String get(String key) { return key; }",
              "  @HotPath",
              "  public String peek(String key) { return key; }",
              "}");
      Compilation compilation = compileWithErrors(cache, APP);
      assertError(
          compilation,
          cache,
          "String peek(String key)",
          "[SUGA/HotPathWithoutOperation] @HotPath on CacheCore.peek(java.lang.String)");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void cachedWithoutOperationIsReportedOnTheMethod() {
      JavaFileObject plain =
          source(
              "test.Plain",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Plain {",
              "  @Cached(ttlSeconds = 5)",
              "  public String slow(String key) { return key; }",
              "}");
      Compilation compilation = compileWithErrors(plain, APP);
      assertError(
          compilation,
          plain,
          "String slow(String key)",
          "[SUGA/CachedWithoutOperation] @Cached on Plain.slow(java.lang.String) has no effect without"
              + " @GatewayOperation",
          "Add @GatewayOperation or remove @Cached");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void cachedVoidOperationIsReportedOnTheMethod() {
      JavaFileObject log =
          source(
              "test.LogCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class LogCore {",
              "  @GatewayOperation @Cached",
              "  public void write(String line) {}",
              "}");
      Compilation compilation = compileWithErrors(log, APP);
      assertError(
          compilation,
          log,
          "void write(String line)",
          "[SUGA/CachedVoid] @Cached operation LogCore.write(java.lang.String) returns void",
          "Remove @Cached or return the result");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void cachedParameterThatComparesByIdentityIsReportedOnTheParameter() {
      JavaFileObject render =
          source(
              "test.RenderCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class RenderCore {",
              "  public static class Request { public String path; }",
              "  public static class Checked extends Request {",
              "    @Override public boolean equals(Object o) { return o instanceof Checked; }",
              "    @Override public int hashCode() { return 1; }",
              "  }",
              "  @GatewayOperation @Cached",
              "  public String render(String title,",
              "      Request request) { return title; }",
              "  @GatewayOperation @Cached",
              "  public String append(",
              "      StringBuilder... parts) { return \"\"; }",
              "  @GatewayOperation @Cached public String fine(Checked checked, Object any,",
              "      java.util.List<String> list, int[] ints, Class<?> type, Thread.State state,",
              "      java.math.BigDecimal amount, Number number) { return \"\"; }",
              "}");
      Compilation compilation = compileWithErrors(render, APP);
      assertError(
          compilation,
          render,
          "Request request)",
          "[SUGA/CachedKey] @Cached operation RenderCore.render(java.lang.String,"
              + " test.RenderCore.Request) takes 'request', a test.RenderCore.Request, which does"
              + " not override equals",
          "Pass a value that compares by content (a String, a record, a class with equals and"
              + " hashCode), or remove @Cached.");
      assertError(
          compilation,
          render,
          "StringBuilder... parts)",
          "[SUGA/CachedKey] @Cached operation RenderCore.append(java.lang.StringBuilder[])"
              + " takes 'parts', a java.lang.StringBuilder, which does not override equals");
      assertThat(compilation).hadErrorCount(2);
    }

    @ParameterizedTest(name = "ttlSeconds = {0}")
    @ValueSource(longs = {0, -5})
    void cachedTtlThatIsNotPositiveIsReportedOnTheMethod(long ttl) {
      JavaFileObject price =
          source(
              "test.PriceCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class PriceCore {",
              "  @GatewayOperation @Cached(ttlSeconds = " + ttl + ")",
              "  public String price(String item) { return item; }",
              "}");
      Compilation compilation = compileWithErrors(price, APP);
      assertError(
          compilation,
          price,
          "String price(String item)",
          "[SUGA/CachedTtl] @Cached(ttlSeconds = "
              + ttl
              + ") on PriceCore.price(java.lang.String) must be positive",
          "Give the number of seconds");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void hotPathTogetherWithCachedIsReportedOnTheMethod() {
      JavaFileObject price =
          source(
              "test.PriceCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class PriceCore {",
              "  @GatewayOperation @HotPath @Cached",
              "  public String price(String item) { return item; }",
              "}");
      Compilation compilation = compileWithErrors(price, APP);
      assertError(
          compilation,
          price,
          "String price(String item)",
          "[SUGA/HotPathCached] PriceCore.price(java.lang.String) is both @HotPath and @Cached",
          "Keep one of them");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void hotPathOnAnImmediateModuleIsReportedOnTheMethod() {
      JavaFileObject report =
          source(
              "test.ReportCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(unload = GatewayModule.Unload.IMMEDIATE)",
              "public class ReportCore {",
              "  @GatewayOperation @HotPath",
              "  public String render() { return \"r\"; }",
              "}");
      Compilation compilation = compileWithErrors(report, APP);
      assertError(
          compilation,
          report,
          "String render()",
          "[SUGA/HotPathOnImmediate] @HotPath operation ReportCore.render() belongs to module test.ReportCore,"
              + " which is released after every call (Unload.IMMEDIATE)",
          "Remove @HotPath or use another unload policy");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void staticHotPathOnAnImmediateModuleCompilesBecauseItBuildsNothing() {
      JavaFileObject report =
          source(
              "test.ReportCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(unload = GatewayModule.Unload.IMMEDIATE)",
              "public class ReportCore {",
              "  @GatewayOperation @HotPath public static String version() { return \"1\"; }",
              "  @GatewayOperation public String render() { return \"r\"; }",
              "}");
      assertThat(compile(report, APP)).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "idleSeconds = {0}")
    @ValueSource(longs = {0, -1})
    void idleModuleWithoutPositiveIdleSecondsIsReportedOnTheClass(long idleSeconds) {
      JavaFileObject session =
          source(
              "test.SessionCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(unload = GatewayModule.Unload.IDLE, idleSeconds = "
                  + idleSeconds
                  + ")",
              "public class SessionCore {",
              "  @GatewayOperation public String user() { return \"u\"; }",
              "}");
      Compilation compilation = compileWithErrors(session, APP);
      assertError(
          compilation,
          session,
          "class SessionCore",
          "[SUGA/IdleSeconds] idleSeconds = "
              + idleSeconds
              + " on test.SessionCore must be positive for Unload.IDLE",
          "Give the idle time in seconds");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Nested
  class Names {
    @Test
    void interfaceIdThatIsNotSnakeCaseIsReportedOnTheClass() {
      JavaFileObject bad =
          source(
              "test.BadCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"Bad-Name\")",
              "public class BadCore {",
              "  @GatewayOperation public String x() { return \"x\"; }",
              "}");
      Compilation compilation = compileWithErrors(bad, APP);
      assertError(
          compilation,
          bad,
          "class BadCore",
          "[SUGA/InvalidName] Interface id 'Bad-Name' of test.BadCore is not a snake_case identifier",
          "lower-case letters, digits and single underscores, starting with a letter");
      assertThat(compilation).hadErrorCount(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "9lives",
          "UPPER",
          "double__underscore",
          "trailing_",
          "with-dash",
          "camelCase",
          "a.b"
        })
    void operationNameThatIsNotSnakeCaseIsReportedOnTheMethod(String name) {
      JavaFileObject names =
          source(
              "test.NamesCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class NamesCore {",
              "  @GatewayOperation(\"" + name + "\")",
              "  public String op() { return \"x\"; }",
              "}");
      Compilation compilation = compileWithErrors(names, APP);
      assertError(
          compilation,
          names,
          "String op()",
          "[SUGA/InvalidName] Operation name '"
              + name
              + "' of NamesCore.op() is not a snake_case identifier",
          "(for example \"call_service\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void methodNameThatDoesNotDeriveASnakeCaseNameIsReportedOnTheMethod() {
      JavaFileObject names =
          source(
              "test.NamesCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class NamesCore {",
              "  @GatewayOperation public String _hidden() { return \"x\"; }",
              "}");
      Compilation compilation = compileWithErrors(names, APP);
      assertError(
          compilation,
          names,
          "_hidden()",
          "[SUGA/InvalidName] Operation name '_hidden', derived from the method name of"
              + " NamesCore._hidden(), is not a snake_case identifier (lower-case letters, digits"
              + " and single underscores, starting with a letter). Set the name explicitly with"
              + " @GatewayOperation(\"hidden\").");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void classNameThatDoesNotDeriveASnakeCaseIdIsReportedWithAnExplicitIdToSet() {
      JavaFileObject names =
          source(
              "test.Names",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class Names {",
              "  public static class X_Core { @GatewayOperation public int x() { return 1; } }",
              "  public static class \u00dcberCore { @GatewayOperation public int x() { return 1; } }",
              "}");
      Compilation compilation = compileWithErrors(names, APP);
      assertError(
          compilation,
          names,
          "class X_Core",
          "[SUGA/InvalidName] Interface id 'x_', derived from the class name of test.Names.X_Core, is"
              + " not a snake_case identifier (lower-case letters, digits and single underscores,"
              + " starting with a letter). Set the id explicitly with @GatewayModule(\"x\").");
      assertError(
          compilation,
          names,
          "berCore",
          "[SUGA/InvalidName] Interface id '\u00fcber', derived from the class name of"
              + " test.Names.\u00dcberCore, is not a snake_case identifier",
          "Set the id explicitly with @GatewayModule(\"...\").");
      assertThat(compilation).hadErrorCount(2);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"class", "1abc", "Bad Name", ""})
    void rootNameThatIsNotAClassNameIsReportedOnTheRoot(String name) {
      JavaFileObject app =
          source(
              "test.App",
              "package test;",
              "@dev.suga.annotations.GatewayRoot(name = \"" + name + "\")",
              "public final class App {}");
      Compilation compilation = compileWithErrors(app);
      assertError(
          compilation,
          app,
          "class App",
          "[SUGA/InvalidName] @GatewayRoot name '" + name + "' is not a valid Java class name",
          "Use an identifier that is not a keyword");
      assertThat(compilation).hadErrorCount(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Operation", "Interface"})
    void rootNameOfATypeNestedInTheGatewayIsReportedOnTheRoot(String name) {
      JavaFileObject app =
          source(
              "test.App",
              "package test;",
              "@dev.suga.annotations.GatewayRoot(name = \"" + name + "\")",
              "public final class App {}");
      JavaFileObject cache =
          source(
              "test.CacheCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class CacheCore {",
              "  @GatewayOperation public String get(String key) { return key; }",
              "}");
      Compilation compilation = compileWithErrors(app, cache);
      assertError(
          compilation,
          app,
          "class App",
          "[SUGA/NameClash] @GatewayRoot name '"
              + name
              + "' is also the name of a type generated inside the gateway",
          "Choose another name");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoRootsGeneratingTheSameClassAreReportedOnTheSecond() {
      JavaFileObject other =
          source(
              "test.Other",
              "package test;",
              "@dev.suga.annotations.GatewayRoot",
              "public final class Other {}");
      Compilation compilation = compileWithErrors(APP, other);
      assertError(
          compilation,
          other,
          "class Other",
          "[SUGA/DuplicateRoot] @GatewayRoot test.Other would generate test.Gateway, which @GatewayRoot test.App"
              + " already generates",
          "Give one of them another name with @GatewayRoot(name = \"...\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void rootNameOfAClassOfTheCompilationIsReportedOnTheRoot() {
      JavaFileObject root =
          source(
              "test.Service",
              "package test;",
              "@dev.suga.annotations.GatewayRoot(name = \"Service\")",
              "public final class Service {}");
      Compilation compilation = compileWithErrors(root);
      assertError(
          compilation,
          root,
          "class Service",
          "[SUGA/NameClash] @GatewayRoot name 'Service' would generate test.Service, which is a class of this"
              + " compilation",
          "Choose another name with @GatewayRoot(name = \"...\")");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoRootsWithTheSameExplicitNameAreReported() {
      JavaFileObject first =
          source(
              "test.First",
              "package test;",
              "@dev.suga.annotations.GatewayRoot(name = \"Api\")",
              "public final class First {}");
      JavaFileObject second =
          source(
              "test.Second",
              "package test;",
              "@dev.suga.annotations.GatewayRoot(name = \"Api\")",
              "public final class Second {}");
      Compilation compilation = compileWithErrors(first, second);
      assertError(
          compilation,
          second,
          "class Second",
          "[SUGA/DuplicateRoot] @GatewayRoot test.Second would generate test.Api, which @GatewayRoot test.First");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void rootsInDifferentPackagesMayBothGenerateGateway() {
      JavaFileObject other =
          source(
              "test.other.App",
              "package test.other;",
              "@dev.suga.annotations.GatewayRoot",
              "public final class App {}");
      JavaFileObject cache =
          source(
              "test.CacheCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class CacheCore {",
              "  @GatewayOperation public String get(String key) { return key; }",
              "}");
      Compilation compilation = compile(APP, other, cache);
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).generatedSourceFile("test.Gateway");
      assertThat(compilation).generatedSourceFile("test.other.Gateway");
    }
  }

  @Nested
  class GeneratedNameClashes {
    @Test
    void operationsWhoseConstantAndMethodCoincideAreReportedOnTheLaterOperation() {
      // a.b_c and a_b.c both become Operation.A_B_C and Gateway.aBC(...).
      JavaFileObject a =
          source(
              "test.ACore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"a\")",
              "public class ACore {",
              "  @GatewayOperation(\"b_c\") public int x() { return 1; }",
              "}");
      JavaFileObject ab =
          source(
              "test.AbCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"a_b\")",
              "public class AbCore {",
              "  @GatewayOperation(\"c\") public int y() { return 2; }",
              "}");
      Compilation compilation = compileWithErrors(APP, ab, a);
      assertError(
          compilation,
          ab,
          "int y()",
          "[SUGA/NameClash] Operation 'a_b.c' would generate constant Operation.A_B_C, which operation a.b_c also"
              + " generates",
          "Rename the operation or the interface");
      assertError(
          compilation,
          ab,
          "int y()",
          "[SUGA/NameClash] Operation 'a_b.c' would generate method aBC, which operation a.b_c also generates");
      assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void interfacesWhoseClassNamesCoincideAreReportedOnTheLaterModule() {
      // a1 and a_1 both become A1 (holder A1Holder, adapters A1Operations).
      JavaFileObject a1 =
          source(
              "test.A1Core",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"a1\")",
              "public class A1Core {",
              "  @GatewayOperation public int x() { return 1; }",
              "}");
      JavaFileObject a_1 =
          source(
              "test.AOneCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"a_1\")",
              "public class AOneCore {",
              "  @GatewayOperation public int y() { return 2; }",
              "}");
      Compilation compilation = compileWithErrors(APP, a1, a_1);
      assertError(
          compilation,
          a_1,
          "class AOneCore",
          "[SUGA/NameClash] Interface 'a_1' would generate class A1, which interface a1 also generates");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void operationWhoseTypedMethodIsAGatewayMethodIsReportedOnTheOperation() {
      JavaFileObject release =
          source(
              "test.ReleaseCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"release\")",
              "public class ReleaseCore {",
              "  @GatewayOperation",
              "  public int all() { return 0; }",
              "}");
      Compilation compilation = compileWithErrors(APP, release);
      assertError(
          compilation,
          release,
          "int all()",
          "[SUGA/NameClash] Operation 'release.all' would generate method releaseAll, which is a method of every"
              + " gateway",
          "Rename the operation or the interface");
      assertThat(compilation).hadErrorCount(1);
    }

    /** Each root's gateway checks the shared module; the finding is reported once, not per root. */
    @Test
    void aClashInAModuleSharedByTwoRootsIsReportedOnce() {
      JavaFileObject release =
          source(
              "test.ReleaseCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"release\")",
              "public class ReleaseCore {",
              "  @GatewayOperation",
              "  public int all() { return 0; }",
              "}");
      JavaFileObject other =
          source(
              "test.Other",
              "package test;",
              "@dev.suga.annotations.GatewayRoot(name = \"OtherGateway\")",
              "public final class Other {}");
      Compilation compilation = compileWithErrors(APP, other, release);
      assertError(
          compilation,
          release,
          "int all()",
          "[SUGA/NameClash] Operation 'release.all' would generate method releaseAll");
      assertThat(compilation).hadErrorCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hash.code", "to.string", "get.class", "notify.all"})
    void operationWhoseTypedMethodIsAMethodOfObjectIsReportedOnTheOperation(String qualified) {
      String[] parts = qualified.split("\\.");
      JavaFileObject module =
          source(
              "test.ObjectCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "@GatewayModule(\"" + parts[0] + "\")",
              "public class ObjectCore {",
              "  @GatewayOperation(\"" + parts[1] + "\")",
              "  public int op() { return 0; }",
              "}");
      Compilation compilation = compileWithErrors(APP, module);
      assertError(
          compilation,
          module,
          "int op()",
          "[SUGA/NameClash] Operation '" + qualified + "' would generate method",
          "which is a method of every gateway");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Nested
  class AccessFromTheGatewayPackage {
    @Test
    void packagePrivateModuleInAnotherPackageIsReportedOnTheModule() {
      JavaFileObject hidden =
          source(
              "test.lib.HiddenCore",
              "package test.lib;",
              "import dev.suga.annotations.*;",
              "class HiddenCore {",
              "  @GatewayOperation public String x() { return \"x\"; }",
              "}");
      Compilation compilation = compileWithErrors(APP, hidden);
      assertError(
          compilation,
          hidden,
          "class HiddenCore",
          "[SUGA/Inaccessible] Module test.lib.HiddenCore is not accessible from the gateway in package 'test'",
          "Make it public, or generate the gateway in its package");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void packagePrivateModuleInTheGatewayPackageCompiles() {
      JavaFileObject local =
          source(
              "test.LocalCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "class LocalCore {",
              "  @GatewayOperation String x() { return \"x\"; }",
              "}");
      assertThat(compile(APP, local)).succeededWithoutWarnings();
    }

    /**
     * The holder that calls a module lives in the module's package (as Dagger's factories do), so a
     * package-private constructor and package-private operations of a public module work from a
     * gateway in any package: annotating them is what publishes them.
     */
    @Test
    void packagePrivateConstructorAndOperationInAnotherPackageAreCalledThroughTheHolder() {
      JavaFileObject tools =
          source(
              "test.lib.ToolsCore",
              "package test.lib;",
              "import dev.suga.annotations.*;",
              "public class ToolsCore {",
              "  ToolsCore() {}",
              "  @GatewayOperation",
              "  String x() { return \"x\"; }",
              "}");
      JavaFileObject run =
          source(
              "test.Run",
              "package test;",
              "public class Run implements java.util.function.Function<Object, Object> {",
              "  public Object apply(Object in) { return Gateway.toolsX() + Gateway.execute(\"tools.x\"); }",
              "}");
      Compilation compilation = compile(APP, tools, run);
      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(
          generatedSource(compilation, "test.lib.ToolsCore_Holder").contains("new ToolsCore()"));
      assertEquals("xx", Drivers.of(compilation).run("test.Run"));
    }

    @Test
    void packagePrivateConstructorInAnotherPackageWithAPublicFactoryCompiles() {
      JavaFileObject tools =
          source(
              "test.lib.ToolsCore",
              "package test.lib;",
              "import dev.suga.annotations.*;",
              "public class ToolsCore {",
              "  ToolsCore() {}",
              "  public static ToolsCore create() { return new ToolsCore(); }",
              "  @GatewayOperation public String x() { return \"x\"; }",
              "}");
      Compilation compilation = compile(APP, tools);
      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(
          generatedSource(compilation, "test.lib.ToolsCore_Holder").contains("ToolsCore.create()"),
          "the holder calls ToolsCore.create()");
    }

    @Test
    void privateNestedParameterTypeIsReportedOnTheOperation() {
      JavaFileObject parcel =
          source(
              "test.ParcelCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class ParcelCore {",
              "  private static final class Secret {}",
              "  @GatewayOperation",
              "  public String open(Secret secret) { return \"opened\"; }",
              "}");
      Compilation compilation = compileWithErrors(APP, parcel);
      assertError(
          compilation,
          parcel,
          "String open(Secret secret)",
          "[SUGA/Inaccessible] Type test.ParcelCore.Secret used by ParcelCore.open(test.ParcelCore.Secret) is not"
              + " accessible from the gateway in package 'test'");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void packagePrivateTypeArgumentFromAnotherPackageIsReportedOnTheOperation() {
      JavaFileObject item = source("test.lib.Item", "package test.lib;", "final class Item {}");
      JavaFileObject shelf =
          source(
              "test.lib.ShelfCore",
              "package test.lib;",
              "import dev.suga.annotations.*;",
              "import java.util.List;",
              "public class ShelfCore {",
              "  @GatewayOperation",
              "  public List<Item> items() { return List.of(); }",
              "}");
      Compilation compilation = compileWithErrors(APP, item, shelf);
      assertError(
          compilation,
          shelf,
          "List<Item> items()",
          "[SUGA/Inaccessible] Type test.lib.Item used by ShelfCore.items() is not accessible from the gateway in"
              + " package 'test'");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  /**
   * javac does not stop at an unknown type before annotation processing: it holds back "cannot find
   * symbol" in case a processor generates the type. The processor defers the module from round to
   * round and, when the last round comes and the type still does not exist, reports UnresolvedType
   * on the module next to javac's own error.
   */
  @Nested
  class UnresolvedTypes {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "public Missing load() { return null; }",
          "public int load(java.util.List<? extends Missing> items) { return 0; }",
          "public Missing[] load(int size) { return null; }",
          "public void load() throws MissingProblem {}"
        })
    void moduleUsingATypeThatNeverResolvesIsReportedOnTheModuleBesideJavacsError(String method) {
      JavaFileObject broken =
          source(
              "test.BrokenCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class BrokenCore {",
              "  @GatewayOperation",
              "  " + method,
              "}");
      Compilation compilation = compileWithErrors(APP, broken);
      assertThat(compilation)
          .hadErrorContaining("cannot find symbol")
          .inFile(broken)
          .onLineContaining(method);
      assertError(
          compilation,
          broken,
          "class BrokenCore",
          "[SUGA/UnresolvedType] A type used by test.BrokenCore could not be resolved, so its operations are not in"
              + " the gateway",
          "Fix the compile errors about that type first");
      assertThat(compilation).hadErrorCount(2);
    }
  }

  @Nested
  class Fallbacks {
    private JavaFileObject module(String... members) {
      String[] lines = new String[members.length + 5];
      lines[0] = "package test;";
      lines[1] = "import dev.suga.annotations.*;";
      lines[2] = "public class ReportCore {";
      lines[3] = "  @GatewayOperation public String render(String title) { return title; }";
      System.arraycopy(members, 0, lines, 4, members.length);
      lines[members.length + 4] = "}";
      return source("test.ReportCore", lines);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "public String unknown(String operation, Object[] arguments) { return null; }",
          "public Object unknown(String operation, java.util.List<Object> arguments) { return null; }",
          "public Object unknown(Object[] arguments) { return null; }",
          "private Object unknown(String operation, Object[] arguments) { return null; }",
          "public <T> Object unknown(String operation, Object[] arguments) { return null; }"
        })
    void aFallbackWithAnotherSignatureIsReportedOnTheMethod(String declaration) {
      JavaFileObject report = module("  @GatewayFallback", "  " + declaration);
      Compilation compilation = compileWithErrors(report, APP);
      assertError(
          compilation,
          report,
          declaration.substring(0, declaration.indexOf('(')),
          "[SUGA/FallbackSignature] @GatewayFallback method ReportCore.unknown(",
          "must be declared 'Object unknown(String operation, Object[] arguments)'");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSecondFallbackIsReportedOnTheSecond() {
      JavaFileObject report =
          module(
              "  @GatewayFallback public Object first(String operation, Object[] arguments) { return null; }",
              "  @GatewayFallback public static Object second(String operation, Object[] arguments) { return null; }");
      Compilation compilation = compileWithErrors(report, APP);
      assertError(
          compilation,
          report,
          "Object second(",
          "[SUGA/DuplicateFallback] Interface 'report' has a second @GatewayFallback method,"
              + " ReportCore.second(java.lang.String, java.lang.Object[]), besides"
              + " ReportCore.first(java.lang.String, java.lang.Object[])");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aFallbackThatIsAlsoAnOperationIsReported() {
      JavaFileObject report =
          module(
              "  @GatewayFallback @GatewayOperation",
              "  public Object unknown(String operation, Object[] arguments) { return null; }");
      Compilation compilation = compileWithErrors(report, APP);
      assertError(
          compilation,
          report,
          "public Object unknown(",
          "[SUGA/FallbackIsOperation] ReportCore.unknown(java.lang.String, java.lang.Object[]) is both"
              + " @GatewayFallback and @GatewayOperation");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aFallbackInAClassWithoutOperationsIsReported() {
      JavaFileObject lonely =
          source(
              "test.LonelyCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class LonelyCore {",
              "  @GatewayFallback",
              "  public Object unknown(String operation, Object[] arguments) { return null; }",
              "}");
      Compilation compilation = compileWithErrors(lonely, APP);
      assertError(
          compilation,
          lonely,
          "public Object unknown(",
          "[SUGA/FallbackWithoutOperations] @GatewayFallback method LonelyCore.unknown(java.lang.String,"
              + " java.lang.Object[]) is in test.LonelyCore, which declares no @GatewayOperation method");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Nested
  class LibraryCompilations {
    @Test
    void aPackagePrivateModuleWithoutARootIsReportedOnTheModule() {
      JavaFileObject local =
          source(
              "test.LocalCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "class LocalCore {",
              "  @GatewayOperation public String x() { return \"x\"; }",
              "}");
      Compilation compilation = compileWithErrors(local);
      assertError(
          compilation,
          local,
          "class LocalCore",
          "[SUGA/LibraryModuleNotPublic] Module test.LocalCore is not public, and this compilation has no"
              + " @GatewayRoot, so it is a library",
          "if this compilation is the application, put @GatewayRoot on one of its types");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aCompilationWithModulesAndNoRootOrLibraryGatewaySaysSoInANote() {
      JavaFileObject tools =
          source(
              "test.ToolsCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class ToolsCore {",
              "  @GatewayOperation public String x() { return \"x\"; }",
              "}");
      Compilation compilation = compile(tools);
      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation)
          .hadNoteContaining(
              "[SUGA/NoRoot] This compilation has no @GatewayRoot, so its module ToolsCore is"
                  + " indexed as a library for a gateway compiled later, and no Gateway class is"
                  + " generated here.");
      JavaFileObject clock =
          source(
              "test.ClockCore",
              "package test;",
              "public class ClockCore {",
              "  @dev.suga.annotations.GatewayOperation public long tick() { return 1; }",
              "}");
      assertThat(compile(tools, clock))
          .hadNoteContaining(
              "[SUGA/NoRoot] This compilation has no @GatewayRoot, so its 2 modules (ClockCore,"
                  + " ToolsCore) are indexed as a library");
      assertThat(
              compile(
                  tools,
                  source(
                      "test.Lib",
                      "package test;",
                      "@dev.suga.annotations.GatewayLibrary public final class Lib {}")))
          .hadNoteCount(0);
      assertThat(compile(tools, APP)).hadNoteCount(0);
    }

    @Test
    void aModuleRecompiledWithoutItsRootIsSaidToStayTheApplicationsNotALibrarys(
        @TempDir Path output) {
      JavaFileObject tools =
          source(
              "test.ToolsCore",
              "package test;",
              "public class ToolsCore {",
              "  @dev.suga.annotations.GatewayOperation public String x() { return \"x\"; }",
              "}");
      Compilation full = Compiler.compileAgainst(List.of(output), APP, tools);
      assertThat(full).succeededWithoutWarnings();
      Compiler.writeClasses(full, output);

      Compilation moduleOnly = Compiler.compileAgainst(List.of(output), tools);

      assertThat(moduleOnly).succeededWithoutWarnings();
      assertThat(moduleOnly).hadNoteCount(1);
      assertThat(moduleOnly)
          .hadNoteContaining(
              "[SUGA/NoRoot] This compilation has no @GatewayRoot, so no Gateway class is generated"
                  + " here; module ToolsCore is still indexed for the application's root test.App,"
                  + " as the last compilation with that root left it (an incremental build), and the"
                  + " next compilation of that root includes it.");
    }
  }

  @Nested
  class Warmups {
    private JavaFileObject module(String... members) {
      String[] lines = new String[members.length + 5];
      lines[0] = "package test;";
      lines[1] = "import dev.suga.annotations.*;";
      lines[2] = "public class ReportCore {";
      lines[3] = "  @GatewayOperation public String render(String title) { return title; }";
      System.arraycopy(members, 0, lines, 4, members.length);
      lines[members.length + 4] = "}";
      return source("test.ReportCore", lines);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "public int warmUp() { return 0; }",
          "public void warmUp(String sample) {}",
          "private void warmUp() {}",
          "public <T> void warmUp() {}"
        })
    void aWarmUpWithAnotherSignatureIsReportedOnTheMethod(String declaration) {
      JavaFileObject report = module("  @GatewayWarmup", "  " + declaration);
      Compilation compilation = compileWithErrors(report, APP);
      assertError(
          compilation,
          report,
          declaration.substring(0, declaration.indexOf('(')),
          "[SUGA/WarmupSignature] @GatewayWarmup method ReportCore.warmUp(",
          "must be declared 'void warmUp()'");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aSecondWarmUpIsReportedOnTheSecond() {
      JavaFileObject report =
          module("  @GatewayWarmup void first() {}", "  @GatewayWarmup static void second() {}");
      Compilation compilation = compileWithErrors(report, APP);
      assertError(
          compilation,
          report,
          "static void second()",
          "[SUGA/DuplicateWarmup] Interface 'report' has a second @GatewayWarmup method,"
              + " ReportCore.second(), besides ReportCore.first()");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aWarmUpThatIsAlsoAnOperationIsReported() {
      JavaFileObject report = module("  @GatewayWarmup @GatewayOperation public void warmUp() {}");
      Compilation compilation = compileWithErrors(report, APP);
      assertError(
          compilation,
          report,
          "public void warmUp()",
          "[SUGA/WarmupIsOperation] ReportCore.warmUp() is @GatewayWarmup and also an operation");
      assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aWarmUpInAClassWithoutOperationsIsReported() {
      JavaFileObject lonely =
          source(
              "test.LonelyCore",
              "package test;",
              "import dev.suga.annotations.*;",
              "public class LonelyCore {",
              "  @GatewayWarmup void warmUp() {}",
              "}");
      Compilation compilation = compileWithErrors(lonely, APP);
      assertError(
          compilation,
          lonely,
          "void warmUp()",
          "[SUGA/WarmupWithoutOperations] @GatewayWarmup method LonelyCore.warmUp() is in"
              + " test.LonelyCore, which declares no @GatewayOperation method");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  // ---------------------------------------------------------------------------------------

  /**
   * The build has suga-annotations and the processor but not suga-runtime: one error that says what
   * to add, on the root, instead of dozens of "package dev.suga.runtime does not exist" inside
   * generated code; nothing is generated.
   */
  @Test
  void missingRuntimeIsOneErrorOnTheRoot() throws Exception {
    JavaFileObject cache =
        source(
            "test.CacheCore",
            "package test;",
            "import dev.suga.annotations.*;",
            "public class CacheCore {",
            "  @GatewayOperation public String get(String key) { return key; }",
            "}");
    File annotationsOnly =
        new File(GatewayRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Compilation compilation =
        javac()
            .withProcessors(new GatewayProcessor())
            .withClasspath(List.of(annotationsOnly))
            .compile(APP, cache);

    assertThat(compilation).failed();
    assertNoProcessorCrash(compilation);
    assertError(
        compilation,
        APP,
        "class App",
        "[SUGA/MissingRuntime] The gateway code generated for test.App calls"
            + " dev.suga:suga-runtime, which is not on the compile class path",
        "Add it as a dependency beside suga-annotations");
    assertThat(compilation).hadErrorCount(1); // none from generated code: nothing was written
  }

  /**
   * Compiles sources that must fail, and checks that the processor reported rather than crashed.
   */
  private static Compilation compileWithErrors(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertThat(compilation).failed();
    assertNoProcessorCrash(compilation);
    return compilation;
  }

  private static void assertNoProcessorCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      for (String sign : CRASH_SIGNS) {
        assertFalse(message.contains(sign), () -> "processor crash: " + message);
      }
    }
  }

  /**
   * Asserts an error whose message contains {@code fragments} in this order (the first one starts
   * with the {@code [SUGA/<id>]}), reported on the line of {@code file} containing {@code line}.
   */
  private static void assertError(
      Compilation compilation, JavaFileObject file, String line, String... fragments) {
    String regex = Stream.of(fragments).map(Pattern::quote).collect(Collectors.joining(".*"));
    assertThat(compilation)
        .hadErrorContainingMatch(Pattern.compile(regex, Pattern.DOTALL))
        .inFile(file)
        .onLineContaining(line);
  }

  private static String generatedSource(Compilation compilation, String className) {
    JavaFileObject gateway =
        compilation
            .generatedSourceFile(className)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no " + className + " generated: " + compilation.diagnostics()));
    try {
      return gateway.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
