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

/**
 * One component of a function that {@code debug}'s {@code /health} reports on, contributed by an
 * extension (the example: Home Assistant's reachability). {@code debug} caches each answer for 30 s
 * in {@code cache} and does not probe at all while the free tier is at {@code throttle} or above.
 *
 * <p>Implement it with a named class, not a lambda (the first lambda of a JVM bootstraps {@code
 * LambdaMetafactory}); never throw: a probe that fails answers a status that says so.
 */
public interface ComponentCheck {
  /** Probes the component: a short status such as {@code reachable} or {@code unreachable}. */
  String probe();

  /** Whether {@code status}, an answer of {@link #probe}, means the component is usable. */
  boolean healthy(String status);
}
