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
package dev.suga.example.ha.homeassistant;

/** Home Assistant did not do what was asked. The message never contains a token. */
public final class HomeAssistantException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why; each maps to one Alexa error type. */
  public enum Kind {
    /**
     * 401/403, or a token that cannot be sent at all: the token is not accepted
     * (INVALID_AUTHORIZATION_CREDENTIAL).
     */
    UNAUTHORIZED,
    /** 404, or the entity does not exist (NO_SUCH_ENDPOINT). */
    NOT_FOUND,
    /**
     * Entity exists but is {@code unavailable} (ENDPOINT_UNREACHABLE). The REST operations return
     * states as they are and never throw it; it is for callers that refuse to act on such an entity
     * (the Alexa layer answers from the state it read instead).
     */
    UNAVAILABLE,
    /** Could not connect, timed out, dropped, or the circuit is open (BRIDGE_UNREACHABLE). */
    UNREACHABLE,
    /** 400 or another 4xx: Home Assistant rejected the request (Alexa: INVALID_VALUE). */
    REJECTED,
    /**
     * 429: Home Assistant, or the proxy in front of it, is limiting requests (RATE_LIMIT_EXCEEDED:
     * the value was fine, so INVALID_VALUE would tell the user the wrong thing).
     */
    RATE_LIMITED,
    /** 500 or a body that is not the JSON expected (INTERNAL_ERROR); 502-504 are UNREACHABLE. */
    BAD_RESPONSE,
    /** Not configured: no base URL or no credential (INTERNAL_ERROR, logged). */
    NOT_CONFIGURED
  }

  private final Kind kind;

  public HomeAssistantException(Kind kind, String message) {
    this(kind, message, null);
  }

  public HomeAssistantException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
