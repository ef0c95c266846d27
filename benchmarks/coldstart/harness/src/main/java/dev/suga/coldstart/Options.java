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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link ColdStartHarness}; see {@link #USAGE}. */
final class Options {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar suga-coldstart.jar [options]",
          "  --example-jar PATH   the example function's shaded jar (example-ha-function.jar); without it the",
          "                       example subjects are skipped",
          "  --example-variant LABEL=PATH  also measure another build of the example (TurnOn first, HTTP) as",
          "                       subject example-turnon@LABEL, for A/B comparisons (repeatable)",
          "  --baselines DIR      where the baseline projects are (default benchmarks/coldstart/baselines)",
          "  --only a,b,...       measure only these subjects (names as in the table)",
          "  --jvms N             fresh JVMs measured per subject (default 7)",
          "  --warm N             warm events per JVM after the first (default 300)",
          "  --memory MB          the function's memory size: heap = 85 % of it (default 512)",
          "  --no-warmup          do not start (and discard) one JVM per subject before measuring",
          "  --task-on-classpath  also put taskdir:taskdir/lib/* on the JVM class path (Lambda does not:",
          "                       its runtime loads the function through its own class loader from the",
          "                       working directory)",
          "  --jvm-arg ARG        one more JVM argument for every measured JVM (repeatable),",
          "                       e.g. --jvm-arg -Xlog:startuptime",
          "  --work DIR           working directory for task dirs, logs, class-load logs (default: a temp dir)",
          "  --out FILE           write the results as Markdown to FILE",
          "  --quick              1 JVM, 5 warm events, no warm-up JVM",
          "  --smoke              CI: --quick with only hello-world and the example TurnOn over HTTP, on",
          "                       demand and with SnapStart's init (restore/next, priming);",
          "                       exits non-zero on any protocol failure",
          "  --java PATH          the java executable of the measured JVMs (default: this JVM's)",
          "  --aot                also measure every selected on-demand subject NAME in the container image's",
          "                       layout (its jar on the class path), without a cache (NAME+image) and with",
          "                       its own AOT cache (NAME+aot: recorded first by one run of the same command",
          "                       line with -XX:AOTCacheOutput, one first event through the runtime client;",
          "                       JDK 13-24: a dynamic CDS archive instead), and check that caches the JVM",
          "                       cannot use are ignored (NAME+aot-otherpath, +aot-otherjvm, +aot-corrupt:",
          "                       one JVM each). These names also work in --only, as NAME+image etc.",
          "  --aot-main NAME=CLASS  also record NAME's cache with CLASS, a training driver in its jar (such as",
          "                       dev.suga.example.ha.AotTraining): java -cp JAR CLASS LAUNCH_COMMAND..., the",
          "                       command it is measured with plus -XX:AOTCacheOutput; as NAME+aot-main",
          "Exit status: 0 when every subject answered every event correctly, 1 otherwise, 2 on bad usage.");

  Path exampleJar;
  final Map<String, Path> exampleVariants = new LinkedHashMap<>();
  Path baselines = Path.of("benchmarks", "coldstart", "baselines");
  List<String> only = new ArrayList<>();
  int jvms = 7;
  int warm = 300;
  int memoryMb = 512;
  boolean warmup = true;
  boolean taskOnClasspath;
  final List<String> extraJvmArgs = new ArrayList<>();
  Path work;
  Path out;
  boolean smoke;
  Path java = Path.of(System.getProperty("java.home"), "bin", "java");
  boolean help;
  boolean aot;
  final Map<String, String> aotMains = new LinkedHashMap<>();

  static Options parse(String... args) {
    Options options = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--example-jar" -> options.exampleJar = Path.of(value(args, ++i, arg));
        case "--example-variant" -> {
          String spec = value(args, ++i, arg);
          int eq = spec.indexOf('=');
          if (eq <= 0 || !Files.isRegularFile(Path.of(spec.substring(eq + 1)))) {
            throw new IllegalArgumentException(
                "--example-variant needs LABEL=PATH to a jar: " + spec);
          }
          options.exampleVariants.put(spec.substring(0, eq), Path.of(spec.substring(eq + 1)));
        }
        case "--baselines" -> options.baselines = Path.of(value(args, ++i, arg));
        case "--only" -> options.only = List.of(value(args, ++i, arg).split(","));
        case "--jvms" -> options.jvms = positive(value(args, ++i, arg), arg);
        case "--warm" -> options.warm = Integer.parseInt(value(args, ++i, arg));
        case "--memory" -> options.memoryMb = positive(value(args, ++i, arg), arg);
        case "--no-warmup" -> options.warmup = false;
        case "--task-on-classpath" -> options.taskOnClasspath = true;
        case "--jvm-arg" -> options.extraJvmArgs.add(value(args, ++i, arg));
        case "--work" -> options.work = Path.of(value(args, ++i, arg));
        case "--out" -> options.out = Path.of(value(args, ++i, arg));
        case "--java" -> options.java = Path.of(value(args, ++i, arg));
        case "--quick" -> options.quick();
        case "--smoke" -> {
          options.quick();
          options.smoke = true;
        }
        case "--aot" -> options.aot = true;
        case "--aot-main" -> {
          String spec = value(args, ++i, arg);
          int eq = spec.indexOf('=');
          if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("--aot-main needs NAME=CLASS: " + spec);
          }
          options.aotMains.put(spec.substring(0, eq), spec.substring(eq + 1));
        }
        case "--help", "-h" -> options.help = true;
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (options.warm < 0) {
      throw new IllegalArgumentException("--warm must be 0 or more");
    }
    if (options.exampleJar != null && !Files.isRegularFile(options.exampleJar)) {
      throw new IllegalArgumentException("--example-jar " + options.exampleJar + " is not a file");
    }
    return options;
  }

  void quick() {
    jvms = 1;
    warm = 5;
    warmup = false;
  }

  /** The managed runtime's heap: 85 % of the function's memory, in KB (512 MB gives 445644k). */
  long maxHeapKb() {
    return memoryMb * 1024L * 85 / 100;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int positive(String text, String option) {
    int value = Integer.parseInt(text);
    if (value < 1) {
      throw new IllegalArgumentException(option + " must be at least 1");
    }
    return value;
  }
}
