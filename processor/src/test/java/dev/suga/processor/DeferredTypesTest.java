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
 * A module whose signature uses a type that another annotation processor generates in the
 * same compilation: SUGA waits for the type instead of failing, then generates the gateway.
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
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Reading").openWriter()) {
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
    JavaFileObject sensors = source("test.SensorsCore",
        "package test;",
        "import dev.suga.annotations.*;",
        "public class SensorsCore {",
        "  @GatewayOperation public Reading read(String sensor) { return new Reading(sensor, 21.5); }",
        "}");
    JavaFileObject driver = source("test.Run",
        "package test;",
        "public class Run implements java.util.function.Function<Object, Object> {",
        "  public Object apply(Object in) { return Gateway.sensorsRead(\"hall\").toString(); }",
        "}");
    Compilation compilation = javac()
        .withProcessors(new GatewayProcessor(), new ReadingProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .compile(GatewayBehaviourTest.APP, sensors, driver);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    assertEquals("Reading[sensor=hall, value=21.5]", Drivers.of(compilation).run("test.Run"));
  }
}
