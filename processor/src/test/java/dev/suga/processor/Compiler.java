package dev.suga.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles test sources with the SUGA processor and loads the result. */
final class Compiler {
  private Compiler() {}

  /** A source file from {@code name} (a class name such as {@code "test.CacheCore"}) and its lines. */
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
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
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

  /** Loads the compiled classes of {@code compilation} in a fresh class loader below {@code parent}. */
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
