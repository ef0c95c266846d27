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

import static dev.suga.coldstart.Report.fmt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The AOT-cache section of the report (issue 15): each subject with its own cache against the same
 * function in the same layout without one ({@code NAME+aot} / {@code NAME+image}), the example's
 * cache against the hand-tuned handler's, and the caches the JVM must ignore: did the JVM answer,
 * and where did the handler's class come from.
 */
final class AotReport {
  /** Issue 15's targets. */
  static final double EXAMPLE_WITH_WITHOUT = 0.8;

  static final double EXAMPLE_WITH_HAND_TUNED_WITH = 1.0;

  private AotReport() {}

  static boolean applies(List<SubjectResult> results) {
    return results.stream().anyMatch(result -> result.subject.cache() != Subject.Cache.NONE);
  }

  static String markdown(List<SubjectResult> results, AotCache kind) {
    Map<String, SubjectResult> byName = new LinkedHashMap<>();
    results.forEach(result -> byName.put(result.subject.name(), result));
    StringBuilder out = new StringBuilder(2048);
    out.append("\nCaches (")
        .append(
            kind == AotCache.DYNAMIC_CDS
                ? "dynamic CDS archives: the measured JVM is older than JDK 25"
                : "JDK AOT caches")
        .append("; each recorded by its training run on the subject's own command line, the")
        .append(" function's jar on the class path; ratios of medians from this run):\n\n");
    out.append(
        "| subject | recorded by | cache MB | training s | first response ms, median"
            + " | vs no cache (NAME+image): first response / CPU | first invocation ms |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (SubjectResult result : results) {
      Subject subject = result.subject;
      if (subject.cache() != Subject.Cache.OWN || result.training == null) {
        continue;
      }
      SubjectResult plain = byName.get(base(subject.name()) + Subject.DERIVED + "image");
      out.append("| ")
          .append(subject.name())
          .append(" | ")
          .append(
              subject.trainingMain() == null
                  ? "one first event through the runtime client"
                  : "`" + subject.trainingMain() + "`")
          .append(" | ")
          .append(fmt(result.training.cacheBytes / 1048576.0, 1))
          .append(" | ")
          .append(fmt(result.training.trainingSeconds, 1))
          .append(" | ")
          .append(fmt(median(result, run -> run.firstResponseMs), 0))
          .append(" | ")
          .append(ratio(result, plain, run -> run.firstResponseMs))
          .append(" / ")
          .append(ratio(result, plain, run -> run.cpuMs))
          .append(" | ")
          .append(fmt(median(result, run -> run.firstInvocationMs), 0))
          .append(" |\n");
    }

    SubjectResult example =
        first(
            byName,
            Subjects.EXAMPLE_TURN_ON + Subject.DERIVED + "aot-main",
            Subjects.EXAMPLE_TURN_ON + Subject.DERIVED + "aot");
    SubjectResult examplePlain = byName.get(Subjects.EXAMPLE_TURN_ON + Subject.DERIVED + "image");
    SubjectResult handTuned = byName.get(Subjects.HAND_TUNED + Subject.DERIVED + "aot");
    if (example != null && (examplePlain != null || handTuned != null)) {
      out.append("\nIssue 15 targets (`")
          .append(example.subject.name())
          .append(
              "` is the example with its cache):\n\n| target | first response | CPU | verdict |\n")
          .append("|---|---|---|---|\n");
      target(
          out,
          "example with its cache / without it (" + examplePlain(examplePlain) + ")",
          example,
          examplePlain,
          EXAMPLE_WITH_WITHOUT);
      target(
          out,
          "example with its cache / hand-tuned with its own (`"
              + Subjects.HAND_TUNED
              + Subject.DERIVED
              + "aot`)",
          example,
          handTuned,
          EXAMPLE_WITH_HAND_TUNED_WITH);
    }

    if (results.stream().anyMatch(result -> result.subject.checkOnly())) {
      out.append(
          "\nCaches the JVM cannot use (one JVM each, first event; it must answer, and should"
              + " not use the cache):\n\n| subject | answered | handler class from | the JVM said |\n"
              + "|---|---|---|---|\n");
      for (SubjectResult result : results) {
        if (!result.subject.checkOnly()) {
          continue;
        }
        JvmRun.Result run = result.classLoad;
        boolean answered = result.ok() && run != null && run.failure == null;
        out.append("| ")
            .append(result.subject.name())
            .append(" | ")
            .append(answered ? "yes" : "NO: " + result.failure)
            .append(" | ")
            .append(run == null || run.handlerSource == null ? "–" : "`" + run.handlerSource + "`")
            .append(" | ")
            .append(
                run == null || run.cacheMessage == null
                    ? "nothing"
                    : "`" + run.cacheMessage.replace("|", "\\|") + "`")
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String examplePlain(SubjectResult plain) {
    return "`" + Subjects.EXAMPLE_TURN_ON + Subject.DERIVED + "image`";
  }

  private static void target(
      StringBuilder out, String label, SubjectResult top, SubjectResult bottom, double limit) {
    if (bottom == null) {
      return;
    }
    double wall = ratioValue(top, bottom, run -> run.firstResponseMs);
    double cpu = ratioValue(top, bottom, run -> run.cpuMs);
    out.append("| ")
        .append(label)
        .append(" <= ")
        .append(fmt(limit, 1))
        .append(" | ")
        .append(fmt(wall, 2))
        .append(" (")
        .append(fmt(median(top, run -> run.firstResponseMs), 0))
        .append(" / ")
        .append(fmt(median(bottom, run -> run.firstResponseMs), 0))
        .append(" ms) | ")
        .append(fmt(cpu, 2))
        .append(" | ")
        .append(Double.isNaN(wall) ? "–" : wall <= limit ? "MET" : "MISSED")
        .append(" |\n");
  }

  /** {@code example-turnon+aot} -> {@code example-turnon}. */
  static String base(String name) {
    int plus = name.indexOf(Subject.DERIVED);
    return plus < 0 ? name : name.substring(0, plus);
  }

  private static SubjectResult first(Map<String, SubjectResult> byName, String... names) {
    for (String name : names) {
      SubjectResult result = byName.get(name);
      if (result != null && result.training != null) {
        return result;
      }
    }
    return null;
  }

  private static double median(SubjectResult result, ToDoubleFunction<JvmRun.Result> metric) {
    return result.spread(metric).median();
  }

  private static String ratio(
      SubjectResult top, SubjectResult bottom, ToDoubleFunction<JvmRun.Result> metric) {
    return bottom == null ? "–" : fmt(ratioValue(top, bottom, metric), 2);
  }

  private static double ratioValue(
      SubjectResult top, SubjectResult bottom, ToDoubleFunction<JvmRun.Result> metric) {
    return median(top, metric) / median(bottom, metric);
  }
}
