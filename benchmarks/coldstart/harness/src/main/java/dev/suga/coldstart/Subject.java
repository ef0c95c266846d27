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
 */
record Subject(
    String name,
    String description,
    Path artifact,
    String handler,
    EventKind events,
    Transport transport,
    Map<String, String> environment,
    Initialization initialization) {

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
