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

import dev.suga.example.ha.alexa.AlexaCore;
import dev.suga.example.ha.json.JsonMaps;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before Lambda snapshots the initialized function, build the gateway's
 * {@code @HotPath} modules ({@code Gateway.prime()}, generated from the routing tables), run
 * Jackson's streaming parser and generator and the pure steps of a TurnOn once ({@link
 * AlexaCore#primeControlPath()}), and build the Home Assistant and circuit breaker modules, so that
 * restored environments start with those classes loaded and initialized. Nothing here calls Home
 * Assistant: a snapshot must not hold connections or credentials. On a JVM without CRaC (a plain
 * java17/java21 runtime without SnapStart) the registration is a no-op.
 */
final class SnapStartPriming implements Resource {
  /** The variable by which Lambda says how it initializes the function, and its SnapStart value. */
  static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

  static final String SNAP_START = "snap-start";

  /** Held strongly: org.crac keeps registered resources only weakly. */
  private static final SnapStartPriming INSTANCE = new SnapStartPriming();

  private SnapStartPriming() {}

  /**
   * Registers the priming hook. {@link LambdaHandler} calls it only when Lambda initializes a
   * SnapStart snapshot ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}): on an ordinary cold
   * start org.crac's context would load half a dozen classes for a checkpoint that never comes, and
   * this class and its interface two more.
   */
  static void register() {
    Core.getGlobalContext().register(INSTANCE);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: ids mix in System.nanoTime() per call, and no connection is held.
  }

  /** The priming itself; public to the package so tests and the cold-start harness can call it. */
  static int prime() {
    int primed = Gateway.prime();
    // The JSON and id paths every directive takes, and the pure steps of a TurnOn; no error
    // response (it would log and count).
    LambdaHandler.recognize(
        JsonMaps.parseObject(
            JsonMaps.write(
                Map.of(
                    "directive",
                    Map.of(
                        "header",
                        Map.of(
                            "namespace",
                            "Alexa",
                            "name",
                            "ReportState",
                            "payloadVersion",
                            "3",
                            "messageId",
                            "priming"))))));
    AlexaCore.primeControlPath();
    Gateway.utilityIsoTimestamp(System.currentTimeMillis());
    Gateway.utilityMessageId();
    // Home Assistant's module and the circuit breaker, built (neither calls anyone when built).
    Gateway.homeAssistantValidEntityId("switch.priming");
    Gateway.circuitBreakerWorstState();
    Gateway.resetStatistics();
    return primed;
  }
}
