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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What Linux's /proc says about a process: CPU time (utime + stime) and resident memory. */
final class ProcFs {
  private static final long CLOCK_TICKS = clockTicks();

  private ProcFs() {}

  /**
   * CPU time of the process in ms, to the nanosecond: the sum of its threads' run time in {@code
   * /proc/PID/task/TID/schedstat}, not less than {@link #cpuTicksMillis} (which counts ended
   * threads too, but only in clock ticks of 10 ms); -1 if unknown.
   */
  static double cpuMillis(long pid) {
    double ticks = cpuTicksMillis(pid);
    long nanos = 0;
    try (var tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks) {
        try {
          String schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII);
          nanos += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        } catch (IOException | RuntimeException ended) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException | RuntimeException unknown) {
      return ticks;
    }
    double precise = nanos / 1e6;
    return precise + 1000.0 / CLOCK_TICKS < ticks ? ticks : precise;
  }

  /**
   * User + system CPU time of the process (all its threads, live and ended) from /proc/PID/stat, in
   * ms; -1 if unknown.
   */
  static double cpuTicksMillis(long pid) {
    try {
      String stat =
          Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      // Field 2 (comm) may hold spaces; the fields after its closing parenthesis are 3, 4, ...
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks =
          Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 utime, 15 stime
      return ticks * 1000.0 / CLOCK_TICKS;
    } catch (IOException | RuntimeException unknown) {
      return -1;
    }
  }

  /**
   * A {@code kB} line of /proc/PID/status ({@code VmHWM} = peak RSS, {@code VmRSS}), in KB; -1 if
   * unknown.
   */
  static long statusKb(long pid, String field) {
    try {
      List<String> lines =
          Files.readAllLines(
              Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII);
      for (String line : lines) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
        }
      }
    } catch (IOException | RuntimeException unknown) {
      // fall through
    }
    return -1;
  }

  /** The 1-, 5- and 15-minute load averages, as /proc/loadavg has them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException unknown) {
      return "unknown";
    }
  }

  private static long clockTicks() {
    try {
      Process process = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String text =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      process.waitFor();
      return Long.parseLong(text);
    } catch (IOException | RuntimeException failure) {
      return 100;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
