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

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles test sources with the SUGA processor and loads the result. */
final class Compiler {
  private Compiler() {}

  /**
   * A source file from {@code name} (a class name such as {@code "test.CacheCore"}) and its lines.
   */
  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    // -Xlint:-processing: javac warns when no processor "claims" an annotation, and SUGA
    // deliberately does not claim (see GatewayProcessor); every other lint stays an error.
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Xlint:-processing", "-Werror"));
    all.addAll(options);
    return javac().withProcessors(new GatewayProcessor()).withOptions(all).compile(sources);
  }

  /**
   * Compiles like {@link #compile(JavaFileObject...)} with these directories first on the class
   * path, as a build with other jars (or its own previous output) on it would.
   */
  static Compilation compileAgainst(List<Path> classPath, JavaFileObject... sources) {
    List<File> files = new ArrayList<>();
    classPath.forEach(directory -> files.add(directory.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      files.add(new File(entry));
    }
    return javac()
        .withProcessors(new GatewayProcessor())
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
        .withClasspath(files)
        .compile(sources);
  }

  /**
   * Writes the compiled classes and resources of {@code compilation} under {@code directory}, as
   * javac -d would.
   */
  static void writeClasses(Compilation compilation, Path directory) {
    try {
      for (Map.Entry<String, byte[]> entry : classFiles(compilation).entrySet()) {
        Path file = directory.resolve(entry.getKey().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader for classes written under {@code directory}, below {@code parent}. */
  static URLClassLoader loader(Path directory, ClassLoader parent) {
    try {
      return new URLClassLoader(new URL[] {directory.toUri().toURL()}, parent);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Loads the compiled classes of {@code compilation} in a fresh class loader. */
  static ClassLoader load(Compilation compilation) {
    return load(compilation, Compiler.class.getClassLoader());
  }

  /** The compiled classes by binary name. */
  static Map<String, byte[]> classFiles(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name =
            path.substring(
                    path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                    path.length() - ".class".length())
                .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return classes;
  }

  /**
   * Loads the compiled classes of {@code compilation} in a fresh class loader below {@code parent}.
   */
  static ClassLoader load(Compilation compilation, ClassLoader parent) {
    Map<String, byte[]> classes = classFiles(compilation);
    return new ClassLoader(parent) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
