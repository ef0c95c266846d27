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
 * The function's own time per invocation, from the CloudWatch EMF records it writes to its log
 * (the example writes one per invocation): {@code Duration} (the handler's time) minus {@code
 * HaLatency} (its time waiting for Home Assistant). Unlike the harness's own latency, this leaves
 * out the Runtime API round trip and the loopback HTTP to the stand-in, which on a two-core
 * machine shared by both JVMs are most of a warm event's tail.
 */
final class EmfRecords {
  private static final Pattern DURATION = Pattern.compile("\"Duration\":(-?[0-9.Ee+-]+)");
  private static final Pattern HA_LATENCY = Pattern.compile("\"HaLatency\":(-?[0-9.Ee+-]+)");

  private EmfRecords() {}

  /**
   * Duration minus HaLatency (ms) of each EMF record in {@code log}, in order; a record without
   * HaLatency made no Home Assistant call. Empty when the function writes no such records.
   */
  static List<Double> ownTimeMs(Path log) throws IOException {
    List<Double> ownTime = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (!line.contains("\"_aws\"")) {
        continue;
      }
      Matcher duration = DURATION.matcher(line);
      if (!duration.find()) {
        continue;
      }
      Matcher haLatency = HA_LATENCY.matcher(line);
      double waiting = haLatency.find() ? Double.parseDouble(haLatency.group(1)) : 0;
      ownTime.add(Double.parseDouble(duration.group(1)) - waiting);
    }
    return ownTime;
  }
}
