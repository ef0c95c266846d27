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

import java.util.List;

/**
 * The SnapStart section of the report (issue 4, part 4): for every subject of a run that has a
 * SnapStart one, its cold start split at the Runtime API calls. With {@code snap-start} the runtime
 * interface client loads the handler, runs the {@code beforeCheckpoint} hooks, calls {@code
 * restore/next} (where Lambda takes the snapshot), runs {@code afterRestore} and polls {@code
 * /next}; on demand it polls {@code /next} right after loading the handler.
 *
 * <p>No snapshot is taken here (no CRaC): the JVM just goes on after {@code restore/next}. So the
 * table shows how much of the first invocation's work a hook moves before the snapshot point, not
 * what a restored environment costs (restoring the snapshot's memory is not measured).
 */
final class SnapStartReport {
  private SnapStartReport() {}

  static boolean applies(List<SubjectResult> results) {
    return results.stream().anyMatch(result -> result.subject.initialization().snapStart());
  }

  static String markdown(List<SubjectResult> results) {
    StringBuilder out = new StringBuilder(2048);
    out.append(
        "\nSnapStart split (simulated: `restore/next` is answered at once, no snapshot is taken or restored;"
            + " on demand, \"before the snapshot\" is the whole init, launch → first `/next`):\n\n");
    out.append(
        "| subject | init type | before the snapshot ms: launch → restore/next | restore/next → first /next ms"
            + " | first invocation ms, median (min–max) | CPU ms before the snapshot / in the first invocation"
            + " | classes before the snapshot (function's) | classes in the first invocation (function's) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (SubjectResult result : results) {
      if (result.runs.stream().noneMatch(run -> run.failure == null)) {
        continue;
      }
      boolean snapStart = result.subject.initialization().snapStart();
      SubjectResult.Spread before =
          result.spread(run -> snapStart ? run.restoreNextMs : run.initMs);
      SubjectResult.Spread first = result.spread(run -> run.firstInvocationMs);
      JvmRun.Result classes = result.classLoad;
      out.append("| ")
          .append(result.subject.name())
          .append(" | ")
          .append(label(result.subject.initialization()))
          .append(" | ")
          .append(spread(before, 0))
          .append(" | ")
          .append(snapStart ? fmt(result.spread(run -> run.afterRestoreMs).median(), 1) : "–")
          .append(" | ")
          .append(spread(first, 0))
          .append(" | ")
          .append(
              fmt(result.spread(run -> snapStart ? run.cpuRestoreMs : run.cpuInitMs).median(), 0))
          .append(" / ")
          .append(fmt(result.spread(run -> run.cpuMs - run.cpuInitMs).median(), 0))
          .append(" | ")
          .append(classes(classes == null ? null : classes.classesBeforeSnapshot))
          .append(" | ")
          .append(classes(classes == null ? null : classes.classesFirstInvocation))
          .append(" |\n");
    }
    compare(
        out, results, Subjects.EXAMPLE_TURN_ON_SNAPSTART, Subjects.EXAMPLE_TURN_ON, "on demand");
    compare(
        out,
        results,
        Subjects.EXAMPLE_TURN_ON_SNAPSTART,
        Subjects.EXAMPLE_TURN_ON_SNAPSTART_UNPRIMED,
        "SnapStart without the hook");
    return out.toString();
  }

  /**
   * One line: how much shorter the primed subject's first invocation is than another's (medians).
   */
  private static void compare(
      StringBuilder out, List<SubjectResult> results, String primed, String other, String what) {
    SubjectResult a = find(results, primed);
    SubjectResult b = find(results, other);
    if (a == null || b == null) {
      return;
    }
    double mine = a.spread(run -> run.firstInvocationMs).median();
    double theirs = b.spread(run -> run.firstInvocationMs).median();
    if (Double.isNaN(mine) || Double.isNaN(theirs)) {
      return;
    }
    out.append("\n- `")
        .append(primed)
        .append("` vs `")
        .append(other)
        .append("` (")
        .append(what)
        .append("): first invocation ")
        .append(fmt(mine, 0))
        .append(" vs ")
        .append(fmt(theirs, 0))
        .append(" ms (")
        .append(fmt(mine / theirs, 2))
        .append("×), CPU in it ")
        .append(fmt(a.spread(run -> run.cpuMs - run.cpuInitMs).median(), 0))
        .append(" vs ")
        .append(fmt(b.spread(run -> run.cpuMs - run.cpuInitMs).median(), 0))
        .append(" ms");
    ClassLoadLog mineClasses = a.classLoad == null ? null : a.classLoad.classesFirstInvocation;
    ClassLoadLog theirClasses = b.classLoad == null ? null : b.classLoad.classesFirstInvocation;
    if (mineClasses != null && theirClasses != null) {
      out.append(", classes loaded in it ")
          .append(mineClasses.total())
          .append(" vs ")
          .append(theirClasses.total())
          .append(" (the function's ")
          .append(mineClasses.function())
          .append(" vs ")
          .append(theirClasses.function())
          .append(")");
    }
    out.append(".\n");
  }

  private static SubjectResult find(List<SubjectResult> results, String name) {
    return results.stream()
        .filter(result -> result.subject.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static String label(Subject.Initialization initialization) {
    return switch (initialization) {
      case ON_DEMAND -> "on-demand";
      case SNAP_START -> "snap-start";
      case SNAP_START_WITHOUT_CRAC_BRIDGE -> "snap-start, no org.crac bridge";
    };
  }

  private static String spread(SubjectResult.Spread spread, int decimals) {
    return fmt(spread.median(), decimals)
        + " ("
        + fmt(spread.min(), decimals)
        + "–"
        + fmt(spread.max(), decimals)
        + ")";
  }

  private static String classes(ClassLoadLog classes) {
    return classes == null ? "–" : fmt(classes.total(), 0) + " (" + classes.function() + ")";
  }
}
