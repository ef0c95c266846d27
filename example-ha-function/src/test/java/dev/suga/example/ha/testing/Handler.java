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
package dev.suga.example.ha.testing;

import dev.suga.core.ConfigCore;
import dev.suga.core.DebugCore;
import dev.suga.core.LogSink;
import dev.suga.core.testing.LambdaContext;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.LambdaHandler;
import dev.suga.example.ha.json.JsonMaps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the real {@link LambdaHandler} the way Lambda does (bytes in, bytes out), with a
 * configuration of the test's choosing and every log line captured. {@link #reset} puts the
 * gateway's shared state back (circuit breaker, caches, statistics) between tests.
 */
public final class Handler implements AutoCloseable {
  private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private final LambdaHandler handler = new LambdaHandler();
  private final Map<String, String> environment;
  private int invocations;

  private Handler(Map<String, String> environment) {
    this.environment = environment;
    ConfigCore.override(environment);
    LogSink.redirect(logLines::add);
    reset();
  }

  /** A handler configured with {@code environment} (replacing the process environment). */
  public static Handler with(Map<String, String> environment) {
    return new Handler(new HashMap<>(environment));
  }

  /** Changes one setting for the following invocations (settings are read when used). */
  public void set(String name, String value) {
    environment.put(name, value);
    ConfigCore.override(environment);
  }

  /** Clears the gateway's cross-invocation state so tests do not see each other. */
  public static void reset() {
    Gateway.circuitBreakerResetAll();
    Gateway.clearCache();
    Gateway.cacheInvalidate(DebugCore.CACHE_KEY_PREFIX + "home_assistant");
    Gateway.releaseAll();
    Gateway.resetStatistics();
  }

  /** Invokes the handler with raw bytes; returns the raw response bytes. */
  public byte[] invokeRaw(byte[] event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(event), out, LambdaContext.of("req-" + (++invocations)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Invokes the handler with a JSON document; returns the parsed response. */
  public Map<String, Object> invoke(Object event) {
    return JsonMaps.parseObject(invokeRaw(JsonMaps.write(event)));
  }

  /** Invokes the handler with JSON text. */
  public Map<String, Object> invoke(String json) {
    return JsonMaps.parseObject(invokeRaw(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Every log and metrics line written so far. */
  public List<String> logLines() {
    synchronized (logLines) {
      return List.copyOf(logLines);
    }
  }

  @Override
  public void close() {
    LogSink.redirect(null);
    ConfigCore.override(null);
  }
}
