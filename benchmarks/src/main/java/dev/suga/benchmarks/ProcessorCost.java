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

import dev.suga.annotations.GatewayRoot;
import dev.suga.runtime.GatewayException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Issue 4 part 5: what the SUGA processor adds to {@code javac}. Generates the same synthetic
 * sources for 100, 1,000 and 5,000 operations, compiles each in-process with the system {@code
 * javac} (a fresh {@code JavaCompiler.CompilationTask} per compile) with {@code -proc:none} , with
 * a no-op processor and with the SUGA processor, several times, and prints the medians: javac time
 * in each mode, the processor's own time ({@code init} + {@code process}, measured by a wrapper),
 * the rest of the difference (compiling the generated gateway), and the added time per operation,
 * whose growth from 1,000 to 5,000 operations shows whether the cost stays linear.
 *
 * <p>The compiles run in one warmed-up JVM, as in a build daemon or Maven's in-process compiler
 * after the first module; a cold JVM adds a roughly constant few seconds of javac's own class
 * loading and JIT warm-up to both columns.
 *
 * <pre>ProcessorCost [--repetitions N] [--sizes 100,1000,5000]</pre>
 */
public final class ProcessorCost {
  /** Operations per module for each size: 100 = 10 x 10, 1,000 = 100 x 10, 5,000 = 100 x 50. */
  private static final int[][] SHAPES = {{100, 10, 10}, {1_000, 100, 10}, {5_000, 100, 50}};

  private static final String PROCESSOR = "dev.suga.processor.GatewayProcessor";

  private ProcessorCost() {}

  /** One compile's timings, in nanoseconds. */
  record Timing(long total, long processor) {}

  /**
   * Measures and prints the table.
   *
   * @param args {@code --repetitions N} (default 5), {@code --sizes 100,1000,5000}
   * @throws Exception if a compile fails
   */
  public static void main(String[] args) throws Exception {
    int repetitions = 5;
    List<Integer> sizes = List.of(100, 1_000, 5_000);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--repetitions" -> repetitions = Integer.parseInt(args[++i]);
        case "--sizes" ->
            sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath =
        location(GatewayRoot.class) + File.pathSeparator + location(GatewayException.class);
    System.out.printf(
        Locale.ROOT,
        "SUGA processor cost: javac %s (in-process, JDK %s), %d CPUs, median of %d%n",
        javac.getSourceVersions().stream().max(Comparator.naturalOrder()).orElseThrow(),
        System.getProperty("java.runtime.version"),
        Runtime.getRuntime().availableProcessors(),
        repetitions);

    // Warm javac (and the processor) up on a small shape, so the first size is not charged with
    // class loading and JIT compilation of javac itself.
    List<JavaFileObject> warmup = sources(10, 10);
    for (int i = 0; i < 6; i++) {
      for (Mode mode : Mode.values()) {
        compile(javac, warmup, classPath, mode);
      }
    }

    System.out.println();
    System.out.println(
        "| operations | modules x ops | javac -proc:none | javac + no-op processor | javac + SUGA "
            + "| SUGA processor itself | compiling generated code | SUGA share of javac | added per operation |");
    System.out.println(
        "|-----------:|--------------:|-----------------:|------------------------:|-------------:"
            + "|----------------------:|-------------------------:|--------------------:|--------------------:|");
    double perOperationAt1000 = Double.NaN;
    double perOperationAt5000 = Double.NaN;
    for (int[] shape : SHAPES) {
      if (!sizes.contains(shape[0])) {
        continue;
      }
      List<JavaFileObject> sources = sources(shape[1], shape[2]);
      long[][] totals = new long[Mode.values().length][repetitions];
      long[] processor = new long[repetitions];
      for (int r = 0; r < repetitions; r++) {
        for (Mode mode : Mode.values()) {
          Timing timing = compile(javac, sources, classPath, mode);
          totals[mode.ordinal()][r] = timing.total;
          if (mode == Mode.SUGA) {
            processor[r] = timing.processor;
          }
        }
      }
      long none = median(totals[Mode.NONE.ordinal()]);
      long noop = median(totals[Mode.NO_OP.ordinal()]);
      long suga = median(totals[Mode.SUGA.ordinal()]);
      long own = median(processor);
      double perOperation = (suga - none) / 1e3 / shape[0];
      if (shape[0] == 1_000) {
        perOperationAt1000 = perOperation;
      } else if (shape[0] == 5_000) {
        perOperationAt5000 = perOperation;
      }
      System.out.printf(
          Locale.ROOT,
          "| %10s | %13s | %13d ms | %20d ms | %9d ms | %18d ms | %21d ms | %17.0f %% | %14.0f us |%n",
          String.format(Locale.ROOT, "%,d", shape[0]),
          shape[1] + " x " + shape[2],
          millis(none),
          millis(noop),
          millis(suga),
          millis(own),
          millis(suga - noop - own),
          100.0 * (suga - none) / suga,
          perOperation);
    }
    System.out.println();
    System.out.println(
        "Medians of "
            + repetitions
            + ". No-op processor: javac's own cost of running annotation "
            + "processing at all (an extra round). SUGA processor itself: its init + process time, all rounds. "
            + "Compiling generated code: javac + SUGA minus javac + no-op minus the processor itself. SUGA share: "
            + "(javac + SUGA - javac -proc:none) / (javac + SUGA). Added per operation: the same difference / operations.");
    if (!Double.isNaN(perOperationAt1000) && !Double.isNaN(perOperationAt5000)) {
      double growth = perOperationAt5000 / perOperationAt1000;
      System.out.printf(
          Locale.ROOT,
          "Added time per operation, 5,000 vs 1,000 operations: %.2f x "
              + "(%s: linear is about 1; the check allows up to 2).%n",
          growth,
          growth <= 2.0 ? "LINEAR" : "NOT LINEAR");
    }
  }

  /** What runs as annotation processing. */
  enum Mode {
    /** {@code -proc:none}. */
    NONE,
    /** A processor that supports {@code "*"} and does nothing: javac's own processing overhead. */
    NO_OP,
    /** The SUGA processor, wrapped to time it. */
    SUGA
  }

  private static long millis(long nanos) {
    return Math.round(nanos / 1e6);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static Timing compile(
      JavaCompiler javac, List<JavaFileObject> sources, String classPath, Mode mode)
      throws IOException {
    Path out = Files.createTempDirectory("suga-cost");
    try {
      Path classes = Files.createDirectories(out.resolve("classes"));
      Path generated = Files.createDirectories(out.resolve("generated"));
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--release",
                  "17",
                  "-classpath",
                  classPath,
                  "-d",
                  classes.toString(),
                  "-s",
                  generated.toString(),
                  "-implicit:none"));
      if (mode == Mode.NONE) {
        options.add("-proc:none");
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, sources);
      TimedProcessor processor =
          new TimedProcessor(mode == Mode.SUGA ? sugaProcessor() : new NoOpProcessor());
      if (mode != Mode.NONE) {
        task.setProcessors(List.of(processor));
      }
      long start = System.nanoTime();
      boolean ok = task.call();
      long total = System.nanoTime() - start;
      files.close();
      if (!ok) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics());
      }
      if (mode == Mode.SUGA && !Files.exists(generated.resolve("cost/Gateway.java"))) {
        throw new IllegalStateException("the processor generated no gateway");
      }
      return new Timing(total, processor.nanos);
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** A new SUGA processor, found as javac finds it: through its service registration. */
  private static Processor sugaProcessor() {
    for (Processor processor :
        ServiceLoader.load(Processor.class, ProcessorCost.class.getClassLoader())) {
      if (processor.getClass().getName().equals(PROCESSOR)) {
        return processor;
      }
    }
    throw new IllegalStateException(PROCESSOR + " is not on the class path");
  }

  /**
   * The synthetic application: a root and {@code modules} modules of {@code perModule} operations
   * with varied signatures; one operation in ten is a hot path, one in ten cached.
   */
  static List<JavaFileObject> sources(int modules, int perModule) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        source(
            "cost.App",
            "package cost;\n@dev.suga.annotations.GatewayRoot\npublic final class App {}\n"));
    for (int m = 0; m < modules; m++) {
      StringBuilder text =
          new StringBuilder()
              .append("package cost.m")
              .append(m)
              .append(";\n")
              .append("import dev.suga.annotations.*;\nimport java.util.List;\n")
              .append("/** Synthetic module ")
              .append(m)
              .append(". */\n")
              .append("public class Module")
              .append(m)
              .append("Core {\n");
      for (int o = 0; o < perModule; o++) {
        int id = m * perModule + o;
        String annotations =
            "@GatewayOperation "
                + (o % 10 == 1 ? "@HotPath " : o % 10 == 2 ? "@Cached(ttlSeconds = 60) " : "");
        text.append("  ")
            .append(annotations)
            .append(
                switch (o % 4) {
                  case 0 ->
                      "public long op"
                          + o
                          + "(long x, String tag) { return x * 10_000 + "
                          + id
                          + "; }";
                  case 1 -> "public String op" + o + "(String name) { return name + " + id + "; }";
                  case 2 ->
                      "public int op"
                          + o
                          + "(int a, int b, List<String> names) { return a + b + names.size() + "
                          + id
                          + "; }";
                  default ->
                      "public void op"
                          + o
                          + "(String message) { if (message == null) "
                          + "throw new IllegalArgumentException(); }";
                })
            .append('\n');
      }
      text.append("}\n");
      sources.add(source("cost.m" + m + ".Module" + m + "Core", text.toString()));
    }
    return sources;
  }

  private static JavaFileObject source(String className, String text) {
    URI uri = URI.create("string:///" + className.replace('.', '/') + ".java");
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** Claims nothing, does nothing: what annotation processing costs javac by itself. */
  private static final class NoOpProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      return false;
    }
  }

  /** Delegates to the SUGA processor and adds up the time spent in it. */
  private static final class TimedProcessor implements Processor {
    private final Processor delegate;
    long nanos;

    TimedProcessor(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment processingEnv) {
      long start = System.nanoTime();
      delegate.init(processingEnv);
      nanos += System.nanoTime() - start;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      long start = System.nanoTime();
      boolean claimed = delegate.process(annotations, roundEnv);
      nanos += System.nanoTime() - start;
      return claimed;
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
