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

import dev.suga.example.ha.testing.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The README's first command: the scripted demo runs end to end and shows lazy loading and
 * statistics.
 */
class LocalRunnerTest {
  @Test
  void theDemoConversationRunsAndPrintsStatistics() throws IOException {
    Handler.reset();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    new LocalRunner(new PrintStream(buffer, true, StandardCharsets.UTF_8)).runDemo();
    String out = buffer.toString(StandardCharsets.UTF_8);
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
    assertTrue(out.contains("Gateway statistics"), out);
    assertTrue(out.contains("alexa.handle_directive"), out);
  }
}
