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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.alexa.AlexaCore;
import dev.suga.example.ha.testing.Handler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Priming builds the hot modules without touching Home Assistant. */
class SnapStartPrimingTest {
  @Test
  void primingBuildsTheHotModulesAndCallsNoOne() {
    try (Handler handler = Handler.with(Map.of("HA_BASE_URL", "http://127.0.0.1:9"))) {
      int primed = SnapStartPriming.prime();
      assertTrue(primed >= 3, "hot modules primed: " + primed);
      assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA));
      assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.CONFIG));
      assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.HOME_ASSISTANT));
      assertFalse(Gateway.loadedInterfaces().contains(Gateway.Interface.ALEXA_DISCOVERY));
      assertTrue(
          Gateway.statistics().operations().stream().allMatch(o -> o.calls() == 0),
          "priming leaves no statistics behind");
      assertTrue(
          handler.logLines().isEmpty(),
          () -> "priming logs and counts nothing: " + handler.logLines());
    }
  }

  @Test
  void theControlPathIsPrimedOnAMadeUpTurnOn() {
    String answer =
        new String(AlexaCore.primeControlPath(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(answer.contains("\"powerState\""), answer);
    assertTrue(answer.contains("\"switch#priming\""), answer);
  }
}
