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
package dev.suga.example.ha.alexa;

import dev.suga.example.ha.Gateway;

/**
 * How close this container is to the monthly free tier, as the core's {@code free_tier.level} names
 * it, and what the Alexa modules do at each level.
 */
enum FreeTierLevel {
  /** Below 80 %: everything runs. */
  OK,
  /** From 80 %: the core has logged a warning; everything still runs. */
  WARN,
  /** From 90 %: non-critical work is skipped (a control directive's follow-up state read). */
  THROTTLE,
  /** From 95 %: directives are answered RATE_LIMIT_EXCEEDED, skill requests with an apology. */
  REFUSE;

  /** The level the core names ({@code ok}, {@code warn}, {@code throttle}, {@code refuse}). */
  static FreeTierLevel of(String level) {
    if ("refuse".equals(level)) {
      return REFUSE;
    }
    if ("throttle".equals(level)) {
      return THROTTLE;
    }
    return "warn".equals(level) ? WARN : OK;
  }

  /** The level now. */
  static FreeTierLevel now() {
    return of(Gateway.freeTierLevel(System.currentTimeMillis()));
  }
}
