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
package dev.suga.example.ha.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image's entry script ({@code src/main/docker/bootstrap}) starts the function and
 * records its AOT cache with one command line: the training command is {@code AotTraining} given
 * the launch command, which differs from the real one only by {@code -XX:AOTCacheOutput} in place
 * of {@code -XX:AOTCache} (same java, flags, class path, main class and handler); the cache flag is
 * passed only when the cache exists (never required); no {@code -Xshare} flag (JDK 25 refuses it
 * beside {@code -XX:AOTCache}). A stand-in {@code java} records the arguments it gets: this test
 * needs {@code sh}, not a JDK 25.
 */
class ImageEntryScriptTest {
  private static final String HANDLER = "dev.suga.example.ha.LambdaHandler::handleRequest";
  private static final String RUNTIME_MAIN =
      "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

  @Test
  void trainingRunsTheLaunchCommandWithTheCacheOutputInsteadOfTheCache(@TempDir Path task)
      throws Exception {
    Path cache = task.resolve("example-ha-function.aot");
    Files.writeString(cache, "a cache");
    List<String> launch = run(task, Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024"), HANDLER);
    List<String> training = run(task, Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024"), "--train");

    assertFalse(Files.exists(cache), "training starts from no cache");
    // java -cp <the function's jar> AotTraining <the launch command, recording the cache>
    assertEquals(
        List.of(
            javaStub(task).toString(),
            "-cp",
            task.resolve("lib/example-ha-function.jar").toString(),
            "dev.suga.example.ha.AotTraining"),
        training.subList(0, 4));
    List<String> recorded = new ArrayList<>(training.subList(4, training.size()));
    int output = recorded.indexOf("-XX:AOTCacheOutput=" + cache);
    assertTrue(output > 0, () -> "the training command records the cache: " + recorded);
    recorded.set(output, "-XX:AOTCache=" + cache);
    assertEquals(launch, recorded, "the same command line but for the cache flag");

    assertEquals(javaStub(task).toString(), launch.get(0));
    assertTrue(launch.contains("-XX:MaxHeapSize=" + (1024 * 1024 * 85 / 100) + "k"), "85 %");
    assertTrue(launch.contains("-XX:+UseSerialGC"), launch::toString);
    assertTrue(launch.contains("-XX:TieredStopAtLevel=1"), launch::toString);
    assertTrue(launch.stream().noneMatch(a -> a.startsWith("-Xshare")), launch::toString);
    int classpath = launch.indexOf("-classpath");
    assertEquals(
        String.join(
            ":",
            task + "/runtime/aws-lambda-java-runtime-interface-client.jar",
            task + "/runtime/aws-lambda-java-core.jar",
            task + "/runtime/aws-lambda-java-serialization.jar",
            task + "/runtime/utils-lite.jar",
            task + "/runtime/annotations.jar",
            task + "/lib/example-ha-function.jar"),
        launch.get(classpath + 1),
        "the runtime's jars, then the function's: the class path the cache is recorded with");
    assertEquals(List.of(RUNTIME_MAIN, HANDLER), launch.subList(classpath + 2, launch.size()));
  }

  @Test
  void withoutACacheTheFunctionStartsAsBefore(@TempDir Path task) throws Exception {
    List<String> launch = run(task, Map.of(), HANDLER);
    assertTrue(launch.stream().noneMatch(a -> a.startsWith("-XX:AOT")), launch::toString);
    assertTrue(launch.contains("-XX:MaxHeapSize=445644k"), "512 MB when Lambda says nothing");
    assertEquals(HANDLER, launch.get(launch.size() - 1));
  }

  /** Runs the entry script in {@code task} with a stand-in java; returns the arguments it got. */
  private static List<String> run(Path task, Map<String, String> env, String argument)
      throws IOException, InterruptedException {
    Path java = javaStub(task);
    Path arguments = task.resolve("java-arguments.txt");
    Files.deleteIfExists(arguments);
    if (!Files.exists(java)) {
      Files.writeString(
          java,
          "#!/bin/sh\nfor a in \"$0\" \"$@\"; do printf '%s\\n' \"$a\"; done > \""
              + arguments
              + "\"\n");
      assertTrue(java.toFile().setExecutable(true));
    }
    ProcessBuilder builder =
        new ProcessBuilder("sh", script().toString(), argument).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("LAMBDA_TASK_ROOT", task.toString());
    builder.environment().put("SUGA_JAVA", java.toString());
    // As on Lambda: a Runtime API, so the script does not hand over to the local emulator.
    builder.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001");
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script ends");
    assertEquals(0, process.exitValue(), output);
    return Files.readAllLines(arguments, StandardCharsets.UTF_8);
  }

  private static Path javaStub(Path task) {
    return task.resolve("java");
  }

  private static Path script() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path script = dir.resolve("example-ha-function/src/main/docker/bootstrap");
      if (Files.isRegularFile(script)) {
        return script;
      }
    }
    throw new AssertionError("no example-ha-function/src/main/docker/bootstrap above the cwd");
  }
}
