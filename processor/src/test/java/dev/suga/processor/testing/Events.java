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
package dev.suga.processor.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A log that sources compiled inside a test write to (their static initializers, constructors and
 * close methods), so the test can see what ran and in which order. It lives on the test class path,
 * shared by every compiled source.
 */
public final class Events {
  private static final List<String> EVENTS = new ArrayList<>();

  private Events() {}

  public static synchronized void record(String event) {
    EVENTS.add(event);
  }

  public static synchronized List<String> drain() {
    List<String> out = List.copyOf(EVENTS);
    EVENTS.clear();
    return out;
  }

  public static synchronized long count(String event) {
    return EVENTS.stream().filter(event::equals).count();
  }
}
