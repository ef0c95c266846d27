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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as Markdown: the run's conditions, one table row per subject, issue 4's targets. */
final class Report {
  /** Warm events per JVM left out of the "steady" percentiles: the C1 compiler's warm-up. */
  static final int STEADY_AFTER = 20;

  private final Options options;
  private final List<SubjectResult> results;
  private final String loadBefore;
  private final String loadAfter;
  private final String started;
  private final double seconds;
  private final AotCache aotCache;

  Report(
      Options options,
      List<SubjectResult> results,
      String loadBefore,
      String loadAfter,
      String started,
      double seconds) {
    this(options, results, loadBefore, loadAfter, started, seconds, null);
  }

  Report(
      Options options,
      List<SubjectResult> results,
      String loadBefore,
      String loadAfter,
      String started,
      double seconds,
      AotCache aotCache) {
    this.aotCache = aotCache;
    this.options = options;
    this.results = results;
    this.loadBefore = loadBefore;
    this.loadAfter = loadAfter;
    this.started = started;
    this.seconds = seconds;
  }

  String markdown() {
    StringBuilder out = new StringBuilder(8192);
    out.append("### Cold start: ").append(started).append("\n\n");
    out.append("- Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores (")
        .append(cpuModel())
        .append("), JDK ")
        .append(System.getProperty("java.vm.version"))
        .append(" (")
        .append(System.getProperty("java.vm.vendor"))
        .append(")")
        .append(
            options.java.startsWith(System.getProperty("java.home"))
                ? ""
                : ", measured JVMs: " + options.java)
        .append(".\n");
    out.append("- Load average (1, 5, 15 min) before: ")
        .append(loadBefore)
        .append("; after: ")
        .append(loadAfter)
        .append("; run took ")
        .append(fmt(seconds, 0))
        .append(" s.\n");
    out.append("- Each subject: ")
        .append(options.jvms)
        .append(" fresh JVM")
        .append(options.jvms == 1 ? "" : "s")
        .append(options.warmup ? " (after one discarded warm-up JVM)" : "")
        .append(", ")
        .append(options.warm)
        .append(
            " warm events each; classes counted in one more JVM with `-Xlog:class+load` (first event only).\n");
    out.append(
            "- Runtime: aws-lambda-java-runtime-interface-client 2.9.0 against the harness's Runtime API on 127.0.0.1;"
                + " `-XX:+UseSerialGC -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -Xshare:auto -XX:MaxHeapSize=")
        .append(options.maxHeapKb())
        .append("k` (")
        .append(options.memoryMb)
        .append(" MB function)")
        .append(
            options.extraJvmArgs.isEmpty()
                ? ""
                : " plus `" + String.join(" ", options.extraJvmArgs) + "`")
        .append(options.taskOnClasspath ? "; task directory also on the class path" : "")
        .append(
            "; `-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac` as the managed runtime has it")
        .append(
            results.stream().anyMatch(r -> !r.subject.initialization().cracBridge)
                ? " (not for the subjects" + " without the org.crac bridge)"
                : "")
        .append(".\n");
    if (results.stream().anyMatch(r -> r.subject.layout() == Subject.Layout.IMAGE)) {
      out.append(
              "- Container-image layout (`NAME+...`): the example image's entry script's command line,"
                  + " `-XX:MaxHeapSize=")
          .append(options.maxHeapKb())
          .append(
              "k -XX:+UseSerialGC -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+ErrorFileToStderr`"
                  + " (no `-Xshare`, no org.crac bridge), the cache flag, and the class path of the"
                  + " runtime's jars then the function's jar; the caches are recorded in this run.\n");
    }
    out.append('\n');

    out.append(
        "| subject | jar MB | first response ms, median (min–max) | init ms | first invocation ms"
            + " | CPU ms at first response (of it init) | warm p50 / p99 ms | warm overhead p50 / p99 ms (minus HA) | classes loaded"
            + " (function's) | peak RSS MB |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SubjectResult result : results) {
      if (result.subject.checkOnly()) {
        continue; // in the caches' section
      }
      out.append("| ")
          .append(result.subject.name())
          .append(" | ")
          .append(fmt(result.artifactMb(), 2))
          .append(" | ");
      if (result.runs.stream().noneMatch(run -> run.failure == null)) {
        out.append("FAILED: ").append(escape(result.failure)).append(" | | | | | | | |\n");
        continue;
      }
      SubjectResult.Spread first = result.spread(run -> run.firstResponseMs);
      SubjectResult.Spread cpu = result.spread(run -> run.cpuMs);
      out.append(fmt(first.median(), 0))
          .append(" (")
          .append(fmt(first.min(), 0))
          .append("–")
          .append(fmt(first.max(), 0))
          .append(") | ")
          .append(fmt(result.spread(run -> run.initMs).median(), 0))
          .append(" | ")
          .append(fmt(result.spread(run -> run.firstInvocationMs).median(), 0))
          .append(" | ")
          .append(fmt(cpu.median(), 0))
          .append(" (")
          .append(fmt(cpu.min(), 0))
          .append("–")
          .append(fmt(cpu.max(), 0))
          .append(") (")
          .append(fmt(result.spread(run -> run.cpuInitMs).median(), 0))
          .append(")")
          .append(" | ")
          .append(fmt(result.warmPercentile(50), 2))
          .append(" / ")
          .append(fmt(result.warmPercentile(99), 2))
          .append(" | ");
      if (result.subject.transport() == Subject.Transport.NONE) {
        out.append("– | ");
      } else {
        out.append(fmt(result.overheadPercentile(50), 2))
            .append(" / ")
            .append(fmt(result.overheadPercentile(99), 2))
            .append(" | ");
      }
      ClassLoadLog classes = result.classLoad == null ? null : result.classLoad.classes;
      out.append(classes == null ? "–" : classes.total() + " (" + classes.function() + ")")
          .append(" | ")
          .append(fmt(result.spread(run -> run.peakRssMb).median(), 0))
          .append(" |");
      if (result.failure != null) {
        out.append(" ").append(escape(result.failure));
      }
      out.append('\n');
    }
    out.append("\nSubjects: ");
    List<String> descriptions = new ArrayList<>();
    for (SubjectResult result : results) {
      descriptions.add("`" + result.subject.name() + "` = " + result.subject.description());
    }
    out.append(String.join("; ", descriptions)).append(".\n");
    out.append(
        "\nClasses, by source (CDS archive or AOT cache / JDK modules / function / runtime client / generated at run time):\n\n");
    out.append(
        "| subject | total | CDS or AOT cache | JDK, jrt | function | runtime client | generated |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (SubjectResult result : results) {
      ClassLoadLog classes = result.classLoad == null ? null : result.classLoad.classes;
      if (classes != null) {
        out.append("| ")
            .append(result.subject.name())
            .append(" | ")
            .append(classes.total())
            .append(" | ")
            .append(classes.jdkShared())
            .append(" | ")
            .append(classes.jdkModules())
            .append(" | ")
            .append(classes.function())
            .append(" | ")
            .append(classes.runtime())
            .append(" | ")
            .append(classes.generated())
            .append(" |\n");
      }
    }
    if (SnapStartReport.applies(results)) {
      out.append(SnapStartReport.markdown(results));
    }
    if (AotReport.applies(results)) {
      out.append(AotReport.markdown(results, aotCache));
    }
    String targets = targets();
    if (!targets.isEmpty()) {
      out.append(
              "\nIssue 4 targets (ratios of medians from this run):\n\n| target | measured | verdict |\n|---|---|---|\n")
          .append(targets);
    }
    return out.toString();
  }

  private String targets() {
    Map<String, SubjectResult> byName = new LinkedHashMap<>();
    for (SubjectResult result : results) {
      byName.put(result.subject.name(), result);
    }
    StringBuilder out = new StringBuilder();
    ratio(
        out,
        byName,
        Subjects.EXAMPLE_TURN_ON,
        Subjects.HAND_TUNED,
        1.1,
        "example TurnOn-first / hand-tuned <= 1.1 (HTTP)");
    ratio(
        out,
        byName,
        Subjects.EXAMPLE_TURN_ON_HTTPS,
        Subjects.HAND_TUNED_HTTPS,
        1.1,
        "example TurnOn-first / hand-tuned <= 1.1 (HTTPS)");
    ratio(
        out,
        byName,
        Subjects.EXAMPLE_TURN_ON,
        Subjects.MICRONAUT,
        0.2,
        "example TurnOn-first / Micronaut <= 0.2");
    ratio(
        out,
        byName,
        Subjects.EXAMPLE_TURN_ON,
        Subjects.SPRING,
        0.12,
        "example TurnOn-first / Spring Cloud Function <= 0.12");
    SubjectResult turnOn = byName.get(Subjects.EXAMPLE_TURN_ON);
    SubjectResult discover = byName.get(Subjects.EXAMPLE_DISCOVER);
    if (classes(turnOn) != null && classes(discover) != null) {
      int on = classes(turnOn).total();
      int disc = classes(discover).total();
      int onOwn = classes(turnOn).function();
      int discOwn = classes(discover).function();
      out.append("| TurnOn-first loads clearly fewer classes than Discover-first | ")
          .append(on)
          .append(" vs ")
          .append(disc)
          .append(" (function's own: ")
          .append(onOwn)
          .append(" vs ")
          .append(discOwn)
          .append(") | ")
          .append(
              onOwn <= 0.9 * discOwn
                  ? "MET"
                  : "MISSED (read as: at least 10 % fewer of the function's own classes)")
          .append(" |\n");
    }
    if (turnOn != null && turnOn.warmEvents() > 0) {
      double p99 = turnOn.overheadPercentile(99);
      double steady = turnOn.steadyOverheadPercentile(99, STEADY_AFTER);
      out.append("| warm directive overhead (TurnOn, minus Home Assistant's time) p99 <= 2 ms | ")
          .append(fmt(p99, 2))
          .append(" ms (p50 ")
          .append(fmt(turnOn.overheadPercentile(50), 2))
          .append(" ms; p99 without each JVM's first ")
          .append(STEADY_AFTER)
          .append(" warm events ")
          .append(fmt(steady, 2))
          .append(" ms; the stand-in's own p50 ")
          .append(fmt(turnOn.homeAssistantPercentile(50), 2))
          .append(" ms) | ")
          .append(p99 <= 2 ? "MET" : "MISSED")
          .append(" |\n");
    }
    if (turnOn != null && !Double.isNaN(turnOn.functionOverheadPercentile(99))) {
      // The same target read inside the function: its EMF Duration minus the stand-in's time,
      // without the Runtime API round trip that the row above includes.
      double p99 = turnOn.functionOverheadPercentile(99);
      out.append(
              "| warm directive overhead inside the function (TurnOn; its EMF Duration minus the stand-in's time) p99 <= 2 ms | ")
          .append(fmt(p99, 2))
          .append(" ms (p50 ")
          .append(fmt(turnOn.functionOverheadPercentile(50), 2))
          .append(" ms; p99 without each JVM's first ")
          .append(STEADY_AFTER)
          .append(" warm events ")
          .append(fmt(turnOn.steadyFunctionOverheadPercentile(99, STEADY_AFTER), 2))
          .append(
              " ms; outside its Home Assistant calls altogether, Duration minus HaLatency, p50 ")
          .append(fmt(turnOn.functionOwnPercentile(50), 2))
          .append(" / p99 ")
          .append(fmt(turnOn.functionOwnPercentile(99), 2))
          .append(" ms; ")
          .append(turnOn.runsWithFunctionReadings())
          .append(" of ")
          .append(turnOn.runs.size())
          .append(" JVMs) | ")
          .append(p99 <= 2 ? "MET" : "MISSED")
          .append(" |\n");
    }
    if (turnOn != null) {
      double mb = turnOn.artifactMb();
      out.append("| shaded jar of the example <= 4 MB | ")
          .append(fmt(mb, 2))
          .append(" MB | ")
          .append(mb <= 4 ? "MET" : "MISSED")
          .append(" |\n");
    }
    return out.toString();
  }

  private static ClassLoadLog classes(SubjectResult result) {
    return result == null || result.classLoad == null ? null : result.classLoad.classes;
  }

  private static void ratio(
      StringBuilder out,
      Map<String, SubjectResult> byName,
      String numerator,
      String denominator,
      double limit,
      String label) {
    SubjectResult top = byName.get(numerator);
    SubjectResult bottom = byName.get(denominator);
    if (top == null || bottom == null) {
      return;
    }
    double a = top.spread(run -> run.firstResponseMs).median();
    double b = bottom.spread(run -> run.firstResponseMs).median();
    if (Double.isNaN(a) || Double.isNaN(b)) {
      out.append("| ").append(label).append(" | not measured | – |\n");
      return;
    }
    double ratio = a / b;
    out.append("| ")
        .append(label)
        .append(" | ")
        .append(fmt(ratio, 3))
        .append(" (")
        .append(fmt(a, 0))
        .append(" / ")
        .append(fmt(b, 0))
        .append(" ms) | ")
        .append(ratio <= limit ? "MET" : "MISSED")
        .append(" |\n");
  }

  void write(Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, markdown());
  }

  static String fmt(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static String escape(String text) {
    String flat = text == null ? "" : text.replace('\n', ' ').replace("|", "\\|");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException unknown) {
      // fall through
    }
    return System.getProperty("os.arch");
  }
}
