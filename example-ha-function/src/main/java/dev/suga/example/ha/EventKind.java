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

/**
 * What an event is, as {@link LambdaHandler} recognises it: the function's own kinds first, then
 * the core's generic ones ({@code lambda.recognize}).
 */
enum EventKind {
  /** An Alexa Smart Home directive: {@code {"directive": {...}}}. */
  SMART_HOME,
  /** An Alexa custom-skill request: {@code version} and a {@code request} with a {@code type}. */
  CUSTOM_SKILL,
  /**
   * An API Gateway v2 or Function URL request ({@code requestContext.http}): health, diagnostics.
   */
  HTTP,
  /** An EventBridge scheduled event (the function has nothing to do for one). */
  SCHEDULED,
  /** Anything else. */
  UNKNOWN;

  /** The kind the core's {@code lambda.recognize} names ({@code http}, {@code scheduled}, ...). */
  static EventKind ofCore(String kind) {
    if ("http".equals(kind)) {
      return HTTP;
    }
    return "scheduled".equals(kind) ? SCHEDULED : UNKNOWN;
  }
}
