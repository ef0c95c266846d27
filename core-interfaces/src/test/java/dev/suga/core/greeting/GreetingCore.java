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
package dev.suga.core.greeting;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The greeting function's own module ({@code greeting}): builds a greeting from the {@code
 * GREETING_SALUTATION} setting (default {@code Hello}), keeps it a minute in {@code cache}, counts
 * the greetings of this JVM, logs each and counts the {@code Greetings} metric. Everything but the
 * counter is a core interface, called through the function's own gateway.
 */
@GatewayModule
public final class GreetingCore {
  static final long GREETING_TTL_MILLIS = 60_000;

  private final AtomicLong count = new AtomicLong();

  /**
   * {@code greeting}, {@code count} (greetings so far in this JVM) and {@code cached} (a cache
   * hit).
   */
  @GatewayOperation
  public Map<String, Object> greet(String name) {
    String who = name == null || name.isBlank() ? "world" : name.strip();
    String key = "greeting." + who;
    Object cached = GreetingGateway.cacheGet(key);
    String greeting;
    if (cached instanceof String text) {
      greeting = text;
    } else {
      greeting = GreetingGateway.configGetOr("GREETING_SALUTATION", "Hello") + ", " + who + "!";
      GreetingGateway.cachePut(key, greeting, GREETING_TTL_MILLIS);
    }
    long greeted = count.incrementAndGet();
    GreetingGateway.metricsCount("Greetings", 1);
    GreetingGateway.loggingInfo("Greeted " + who + (cached != null ? " (cached)" : ""));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("greeting", greeting);
    answer.put("count", greeted);
    answer.put("cached", cached != null);
    return answer;
  }
}
