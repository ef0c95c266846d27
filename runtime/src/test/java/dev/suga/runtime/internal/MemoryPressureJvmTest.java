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
package dev.suga.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real signal, in JVMs of their own with a 64 MB heap and each of the collectors every HotSpot
 * has (Lambda's JVMs run Serial): garbage, young and promoted, releases nothing although {@code
 * totalMemory() - freeMemory()} crosses the threshold; live data above it releases, once per
 * collection; and {@code java.lang.management} loads only for a gateway that memory pressure
 * concerns, only after a collection, and only once the heap in use (garbage included) is over half
 * the threshold. No timings: each run prints counts that depend on what it allocated and on
 * explicit collections only. See {@link MemoryPressureProbe}.
 */
class MemoryPressureJvmTest {
  private static final String THRESHOLD = "0.5";

  @ParameterizedTest
  @ValueSource(strings = {"-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC"})
  void garbageReleasesNothing(String collector) throws Exception {
    Map<String, String> out = values(run(collector, List.of("garbage")));

    assertTrue(
        Long.parseLong(out.get("fooled")) > 0,
        "used heap over max heap, the old signal, never crossed " + THRESHOLD + ": " + out);
    assertEquals("0", out.get("emergencyReleases"), out::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC"})
  void liveDataAboveTheThresholdReleasesOncePerCollection(String collector) throws Exception {
    Map<String, String> out = values(run(collector, List.of("live")));

    assertEquals("0", out.get("beforeLive"), out::toString);
    assertEquals("1", out.get("afterCollection"), out::toString);
    assertEquals("1", out.get("sameMeasurement"), "no new collection, no new release: " + out);
    assertEquals("2", out.get("nextCollection"), out::toString);
    assertEquals("false", out.get("loaded"), out::toString);
  }

  @Test
  void javaLangManagementLoadsNeitherForAnUnconcernedGatewayNorForLittleHeapInUse()
      throws Exception {
    List<String> phases =
        phases(
            run("-XX:+UseSerialGC", List.of("classes"), "-Xlog:gc,class+load"),
            "MARK unconcerned gateway done",
            "MARK concerned gateway, little heap in use");

    assertTrue(
        phases.get(0).contains("Pause Young"),
        "the unconcerned gateway ended invocations after collections: " + phases.get(0));
    assertFalse(phases.get(0).contains("HeapOccupancy"), phases.get(0));
    assertFalse(phases.get(0).contains(" java.lang.management."), phases.get(0));
    assertTrue(phases.get(1).contains("Pause Full"), phases.get(1));
    assertFalse(
        phases.get(1).contains(" java.lang.management."),
        "less than half the threshold in use, garbage included: " + phases.get(1));
  }

  @Test
  void javaLangManagementLoadsOnlyAfterACollectionTheRuntimeWatched() throws Exception {
    List<String> phases =
        phases(
            run("-XX:+UseSerialGC", List.of("watch"), "-Xlog:gc,class+load"),
            "MARK no collection since the runtime began to watch",
            "MARK after a collection");

    assertTrue(phases.get(0).contains("Pause Full"), phases.get(0));
    assertFalse(phases.get(0).contains(" java.lang.management."), phases.get(0));
    assertTrue(phases.get(1).contains(" java.lang.management.MemoryPoolMXBean "), phases.get(1));
  }

  /** The log before each marker, after the one before it. */
  private static List<String> phases(String log, String... markers) {
    List<String> phases = new ArrayList<>();
    for (String marker : markers) {
      int end = log.indexOf(marker);
      assertTrue(end >= 0, marker + " missing: " + log);
      phases.add(log.substring(0, end));
      log = log.substring(end + marker.length());
    }
    return phases;
  }

  private static String run(String collector, List<String> arguments, String... options)
      throws IOException, InterruptedException, URISyntaxException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(collector);
    command.add("-Xmx64m");
    command.add("-D" + GatewayScope.MEMORY_PRESSURE_THRESHOLD_PROPERTY + "=" + THRESHOLD);
    command.addAll(List.of(options));
    command.add("-cp");
    command.add(
        location(MemoryPressureProbe.class) + File.pathSeparator + location(GatewayScope.class));
    command.add(MemoryPressureProbe.class.getName());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe did not end");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);
    return text;
  }

  /** The directory or jar a class was loaded from: test classes and the runtime's own. */
  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static Map<String, String> values(String output) {
    Map<String, String> values = new TreeMap<>();
    for (String line : output.split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0 && !line.startsWith("[")) {
        values.put(line.substring(0, equals), line.substring(equals + 1).trim());
      }
    }
    return values;
  }
}
