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

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.function.Function;

/**
 * Runs "driver" classes compiled with the test sources: each implements {@code Function<Object,
 * Object>} and calls the generated gateway the way user code would, so the test exercises the
 * generated API through the compiler, not through reflection.
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
    assertTrue(
        compilation.status() == Compilation.Status.SUCCESS,
        () -> "compilation failed: " + compilation.diagnostics());
    return new Drivers(Compiler.load(compilation, parent));
  }

  @SuppressWarnings("unchecked")
  Object run(String driverClass, Object input) {
    try {
      Function<Object, Object> driver =
          (Function<Object, Object>)
              loader.loadClass(driverClass).getDeclaredConstructor().newInstance();
      return driver.apply(input);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot run driver " + driverClass, e);
    }
  }

  Object run(String driverClass) {
    return run(driverClass, null);
  }
}
