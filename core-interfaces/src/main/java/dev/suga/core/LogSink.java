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

import java.util.function.Consumer;

/**
 * Where {@code logging}'s lines and {@code metrics}' EMF records go: standard output (which Lambda
 * sends to CloudWatch Logs), or a test's or local runner's collector.
 */
public final class LogSink {
  private static volatile Consumer<String> sink;

  private LogSink() {}

  /** Writes one line. */
  public static void write(String line) {
    Consumer<String> current = sink;
    if (current != null) {
      current.accept(line);
    } else {
      System.out.println(line);
    }
  }

  /** Sends lines to {@code consumer} instead of standard output (null restores it). */
  public static void redirect(Consumer<String> consumer) {
    sink = consumer;
  }
}
