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
package dev.suga.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable view of the usage statistics of a gateway's modules ({@code Gateway.statistics()}),
 * with a text {@link #report()}. Each module's counters belong to the module, so every gateway that
 * includes it sees every counted call, whichever gateway made it.
 *
 * @param operations the statistics of every operation, in operation order
 * @param modules the statistics of every module, in interface order
 */
public record StatisticsSnapshot(
    List<OperationStatistics> operations, List<ModuleStatistics> modules) {
  /** The smallest number of calls that makes an operation a {@code @HotPath} candidate. */
  public static final long HOT_PATH_MIN_CALLS = 100;

  /** The smallest share of all calls, in percent, that makes a {@code @HotPath} candidate. */
  public static final int HOT_PATH_MIN_PERCENT = 5;

  /**
   * Creates a snapshot; normally a gateway's {@code statistics()} does.
   *
   * @param operations the statistics of every operation (copied)
   * @param modules the statistics of every module (copied)
   */
  public StatisticsSnapshot {
    operations = List.copyOf(operations);
    modules = List.copyOf(modules);
  }

  /**
   * The statistics of one operation. Timings are sampled: only some calls are timed, about one in
   * as many as keeps timing at 1 % of the operation's own time, so {@code sampledCalls <= calls}.
   * Each timed call stands for the calls of the gap that chose it, its weight; the mean weighs
   * timed calls by it, since an operation's period changes (its first, slow calls are all timed,
   * its fast ones rarely).
   *
   * @param operation the operation's metadata
   * @param calls calls counted (hot-path calls are not counted)
   * @param errors calls that threw
   * @param cacheHits calls answered by the result cache
   * @param cacheMisses calls of a cached operation the result cache could not answer
   * @param sampledCalls calls that were timed
   * @param sampledNanos total time of the timed calls
   * @param weightedCalls the sum of the timed calls' weights: about the calls they stand for
   * @param weightedNanos the sum of each timed call's time times its weight
   * @param maxNanos longest timed call
   */
  public record OperationStatistics(
      OperationInfo operation,
      long calls,
      long errors,
      long cacheHits,
      long cacheMisses,
      long sampledCalls,
      long sampledNanos,
      long weightedCalls,
      long weightedNanos,
      long maxNanos) {

    /**
     * The estimated mean time of a call: the timed calls' mean, each weighted by the calls it
     * stands for.
     *
     * @return {@code weightedNanos / weightedCalls}, 0 if no call was timed
     */
    public double meanNanos() {
      return weightedCalls == 0 ? 0.0 : (double) weightedNanos / weightedCalls;
    }

    /**
     * The estimated time spent in all counted calls.
     *
     * @return {@code round(meanNanos() * calls)}
     */
    public long estimatedTotalNanos() {
      return Math.round(meanNanos() * calls);
    }
  }

  /**
   * The statistics of one module.
   *
   * @param module the interface's metadata
   * @param loads how often the module was built
   * @param loadNanos total time spent building it
   * @param releases how often an instance was released
   * @param closeFailures how often closing a released instance threw
   * @param emergencyReleases how many of the releases memory pressure forced
   * @param loaded whether an instance exists now
   */
  public record ModuleStatistics(
      InterfaceInfo module,
      long loads,
      long loadNanos,
      long releases,
      long closeFailures,
      long emergencyReleases,
      boolean loaded) {}

  /**
   * Finds an operation's statistics.
   *
   * @param qualifiedName e.g. {@code "cache.get"}
   * @return the statistics, or {@code null} if there is no such operation
   */
  public OperationStatistics operation(String qualifiedName) {
    for (OperationStatistics statistics : operations) {
      if (statistics.operation().qualifiedName().equals(qualifiedName)) {
        return statistics;
      }
    }
    return null;
  }

  /**
   * Finds a module's statistics.
   *
   * @param interfaceId e.g. {@code "cache"}
   * @return the statistics, or {@code null} if there is no such interface
   */
  public ModuleStatistics module(String interfaceId) {
    for (ModuleStatistics statistics : modules) {
      if (statistics.module().id().equals(interfaceId)) {
        return statistics;
      }
    }
    return null;
  }

  /**
   * All counted calls.
   *
   * @return the sum of {@link OperationStatistics#calls()}
   */
  public long totalCalls() {
    long total = 0;
    for (OperationStatistics statistics : operations) {
      total += statistics.calls();
    }
    return total;
  }

  /**
   * The operations that deserve {@code @HotPath}, most called first. An operation qualifies when
   * all of these hold:
   *
   * <ul>
   *   <li>it is a declared operation, not an interface's fallback;
   *   <li>it is not already a hot path;
   *   <li>it is not {@code @Cached} (a hot path bypasses the result cache);
   *   <li>its module's unload policy is not {@link UnloadPolicy#IMMEDIATE} (a hot path keeps the
   *       module, which that policy forbids);
   *   <li>it was called at least {@value #HOT_PATH_MIN_CALLS} times;
   *   <li>its calls are at least {@value #HOT_PATH_MIN_PERCENT}% of all counted calls.
   * </ul>
   *
   * @return the candidates, most called first (ties by name)
   */
  public List<OperationStatistics> hotPathCandidates() {
    long total = totalCalls();
    List<OperationStatistics> candidates = new ArrayList<>();
    for (OperationStatistics statistics : operations) {
      OperationInfo operation = statistics.operation();
      long calls = statistics.calls();
      if (operation.hotPath()
          || operation.fallback()
          || operation.cached()
          || calls < HOT_PATH_MIN_CALLS
          || calls * 100 < total * HOT_PATH_MIN_PERCENT) {
        continue;
      }
      ModuleStatistics module = module(operation.interfaceId());
      if (module != null && module.module().unload() == UnloadPolicy.IMMEDIATE) {
        continue;
      }
      candidates.add(statistics);
    }
    candidates.sort(new MostCalledFirst());
    return List.copyOf(candidates);
  }

  /**
   * A human-readable multi-line report: a table of the operations that were called (and the hot
   * ones, whose calls are not counted) with calls, errors, the estimated mean time of a call (see
   * {@link OperationStatistics#meanNanos()}) and the longest timed call in microseconds, and cache
   * hits and misses; a table of all modules with loads, total load time, releases (and how many of
   * them memory pressure forced: emergency releases), failed closes and whether they are loaded;
   * then the recommended {@code @HotPath}s (see {@link #hotPathCandidates()}) with their share of
   * all calls.
   *
   * @return the report, lines ending in {@code '\n'}
   */
  public String report() {
    long total = totalCalls();
    StringBuilder text = new StringBuilder(1024);
    text.append("SUGA gateway statistics: ").append(total).append(" calls counted\n");

    text.append("Operations (times sampled, in microseconds):\n");
    TextTable operationTable =
        new TextTable(
            "operation", "calls", "errors", "mean us", "max us", "cache hits", "cache misses");
    int listed = 0;
    for (OperationStatistics statistics : operations) {
      OperationInfo operation = statistics.operation();
      if (statistics.calls() == 0 && !operation.hotPath()) {
        continue;
      }
      boolean timed = statistics.sampledCalls() > 0;
      operationTable.add(
          operation.qualifiedName(),
          operation.hotPath() ? "hot path, not counted" : Long.toString(statistics.calls()),
          Long.toString(statistics.errors()),
          timed ? tenths(Math.round(statistics.meanNanos() / 100.0)) : "-",
          timed ? tenths(Math.round(statistics.maxNanos() / 100.0)) : "-",
          operation.cached() ? Long.toString(statistics.cacheHits()) : "-",
          operation.cached() ? Long.toString(statistics.cacheMisses()) : "-");
      listed++;
    }
    if (listed == 0) {
      text.append("  (no operation called yet)\n");
    } else {
      operationTable.appendTo(text, "  ");
    }

    text.append("Modules:\n");
    TextTable moduleTable =
        new TextTable(
            "module",
            "unload",
            "loads",
            "load ms",
            "releases",
            "emergency releases",
            "close failures",
            "loaded");
    for (ModuleStatistics statistics : modules) {
      InterfaceInfo module = statistics.module();
      moduleTable.add(
          module.id(),
          module.unload() == UnloadPolicy.IDLE
              ? "IDLE " + module.idleSeconds() + " s"
              : module.unload().name(),
          Long.toString(statistics.loads()),
          tenths(Math.round(statistics.loadNanos() / 100_000.0)),
          Long.toString(statistics.releases()),
          Long.toString(statistics.emergencyReleases()),
          Long.toString(statistics.closeFailures()),
          statistics.loaded() ? "yes" : "no");
    }
    if (modules.isEmpty()) {
      text.append("  (no modules)\n");
    } else {
      moduleTable.appendTo(text, "  ");
    }

    List<OperationStatistics> candidates = hotPathCandidates();
    if (candidates.isEmpty()) {
      text.append("Recommended @HotPath: none (a candidate has at least ")
          .append(HOT_PATH_MIN_CALLS)
          .append(" calls and ")
          .append(HOT_PATH_MIN_PERCENT)
          .append("% of all calls, and is not hot, not cached and not on an IMMEDIATE module)\n");
    } else {
      text.append("Recommended @HotPath:\n");
      for (OperationStatistics candidate : candidates) {
        text.append("  ")
            .append(candidate.operation().qualifiedName())
            .append(": ")
            .append(tenths(Math.round(candidate.calls() * 1000.0 / total)))
            .append("% of calls (")
            .append(candidate.calls())
            .append(" of ")
            .append(total)
            .append(")\n");
      }
    }
    return text.toString();
  }

  /** Formats a count of tenths with one decimal: 123 -> "12.3". */
  private static String tenths(long tenths) {
    if (tenths < 0) {
      return "-" + tenths(-tenths);
    }
    return (tenths / 10) + "." + (tenths % 10);
  }

  /** Orders by calls, most first, then by qualified name; a class rather than a lambda. */
  private static final class MostCalledFirst implements Comparator<OperationStatistics> {
    @Override
    public int compare(OperationStatistics a, OperationStatistics b) {
      int byCalls = Long.compare(b.calls(), a.calls());
      return byCalls != 0
          ? byCalls
          : a.operation().qualifiedName().compareTo(b.operation().qualifiedName());
    }
  }
}
