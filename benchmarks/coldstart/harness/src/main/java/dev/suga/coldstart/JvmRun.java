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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One fresh JVM of one subject, started as the managed java17 runtime starts it, fed events by a
 * {@link RuntimeApiServer} of its own, measured, and stopped.
 */
final class JvmRun {
  /** What a run is for. */
  enum Mode {
    /** Discarded: warms the page cache (JDK, jars, task directory) before measuring. */
    WARMUP,
    /** The measured run: first response, CPU, RSS, then the warm events. */
    MEASURE,
    /** A separate run with {@code -Xlog:class+load}: the first event only. */
    CLASS_LOAD,
    /**
     * Records the subject's cache: the first event only, then the JVM is stopped (SIGTERM, an
     * orderly exit) and writes the cache as it exits.
     */
    TRAIN
  }

  private static final long FIRST_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);
  private static final long WARM_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(15);

  /** How long a training JVM may take to write its cache after it was told to exit. */
  private static final long TRAINING_EXIT_SECONDS = 300;

  /** The runtime interface client's entry point, the main class of every Lambda JVM here. */
  static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

  /** Everything the runs share: options, the runtime's class path, the stand-ins. */
  record Setup(
      Options options,
      List<Path> runtimeClasspath,
      Path nativeLibrary,
      String token,
      HomeAssistantStandIn http,
      HomeAssistantStandIn https,
      TlsFixture tls,
      Path work,
      AotCache aotCache) {

    /** Where {@code subject}'s cache is (null when it has none). */
    Path cacheFile(Subject subject) {
      return subject.cache() == Subject.Cache.NONE ? null : aotCache.file(work, subject);
    }

    HomeAssistantStandIn standIn(Subject.Transport transport) {
      return switch (transport) {
        case HTTP -> http;
        case HTTPS -> https;
        case NONE -> null;
      };
    }
  }

  /** The numbers of one run; {@code failure} is null when every event got the right answer. */
  static final class Result {
    String failure;
    double initMs = Double.NaN;
    double firstInvocationMs = Double.NaN;
    double firstResponseMs = Double.NaN;
    double cpuMs = Double.NaN;
    double cpuInitMs = Double.NaN;

    /**
     * SnapStart only: launch to {@code restore/next} (init including beforeCheckpoint: before the
     * snapshot).
     */
    double restoreNextMs = Double.NaN;

    /**
     * SnapStart only: {@code restore/next} to the first {@code /next} (its answer, afterRestore,
     * the loop's start).
     */
    double afterRestoreMs = Double.NaN;

    /** SnapStart only: CPU time at {@code restore/next}. */
    double cpuRestoreMs = Double.NaN;

    String firstResponse;
    double rssAtFirstMb = Double.NaN;
    double peakRssMb = Double.NaN;
    int responses;
    final List<Double> warmMs = new ArrayList<>();
    final List<Double> warmOverheadMs = new ArrayList<>();
    final List<Double> warmHomeAssistantMs = new ArrayList<>();

    /**
     * Per warm event, from the function's EMF records (empty without them, see {@link EmfRecords}):
     * its Duration minus the stand-in's time serving it (the overhead seen from inside the
     * function: its HTTP client work and the loopback network included), and its Duration minus its
     * own HaLatency (its time outside Home Assistant calls altogether).
     */
    final List<Double> warmFunctionOverheadMs = new ArrayList<>();

    final List<Double> warmFunctionOwnMs = new ArrayList<>();
    ClassLoadLog classes;

    /**
     * Class-load run only: the classes loaded before the snapshot ({@code restore/next}; on demand,
     * the first {@code /next}).
     */
    ClassLoadLog classesBeforeSnapshot;

    /**
     * Class-load run only: the classes loaded from the first {@code /next} to the first response.
     */
    ClassLoadLog classesFirstInvocation;

    Path log;

    /** Training runs: seconds from launch to the cache written, and its size. */
    double trainingSeconds = Double.NaN;

    long cacheBytes = -1;

    /**
     * Subjects whose cache must be ignored: the JVM's first line about it ({@code [aot]}, {@code
     * [cds]}), if it said anything.
     */
    String cacheMessage;

    /** Class-load runs: where the handler's class came from (the cache, or its jar). */
    String handlerSource;
  }

  private JvmRun() {}

  static Result run(Setup setup, Subject subject, Path taskDir, Mode mode, int index)
      throws IOException {
    Options options = setup.options();
    Result result = new Result();
    Path logs = Files.createDirectories(setup.work().resolve("logs"));
    String tag = subject.name() + "-" + mode.name().toLowerCase() + "-" + index;
    result.log = logs.resolve(tag + ".log");
    Path classLog = logs.resolve(tag + ".classes.log");
    HomeAssistantStandIn standIn = setup.standIn(subject.transport());
    String functionName = "coldstart-" + subject.name();

    Path cache = setup.cacheFile(subject);
    if (mode == Mode.TRAIN) {
      Files.createDirectories(cache.getParent());
      Files.deleteIfExists(cache); // a CDS archive is written read-only
    }
    try (RuntimeApiServer api = RuntimeApiServer.start(functionName)) {
      List<String> command =
          command(
              setup,
              subject,
              taskDir,
              mode == Mode.CLASS_LOAD ? classLog : null,
              mode == Mode.TRAIN ? cache : null);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(taskDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(result.log.toFile());
      environment(builder.environment(), setup, subject, taskDir, api.address(), functionName);

      RuntimeApiServer.Invocation first =
          api.submit(requestId(index, 0), Events.event(subject.events(), 0, setup.token()));
      long[] pid = {-1};
      // The class-load log's size at restore/next, the first /next and the first response: the
      // phases' classes.
      long[] classLogAt = {-1, -1, -1};
      Path phaseLog = mode == Mode.CLASS_LOAD ? classLog : null;
      api.onResponse(
          invocation -> {
            if (invocation == first && pid[0] > 0) {
              result.cpuMs = ProcFs.cpuMillis(pid[0]);
              result.rssAtFirstMb = ProcFs.statusKb(pid[0], "VmRSS") / 1024.0;
              classLogAt[2] = sizeOf(phaseLog);
            }
          });
      api.onFirstNext(
          () -> {
            if (pid[0] > 0) {
              result.cpuInitMs = ProcFs.cpuMillis(pid[0]);
            }
            classLogAt[1] = sizeOf(phaseLog);
          });
      api.onRestoreNext(
          () -> {
            if (pid[0] > 0) {
              result.cpuRestoreMs = ProcFs.cpuMillis(pid[0]);
            }
            classLogAt[0] = sizeOf(phaseLog);
          });
      long launched = System.nanoTime();
      Process process = builder.start();
      pid[0] = process.pid();
      try {
        String failure = await(first, api, process, FIRST_TIMEOUT_NANOS);
        if (failure != null) {
          result.failure = failure;
          return result;
        }
        result.initMs = millis(api.firstNextNanos() - launched);
        result.firstInvocationMs = millis(first.completedNanos - first.nextArrivedNanos);
        result.firstResponseMs = millis(first.completedNanos - launched);
        result.firstResponse = first.responseText();
        result.responses = 1;
        if ((result.failure = checkInitialization(subject, api)) != null) {
          return result;
        }
        if (api.restoreNextNanos() != 0) {
          result.restoreNextMs = millis(api.restoreNextNanos() - launched);
          result.afterRestoreMs = millis(api.firstNextNanos() - api.restoreNextNanos());
        }
        if ((result.failure = Events.check(subject.events(), first.responseText())) != null) {
          return result;
        }
        if (mode == Mode.MEASURE) {
          for (int i = 1; i <= options.warm; i++) {
            long busyBefore = standIn == null ? 0 : standIn.busyNanos();
            RuntimeApiServer.Invocation warm =
                api.submit(requestId(index, i), Events.event(subject.events(), i, setup.token()));
            if ((result.failure = await(warm, api, process, WARM_TIMEOUT_NANOS)) != null) {
              return result;
            }
            long homeAssistant = standIn == null ? 0 : standIn.busyNanos() - busyBefore;
            long latency = warm.completedNanos - warm.deliveredNanos;
            result.warmMs.add(millis(latency));
            result.warmHomeAssistantMs.add(millis(homeAssistant));
            result.warmOverheadMs.add(millis(latency - homeAssistant));
            result.responses++;
            if ((result.failure = Events.check(subject.events(), warm.responseText())) != null) {
              return result;
            }
          }
          result.peakRssMb = ProcFs.statusKb(process.pid(), "VmHWM") / 1024.0;
        } else if (mode == Mode.CLASS_LOAD || mode == Mode.TRAIN) {
          // Let the runtime finish the invocation and go back to /next: the classes of the whole
          // first round trip are then in the log.
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
          while (api.nextCalls() < 2 && System.nanoTime() < until && process.isAlive()) {
            sleep(5);
          }
        }
      } finally {
        stop(process, mode == Mode.TRAIN ? TRAINING_EXIT_SECONDS : 5);
      }
      if (mode == Mode.TRAIN && result.failure == null) {
        result.trainingSeconds = (System.nanoTime() - launched) / 1e9;
        result.failure = checkCacheWritten(cache, result);
      }
      if (result.failure == null && subject.checkOnly()) {
        result.cacheMessage = cacheMessage(result.log);
      }
      if (mode == Mode.MEASURE && result.failure == null) {
        List<EmfRecords.Timing> timings =
            EmfRecords.read(result.log); // complete now that the JVM has ended
        if (timings.size()
            == result.responses) { // one record per invocation: the first is the cold one
          for (int i = 1; i < timings.size(); i++) {
            EmfRecords.Timing timing = timings.get(i);
            result.warmFunctionOverheadMs.add(
                timing.durationMs() - result.warmHomeAssistantMs.get(i - 1));
            result.warmFunctionOwnMs.add(timing.durationMs() - timing.haLatencyMs());
          }
        } else if (!timings.isEmpty()) {
          System.err.printf(
              "%s: %d EMF records for %d invocations; its in-function times are left out%n",
              tag, timings.size(), result.responses);
        }
        writeWarm(logs.resolve(tag + ".warm.csv"), result);
      }
      if (mode == Mode.CLASS_LOAD && result.failure == null) {
        result.classes = ClassLoadLog.read(classLog, taskDir);
        String handler = subject.handler();
        result.handlerSource =
            ClassLoadLog.sourceOf(
                classLog,
                handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler);
        long snapshot = subject.initialization().snapStart() ? classLogAt[0] : classLogAt[1];
        if (snapshot >= 0 && classLogAt[1] >= 0 && classLogAt[2] >= 0) {
          result.classesBeforeSnapshot = ClassLoadLog.read(classLog, taskDir, 0, snapshot);
          result.classesFirstInvocation =
              ClassLoadLog.read(classLog, taskDir, classLogAt[1], classLogAt[2]);
        }
      }
      return result;
    }
  }

  /**
   * Records {@code subject}'s cache with its training driver ({@link Subject#trainingMain()}, such
   * as the example's {@code AotTraining}): {@code java -cp FUNCTION_JAR MAIN LAUNCH_COMMAND...},
   * the subject's own launch command with the cache-output flag in it, in the subject's
   * environment. The driver runs that command for a first event of its own and must end with status
   * 0.
   */
  static Result trainByMain(Setup setup, Subject subject, Path taskDir) throws IOException {
    Result result = new Result();
    Path logs = Files.createDirectories(setup.work().resolve("logs"));
    result.log = logs.resolve(subject.name() + "-train-0.log");
    Path cache = setup.cacheFile(subject);
    Files.createDirectories(cache.getParent());
    Files.deleteIfExists(cache);
    String functionName = "coldstart-" + subject.name();
    try (RuntimeApiServer api = RuntimeApiServer.start(functionName)) {
      List<String> driver = new ArrayList<>();
      driver.add(setup.options().java.toString());
      driver.add("-cp");
      driver.add(imageJar(taskDir).toString());
      driver.add(subject.trainingMain());
      driver.addAll(command(setup, subject, taskDir, null, cache));
      ProcessBuilder builder =
          new ProcessBuilder(driver)
              .directory(taskDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(result.log.toFile());
      environment(builder.environment(), setup, subject, taskDir, api.address(), functionName);
      long launched = System.nanoTime();
      Process process = builder.start();
      try {
        if (!process.waitFor(TRAINING_EXIT_SECONDS, TimeUnit.SECONDS)) {
          result.failure = "the training main did not end within " + TRAINING_EXIT_SECONDS + " s";
          return result;
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        result.failure = "interrupted";
        return result;
      } finally {
        if (process.isAlive()) {
          stop(process, 5);
        }
      }
      if (process.exitValue() != 0) {
        result.failure = "the training main exited with status " + process.exitValue();
        return result;
      }
      result.trainingSeconds = (System.nanoTime() - launched) / 1e9;
      result.failure = checkCacheWritten(cache, result);
      return result;
    }
  }

  /** Null when the training run left a cache in {@code cache}, else why not. */
  private static String checkCacheWritten(Path cache, Result result) {
    try {
      result.cacheBytes = Files.size(cache);
      return result.cacheBytes > 0 ? null : "the training run wrote an empty cache";
    } catch (IOException | RuntimeException none) {
      return "the training run wrote no cache to " + cache;
    }
  }

  /** The JVM's first log line about an AOT cache or CDS archive, or null. */
  static String cacheMessage(Path log) {
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (line.contains("[aot") || line.contains("[cds")) {
          return line.strip();
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // no log: nothing said
    }
    return null;
  }

  static List<String> command(Setup setup, Subject subject, Path taskDir, Path classLog) {
    return command(setup, subject, taskDir, classLog, null);
  }

  /**
   * The command line of {@code subject}'s JVM. Zip layout: the java17 managed runtime's (its JVM
   * flags, the runtime interface client's class path). Image layout: the example's container image
   * entry script's ({@code example-ha-function/src/main/docker/bootstrap}): the same flags but
   * {@code -Xshare} (JDK 25 refuses it beside {@code -XX:AOTCache}) and the org.crac bridge (an
   * image has no SnapStart), {@code -XX:+ErrorFileToStderr}, the cache, and the class path of the
   * runtime's jars then the function's.
   *
   * @param trainingOutput in a training run, where the cache is recorded (the command is then the
   *     same but for that flag); else null
   */
  static List<String> command(
      Setup setup, Subject subject, Path taskDir, Path classLog, Path trainingOutput) {
    if (subject.layout() == Subject.Layout.IMAGE) {
      return imageCommand(setup, subject, taskDir, classLog, trainingOutput);
    }
    Options options = setup.options();
    List<String> command = new ArrayList<>();
    command.add(options.java.toString());
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+TieredCompilation");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add("-XX:MaxHeapSize=" + options.maxHeapKb() + "k");
    // The runtime's native client, unpacked once (as the managed runtime ships it) instead of by
    // every JVM into the shared /tmp/.libaws-lambda-jni.so.
    command.add(
        "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI="
            + setup.nativeLibrary());
    if (subject.initialization().cracBridge) {
      // As the managed java17 runtime's command line has it: org.crac resources become the
      // client's.
      command.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
    }
    if (subject.transport() == Subject.Transport.HTTPS) {
      command.addAll(setup.tls().jvmArguments());
    }
    if (classLog != null) {
      command.add("-Xlog:class+load=info:file=" + classLog + ":uptimenanos");
    }
    command.addAll(options.extraJvmArgs);
    List<String> classpath = new ArrayList<>();
    if (options.taskOnClasspath) {
      classpath.add(taskDir.toString());
      classpath.add(taskDir.resolve("lib").toString() + "/*");
    }
    for (Path jar : setup.runtimeClasspath()) {
      classpath.add(jar.toString());
    }
    command.add("-classpath");
    command.add(String.join(":", classpath));
    command.add(RUNTIME_MAIN);
    command.add(subject.handler());
    return command;
  }

  private static List<String> imageCommand(
      Setup setup, Subject subject, Path taskDir, Path classLog, Path trainingOutput) {
    Options options = setup.options();
    List<String> command = new ArrayList<>();
    command.add(options.java.toString());
    command.add("-XX:MaxHeapSize=" + options.maxHeapKb() + "k");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+TieredCompilation");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+ErrorFileToStderr");
    command.add(
        "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI="
            + setup.nativeLibrary());
    if (trainingOutput != null) {
      command.add(setup.aotCache().outputFlag(trainingOutput));
    } else if (subject.cache() != Subject.Cache.NONE) {
      command.add(setup.aotCache().useFlag(setup.cacheFile(subject)));
    }
    if (subject.transport() == Subject.Transport.HTTPS) {
      command.addAll(setup.tls().jvmArguments());
    }
    if (classLog != null) {
      command.add("-Xlog:class+load=info:file=" + classLog + ":uptimenanos");
    }
    command.addAll(options.extraJvmArgs);
    List<String> runtime = new ArrayList<>();
    for (Path jar : setup.runtimeClasspath()) {
      runtime.add(jar.toString());
    }
    String function = imageJar(taskDir).toString();
    List<String> classpath = new ArrayList<>();
    if (trainingOutput != null && subject.cache() == Subject.Cache.OTHER_CLASS_PATH) {
      // Recorded for another class path: the function's jar first.
      classpath.add(function);
      classpath.addAll(runtime);
    } else {
      classpath.addAll(runtime);
      classpath.add(function);
    }
    command.add("-classpath");
    command.add(String.join(":", classpath));
    command.add(RUNTIME_MAIN);
    command.add(subject.handler());
    return command;
  }

  /** The function's jar in an image-layout task directory ({@link TaskRoot#prepareImage}). */
  static Path imageJar(Path taskDir) {
    try (var jars = Files.list(taskDir.resolve("lib"))) {
      return jars.filter(path -> path.toString().endsWith(".jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no jar in " + taskDir.resolve("lib")));
    } catch (IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  /**
   * The environment of a Lambda function: reserved variables, as documented, plus the subject's.
   */
  static void environment(
      Map<String, String> env,
      Setup setup,
      Subject subject,
      Path taskDir,
      String runtimeApi,
      String functionName) {
    env.clear();
    env.put("PATH", "/usr/local/bin:/usr/bin/:/bin:/opt/bin");
    env.put("LANG", "en_US.UTF-8");
    env.put("TZ", ":UTC");
    env.put("LAMBDA_TASK_ROOT", taskDir.toString());
    env.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
    env.put("_HANDLER", subject.handler());
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
    env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
    env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(setup.options().memoryMb));
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/11/22/[$LATEST]0123456789abcdef0123456789abcdef");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", subject.initialization().type);
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    HomeAssistantStandIn standIn = setup.standIn(subject.transport());
    if (standIn != null) {
      env.put("HA_BASE_URL", standIn.baseUrl());
    }
    env.putAll(subject.environment());
  }

  /** Waits for {@code invocation}; null when it got a response, else why not. */
  private static String await(
      RuntimeApiServer.Invocation invocation,
      RuntimeApiServer api,
      Process process,
      long timeoutNanos) {
    long deadline = System.nanoTime() + timeoutNanos;
    while (true) {
      try {
        invocation.done.get(2, TimeUnit.MILLISECONDS);
        if (invocation.failed()) {
          return "invocation error " + invocation.errorType + ": " + invocation.errorBody;
        }
        if (invocation.response == null) {
          return "no response (the runtime API was closed)";
        }
        return null;
      } catch (java.util.concurrent.TimeoutException waiting) {
        // check the JVM below
      } catch (java.util.concurrent.ExecutionException | InterruptedException unexpected) {
        return "harness: " + unexpected;
      }
      if (api.initError().isDone()) {
        return "init error " + api.initError().join();
      }
      if (api.restoreError().isDone()) {
        return "restore error " + api.restoreError().join();
      }
      if (!process.isAlive()) {
        if (invocation.done.isDone()) {
          continue;
        }
        return "the JVM exited with status " + process.exitValue() + " before answering";
      }
      if (System.nanoTime() > deadline) {
        return "no answer within " + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s";
      }
    }
  }

  /**
   * Null when the runtime took the Runtime API path of the subject's initialization: with {@code
   * snap-start} exactly one {@code restore/next} before the first {@code /next}, on demand none.
   */
  static String checkInitialization(Subject subject, RuntimeApiServer api) {
    int restores = api.restoreNextCalls();
    if (!subject.initialization().snapStart()) {
      return restores == 0 ? null : "on-demand init, but the runtime called restore/next";
    }
    if (restores != 1) {
      return "snap-start init, but the runtime called restore/next "
          + restores
          + " times (expected once)";
    }
    if (api.restoreNextNanos() > api.firstNextNanos()) {
      return "snap-start init, but the runtime polled /next before restore/next";
    }
    return null;
  }

  /** The size of a file now, -1 when there is none (no class-load log in this mode). */
  private static long sizeOf(Path file) {
    if (file == null) {
      return -1;
    }
    try {
      return Files.size(file);
    } catch (IOException | RuntimeException none) {
      return -1;
    }
  }

  private static void stop(Process process, long seconds) {
    process.destroy();
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Every warm event of a run: latency, Home Assistant's time, overhead, and, when the function
   * writes EMF records, the two in-function readings (ms), for analysis.
   */
  private static void writeWarm(Path csv, Result result) throws IOException {
    boolean inside =
        !result.warmMs.isEmpty() && result.warmFunctionOwnMs.size() == result.warmMs.size();
    StringBuilder out =
        new StringBuilder(96 * result.warmMs.size())
            .append("event,latency_ms,home_assistant_ms,overhead_ms")
            .append(inside ? ",function_overhead_ms,function_own_ms\n" : "\n");
    for (int i = 0; i < result.warmMs.size(); i++) {
      out.append(i + 1)
          .append(',')
          .append(result.warmMs.get(i))
          .append(',')
          .append(result.warmHomeAssistantMs.get(i))
          .append(',')
          .append(result.warmOverheadMs.get(i));
      if (inside) {
        out.append(',')
            .append(result.warmFunctionOverheadMs.get(i))
            .append(',')
            .append(result.warmFunctionOwnMs.get(i));
      }
      out.append('\n');
    }
    Files.writeString(csv, out);
  }

  /** The last lines of a run's log, for failure reports. */
  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException unreadable) {
      return "(no log)";
    }
  }

  private static String requestId(int run, int sequence) {
    return String.format("%08x-0000-4000-8000-%012x", run, sequence);
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
