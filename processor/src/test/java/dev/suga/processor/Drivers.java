package dev.suga.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.function.Function;

/**
 * Runs "driver" classes compiled with the test sources: each implements {@code
 * Function<Object, Object>} and calls the generated gateway the way user code would, so the
 * test exercises the generated API through the compiler, not through reflection.
 */
final class Drivers {
  private final ClassLoader loader;

  private Drivers(ClassLoader loader) {
    this.loader = loader;
  }

  static Drivers of(Compilation compilation) {
    return of(compilation, Drivers.class.getClassLoader());
  }

  static Drivers of(Compilation compilation, ClassLoader parent) {
    assertTrue(compilation.status() == Compilation.Status.SUCCESS, () -> "compilation failed: " + compilation.diagnostics());
    return new Drivers(Compiler.load(compilation, parent));
  }

  @SuppressWarnings("unchecked")
  Object run(String driverClass, Object input) {
    try {
      Function<Object, Object> driver =
          (Function<Object, Object>) loader.loadClass(driverClass).getDeclaredConstructor().newInstance();
      return driver.apply(input);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot run driver " + driverClass, e);
    }
  }

  Object run(String driverClass) {
    return run(driverClass, null);
  }
}
