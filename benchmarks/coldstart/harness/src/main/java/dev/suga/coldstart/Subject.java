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

import java.nio.file.Path;
import java.util.Map;

/**
 * One measured function: its artifact (a shaded handler jar, or a directory laid out as a task
 * root), its handler string, the events it gets, how it reaches Home Assistant and how Lambda
 * initializes it.
 *
 * @param name short name used on the command line and in the table
 * @param description what it is, for the report
 * @param artifact the handler jar (unpacked into the task directory) or a task-root directory
 * @param handler the {@code _HANDLER} value
 * @param events the kind of every event, first and warm
 * @param transport how it reaches the Home Assistant stand-in (or not at all)
 * @param environment extra environment variables ({@code HA_BASE_URL} is added per transport)
 * @param initialization on demand, or SnapStart's snapshot-creating init (simulated)
 * @param layout how the function reaches the JVM: unpacked into the task directory and loaded by
 *     the runtime's class loader (a zip deployment), or its jar on the class path (the example's
 *     container image)
 * @param cache which AOT cache (JDK 25+; a dynamic CDS archive before) the JVM is given
 * @param trainingMain for {@link Cache#OWN}: a training driver in the function's jar, such as the
 *     example's {@code AotTraining}, run as {@code java -cp JAR MAIN LAUNCH_COMMAND...} with the
 *     subject's launch command (its cache-output flag in it) as arguments, which it runs for a
 *     first event of its own; null to record the cache by one first event through the runtime
 *     interface client against the harness's Runtime API
 */
record Subject(
    String name,
    String description,
    Path artifact,
    String handler,
    EventKind events,
    Transport transport,
    Map<String, String> environment,
    Initialization initialization,
    Layout layout,
    Cache cache,
    String trainingMain) {

  /** The separator of a derived subject's name: {@code hand-tuned+aot}. */
  static final String DERIVED = "+";

  /** A subject of the zip layout without a cache, as most are. */
  Subject(
      String name,
      String description,
      Path artifact,
      String handler,
      EventKind events,
      Transport transport,
      Map<String, String> environment,
      Initialization initialization) {
    this(
        name,
        description,
        artifact,
        handler,
        events,
        transport,
        environment,
        initialization,
        Layout.ZIP,
        Cache.NONE,
        null);
  }

  /** An on-demand subject, as most are. */
  Subject(
      String name,
      String description,
      Path artifact,
      String handler,
      EventKind events,
      Transport transport,
      Map<String, String> environment) {
    this(
        name,
        description,
        artifact,
        handler,
        events,
        transport,
        environment,
        Initialization.ON_DEMAND);
  }

  /**
   * The same function in the container image's layout: {@code NAME+image} (no cache), {@code
   * NAME+aot} (its own cache, recorded by one first event through the runtime interface client),
   * {@code NAME+aot-main} (its own cache, recorded by {@code main}), and three caches the JVM must
   * not trip over: {@code NAME+aot-otherpath} (recorded for another class path: the function's jar
   * first), {@code NAME+aot-otherjvm} (recorded by "another JVM build": the JVM version in its
   * header altered) and {@code NAME+aot-corrupt} (random bytes).
   */
  Subject derive(String suffix, String main) {
    Cache derived =
        switch (suffix) {
          case "image" -> Cache.NONE;
          case "aot", "aot-main" -> Cache.OWN;
          case "aot-otherpath" -> Cache.OTHER_CLASS_PATH;
          case "aot-otherjvm" -> Cache.OTHER_JVM;
          case "aot-corrupt" -> Cache.CORRUPT;
          default ->
              throw new IllegalArgumentException(
                  "unknown variant +"
                      + suffix
                      + " (image, aot, aot-main, aot-otherpath, aot-otherjvm or aot-corrupt)");
        };
    if (layout != Layout.ZIP || initialization != Initialization.ON_DEMAND) {
      throw new IllegalArgumentException(
          name + DERIVED + suffix + ": only on-demand subjects have a container-image variant");
    }
    if (suffix.equals("aot-main") && main == null) {
      throw new IllegalArgumentException(
          name + "+aot-main needs its training main class: --aot-main " + name + "=CLASS");
    }
    String what =
        switch (derived) {
          case NONE -> "no cache";
          case OWN ->
              main == null || !suffix.equals("aot-main")
                  ? "its AOT cache, recorded by one first event through the runtime client"
                  : "its AOT cache, recorded by " + main + " running the same command line";
          case OTHER_CLASS_PATH -> "a cache recorded for another class path";
          case OTHER_JVM -> "a cache recorded by another JVM build";
          case CORRUPT -> "a corrupt cache file";
        };
    return new Subject(
        name + DERIVED + suffix,
        description + "; container-image layout (jar on the class path), " + what,
        artifact,
        handler,
        events,
        transport,
        environment,
        initialization,
        Layout.IMAGE,
        derived,
        suffix.equals("aot-main") ? main : null);
  }

  /**
   * A subject that only checks that the JVM ignores a cache it cannot use: one JVM, not measured.
   */
  boolean checkOnly() {
    return cache == Cache.OTHER_CLASS_PATH || cache == Cache.OTHER_JVM || cache == Cache.CORRUPT;
  }

  /** Whether a training run must record a cache for this subject before it is measured. */
  boolean needsTraining() {
    return cache != Cache.NONE;
  }

  /**
   * How the function's code reaches the JVM.
   *
   * <ul>
   *   <li>{@code ZIP}: as the managed runtime runs a zip or jar deployment: the artifact unpacked
   *       into the task directory, loaded through the runtime interface client's own class loader;
   *       the class path holds only the runtime's jars (the JVM's flags include {@code
   *       -Xshare:auto} and the org.crac bridge).
   *   <li>{@code IMAGE}: as the example's container image starts it ({@code
   *       example-ha-function/src/main/docker/bootstrap}): the function's jar in {@code lib/} of
   *       the task directory and on the class path after the runtime's jars, so that the
   *       application class loader loads it and an AOT cache can hold its classes (caches only hold
   *       classes from jars on the class path, never from directories or other class loaders); no
   *       {@code -Xshare} flag, which JDK 25 refuses beside {@code -XX:AOTCache}.
   * </ul>
   */
  enum Layout {
    ZIP,
    IMAGE
  }

  /** The AOT cache a subject's JVM gets. */
  enum Cache {
    /** None. */
    NONE,
    /** Its own, recorded first by a training run on the same command line. */
    OWN,
    /**
     * One recorded for another class path (the function's jar before the runtime's): the JVM must
     * still answer, and should ignore it (JDK 25.0.3 and earlier do not check the class path of a
     * cache recorded with {@code -XX:AOTCacheOutput}: JDK-8377932, fixed in 25.0.4).
     */
    OTHER_CLASS_PATH,
    /**
     * One recorded by another JVM build (its own, with the JVM version in its header altered): the
     * JVM must ignore it and still answer.
     */
    OTHER_JVM,
    /** A file of random bytes: the JVM must ignore it and still answer. */
    CORRUPT
  }

  enum EventKind {
    HELLO,
    TURN_ON,
    DISCOVER
  }

  enum Transport {
    NONE,
    HTTP,
    HTTPS
  }

  /**
   * How the runtime initializes: the value of {@code AWS_LAMBDA_INITIALIZATION_TYPE}, and whether
   * the JVM gets the managed runtime's {@code
   * -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac}, which is what makes resources
   * registered with {@code org.crac} (the API AWS documents for SnapStart hooks) the runtime
   * interface client's: without it, {@code org.crac} 1.x on a JDK without CRaC finds no
   * implementation ({@code javax.crac}, {@code jdk.crac}) and registering is a no-op. With {@code
   * snap-start} the client runs its context's {@code beforeCheckpoint} after loading the handler,
   * calls {@code GET /runtime/restore/next}, then {@code afterRestore}, and only then polls {@code
   * /invocation/next}; {@link RuntimeApiServer} answers {@code restore/next} at once, as if the
   * snapshot had been taken and restored in no time.
   */
  enum Initialization {
    ON_DEMAND("on-demand", true),
    /** SnapStart's init as the managed runtime runs it: the function's org.crac hooks run. */
    SNAP_START("snap-start", true),
    /**
     * SnapStart's init without the org.crac bridge: the client's own hooks run, the function's do
     * not.
     */
    SNAP_START_WITHOUT_CRAC_BRIDGE("snap-start", false);

    /** The value of {@code AWS_LAMBDA_INITIALIZATION_TYPE}. */
    final String type;

    /** Whether the JVM gets {@code -Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac}. */
    final boolean cracBridge;

    Initialization(String type, boolean cracBridge) {
      this.type = type;
      this.cracBridge = cracBridge;
    }

    boolean snapStart() {
      return "snap-start".equals(type);
    }
  }
}
