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

import java.util.List;

/**
 * A check an extension adds to the one-per-JVM start-up of {@code initialization} ({@code
 * initialization.add_check}): the example checks its Home Assistant settings this way.
 *
 * <p>Implement it with a named class, not a lambda: it runs on every cold start, and the first
 * lambda of a JVM bootstraps {@code LambdaMetafactory} (milliseconds).
 */
public interface StartupCheck {
  /**
   * Adds each configuration problem found to {@code problems}, as one sentence that says what to
   * fix and never echoes a secret (pass values through {@code security.redact}). Unsafe but valid
   * settings are not problems: log them as warnings here.
   *
   * @param problems where to add problems; the core's own are already in it
   */
  void check(List<String> problems);

  /**
   * A few words for the {@code initialized} log line, e.g. {@code mode proxy}; null for none. Read
   * after {@link #check}.
   */
  default String summary() {
    return null;
  }

  /**
   * Adds a problem when setting {@code name} is set but not a boolean that {@code config.flag}
   * understands (true/false, 1/0, yes/no, on/off).
   */
  static void checkFlag(List<String> problems, String name) {
    String value = CoreGateway.configGet(name);
    if (value != null && ConfigCore.parseFlag(value) == null) {
      problems.add(name + " must be true or false, not " + CoreGateway.securityRedact(value));
    }
  }

  /** Adds a problem when setting {@code name} is set but not a whole number of at least 0. */
  static void checkWholeNumber(List<String> problems, String name) {
    String value = CoreGateway.configGet(name);
    if (value != null && !wholeNumber(value)) {
      problems.add(
          name + " must be a whole number of at least 0, not " + CoreGateway.securityRedact(value));
    }
  }

  private static boolean wholeNumber(String value) {
    try {
      return Long.parseLong(value) >= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
