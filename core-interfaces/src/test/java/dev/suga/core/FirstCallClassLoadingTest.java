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
package dev.suga.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a cold start pays for, held in place: each test runs one first call in a JVM of its own
 * ({@link FirstCallProbe}, with {@code -Xlog:class+load}) and checks what it must not load.
 */
class FirstCallClassLoadingTest {
  private static Set<String> none;

  @BeforeAll
  static void baseline() throws Exception {
    none = FirstCallProbe.loaded("none");
  }

  private static Set<String> firstCall(String action) throws Exception {
    Set<String> classes = FirstCallProbe.loaded(action);
    classes.removeAll(none);
    return classes;
  }

  private static Set<String> core(Set<String> classes) {
    Set<String> core = new TreeSet<>();
    for (String name : classes) {
      if (name.startsWith("dev.suga.core.")) {
        core.add(name.substring("dev.suga.core.".length()));
      }
    }
    return core;
  }

  /**
   * No regular expression, no lambda of ours or jackson-core's, no invokedynamic string
   * concatenation, no databind. (The JDK's own lambdas are not ours to avoid: on JDK 25, reading
   * the first class from a multi-release jar such as jackson-core's spins one in java.util.zip, and
   * with it LambdaMetafactory when the lambda is not in the CDS archive.)
   */
  private static void assertNothingCostly(Set<String> classes) {
    for (String name : classes) {
      boolean oursOrJacksons = name.startsWith("dev.suga.") || name.startsWith("com.fasterxml.");
      assertTrue(
          !name.startsWith("java.util.regex.")
              && !(oursOrJacksons && name.contains("$$Lambda"))
              && !name.equals("java.lang.invoke.StringConcatFactory")
              && !name.startsWith("com.fasterxml.jackson.databind."),
          name + " in " + classes);
    }
  }

  @Test
  void configGetLoadsItsModuleAndNothingElseOfTheCore() throws Exception {
    Set<String> classes = firstCall("config");
    assertEquals(Set.of("ConfigCore", "ConfigCore_Holder", "CoreGateway"), core(classes));
    assertTrue(
        classes.stream().noneMatch(name -> name.startsWith("com.fasterxml.")), classes::toString);
    assertNothingCostly(classes);
  }

  /** The redaction patterns are compiled only when a text could hold what they match. */
  @Test
  void redactingPlainTextCompilesNoPattern() throws Exception {
    Set<String> classes = firstCall("security");
    assertTrue(!core(classes).contains("security.RedactionPatterns"), classes::toString);
    assertNothingCostly(classes);
  }

  /** The first log line brings jackson-core's generator, and nothing costlier. */
  @Test
  void theFirstLogLineLoadsJacksonCoreOnly() throws Exception {
    Set<String> classes = firstCall("logging");
    assertTrue(classes.contains("com.fasterxml.jackson.core.JsonFactory"), classes::toString);
    assertNothingCostly(classes);
  }

  /** What every invocation's begin costs on a cold start: initialization, a log line, a metric. */
  @Test
  void lambdaBeginLoadsNothingCostly() throws Exception {
    Set<String> classes = firstCall("lambda");
    assertTrue(
        core(classes).containsAll(List.of("InitializationCore", "LoggingCore", "MetricsCore")),
        classes::toString);
    assertTrue(
        !core(classes).contains("DebugCore") && !core(classes).contains("http.HttpClientCore"),
        classes::toString);
    assertNothingCostly(classes);
  }
}
