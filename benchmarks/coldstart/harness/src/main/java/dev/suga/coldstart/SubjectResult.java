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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** All runs of one subject, and their statistics. */
final class SubjectResult {
  final Subject subject;
  final List<JvmRun.Result> runs = new ArrayList<>();
  JvmRun.Result classLoad;

  /** The run that recorded its cache (subjects with one). */
  JvmRun.Result training;

  String failure;

  SubjectResult(Subject subject) {
    this.subject = subject;
  }

  boolean ok() {
    return failure == null;
  }

  /** Median, min and max of one number over the measured JVMs. */
  record Spread(double median, double min, double max) {
    static final Spread NONE = new Spread(Double.NaN, Double.NaN, Double.NaN);
  }

  Spread spread(ToDoubleFunction<JvmRun.Result> metric) {
    double[] values =
        runs.stream()
            .filter(run -> run.failure == null)
            .mapToDouble(metric)
            .filter(value -> !Double.isNaN(value) && value >= 0)
            .sorted()
            .toArray();
    if (values.length == 0) {
      return Spread.NONE;
    }
    return new Spread(median(values), values[0], values[values.length - 1]);
  }

  /** A percentile (nearest rank) of the warm latencies pooled over all measured JVMs. */
  double warmPercentile(double percentile) {
    return percentile(pool(run -> run.warmMs), percentile);
  }

  double overheadPercentile(double percentile) {
    return percentile(pool(run -> run.warmOverheadMs), percentile);
  }

  /**
   * As {@link #overheadPercentile}, leaving out each JVM's first {@code skip} warm events (its JIT
   * warm-up).
   */
  double steadyOverheadPercentile(double percentile, int skip) {
    return percentile(
        pool(
            run ->
                run.warmOverheadMs.subList(
                    Math.min(skip, run.warmOverheadMs.size()), run.warmOverheadMs.size())),
        percentile);
  }

  /**
   * A percentile of the warm overhead seen inside the function (its EMF records); NaN without them.
   */
  double functionOverheadPercentile(double percentile) {
    return percentile(pool(run -> run.warmFunctionOverheadMs), percentile);
  }

  /**
   * As {@link #functionOverheadPercentile}, leaving out each JVM's first {@code skip} warm events.
   */
  double steadyFunctionOverheadPercentile(double percentile, int skip) {
    return percentile(
        pool(
            run ->
                run.warmFunctionOverheadMs.subList(
                    Math.min(skip, run.warmFunctionOverheadMs.size()),
                    run.warmFunctionOverheadMs.size())),
        percentile);
  }

  /** A percentile of the function's time outside its Home Assistant calls (its EMF records). */
  double functionOwnPercentile(double percentile) {
    return percentile(pool(run -> run.warmFunctionOwnMs), percentile);
  }

  /** How many measured JVMs gave in-function readings. */
  long runsWithFunctionReadings() {
    return runs.stream()
        .filter(run -> run.failure == null && !run.warmFunctionOverheadMs.isEmpty())
        .count();
  }

  double homeAssistantPercentile(double percentile) {
    return percentile(pool(run -> run.warmHomeAssistantMs), percentile);
  }

  int warmEvents() {
    return pool(run -> run.warmMs).length;
  }

  /** Size of the artifact in MB (a directory counts its files). */
  double artifactMb() {
    try {
      if (Files.isDirectory(subject.artifact())) {
        try (var files = Files.walk(subject.artifact())) {
          return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum()
              / 1048576.0;
        }
      }
      return Files.size(subject.artifact()) / 1048576.0;
    } catch (IOException | RuntimeException unknown) {
      return Double.NaN;
    }
  }

  private double[] pool(java.util.function.Function<JvmRun.Result, List<Double>> series) {
    return runs.stream()
        .filter(run -> run.failure == null)
        .flatMap(run -> series.apply(run).stream())
        .mapToDouble(Double::doubleValue)
        .sorted()
        .toArray();
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double percentile(double[] sorted, double percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double[] sorted(double... values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
