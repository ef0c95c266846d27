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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The cold-start harness of issue 4: runs Lambda handler jars the way AWS does and measures, over
 * several fresh JVMs each, the time from launch to the first response (split into init and first
 * invocation), the JVM's CPU time at that moment, warm latencies, classes loaded and peak RSS. See
 * {@link Options#USAGE} and {@code docs/coldstart.md}.
 *
 * <p>How a function is run, as the managed java17 runtime does (checked against the runtime
 * interface client 2.9.0's classes): {@code java <the runtime's flags> -classpath <the runtime
 * interface client and its dependencies> com.amazonaws.services.lambda.runtime.api.client.AWSLambda
 * <handler>} in the task directory, which holds the unpacked jar; the client builds its own class
 * loader over the working directory ({@code user.dir}) and {@code lib/*.jar}, loads the handler,
 * then long-polls {@code AWS_LAMBDA_RUNTIME_API} through its native (JNI) HTTP client. With {@code
 * AWS_LAMBDA_INITIALIZATION_TYPE=snap-start} it first runs the SnapStart hooks and calls {@code
 * restore/next} (see {@link Subject.Initialization} and {@link SnapStartReport}).
 */
public final class ColdStartHarness {
  private ColdStartHarness() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException badUsage) {
      System.err.println(badUsage.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(Options.USAGE);
      return;
    }
    Outcome outcome;
    try {
      outcome = measure(options, System.out);
    } catch (IllegalArgumentException badUsage) {
      System.err.println(badUsage.getMessage());
      System.exit(2);
      return;
    }
    System.out.println();
    System.out.println(outcome.report().markdown());
    if (options.out != null) {
      outcome.report().write(options.out);
      System.out.println("Written to " + options.out);
    }
    if (!outcome.ok()) {
      System.err.println(
          "Cold-start harness: some subjects failed (see the table and the logs under "
              + outcome.work()
              + ")");
      System.exit(1);
    }
  }

  /** What a harness run produced. */
  record Outcome(List<SubjectResult> results, Report report, Path work) {
    boolean ok() {
      return !results.isEmpty() && results.stream().allMatch(SubjectResult::ok);
    }
  }

  /** Runs every selected subject; progress goes to {@code progress}. */
  static Outcome measure(Options options, java.io.PrintStream progress)
      throws IOException, InterruptedException {
    return measure(options, select(options), progress);
  }

  /** Runs {@code subjects}. */
  static Outcome measure(Options options, List<Subject> subjects, java.io.PrintStream progress)
      throws IOException, InterruptedException {
    Path work =
        options.work != null
            ? Files.createDirectories(options.work.toAbsolutePath())
            : Files.createTempDirectory("suga-coldstart");
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    long startNanos = System.nanoTime();
    String loadBefore = ProcFs.loadAverage();

    List<SubjectResult> results = new ArrayList<>();
    Map<Subject, Path> taskDirs = new LinkedHashMap<>();
    for (Subject subject : subjects) {
      SubjectResult result = new SubjectResult(subject);
      results.add(result);
      if (!Files.exists(subject.artifact())) {
        result.failure =
            "not built: "
                + subject.artifact()
                + " (mvn -B -f benchmarks/coldstart/pom.xml package)";
        continue;
      }
      Path taskDir = work.resolve("task").resolve(subject.name());
      if (subject.layout() == Subject.Layout.IMAGE) {
        TaskRoot.prepareImage(subject.artifact().toAbsolutePath(), taskDir);
      } else {
        TaskRoot.prepare(subject.artifact().toAbsolutePath(), taskDir);
      }
      taskDirs.put(subject, taskDir);
    }

    AotCache aotCache =
        subjects.stream().anyMatch(s -> s.cache() != Subject.Cache.NONE)
            ? AotCache.of(options.java)
            : null;
    String token = HexFormat.of().formatHex(randomBytes(24));
    boolean needsHttps = subjects.stream().anyMatch(s -> s.transport() == Subject.Transport.HTTPS);
    TlsFixture tls = needsHttps ? TlsFixture.create(work.resolve("tls")) : null;
    try (HomeAssistantStandIn http = HomeAssistantStandIn.http(token);
        HomeAssistantStandIn https =
            tls == null ? null : HomeAssistantStandIn.https(token, serverContext(tls))) {
      JvmRun.Setup setup =
          new JvmRun.Setup(
              options,
              runtimeClasspath(),
              nativeLibrary(work),
              token,
              http,
              https,
              tls,
              work,
              aotCache);
      for (SubjectResult result : results) {
        if (result.ok() && result.subject.cache() != Subject.Cache.NONE) {
          train(setup, result, taskDirs.get(result.subject), progress);
        }
      }
      if (options.warmup) {
        for (SubjectResult result : results) {
          if (result.ok() && !result.subject.checkOnly()) {
            run(setup, result, taskDirs, JvmRun.Mode.WARMUP, 0, progress);
          }
        }
      }
      // Round-robin over the subjects, so that a change of machine load touches them all alike.
      for (int round = 1; round <= options.jvms; round++) {
        for (SubjectResult result : results) {
          if (result.ok() && !result.subject.checkOnly()) {
            run(setup, result, taskDirs, JvmRun.Mode.MEASURE, round, progress);
          }
        }
      }
      for (SubjectResult result : results) {
        if (result.ok()) {
          run(setup, result, taskDirs, JvmRun.Mode.CLASS_LOAD, 0, progress);
        }
      }
      if (http.refused() > 0 || (https != null && https.refused() > 0)) {
        progress.println(
            "warning: the Home Assistant stand-in refused requests without the right token");
      }
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    Report report =
        new Report(options, results, loadBefore, ProcFs.loadAverage(), started, seconds, aotCache);
    return new Outcome(results, report, work);
  }

  /**
   * Records {@code result}'s cache before it is measured: by its training main class on its own
   * command line, or by one first event through the runtime interface client; a check subject's
   * cache is then spoiled as its kind says (another JVM build) or replaced (corrupt).
   */
  private static void train(
      JvmRun.Setup setup, SubjectResult result, Path taskDir, java.io.PrintStream progress)
      throws IOException {
    Subject subject = result.subject;
    Path cache = setup.cacheFile(subject);
    JvmRun.Result training;
    if (subject.cache() == Subject.Cache.CORRUPT) {
      AotCache.writeCorrupt(cache, 1 << 20);
      training = new JvmRun.Result();
      training.cacheBytes = Files.size(cache);
    } else if (subject.trainingMain() != null) {
      training = JvmRun.trainByMain(setup, subject, taskDir);
    } else {
      training = JvmRun.run(setup, subject, taskDir, JvmRun.Mode.TRAIN, 0);
    }
    if (training.failure == null && subject.cache() == Subject.Cache.OTHER_JVM) {
      AotCache.alterJvmVersion(cache);
    }
    result.training = training;
    progress.printf(
        "%-24s train          %s%n",
        subject.name(),
        training.failure != null
            ? "FAILED"
            : Report.fmt(training.cacheBytes / 1048576.0, 1)
                + " MB cache "
                + cache
                + (Double.isNaN(training.trainingSeconds)
                    ? ""
                    : " in " + Report.fmt(training.trainingSeconds, 1) + " s"));
    if (training.failure != null) {
      result.failure = "training: " + training.failure;
      progress.println(
          "  FAILED: "
              + training.failure
              + "\n  log "
              + training.log
              + ":\n"
              + JvmRun.tail(training.log, 30));
    }
  }

  private static void run(
      JvmRun.Setup setup,
      SubjectResult result,
      Map<Subject, Path> taskDirs,
      JvmRun.Mode mode,
      int index,
      java.io.PrintStream progress)
      throws IOException {
    JvmRun.Result run =
        JvmRun.run(setup, result.subject, taskDirs.get(result.subject), mode, index);
    switch (mode) {
      case MEASURE -> result.runs.add(run);
      case CLASS_LOAD -> result.classLoad = run;
      case WARMUP -> {}
    }
    String line =
        String.format(
            "%-24s %-10s %2d  first response %8s ms  init %8s ms%s  cpu %6s ms (init %6s)%s",
            result.subject.name(),
            mode.name().toLowerCase(),
            index,
            Report.fmt(run.firstResponseMs, 1),
            Report.fmt(run.initMs, 1),
            Double.isNaN(run.restoreNextMs)
                ? ""
                : " (restore/next at " + Report.fmt(run.restoreNextMs, 1) + ")",
            Report.fmt(run.cpuMs, 0),
            Report.fmt(run.cpuInitMs, 0),
            run.classes != null ? "  classes " + run.classes.total() : "");
    progress.println(line);
    if (run.failure != null) {
      result.failure = mode.name().toLowerCase() + " run: " + run.failure;
      progress.println(
          "  FAILED: " + run.failure + "\n  log " + run.log + ":\n" + JvmRun.tail(run.log, 30));
    }
  }

  static List<Subject> select(Options options) {
    List<Subject> chosen = selectNamed(options);
    if (!options.aot) {
      return chosen;
    }
    List<Subject> withVariants = new ArrayList<>();
    for (Subject subject : chosen) {
      withVariants.add(subject);
      if (subject.layout() != Subject.Layout.ZIP
          || subject.initialization() != Subject.Initialization.ON_DEMAND) {
        continue;
      }
      String main = options.aotMains.get(subject.name());
      for (String suffix : Subjects.AOT_VARIANTS) {
        if (!suffix.equals("aot-main") || main != null) {
          withVariants.add(subject.derive(suffix, main));
        }
      }
    }
    return withVariants;
  }

  private static List<Subject> selectNamed(Options options) {
    List<Subject> all =
        Subjects.all(options.baselines, options.exampleJar, options.exampleVariants);
    List<String> wanted = new ArrayList<>(options.only);
    if (options.smoke && wanted.isEmpty()) {
      wanted =
          List.of(Subjects.HELLO, Subjects.EXAMPLE_TURN_ON, Subjects.EXAMPLE_TURN_ON_SNAPSTART);
      if (options.exampleJar == null) {
        throw new IllegalArgumentException("--smoke needs --example-jar");
      }
    }
    if (wanted.isEmpty()) {
      return all;
    }
    List<Subject> chosen = new ArrayList<>();
    for (String wantedName : wanted) {
      int plus = wantedName.indexOf(Subject.DERIVED);
      String name = plus < 0 ? wantedName : wantedName.substring(0, plus);
      Subject subject =
          all.stream()
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown subject "
                              + name
                              + (name.startsWith("example") ? " (give --example-jar)" : "")));
      chosen.add(
          plus < 0
              ? subject
              : subject.derive(
                  wantedName.substring(plus + 1), options.aotMains.get(subject.name())));
    }
    return chosen;
  }

  /**
   * The runtime interface client and its dependencies, as Maven resolved them into ric.classpath.
   */
  static List<Path> runtimeClasspath() throws IOException {
    try (InputStream in = ColdStartHarness.class.getResourceAsStream("ric.classpath")) {
      if (in == null) {
        throw new IOException(
            "ric.classpath is missing: build the harness with Maven (it resolves the runtime"
                + " interface client)");
      }
      List<Path> jars = new ArrayList<>();
      for (String entry : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(":")) {
        if (!entry.isBlank()) {
          Path jar = Path.of(entry.trim());
          if (!Files.isRegularFile(jar)) {
            throw new IOException("runtime class path entry missing: " + jar);
          }
          jars.add(jar);
        }
      }
      return jars;
    }
  }

  /**
   * The client's JNI library for this machine, unpacked from its jar once into the work directory.
   */
  static Path nativeLibrary(Path work) throws IOException {
    String arch = System.getProperty("os.arch");
    String name =
        "aarch64".equals(arch)
            ? "libaws-lambda-jni.linux-aarch_64.so"
            : "libaws-lambda-jni.linux-x86_64.so";
    Path target = work.resolve(name);
    for (Path jar : runtimeClasspath()) {
      if (!jar.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client")) {
        continue;
      }
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        ZipEntry entry = zip.getEntry("jni/" + name);
        if (entry == null) {
          throw new IOException(jar + " has no jni/" + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
      }
    }
    throw new IOException(
        "aws-lambda-java-runtime-interface-client is not on the runtime class path");
  }

  private static javax.net.ssl.SSLContext serverContext(TlsFixture tls) throws IOException {
    try {
      return tls.serverContext();
    } catch (GeneralSecurityException failure) {
      throw new IOException("cannot load the stand-in's key store", failure);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
