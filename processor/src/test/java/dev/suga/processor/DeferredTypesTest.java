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

import static com.google.testing.compile.Compiler.javac;
import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A module whose signature uses a type that another annotation processor generates in the same
 * compilation: SUGA waits for the type instead of failing, then generates the gateway.
 */
class DeferredTypesTest {
  /** Generates {@code test.Reading} in the first round, as a value-class processor would. */
  static final class ReadingProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer =
            processingEnv.getFiler().createSourceFile("test.Reading").openWriter()) {
          writer.write("package test;\npublic record Reading(String sensor, double value) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aModuleUsingAGeneratedTypeWaitsForItAndThenWorks() {
    JavaFileObject sensors =
        source(
            "test.SensorsCore",
            "package test;",
            "import dev.suga.annotations.*;",
            "public class SensorsCore {",
            "  @GatewayOperation public Reading read(String sensor) { return new Reading(sensor, 21.5); }",
            "}");
    JavaFileObject driver =
        source(
            "test.Run",
            "package test;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) { return Gateway.sensorsRead(\"hall\").toString(); }",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new GatewayProcessor(), new ReadingProcessor())
            .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
            .compile(GatewayBehaviourTest.APP, sensors, driver);
    assertEquals(
        Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    assertEquals("Reading[sensor=hall, value=21.5]", Drivers.of(compilation).run("test.Run"));
  }
}
