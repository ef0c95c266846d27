package dev.suga.example.ha.platform;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test's configuration and captured output: installs a {@link ConfigCore#override} configuration and a
 * {@link LogSink} collector, and on {@link #close()} discards pending metrics and restores both,
 * so that one test's state does not reach the next (or another engineer's tests in the same JVM).
 */
final class PlatformFixture implements AutoCloseable {
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private Map<String, String> environment;

  private PlatformFixture(Map<String, String> environment) {
    discardPendingMetrics();
    environment(environment);
    LogSink.redirect(lines::add);
  }

  /** Installs {@code environment} (replacing the process environment) and a log collector. */
  static PlatformFixture with(Map<String, String> environment) {
    return new PlatformFixture(environment);
  }

  /** Replaces the whole configuration. */
  void environment(Map<String, String> values) {
    environment = new HashMap<>(values);
    ConfigCore.override(environment);
  }

  /** Sets one setting, keeping the others. */
  void set(String name, String value) {
    environment.put(name, value);
    ConfigCore.override(environment);
  }

  /** Every line written so far. */
  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** Every line written so far, parsed as JSON objects. */
  List<Map<String, Object>> records() {
    List<Map<String, Object>> records = new ArrayList<>();
    for (String line : lines()) {
      records.add(Json.parseObject(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    return records;
  }

  /** The log records (not metric records) of {@code level}. */
  List<Map<String, Object>> logs(String level) {
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> record : records()) {
      if (level.equals(record.get("level"))) {
        matching.add(record);
      }
    }
    return matching;
  }

  void clearLines() {
    lines.clear();
  }

  /** Drops metrics other code recorded into the gateway's shared instance without writing them anywhere. */
  private static void discardPendingMetrics() {
    LogSink.redirect(line -> {});
    Gateway.metricsFlush(null);
  }

  @Override
  public void close() {
    discardPendingMetrics();
    LogSink.redirect(null);
    ConfigCore.override(null);
  }
}
