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
package dev.suga.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the dispatch benchmarks of issue 4 under both JIT settings in one JMH run and prints, per
 * setting, time per call and the ratio to the direct call for the trivial and the realistic
 * operation, then the targets. Every variant's result is verified before anything is timed;
 * a wrong result, an exception or a missing benchmark exits with status 1.
 *
 * <pre>
 * DispatchReport [--smoke] [--forks N] [--warmups N] [--warmup-time MS] [--iterations N]
 *                [--time MS] [--jit both|default|c1] [--include REGEX] [--prof NAME]... [--json FILE]
 *                [--jvm-arg ARG]...
 * </pre>
 *
 * <p>{@code --jvm-arg} adds an argument to every forked JVM, for example {@code
 * -Dsuga.statistics.samplePeriod=16} to measure another sample period.
 *
 * <p>Default: 2 forks, 2 warmup iterations of 500 ms, 3 measurement iterations of 1 s (about ten
 * minutes for all 52 benchmarks). {@code --smoke}: 1 fork, 1 warmup and 1 measurement iteration of
 * 100 ms each and short profile shaping: it proves every variant runs, not how fast.
 */
public final class DispatchReport {
  /** The variants, in table order: benchmark method suffix and label. */
  enum Variant {
    DIRECT("Direct", "direct call on a held instance (the limit)"),
    HOT_PATH("HotPath", "generated @HotPath typed method"),
    TYPED_COUNTED("TypedCounted", "generated typed method, statistics on"),
    EXECUTE_OPERATION(
        "ExecuteOperation", "execute(Operation, ...) of a @HotPath op (no statistics)"),
    EXECUTE_OPERATION_COUNTED("ExecuteOperationCounted", "execute(Operation, ...), statistics on"),
    EXECUTE_NAME("ExecuteName", "execute(String, ...) of a @HotPath op (no statistics)"),
    EXECUTE_NAME_COUNTED("ExecuteNameCounted", "execute(String, ...), statistics on"),
    EXECUTE_MAP_COUNTED("ExecuteMapCounted", "execute(Operation, Map), statistics on"),
    REFLECTION("Reflection", "reflective router (Map<String, Method>, Method.invoke)"),
    FUNCTION_REGISTRY("FunctionRegistry", "Map<String, Function<Object[], Object>> registry"),
    METHOD_HANDLE("MethodHandle", "MethodHandle registry (spread, invokeExact)"),
    SPRING("SpringCloudFunction", "Spring Cloud Function: catalog.lookup(name) + apply"),
    SPRING_APPLY_ONLY("SpringApplyOnly", "Spring Cloud Function: apply on a held wrapper");

    final String suffix;
    final String label;

    Variant(String suffix, String label) {
      this.suffix = suffix;
      this.label = label;
    }
  }

  /** The two JIT settings: benchmark subclass and label. */
  enum Jit {
    DEFAULT("DefaultJit", "Default JIT (tiered C1 + C2)"),
    C1("C1Only", "C1 only (-XX:TieredStopAtLevel=1, as the Lambda java17 managed runtime)");

    final String className;
    final String label;

    Jit(String className, String label) {
      this.className = className;
      this.label = label;
    }
  }

  /** The two operations: benchmark method prefix and label. */
  enum Op {
    TRIVIAL("trivial", "trivial: int add(int, int)"),
    REALISTIC("realistic", "realistic: Map entityState(String, int)");

    final String prefix;
    final String label;

    Op(String prefix, String label) {
      this.prefix = prefix;
      this.label = label;
    }
  }

  record Score(double nanos, double error) {}

  private DispatchReport() {}

  /**
   * Verifies, runs and reports.
   *
   * @param args see the class comment
   * @throws RunnerException never: JMH failures are reported and exit with status 1
   */
  public static void main(String[] args) throws RunnerException {
    int status = run(args);
    System.exit(status);
  }

  static int run(String[] args) {
    boolean smoke = false;
    int forks = 2;
    int warmups = 2;
    int warmupMillis = 500;
    int iterations = 3;
    int millis = 1_000;
    String jit = "both";
    String include = null;
    List<String> profilers = new ArrayList<>();
    List<String> jvmArgs = new ArrayList<>();
    String json = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--forks" -> forks = Integer.parseInt(args[++i]);
        case "--warmups" -> warmups = Integer.parseInt(args[++i]);
        case "--warmup-time" -> warmupMillis = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--time" -> millis = Integer.parseInt(args[++i]);
        case "--jit" -> jit = args[++i];
        case "--include" -> include = args[++i];
        case "--prof" -> profilers.add(args[++i]);
        case "--json" -> json = args[++i];
        case "--jvm-arg" -> jvmArgs.add(args[++i]);
        default -> {
          System.err.println(
              "Unknown argument "
                  + args[i]
                  + "; see the Javadoc of "
                  + DispatchReport.class.getName());
          return 2;
        }
      }
    }
    if (smoke) {
      forks = 1;
      warmups = 1;
      warmupMillis = 100;
      iterations = 1;
      millis = 100;
    }
    List<Jit> jits =
        switch (jit) {
          case "both" -> List.of(Jit.DEFAULT, Jit.C1);
          case "default" -> List.of(Jit.DEFAULT);
          case "c1" -> List.of(Jit.C1);
          default -> throw new IllegalArgumentException("--jit both|default|c1, not " + jit);
        };

    printEnvironment(smoke, forks, warmups, warmupMillis, iterations, millis);

    List<String> failures = DispatchVerifier.verify();
    if (!failures.isEmpty()) {
      System.out.println("Verification FAILED before timing:");
      failures.forEach(failure -> System.out.println("  " + failure));
      return 1;
    }
    System.out.println(
        "Verified: all "
            + DispatchVerifier.benchmarkMethods().size()
            + " variants return the expected results (two input sets).");
    System.out.println();

    StringBuilder classes = new StringBuilder();
    for (Jit setting : jits) {
      classes.append(classes.length() == 0 ? "" : "|").append(setting.className);
    }
    String pattern =
        "^\\Q"
            + DispatchBenchmarks.class.getName()
            + "\\E\\.("
            + classes
            + ")\\."
            + (include == null ? ".*" : ".*(" + include + ").*");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(pattern)
            .forks(forks)
            .warmupIterations(warmups)
            .warmupTime(TimeValue.milliseconds(warmupMillis))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.milliseconds(millis))
            .timeUnit(TimeUnit.NANOSECONDS)
            .shouldFailOnError(true);
    // Prepended, never appended: JMH replaces a @Fork's jvmArgsAppend (the JIT setting and the
    // heap) with any jvmArgsAppend given here, and a C1-only fork would silently run C2.
    List<String> prepend = new ArrayList<>(jvmArgs);
    if (smoke) {
      prepend.add("-D" + DispatchState.PROFILE_ROUNDS_PROPERTY + "=100");
    }
    if (!prepend.isEmpty()) {
      options.jvmArgsPrepend(prepend.toArray(new String[0]));
    }
    for (String profiler : profilers) {
      options.addProfiler(profiler);
    }

    if (json != null) {
      options.resultFormat(ResultFormatType.JSON).result(json);
    }
    long started = System.nanoTime();
    Collection<RunResult> results;
    try {
      results = new Runner(options.build()).run();
    } catch (RunnerException e) {
      System.out.println(
          "JMH FAILED: " + e + (e.getCause() != null ? ", caused by " + e.getCause() : ""));
      return 1;
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

    Map<String, Score> scores = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      scores.put(
          benchmark.substring(DispatchBenchmarks.class.getName().length() + 1),
          new Score(
              result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
    }
    int expected = 0;
    List<String> missing = new ArrayList<>();
    for (Jit setting : jits) {
      for (Op op : Op.values()) {
        for (Variant variant : Variant.values()) {
          String key = key(setting, op, variant);
          if (include == null || key.matches(".*(" + include + ").*")) {
            expected++;
            if (!scores.containsKey(key)) {
              missing.add(key);
            }
          }
        }
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "JMH ran %d benchmarks in %d s.%n%n", scores.size(), seconds);
    for (Jit setting : jits) {
      printTable(setting, scores);
    }
    printTargets(jits, scores);
    System.out.println(ratioNote());
    if (!missing.isEmpty()) {
      System.out.println("FAILED: no result for " + missing);
      return 1;
    }
    System.out.println(expected + " passed, 0 failed");
    return 0;
  }

  private static String key(Jit jit, Op op, Variant variant) {
    return jit.className + "." + op.prefix + variant.suffix;
  }

  private static void printEnvironment(
      boolean smoke, int forks, int warmups, int warmupMillis, int iterations, int millis) {
    var os = ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        Locale.ROOT,
        "SUGA dispatch benchmarks%s: JDK %s (%s), %s %s, %d CPUs, load average %.2f%n",
        smoke ? " (SMOKE: proves the variants run, the numbers mean nothing)" : "",
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"),
        os.getName(),
        os.getArch(),
        os.getAvailableProcessors(),
        os.getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT,
        "%d fork(s) per benchmark, %d warmup x %d ms, %d measurement x %d ms; "
            + "JMH error is the 99.9%% confidence half-width.%n",
        forks,
        warmups,
        warmupMillis,
        iterations,
        millis);
    if (os.getAvailableProcessors() <= 2 || os.getSystemLoadAverage() > 1.0) {
      System.out.println(
          "Note: few cores and/or other load on this machine: absolute times are noisy; "
              + "ratios from the same run are more stable than the absolute numbers.");
    }
  }

  private static void printTable(Jit jit, Map<String, Score> scores) {
    System.out.println("### " + jit.label);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "| %-57s | %22s | %8s | %22s | %8s |%n",
        "variant",
        "trivial ns/op",
        "x direct",
        "realistic ns/op",
        "x direct");
    System.out.printf(
        Locale.ROOT,
        "|%s|%s:|%s:|%s:|%s:|%n",
        "-".repeat(59),
        "-".repeat(23),
        "-".repeat(9),
        "-".repeat(23),
        "-".repeat(9));
    for (Variant variant : Variant.values()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %-57s |", variant.label));
      for (Op op : Op.values()) {
        Score score = scores.get(key(jit, op, variant));
        Score direct = scores.get(key(jit, op, Variant.DIRECT));
        if (score == null) {
          row.append(String.format(Locale.ROOT, " %22s | %8s |", "-", "-"));
        } else {
          row.append(
              String.format(
                  Locale.ROOT,
                  " %22s | %8s |",
                  nanos(score),
                  direct == null
                      ? "-"
                      : String.format(Locale.ROOT, "%.2f", score.nanos / direct.nanos)));
        }
      }
      System.out.println(row);
    }
    System.out.println();
  }

  private static String nanos(Score score) {
    String error =
        Double.isNaN(score.error) ? "" : String.format(Locale.ROOT, " ± %s", number(score.error));
    return number(score.nanos) + error;
  }

  private static String number(double value) {
    if (value >= 1_000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }

  /** A target of issue 4 part 3: numerator / denominator <= limit. */
  record Target(String label, Variant numerator, Variant denominator, double limit) {}

  static final List<Target> TARGETS =
      List.of(
          new Target("@HotPath / direct <= 1.05", Variant.HOT_PATH, Variant.DIRECT, 1.05),
          new Target(
              "execute(Operation) / Map registry <= 0.5",
              Variant.EXECUTE_OPERATION,
              Variant.FUNCTION_REGISTRY,
              0.5),
          new Target(
              "execute(Operation), statistics on / Map registry <= 0.6",
              Variant.EXECUTE_OPERATION_COUNTED,
              Variant.FUNCTION_REGISTRY,
              0.6),
          new Target(
              "execute(String) / Map registry <= 1.0",
              Variant.EXECUTE_NAME,
              Variant.FUNCTION_REGISTRY,
              1.0),
          new Target(
              "execute(String), statistics on / Map registry <= 1.0",
              Variant.EXECUTE_NAME_COUNTED,
              Variant.FUNCTION_REGISTRY,
              1.0));

  private static void printTargets(List<Jit> jits, Map<String, Score> scores) {
    System.out.println(
        "### Targets of issue 4 (ratios of the trivial operation; realistic for information)");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "| %-55s | %-9s | %7s | %-4s | %9s |%n",
        "target",
        "JIT",
        "trivial",
        "met",
        "realistic");
    System.out.printf(
        Locale.ROOT,
        "|%s|%s|%s:|%s|%s:|%n",
        "-".repeat(57),
        "-".repeat(11),
        "-".repeat(8),
        "-".repeat(6),
        "-".repeat(10));
    for (Target target : TARGETS) {
      for (Jit jit : jits) {
        String[] cells = new String[2];
        String met = "-";
        for (Op op : Op.values()) {
          Score numerator = scores.get(key(jit, op, target.numerator));
          Score denominator = scores.get(key(jit, op, target.denominator));
          if (numerator == null || denominator == null) {
            cells[op.ordinal()] = "-";
            continue;
          }
          double ratio = numerator.nanos / denominator.nanos;
          cells[op.ordinal()] = String.format(Locale.ROOT, "%.2f", ratio);
          if (op == Op.TRIVIAL) {
            met = ratio <= target.limit ? "yes" : "NO";
          }
        }
        System.out.printf(
            Locale.ROOT,
            "| %-55s | %-9s | %7s | %-4s | %9s |%n",
            target.label,
            jit == Jit.DEFAULT ? "default" : "C1 only",
            cells[0],
            met,
            cells[1]);
      }
    }
    System.out.println();
  }

  private static String ratioNote() {
    return "Ratios divide mean times from the same run; with the trivial operation they compare pure dispatch "
        + "cost, with the realistic one the operation's own few hundred ns of work (and its allocation noise) "
        + "dilute every difference.";
  }
}
