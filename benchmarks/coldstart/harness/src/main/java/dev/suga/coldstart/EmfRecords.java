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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handler's own timings per invocation, from the CloudWatch EMF records a function writes to
 * its log (the example writes one per invocation): {@code Duration}, the handler's time from entry
 * to answer ready, and {@code HaLatency}, its time in Home Assistant calls as it sees them
 * (client-side HTTP work included). Unlike the harness's latency, Duration leaves out the Runtime
 * API round trip, which on a two-core machine shared with the harness's JVM is most of a warm
 * event's tail.
 */
final class EmfRecords {
  private static final Pattern DURATION = member("Duration");
  private static final Pattern HA_LATENCY = member("HaLatency");

  /**
   * One record's timings (ms); {@code haLatencyMs} is 0 when the invocation made no Home Assistant
   * call.
   */
  record Timing(double durationMs, double haLatencyMs) {}

  private EmfRecords() {}

  /** A top-level number member of a compact JSON record, its value as group 1. */
  private static Pattern member(String name) {
    return Pattern.compile("\"" + name + "\":(-?[0-9][0-9.]*(?:[Ee][+-]?[0-9]+)?)");
  }

  /**
   * The timings of each EMF record with a Duration in {@code log}, in order. Empty when the
   * function writes no such records, and when the log cannot be read as records (a harness run must
   * not fail on one subject's odd log line).
   */
  static List<Timing> read(Path log) throws IOException {
    // Lenient decoding: a function may write any bytes to its log.
    String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    List<Timing> timings = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.contains("\"_aws\"")) {
        continue;
      }
      Matcher duration = DURATION.matcher(line);
      if (!duration.find()) {
        continue;
      }
      Matcher haLatency = HA_LATENCY.matcher(line);
      try {
        timings.add(
            new Timing(
                Double.parseDouble(duration.group(1)),
                haLatency.find() ? Double.parseDouble(haLatency.group(1)) : 0));
      } catch (NumberFormatException malformed) {
        return List.of();
      }
    }
    return timings;
  }
}
