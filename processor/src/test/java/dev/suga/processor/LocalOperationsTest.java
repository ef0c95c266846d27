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
import static dev.suga.processor.ErrorAssertions.failedWithoutCrash;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @GatewayOperation} methods in classes no gateway can name, in every place such a class can
 * be declared, each reported on its method; and annotations that only look like SUGA's, which are
 * not (see {@link ProcessorErrorsTest} for the plain local and anonymous cases).
 */
class LocalOperationsTest {
  private static final JavaFileObject APP =
      source(
          "test.App",
          "package test;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  @Test
  void operationsInEveryKindOfUnnameableClassAreReportedOnTheirMethods() {
    JavaFileObject places =
        source(
            "test.Places",
            "package test;",
            "public class Places {",
            "  static final Object FIELD = new Object() {",
            "    @dev.suga.annotations.GatewayOperation public int inField() { return 1; }",
            "    class Member {",
            "      @dev.suga.annotations.GatewayOperation public int inMember() { return 2; }",
            "    }",
            "  };",
            "  enum Kind {",
            "    A {",
            "      @dev.suga.annotations.GatewayOperation public int inConstant() { return 3; }",
            "    }",
            "  }",
            "  static {",
            "    class InInitializer {",
            "      @dev.suga.annotations.GatewayOperation public int inInitializer() { return 4; }",
            "    }",
            "    Runnable lambda = () -> {",
            "      class InLambda {",
            "        @dev.suga.annotations.GatewayOperation public int inLambda(int[] values) {",
            "          return values.length;",
            "        }",
            "      }",
            "    };",
            "  }",
            "  public static class Fine {",
            "    @dev.suga.annotations.GatewayOperation public int fine() { return 5; }",
            "  }",
            "}");

    Compilation compilation = failedWithoutCrash(compile(APP, places));

    assertError(
        compilation,
        places,
        "public int inField()",
        "[SUGA/LocalOperation] @GatewayOperation method inField() is in an anonymous class,");
    assertError(
        compilation,
        places,
        "public int inMember()",
        "[SUGA/LocalOperation] @GatewayOperation method Member.inMember() is in the class Member,"
            + " nested in a local or anonymous class, a class that no gateway can name");
    assertError(
        compilation,
        places,
        "public int inConstant()",
        "[SUGA/LocalOperation] @GatewayOperation method inConstant() is in an anonymous class,");
    assertError(
        compilation,
        places,
        "public int inInitializer()",
        "[SUGA/LocalOperation] @GatewayOperation method InInitializer.inInitializer() is in the"
            + " local class InInitializer,");
    assertError(
        compilation,
        places,
        "public int inLambda(int[] values)",
        "[SUGA/LocalOperation] @GatewayOperation method InLambda.inLambda(int[]) is in the local"
            + " class InLambda,");
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void theAnnotationImportedByASingleTypeImportIsRecognized() {
    JavaFileObject factory =
        source(
            "test.Factory",
            "package test;",
            "import dev.suga.annotations.GatewayOperation;",
            "public class Factory {",
            "  @GatewayOperation public Object make() {",
            "    return new Object() {",
            "      @GatewayOperation(\"hidden\") public String hidden() { return \"h\"; }",
            "    };",
            "  }",
            "}");

    Compilation compilation = failedWithoutCrash(compile(APP, factory));

    assertError(
        compilation,
        factory,
        "public String hidden()",
        "[SUGA/LocalOperation] @GatewayOperation method hidden() is in an anonymous class,");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * A type of the file's own package hides an on-demand import of the same simple name, and a
   * single-type import of another package's wins over both (JLS 6.4.1): neither is SUGA's.
   */
  @Test
  void annotationsThatOnlyShareTheSimpleNameAreNotReported() {
    JavaFileObject ownAnnotation =
        source("test.GatewayOperation", "package test;", "public @interface GatewayOperation {}");
    JavaFileObject samePackage =
        source(
            "test.Local",
            "package test;",
            "import dev.suga.annotations.*;",
            "public class Local {",
            "  @GatewayRoot static final class Root {}",
            "  @dev.suga.annotations.GatewayOperation public static int real() { return 0; }",
            "  public static Object make() {",
            "    class Inner { @GatewayOperation public int x() { return 1; } }",
            "    return new Inner();",
            "  }",
            "}");
    JavaFileObject otherAnnotation =
        source("other.GatewayOperation", "package other;", "public @interface GatewayOperation {}");
    JavaFileObject singleImport =
        source(
            "test2.Imported",
            "package test2;",
            "import dev.suga.annotations.*;",
            "import other.GatewayOperation;",
            "public class Imported {",
            "  public static Object make() {",
            "    return new Object() { @GatewayOperation public int y() { return 2; } };",
            "  }",
            "}");

    Compilation compilation = compile(ownAnnotation, samePackage, otherAnnotation, singleImport);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
