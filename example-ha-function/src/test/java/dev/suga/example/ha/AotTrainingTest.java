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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.testing.Handler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The AOT-cache training: {@code Gateway.train()} (what {@link AotTrainingHandler} runs first in
 * the trained JVM) builds the hot modules and runs the warm-ups without a request to Home
 * Assistant, a log line or a count; and {@link AotTraining} runs the launch command it is given
 * with nothing but the handler changed. The training run itself needs JDK 25 (-XX:AOTCacheOutput):
 * the Maven profile aot runs it on every JDK 25 build, and the cold-start harness measures its
 * cache.
 */
class AotTrainingTest {
  private static final String HANDLER = "dev.suga.example.ha.LambdaHandler::handleRequest";

  @Test
  void trainingBuildsTheHotModulesAndRunsTheWarmUpsWithoutCallingHomeAssistant() {
    try (DemoHomeAssistant home = DemoHomeAssistant.start("training-test-token");
        Handler handler = Handler.with(Map.of("HA_BASE_URL", home.baseUrl()))) {
      int trained = Gateway.train();
      assertTrue(trained >= 5, "modules trained: " + trained);
      assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA));
      assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.CONFIG));
      assertFalse(Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA_DISCOVERY));
      assertEquals(List.of(), home.requests(), "no request to Home Assistant");
      assertTrue(
          Gateway.statistics().operations().stream().allMatch(o -> o.calls() == 0),
          "training leaves no statistics behind");
      assertTrue(handler.logLines().isEmpty(), () -> "nothing logged: " + handler.logLines());
    }
  }

  @Test
  void theTrainedCommandIsTheLaunchCommandWithTheTrainingHandler() {
    List<String> launch =
        List.of(
            "/var/lang/bin/java",
            "-XX:+UseSerialGC",
            "-XX:AOTCacheOutput=/var/task/example-ha-function.aot",
            "-classpath",
            "/var/task/runtime/a.jar:/var/task/lib/example-ha-function.jar",
            AotTraining.RUNTIME_MAIN,
            HANDLER);
    assertEquals(
        Path.of("/var/task/example-ha-function.aot"), AotTraining.cacheOutput(launch), "the cache");
    assertEquals(
        List.of(
            "/var/lang/bin/java",
            "-XX:+UseSerialGC",
            "-XX:AOTCacheOutput=/var/task/example-ha-function.aot",
            "-classpath",
            "/var/task/runtime/a.jar:/var/task/lib/example-ha-function.jar",
            "-Djavax.net.ssl.trustStore=/tmp/t.p12",
            AotTraining.RUNTIME_MAIN,
            "dev.suga.example.ha.AotTrainingHandler::handleRequest"),
        AotTraining.trainedCommand(launch, List.of("-Djavax.net.ssl.trustStore=/tmp/t.p12")));
  }

  @Test
  void aCommandThatRecordsNoCacheOrIsNoLaunchCommandIsRefused() {
    IllegalArgumentException noCache =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AotTraining.cacheOutput(
                    List.of("java", "-cp", "x.jar", AotTraining.RUNTIME_MAIN, HANDLER)));
    assertTrue(noCache.getMessage().contains("-XX:AOTCacheOutput="), noCache.getMessage());
    IllegalArgumentException notLaunch =
        assertThrows(
            IllegalArgumentException.class,
            () -> AotTraining.cacheOutput(List.of("java", "-XX:AOTCacheOutput=x.aot", "Main")));
    assertTrue(notLaunch.getMessage().contains("launch command"), notLaunch.getMessage());
  }
}
