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
package dev.suga.core.http;

/**
 * No HTTP answer: could not connect, timed out, the connection dropped, no time was left, or the
 * dependency's circuit is open. Its message names the method and URL (redacted), never the token.
 */
public final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** Could not connect (refused, unknown host, no route). */
    CONNECT,
    /** A timeout, or the invocation's deadline passed while the answer was arriving. */
    TIMEOUT,
    /** The connection failed or dropped, the answer was not HTTP or too large, or TLS failed. */
    IO,
    /** Too little of the invocation's time was left to send the request at all. */
    NO_TIME_LEFT,
    /** The request's dependency has an open circuit: nothing was sent. */
    CIRCUIT_OPEN
  }

  private final Kind kind;

  public HttpFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
