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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsSnapshotTest {
  private static final InterfaceInfo APP =
      new InterfaceInfo("app", "com.acme.AppCore", UnloadPolicy.NEVER, 30);
  private static final InterfaceInfo ONCE =
      new InterfaceInfo("once", "com.acme.OnceCore", UnloadPolicy.IMMEDIATE, 30);
  private static final InterfaceInfo IDLE =
      new InterfaceInfo("idle", "com.acme.IdleCore", UnloadPolicy.IDLE, 45);

  private static StatisticsSnapshot.OperationStatistics calls(String descriptor, long calls) {
    return new StatisticsSnapshot.OperationStatistics(
        Operations.info(descriptor), calls, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private static StatisticsSnapshot.ModuleStatistics module(InterfaceInfo info, boolean loaded) {
    return new StatisticsSnapshot.ModuleStatistics(
        info, loaded ? 1 : 0, 1_234_567, 0, 0, 0, loaded);
  }

  /** 3,399 calls in all; app.busy and app.steady qualify, the others each fail one rule. */
  private static StatisticsSnapshot mixed() {
    List<StatisticsSnapshot.OperationStatistics> operations = new ArrayList<>();
    operations.add(calls("app|steady|-|0|int", 200)); // 5.9%: candidate
    operations.add(calls("app|busy|-|0|void|x:int", 1000)); // candidate
    operations.add(calls("app|fast|h|0|void", 0)); // already hot
    operations.add(calls("app|lookup|-|60|java.lang.String", 1000)); // cached
    operations.add(calls("once|run|-|0|void", 1000)); // IMMEDIATE module
    operations.add(calls("idle|few|-|0|void", 99)); // under 100 calls
    operations.add(calls("idle|rare|-|0|void", 100)); // under 5%
    operations.add(calls("idle|never|-|0|void", 0)); // not called
    return new StatisticsSnapshot(
        operations, List.of(module(APP, true), module(ONCE, false), module(IDLE, true)));
  }

  @Test
  void findsOperationsAndModulesByName() {
    StatisticsSnapshot snapshot = mixed();

    assertEquals(1000, snapshot.operation("app.busy").calls());
    assertNull(snapshot.operation("app.missing"));
    assertEquals(UnloadPolicy.IDLE, snapshot.module("idle").module().unload());
    assertNull(snapshot.module("missing"));
    assertEquals(3399, snapshot.totalCalls());
  }

  @Test
  void hotPathCandidatesFollowTheRule() {
    List<StatisticsSnapshot.OperationStatistics> candidates = mixed().hotPathCandidates();

    assertEquals(2, candidates.size());
    assertEquals("app.busy", candidates.get(0).operation().qualifiedName());
    assertEquals("app.steady", candidates.get(1).operation().qualifiedName());
  }

  @Test
  void anInterfacesFallbackIsNeverACandidate() {
    StatisticsSnapshot snapshot =
        new StatisticsSnapshot(
            List.of(
                calls(
                    "app|*|-|0|java.lang.Object|operation:java.lang.String|arguments:java.lang.Object[]",
                    1000),
                calls("app|bulk|-|0|void", 1000)),
            List.of(module(APP, true)));

    assertTrue(snapshot.operation("app.*").operation().fallback());
    assertEquals(
        List.of("app.bulk"),
        snapshot.hotPathCandidates().stream().map(c -> c.operation().qualifiedName()).toList());
  }

  @Test
  void fivePercentAndOneHundredCallsAreEnough() {
    StatisticsSnapshot snapshot =
        new StatisticsSnapshot(
            List.of(calls("app|edge|-|0|void", 100), calls("app|bulk|-|0|void", 1900)),
            List.of(module(APP, true)));

    assertEquals(2, snapshot.hotPathCandidates().size());
  }

  @Test
  void meanAndEstimatedTotalWeighEachTimedCallByTheCallsItStandsFor() {
    // Three timed calls: 2,000 ns standing for itself, 500 ns standing for 8 calls, 500 ns for 1.
    StatisticsSnapshot.OperationStatistics statistics =
        new StatisticsSnapshot.OperationStatistics(
            Operations.info("app|x|-|0|void"), 10, 0, 0, 0, 3, 3_000, 10, 6_500, 2_000);

    assertEquals(650.0, statistics.meanNanos(), "not the unweighted 1,000");
    assertEquals(6_500, statistics.estimatedTotalNanos());
  }

  @Test
  void reportListsCalledAndHotOperationsModulesAndRecommendations() {
    List<StatisticsSnapshot.OperationStatistics> operations = new ArrayList<>(mixed().operations());
    operations.set(
        1,
        new StatisticsSnapshot.OperationStatistics(
            Operations.info("app|busy|-|0|void|x:int"),
            1000,
            7,
            0,
            0,
            4,
            10_000,
            4,
            10_000,
            4_250));
    operations.set(
        3,
        new StatisticsSnapshot.OperationStatistics(
            Operations.info("app|lookup|-|60|java.lang.String"), 1000, 0, 900, 100, 0, 0, 0, 0, 0));
    List<StatisticsSnapshot.ModuleStatistics> modules = new ArrayList<>(mixed().modules());
    modules.set(2, new StatisticsSnapshot.ModuleStatistics(IDLE, 6, 2_000_000, 5, 1, 3, true));
    String report = new StatisticsSnapshot(operations, modules).report();

    List<String> lines = report.lines().toList();
    assertEquals("SUGA gateway statistics: 3399 calls counted", lines.get(0));
    assertTrue(
        lineStartingWith(lines, "  app.busy").matches("  app\\.busy +1000 +7 +2\\.5 +4\\.3 +- +-"),
        report);
    assertTrue(lineStartingWith(lines, "  app.fast").contains("hot path, not counted"), report);
    assertTrue(lineStartingWith(lines, "  app.lookup").matches(".* 900 +100"), report);
    assertFalse(report.contains("idle.never"), "operations never called are left out");
    assertTrue(
        lineStartingWith(lines, "  module ")
            .matches(
                "  module +unload +loads +load ms +releases +emergency releases +close failures"
                    + " +loaded"),
        report);
    assertTrue(
        lineStartingWith(lines, "  app ").matches("  app +NEVER +1 +1\\.2 +0 +0 +0 +yes"), report);
    assertTrue(lineStartingWith(lines, "  once ").endsWith("no"), report);
    assertTrue(
        lineStartingWith(lines, "  idle ").matches("  idle +IDLE 45 s +6 +2\\.0 +5 +3 +1 +yes"),
        "5 releases, 3 of them forced by memory pressure, 1 close failure: " + report);
    int recommended = lines.indexOf("Recommended @HotPath:");
    assertTrue(recommended > 0, report);
    assertEquals("  app.busy: 29.4% of calls (1000 of 3399)", lines.get(recommended + 1));
    assertEquals("  app.steady: 5.9% of calls (200 of 3399)", lines.get(recommended + 2));
    assertEquals(recommended + 3, lines.size());
    for (String line : lines) {
      assertFalse(line.endsWith(" "), "trailing space in: " + line);
    }
  }

  @Test
  void reportSaysWhenNothingIsRecommended() {
    String report =
        new StatisticsSnapshot(List.of(calls("app|x|-|0|void", 5)), List.of(module(APP, false)))
            .report();

    assertTrue(report.contains("Recommended @HotPath: none"), report);
    assertTrue(report.contains("  app.x  "), report);
  }

  @Test
  void listsAreImmutable() {
    StatisticsSnapshot snapshot = mixed();

    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> snapshot.operations().clear());
    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> snapshot.hotPathCandidates().clear());
  }

  private static String lineStartingWith(List<String> lines, String prefix) {
    for (String line : lines) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("no line starts with '" + prefix + "'");
  }
}
