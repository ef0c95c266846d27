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
package dev.suga.example.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gateway's lazy loading, class by class: a JVM whose first event is a TurnOn loads none of
 * discovery's classes and no class of jackson-databind (its JSON is jackson-core's streaming API),
 * and one whose first event is a Discover loads databind (discovery's documents are databind's) and
 * none of the controllers' classes. Each runs {@link FirstEventDriver} in a JVM of its own with
 * {@code -verbose:class}.
 */
class FirstEventClassLoadingTest {
  private static final String PACKAGE = "dev.suga.example.ha.";
  private static final String SNAP_START_PRIMING = "SnapStartPriming";
  private static final String DATABIND = "[class,load] com.fasterxml.jackson.databind.";
  private static final String JACKSON_CORE = "[class,load] com.fasterxml.jackson.core.";

  /**
   * What memory pressure reads, 330 to 400 classes: no first event loads them (no module here has
   * the MEMORY_PRESSURE policy, and a gateway with one would wait for the first collection).
   */
  private static final String MANAGEMENT = "[class,load] java.lang.management.";

  private static final List<String> DISCOVERY =
      List.of(
          "alexa.AlexaDiscoveryCore_Holder",
          "alexa.AlexaDiscoveryCore",
          "alexa.DiscoveryEndpoints",
          "json.Mappers");
  private static final List<String> CONTROL =
      List.of(
          "alexa.ControlFlow",
          "alexa.Controller",
          "alexa.PowerController",
          "alexa.ServiceCall",
          "alexa.StateProperties");

  /**
   * The other interfaces' code: a TurnOn decides its endpoint's capabilities without it (they load
   * when their own directive arrives, or with discovery's documents).
   */
  private static final List<String> OTHER_INTERFACES =
      List.of(
          "alexa.ModeController",
          "alexa.Modes",
          "alexa.RangeController",
          "alexa.Ranges",
          "alexa.Resources",
          "alexa.StepSpeakerController",
          "alexa.SpeakerController",
          "alexa.Climate");

  @Test
  void aTurnOnFirstLoadsNoDiscoveryClass() throws Exception {
    FirstEvent turnOn = run("turn-on");

    assertTrue(turnOn.response.contains("\"name\":\"Response\""), turnOn.response);
    for (String name : CONTROL.subList(0, 3)) {
      assertTrue(turnOn.loaded.contains(name), name + " is how a TurnOn runs: " + turnOn.loaded);
    }
    for (String name : DISCOVERY) {
      assertTrue(!turnOn.loaded.contains(name), name + " loaded by a TurnOn: " + turnOn.loaded);
    }
    for (String name : OTHER_INTERFACES) {
      assertTrue(!turnOn.loaded.contains(name), name + " loaded by a TurnOn: " + turnOn.loaded);
    }
    assertTrue(
        !turnOn.loaded.contains(SNAP_START_PRIMING) && !turnOn.text.contains("org.crac."),
        "an on-demand start loads neither the priming hook nor org.crac: " + turnOn.loaded);
    assertTrue(turnOn.text.contains(JACKSON_CORE + "JsonParser "), "read with jackson-core");
    assertFalse(
        turnOn.text.contains(DATABIND), () -> "databind loaded by a TurnOn: " + databind(turnOn));
    assertFalse(turnOn.text.contains(MANAGEMENT), "java.lang.management loaded by a TurnOn");
  }

  @Test
  void aSnapStartInitRegistersThePrimingHook() throws Exception {
    FirstEvent turnOn = run("turn-on", Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"));

    assertTrue(turnOn.response.contains("\"name\":\"Response\""), turnOn.response);
    assertTrue(turnOn.loaded.contains(SNAP_START_PRIMING), "" + turnOn.loaded);
    assertTrue(turnOn.text.contains("org.crac.Resource "), "registered through org.crac");
  }

  @Test
  void aDiscoverFirstLoadsNoControllerClass() throws Exception {
    FirstEvent discover = run("discover");

    assertTrue(discover.response.contains("\"name\":\"Discover.Response\""), discover.response);
    for (String name : DISCOVERY) {
      assertTrue(
          discover.loaded.contains(name), name + " is how a Discover runs: " + discover.loaded);
    }
    for (String name : CONTROL) {
      assertTrue(
          !discover.loaded.contains(name), name + " loaded by a Discover: " + discover.loaded);
    }
    for (String name :
        List.of("alexa.ModeController", "alexa.RangeController", "alexa.StepSpeakerController")) {
      assertTrue(
          !discover.loaded.contains(name), name + " loaded by a Discover: " + discover.loaded);
    }
    assertTrue(
        discover.text.contains(DATABIND + "ObjectMapper "),
        "discovery's documents are databind's: " + databind(discover));
    assertFalse(discover.text.contains(MANAGEMENT), "java.lang.management loaded by a Discover");
  }

  /** The databind classes a first event loaded. */
  private static List<String> databind(FirstEvent event) {
    return event
        .text
        .lines()
        .filter(line -> line.startsWith(DATABIND))
        .map(line -> line.substring(DATABIND.length(), line.indexOf(' ', DATABIND.length())))
        .toList();
  }

  /**
   * The response, the function's classes (demo excluded) that one first event loaded, and the
   * driver's whole output.
   */
  private record FirstEvent(String response, Set<String> loaded, String text) {}

  private static FirstEvent run(String event) throws IOException, InterruptedException {
    return run(event, Map.of());
  }

  private static FirstEvent run(String event, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-verbose:class");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FirstEventDriver.class.getName());
    command.add(event);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("AWS_LAMBDA_INITIALIZATION_TYPE");
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the driver did not end");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), text);

    Set<String> loaded = new TreeSet<>();
    Matcher load =
        Pattern.compile("\\[class,load\\] " + Pattern.quote(PACKAGE) + "(\\S+) ").matcher(text);
    while (load.find()) {
      if (!load.group(1).startsWith("demo.")) {
        loaded.add(load.group(1));
      }
    }
    String response =
        text.lines()
            .filter(line -> line.startsWith(FirstEventDriver.RESPONSE))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no response: " + text));
    return new FirstEvent(response, loaded, text);
  }
}
