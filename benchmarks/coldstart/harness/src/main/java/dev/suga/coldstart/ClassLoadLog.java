package dev.suga.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Counts a {@code -Xlog:class+load} log: every line with {@code source:} is one class loaded,
 * split by where it came from: the JDK's CDS archive, the JDK's modules (jrt), the function's
 * task directory, the runtime interface client's jars, or generated at run time (lambdas,
 * method handles, reflection accessors, proxies).
 */
record ClassLoadLog(int total, int jdkShared, int jdkModules, int function, int runtime, int generated) {

  static ClassLoadLog read(Path log, Path taskDir) throws IOException {
    // As the class loader names it: file:/work/task/NAME/ (one slash), or file:/work/task/NAME/lib/x.jar
    String task = "file:" + taskDir.toAbsolutePath() + "/";
    int total = 0, shared = 0, modules = 0, function = 0, runtime = 0, generated = 0;
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    for (String line : lines) {
      int at = line.indexOf(" source: ");
      if (at < 0) {
        continue;
      }
      total++;
      String source = line.substring(at + " source: ".length());
      if (source.startsWith("shared objects file")) {
        shared++;
      } else if (source.startsWith("jrt:/")) {
        modules++;
      } else if (source.startsWith(task) || source.startsWith("jar:" + task)) {
        function++;
      } else if (source.startsWith("file:") || source.startsWith("jar:")) {
        runtime++;
      } else {
        generated++;
      }
    }
    return new ClassLoadLog(total, shared, modules, function, runtime, generated);
  }
}
