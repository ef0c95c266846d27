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
package dev.suga.example.ha.homeassistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.suga.core.ConfigCore;
import dev.suga.core.LogSink;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.demo.DemoHomeAssistant.Recorded;
import dev.suga.example.ha.json.JsonMaps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo Home Assistant plus the configuration that points the gateway at it, with every log line
 * captured. Settings make failure tests exact: no retries (so every request is counted), a circuit
 * that opens after 2 failures. The read timeout stays generous (a cold JVM's first service call can
 * take a while on a busy machine); the slow-response tests shorten it. {@link #close()} restores
 * the environment and the log sink, and checks that no captured line contains a token.
 */
final class HaFixture implements AutoCloseable {
  static final String TOKEN = "ha-core-test-token-4f8a21";
  static final String OTHER_TOKEN = "ha-core-wrong-token-9c3d77";

  final DemoHomeAssistant demo;
  private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> environment = new HashMap<>();

  HaFixture() {
    demo = DemoHomeAssistant.start(TOKEN);
    environment.put("HA_BASE_URL", demo.baseUrl());
    environment.put("HA_READ_TIMEOUT_MS", "5000");
    environment.put("HA_CONNECT_TIMEOUT_MS", "1000");
    environment.put("HA_MAX_RETRIES", "0");
    environment.put("CIRCUIT_FAILURE_THRESHOLD", "2");
    environment.put("CIRCUIT_OPEN_SECONDS", "30");
    environment.put("LOG_LEVEL", "DEBUG");
    ConfigCore.override(environment);
    LogSink.redirect(logLines::add);
    Gateway.circuitBreakerReset(HomeAssistantRest.DEPENDENCY);
    Gateway.metricsFlush("before-test");
    logLines.clear();
  }

  /** Changes ({@code value} non-null) or removes one setting. */
  void set(String name, String value) {
    if (value == null) {
      environment.remove(name);
    } else {
      environment.put(name, value);
    }
    ConfigCore.override(environment);
  }

  List<String> logLines() {
    synchronized (logLines) {
      return List.copyOf(logLines);
    }
  }

  /** Asserts the demo received exactly one request since the last check, and forgets it. */
  void assertOnlyRequest(String method, String path, Object jsonBody) {
    List<Recorded> requests = demo.requests();
    assertEquals(1, requests.size(), requests::toString);
    assertRequest(requests.get(0), method, path, jsonBody);
    demo.clearRequests();
  }

  /** Method, path, token, and body (compared as JSON; null means no body). */
  static void assertRequest(Recorded request, String method, String path, Object jsonBody) {
    assertEquals(method, request.method(), request::toString);
    assertEquals(path, request.path(), request::toString);
    assertEquals(TOKEN, request.bearerToken(), "the caller's token is the credential");
    if (jsonBody == null) {
      assertEquals("", request.body());
    } else {
      assertEquals(jsonBody, JsonMaps.parse(request.body()), request::toString);
    }
  }

  @Override
  public void close() {
    try {
      Gateway.metricsFlush("after-test");
      List<String> lines = logLines();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int index = i;
        // The message names the line, not its text: printing it would print the token.
        assertFalse(
            line.contains(TOKEN) || line.contains(OTHER_TOKEN),
            () -> "log line " + index + " contains a token");
      }
    } finally {
      demo.close();
      Gateway.circuitBreakerReset(HomeAssistantRest.DEPENDENCY);
      LogSink.redirect(null);
      ConfigCore.override(null);
    }
  }
}
