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

import dev.suga.coldstart.Subject.Initialization;
import dev.suga.coldstart.fixture.CracHooksHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart path through the real runtime interface client: with {@code
 * AWS_LAMBDA_INITIALIZATION_TYPE=snap-start} it calls {@code restore/next} once, before the first
 * {@code /next}, and runs a function's {@code org.crac} hooks only with the managed runtime's
 * {@code -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac}; on demand it never calls
 * {@code restore/next} nor the hooks. The fixture handler answers which hooks ran.
 */
class SnapStartSimulationTest {
  private static final String HANDLER = CracHooksHandler.class.getName() + "::handleRequest";

  @Test
  void snapStartInitCallsRestoreNextAndTheFunctionsHooksOnlyThroughTheCracBridge()
      throws Exception {
    Path work =
        Path.of(System.getProperty("coldstart.work", "target/coldstart-test")).resolve("snapstart");
    Path taskRoot = fixtureTaskRoot(work.resolve("fixture"));
    List<Subject> subjects =
        List.of(
            subject("hooks-snapstart", taskRoot, Initialization.SNAP_START),
            subject(
                "hooks-snapstart-unbridged",
                taskRoot,
                Initialization.SNAP_START_WITHOUT_CRAC_BRIDGE),
            subject("hooks-on-demand", taskRoot, Initialization.ON_DEMAND));
    Options options = Options.parse("--quick", "--warm", "1", "--work", work.toString());
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    ColdStartHarness.Outcome outcome =
        ColdStartHarness.measure(
            options, subjects, new PrintStream(progress, true, StandardCharsets.UTF_8));

    String log = progress.toString(StandardCharsets.UTF_8);
    for (SubjectResult result : outcome.results()) {
      assertNull(result.failure, () -> result.subject.name() + " failed; progress:\n" + log);
    }
    JvmRun.Result bridged = outcome.results().get(0).runs.get(0);
    assertEquals(
        "{\"hello\":\"beforeCheckpoint;afterRestore;\"}",
        bridged.firstResponse,
        "with the bridge, the client runs the function's org.crac hooks around restore/next");
    assertTrue(
        bridged.restoreNextMs > 0 && bridged.restoreNextMs <= bridged.initMs,
        "restore/next before /next");
    assertTrue(bridged.afterRestoreMs >= 0, "restore/next -> first /next");
    assertTrue(bridged.cpuRestoreMs > 0, "CPU time at restore/next");
    JvmRun.Result classLoad = outcome.results().get(0).classLoad;
    assertNotNull(classLoad.classesBeforeSnapshot, "classes split at restore/next");
    assertTrue(
        classLoad.classesBeforeSnapshot.function() >= 1,
        "the handler was loaded before the snapshot");
    assertTrue(
        classLoad.classesBeforeSnapshot.total() < classLoad.classes.total(),
        "and more classes after it");

    JvmRun.Result unbridged = outcome.results().get(1).runs.get(0);
    assertEquals(
        "{\"hello\":\"\"}",
        unbridged.firstResponse,
        "without the bridge org.crac finds no implementation on a JDK without CRaC: no hooks");
    assertTrue(unbridged.restoreNextMs > 0, "but the client still takes the SnapStart path");

    JvmRun.Result onDemand = outcome.results().get(2).runs.get(0);
    assertEquals("{\"hello\":\"\"}", onDemand.firstResponse, "on demand there is no checkpoint");
    assertTrue(Double.isNaN(onDemand.restoreNextMs), "and no restore/next");

    String markdown = outcome.report().markdown();
    assertTrue(markdown.contains("SnapStart split"), markdown);
    assertTrue(markdown.contains("| hooks-snapstart | snap-start |"), markdown);
  }

  private static Subject subject(String name, Path taskRoot, Initialization initialization) {
    return new Subject(
        name,
        "org.crac hooks fixture",
        taskRoot,
        HANDLER,
        Subject.EventKind.HELLO,
        Subject.Transport.NONE,
        Map.of(),
        initialization);
  }

  /**
   * A task directory with the fixture package's classes and the org.crac jar in lib/, as a function
   * jar unpacks.
   */
  private static Path fixtureTaskRoot(Path dir) throws IOException, URISyntaxException {
    TaskRoot.delete(dir);
    Path classes =
        Path.of(CracHooksHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = CracHooksHandler.class.getPackageName().replace('.', '/');
    Path target = Files.createDirectories(dir.resolve(pkg));
    try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
    Path crac =
        Path.of(org.crac.Core.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Files.copy(
        crac, Files.createDirectories(dir.resolve("lib")).resolve(crac.getFileName().toString()));
    return dir;
  }
}
