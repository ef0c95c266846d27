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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the hello-world subject once through the real runtime interface client (--quick: one JVM,
 * five warm events) and checks that the protocol worked. No timing thresholds: this machine's speed
 * is not under test.
 */
class ColdStartHarnessTest {
  private static Path baselines() {
    return Path.of(System.getProperty("coldstart.baselines", "../baselines"));
  }

  /**
   * The hello-world baseline's shaded jar; under `mvn test` (no package phase) its classes
   * directory, which is a valid task root too (aws-lambda-java-core comes with the runtime).
   */
  static Path helloArtifact() {
    Path jar = Subjects.baselineJar(baselines(), "hello");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    Path classes = baselines().resolve("hello").resolve("target").resolve("classes");
    assertTrue(
        Files.isDirectory(classes),
        "build the baselines first: mvn -B -f benchmarks/coldstart/pom.xml package");
    return classes;
  }

  @Test
  void helloWorldAnswersEveryEventThroughTheRealRuntimeClient() throws Exception {
    Options options =
        Options.parse(
            "--quick",
            "--only",
            Subjects.HELLO,
            "--work",
            System.getProperty("coldstart.work", "target/coldstart-test"));
    Path artifact = helloArtifact();
    Subject hello = ColdStartHarness.select(options).get(0);
    Subject subject =
        new Subject(
            hello.name(),
            hello.description(),
            artifact,
            hello.handler(),
            hello.events(),
            hello.transport(),
            hello.environment());
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    ColdStartHarness.Outcome outcome =
        measure(options, subject, new PrintStream(progress, true, StandardCharsets.UTF_8));

    String log = progress.toString(StandardCharsets.UTF_8);
    SubjectResult result = outcome.results().get(0);
    assertNull(result.failure, () -> "harness failure; progress:\n" + log);
    assertEquals(1, result.runs.size());
    JvmRun.Result run = result.runs.get(0);
    assertEquals(1 + 5, run.responses, "one response per event");
    assertEquals(5, run.warmMs.size());
    assertTrue(run.initMs > 0, "init time");
    assertTrue(run.firstInvocationMs > 0, "first invocation time");
    assertTrue(
        run.firstResponseMs >= run.initMs + run.firstInvocationMs - 1e-6,
        "launch -> response covers both parts");
    assertTrue(run.cpuMs >= 0, "CPU time read from /proc");
    assertTrue(run.peakRssMb > 0, "peak RSS read from /proc");
    assertTrue(run.warmMs.stream().allMatch(ms -> ms > 0), "warm latencies");
    ClassLoadLog classes = result.classLoad.classes;
    assertNotNull(classes, "class-load run");
    assertTrue(classes.total() > 300, "a JVM loads hundreds of classes: " + classes);
    assertTrue(
        classes.function() >= 1, "the handler class came from the task directory: " + classes);
    assertTrue(classes.runtime() > 10, "the runtime interface client's classes: " + classes);
    String markdown = outcome.report().markdown();
    assertTrue(markdown.contains("| hello |"), markdown);
    assertTrue(outcome.ok());
  }

  @Test
  void optionsOfTheSmokeMode() {
    Options smoke = Options.parse("--smoke", "--example-jar", helloArtifactJarOrSelf().toString());
    assertEquals(1, smoke.jvms);
    assertEquals(5, smoke.warm);
    assertTrue(smoke.smoke);
    List<String> names = ColdStartHarness.select(smoke).stream().map(Subject::name).toList();
    assertEquals(
        List.of(Subjects.HELLO, Subjects.EXAMPLE_TURN_ON, Subjects.EXAMPLE_TURN_ON_SNAPSTART),
        names);
    assertEquals(445_644, Options.parse().maxHeapKb(), "85 % of 512 MB");
  }

  @Test
  void serviceCallBodiesNameTheirEntity() {
    assertEquals(
        "switch.coffee_maker",
        HomeAssistantStandIn.entityIdOf("{\"entity_id\": \"switch.coffee_maker\"}"));
    assertEquals("", HomeAssistantStandIn.entityIdOf("{}"));
  }

  /** Any existing file will do for --example-jar when only the selection is checked. */
  private static Path helloArtifactJarOrSelf() {
    Path jar = Subjects.baselineJar(baselines(), "hello");
    return Files.isRegularFile(jar) ? jar : Path.of("pom.xml");
  }

  private static ColdStartHarness.Outcome measure(
      Options options, Subject subject, PrintStream progress) throws Exception {
    return ColdStartHarness.measure(options, List.of(subject), progress);
  }
}
