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

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.suga.annotations.GatewayRoot;
import dev.suga.example.ha.alexa.AlexaErrorType;
import dev.suga.example.ha.homeassistant.HomeAssistantHealth;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.MalformedJsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Lambda entry point ({@code dev.suga.example.ha.LambdaHandler::handleRequest}). It only
 * recognises the kind of event and hands it to the gateway; every piece of logic is a gateway
 * module, the core interfaces' (library {@code suga-core-interfaces}) or the bridge's own. Nothing
 * escapes as an exception: the worst case is a well-formed Alexa ErrorResponse of type
 * INTERNAL_ERROR.
 *
 * <p>The gateway generated here ({@code dev.suga.example.ha.Gateway}) aggregates the core's
 * thirteen interfaces with the bridge's {@code home_assistant}, {@code alexa}, {@code
 * alexa_discovery} and {@code alexa_skill}.
 */
@GatewayRoot
public final class LambdaHandler implements RequestStreamHandler {
  /** Alexa directives are a few KB; anything near this is not a directive. */
  static final int MAX_EVENT_BYTES = 256 * 1024;

  /**
   * Alexa drops answers after 8 s: the time an invocation is granted at most ({@code
   * lambda.begin}).
   */
  static final long ALEXA_BUDGET_MILLIS = 8_000;

  /** Last resort when even building an error response fails: valid JSON, no details. */
  private static final byte[] LAST_RESORT =
      ("{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"ErrorResponse\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"00000000-0000-4000-8000-000000000000\"},"
              + "\"payload\":{\"type\":\"INTERNAL_ERROR\",\"message\":\"internal error\"}}}")
          .getBytes(StandardCharsets.UTF_8);

  static {
    // Before the first invocation begins: initialization runs the bridge's check on the first one.
    BridgeSetup.install();
    // Checked here, not in SnapStartPriming: on an on-demand cold start that class, and org.crac's
    // Resource it implements, are then never loaded (two class files read and verified for
    // nothing).
    if (SnapStartPriming.SNAP_START.equals(System.getenv(SnapStartPriming.INITIALIZATION_TYPE))) {
      SnapStartPriming.register();
    }
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    byte[] response;
    try {
      long remaining = context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis();
      Gateway.lambdaBegin(
          context == null ? null : context.getAwsRequestId(),
          Math.min(remaining, ALEXA_BUDGET_MILLIS));
      response = respond(input);
    } catch (IOException | RuntimeException | Error failure) {
      response = internalError(failure);
    } finally {
      endQuietly(context);
    }
    output.write(response);
    output.flush();
  }

  private static byte[] respond(InputStream input) throws IOException {
    byte[] bytes = readBounded(input);
    if (bytes == null) {
      return notJson("event larger than " + MAX_EVENT_BYTES + " bytes");
    }
    Map<String, Object> event;
    try {
      event = JsonMaps.parseObject(bytes);
    } catch (RuntimeException failure) {
      // Not a catch clause of MalformedJsonException: verifying this class would load it on every
      // cold start, and it is only needed for a malformed event.
      if (failure instanceof MalformedJsonException) {
        return notJson(failure.getMessage());
      }
      throw failure;
    }
    // Compared with ==, not a switch on the enum: that compiles to a synthetic switch-map class,
    // one more to load on a cold start.
    EventKind kind = recognize(event);
    if (kind == EventKind.SMART_HOME) {
      return JsonMaps.write(Gateway.alexaHandleDirective(event));
    }
    if (kind == EventKind.CUSTOM_SKILL) {
      return JsonMaps.write(Gateway.alexaSkillHandleRequest(event));
    }
    if (kind == EventKind.HTTP) {
      // The function's statistics, not CoreGateway's: they cover every module.
      return JsonMaps.write(
          Gateway.debugHandleHttp(event, HomeAssistantHealth.COMPONENTS, Gateway.statistics()));
    }
    return JsonMaps.write(
        Gateway.alexaErrorResponse(
            event,
            AlexaErrorType.INVALID_DIRECTIVE,
            "Unrecognized event: expected an Alexa"
                + " directive, a custom skill request or an HTTP request"));
  }

  /**
   * The kind of event: {@link EventKind#SMART_HOME} ({@code {"directive": ...}}), {@link
   * EventKind#CUSTOM_SKILL} ({@code version} + {@code request} with a {@code type}), else the
   * core's generic kinds ({@code lambda.recognize}).
   */
  static EventKind recognize(Map<String, Object> event) {
    if (event.get("directive") instanceof Map) {
      return EventKind.SMART_HOME;
    }
    if (event.get("request") instanceof Map<?, ?> request
        && request.get("type") instanceof String
        && event.containsKey("version")) {
      return EventKind.CUSTOM_SKILL;
    }
    return EventKind.ofCore(Gateway.lambdaRecognize(event));
  }

  /** INVALID_DIRECTIVE for an event that is not JSON ({@code why} never quotes the event). */
  private static byte[] notJson(String why) {
    return JsonMaps.write(
        Gateway.alexaErrorResponse(
            null,
            AlexaErrorType.INVALID_DIRECTIVE,
            "The request is not a valid JSON object: " + why));
  }

  /** The event's bytes, or null when there are more than {@link #MAX_EVENT_BYTES}. */
  private static byte[] readBounded(InputStream input) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    byte[] chunk = new byte[8192];
    for (int n; (n = input.read(chunk)) > 0; ) {
      if (buffer.size() + n > MAX_EVENT_BYTES) {
        return null;
      }
      buffer.write(chunk, 0, n);
    }
    return buffer.toByteArray();
  }

  /**
   * End-of-invocation bookkeeping (metrics, free tier) must never cost the answer; then this
   * gateway's release of idle modules, which only it can do: it is the one that sees them all.
   */
  private static void endQuietly(Context context) {
    try {
      Gateway.lambdaEnd(context == null ? 512 : context.getMemoryLimitInMB());
    } catch (RuntimeException | Error ignored) {
      // The answer is ready; a failing flush is visible in the next invocation's logs.
    } finally {
      Gateway.endInvocation(); // never throws
    }
  }

  private static byte[] internalError(Throwable failure) {
    try {
      Gateway.loggingError("Unhandled failure in the handler", failure);
      return JsonMaps.write(
          Gateway.alexaErrorResponse(null, AlexaErrorType.INTERNAL_ERROR, "Internal error"));
    } catch (RuntimeException | Error again) {
      return LAST_RESORT.clone();
    }
  }
}
