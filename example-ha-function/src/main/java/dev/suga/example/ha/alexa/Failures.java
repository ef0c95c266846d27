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

import dev.suga.core.http.HttpFailure;
import dev.suga.example.ha.homeassistant.HomeAssistantException;
import dev.suga.example.ha.json.MalformedJsonException;

/**
 * What each failure means to Alexa. Home Assistant's failures arrive as {@link
 * HomeAssistantException}s of a kind; anything unexpected is INTERNAL_ERROR (and is the only kind
 * worth an error log line with the failure's class).
 */
final class Failures {
  /** What was being done when the failure happened: decides what a 404 means. */
  enum Context {
    /** Reading or changing one entity: 404 is an unknown entity. */
    ENTITY,
    /** Anything else (discovery, proxy): 404 means Home Assistant is not set up as expected. */
    BRIDGE
  }

  private Failures() {}

  /** The Alexa error for {@code failure}. */
  static AlexaError toAlexa(Throwable failure, Context context) {
    if (failure instanceof AlexaError alexa) {
      return alexa;
    }
    if (failure instanceof HomeAssistantException ha) {
      return switch (ha.kind()) {
        case UNAUTHORIZED ->
            AlexaError.of(
                AlexaErrorType.INVALID_AUTHORIZATION_CREDENTIAL,
                "Home Assistant did not accept the linked account's token");
        case NOT_FOUND ->
            context == Context.ENTITY
                ? AlexaError.noSuchEndpoint("Home Assistant has no such entity")
                : AlexaError.of(
                    AlexaErrorType.INTERNAL_ERROR,
                    "Home Assistant answered 404: check HA_BASE_URL and its integrations");
        case UNAVAILABLE ->
            AlexaError.of(
                AlexaErrorType.ENDPOINT_UNREACHABLE, "The device is unavailable in Home Assistant");
        case UNREACHABLE ->
            AlexaError.of(AlexaErrorType.BRIDGE_UNREACHABLE, "Home Assistant cannot be reached");
        case REJECTED ->
            AlexaError.of(AlexaErrorType.INVALID_VALUE, "Home Assistant rejected the request");
        case RATE_LIMITED ->
            AlexaError.of(
                AlexaErrorType.RATE_LIMIT_EXCEEDED, "Home Assistant is limiting requests");
        case BAD_RESPONSE ->
            AlexaError.of(AlexaErrorType.INTERNAL_ERROR, "Home Assistant answered with an error");
        case NOT_CONFIGURED ->
            AlexaError.of(AlexaErrorType.INTERNAL_ERROR, "The bridge is not configured");
      };
    }
    if (failure instanceof HttpFailure) {
      return AlexaError.of(AlexaErrorType.BRIDGE_UNREACHABLE, "Home Assistant cannot be reached");
    }
    if (failure instanceof MalformedJsonException) {
      return AlexaError.of(
          AlexaErrorType.INTERNAL_ERROR, "Home Assistant answered with malformed JSON");
    }
    return AlexaError.of(AlexaErrorType.INTERNAL_ERROR, "Internal error");
  }

  /** Whether the failure is one to log as an error (unexpected, or a misconfiguration). */
  static boolean unexpected(Throwable failure) {
    if (failure instanceof AlexaError alexa) {
      return alexa.type() == AlexaErrorType.INTERNAL_ERROR;
    }
    if (failure instanceof HomeAssistantException ha) {
      return ha.kind() == HomeAssistantException.Kind.BAD_RESPONSE
          || ha.kind() == HomeAssistantException.Kind.NOT_CONFIGURED;
    }
    return !(failure instanceof HttpFailure);
  }
}
