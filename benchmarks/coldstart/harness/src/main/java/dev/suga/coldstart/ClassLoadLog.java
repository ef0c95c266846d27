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
package dev.suga.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts a {@code -Xlog:class+load} log: every line with {@code source:} is one class loaded, split
 * by where it came from: the JDK's CDS archive, the JDK's modules (jrt), the function's task
 * directory, the runtime interface client's jars, or generated at run time (lambdas, method
 * handles, reflection accessors, proxies). A part of the log (the classes loaded in one phase) is
 * read by byte offsets: the JVM flushes the log after every line, so the log's size at a moment the
 * harness sees (a Runtime API call arriving) marks what was loaded until then.
 */
record ClassLoadLog(
    int total, int jdkShared, int jdkModules, int function, int runtime, int generated) {

  /**
   * Where {@code className} was loaded from, as the log says ({@code shared objects file}, {@code
   * file:/...jar}), or null when it was not loaded.
   */
  static String sourceOf(Path log, String className) throws IOException {
    String marker = " " + className + " source: ";
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      int at = line.indexOf(marker);
      if (at >= 0) {
        return line.substring(at + marker.length()).strip();
      }
    }
    return null;
  }

  static ClassLoadLog read(Path log, Path taskDir) throws IOException {
    return read(log, taskDir, 0, Long.MAX_VALUE);
  }

  /**
   * The classes in bytes {@code [from, to)} of the log (whole lines; offsets past its end are its
   * end).
   */
  static ClassLoadLog read(Path log, Path taskDir, long from, long to) throws IOException {
    // As the class loader names it: file:/work/task/NAME/ (one slash), or
    // file:/work/task/NAME/lib/x.jar
    String task = "file:" + taskDir.toAbsolutePath() + "/";
    int total = 0, shared = 0, modules = 0, function = 0, runtime = 0, generated = 0;
    byte[] bytes = Files.readAllBytes(log);
    int start = (int) Math.min(Math.max(from, 0), bytes.length);
    int end = (int) Math.min(Math.max(to, start), bytes.length);
    for (String line : new String(bytes, start, end - start, StandardCharsets.UTF_8).split("\n")) {
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
