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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command: the scripted demo runs end to end and shows lazy loading and
 * statistics.
 *
 * <p>In a JVM of its own, as the README runs it: the demo serves HTTPS and makes this JVM's default
 * HTTPS client trust its certificate, which only works before the first HTTPS request of the JVM
 * (and would leak into other tests).
 */
class LocalRunnerTest {
  @Test
  void theDemoConversationRunsAndPrintsStatistics() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    LocalRunner.class.getName()))
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the demo did not end");
    String out = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    assertTrue(out.contains("against a demo Home Assistant at https://127.0.0.1:"), out);
    assertTrue(
        out.contains(
            " requests to Home Assistant (GET /api/states/light.living_room,"
                + " POST /api/services/light/turn_on)"),
        "each response is followed by its time and the requests it made: " + out);
    assertTrue(out.contains("loaded modules after one TurnOn:"), out);
    String afterTurnOn =
        out.substring(out.indexOf("loaded modules after one TurnOn:"))
            .lines()
            .findFirst()
            .orElseThrow();
    assertFalse(
        afterTurnOn.replace("(no alexa_discovery", "").contains("alexa_discovery"), afterTurnOn);
    assertTrue(out.contains("\"Discover.Response\""), out);
    assertTrue(out.contains("\"correlationToken\""), "responses are printed whole");
    assertTrue(out.contains("NO_SUCH_ENDPOINT"), out);
    assertTrue(out.contains("VALUE_OUT_OF_RANGE"), out);
    assertTrue(out.contains("ENDPOINT_UNREACHABLE"), out);
    assertTrue(out.contains("INVALID_AUTHORIZATION_CREDENTIAL"), out);
    assertTrue(out.contains("\"Position.Open\""), "the garage door opened through its mode");
    assertTrue(out.contains("POST /api/services/fan/set_preset_mode"), out);
    assertTrue(out.contains("POST /api/services/input_number/set_value"), out);
    assertTrue(
        out.contains(
            "POST /api/services/media_player/volume_up, POST /api/services/media_player/volume_up"),
        "two volume steps: " + out);
    assertTrue(out.contains("Running Good Morning."), out);
    assertTrue(out.contains("Turned off 3 devices in the kitchen."), out);
    assertTrue(out.contains("Gateway statistics"), out);
    assertTrue(out.contains("alexa.handle_directive"), out);
  }
}
