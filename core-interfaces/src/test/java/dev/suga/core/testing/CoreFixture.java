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
package dev.suga.core.testing;

import dev.suga.core.ConfigCore;
import dev.suga.core.CoreGateway;
import dev.suga.core.LogSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test's configuration and captured output: installs a {@link ConfigCore#override} configuration
 * and a {@link LogSink} collector, and on {@link #close()} discards pending metrics and restores
 * both, so that one test's state does not reach the next (or another engineer's tests in the same
 * JVM). In the test-jar, for functions built on the core.
 */
public final class CoreFixture implements AutoCloseable {
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private Map<String, String> environment;

  private CoreFixture(Map<String, String> environment) {
    discardPendingMetrics();
    environment(environment);
    LogSink.redirect(lines::add);
  }

  /** Installs {@code environment} (replacing the process environment) and a log collector. */
  public static CoreFixture with(Map<String, String> environment) {
    return new CoreFixture(environment);
  }

  /** Replaces the whole configuration. */
  public void environment(Map<String, String> values) {
    environment = new HashMap<>(values);
    ConfigCore.override(environment);
  }

  /** Sets one setting ({@code value} non-null) or removes it, keeping the others. */
  public void set(String name, String value) {
    if (value == null) {
      environment.remove(name);
    } else {
      environment.put(name, value);
    }
    ConfigCore.override(environment);
  }

  /** Every line written so far. */
  public List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** Every line written so far, parsed as JSON objects. */
  public List<Map<String, Object>> records() {
    List<Map<String, Object>> records = new ArrayList<>();
    for (String line : lines()) {
      records.add(TestJson.parseObject(line));
    }
    return records;
  }

  /** The log records (not metric records) of {@code level}. */
  public List<Map<String, Object>> logs(String level) {
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> record : records()) {
      if (level.equals(record.get("level"))) {
        matching.add(record);
      }
    }
    return matching;
  }

  /** The EMF records (lines with {@code _aws}). */
  public List<Map<String, Object>> metricRecords() {
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> record : records()) {
      if (record.containsKey("_aws")) {
        matching.add(record);
      }
    }
    return matching;
  }

  public void clearLines() {
    lines.clear();
  }

  /**
   * Drops metrics other code recorded into the gateway's shared instance without writing them
   * anywhere.
   */
  private static void discardPendingMetrics() {
    LogSink.redirect(line -> {});
    CoreGateway.metricsFlush(null);
  }

  @Override
  public void close() {
    discardPendingMetrics();
    LogSink.redirect(null);
    ConfigCore.override(null);
  }
}
