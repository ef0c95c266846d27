package dev.suga.example.ha;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.suga.annotations.GatewayRoot;
import dev.suga.example.ha.json.Json;
import dev.suga.example.ha.json.JsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Lambda entry point ({@code dev.suga.example.ha.LambdaHandler::handleRequest}). It only
 * recognises the kind of event and hands it to the gateway; every piece of logic is a gateway
 * module. Nothing escapes as an exception: the worst case is a well-formed Alexa
 * ErrorResponse of type INTERNAL_ERROR.
 */
@GatewayRoot
public final class LambdaHandler implements RequestStreamHandler {
  /** Alexa directives are a few KB; anything near this is not a directive. */
  static final int MAX_EVENT_BYTES = 256 * 1024;

  /** Last resort when even building an error response fails: valid JSON, no details. */
  private static final byte[] LAST_RESORT = ("{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"ErrorResponse\","
      + "\"payloadVersion\":\"3\",\"messageId\":\"00000000-0000-4000-8000-000000000000\"},"
      + "\"payload\":{\"type\":\"INTERNAL_ERROR\",\"message\":\"internal error\"}}}").getBytes(StandardCharsets.UTF_8);

  static {
    // Checked here, not in SnapStartPriming: on an on-demand cold start that class, and org.crac's
    // Resource it implements, are then never loaded (two class files read and verified for nothing).
    if (SnapStartPriming.SNAP_START.equals(System.getenv(SnapStartPriming.INITIALIZATION_TYPE))) {
      SnapStartPriming.register();
    }
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    byte[] response;
    try {
      Gateway.lambdaBegin(context == null ? null : context.getAwsRequestId(),
          context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis());
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
    Map<String, Object> event;
    try {
      event = Json.parseObject(readBounded(input));
    } catch (JsonException malformed) {
      return Json.write(Gateway.alexaErrorResponse(null, "INVALID_DIRECTIVE", "The request is not a valid JSON object: "
          + malformed.getMessage()));
    }
    switch (Gateway.lambdaRecognize(event)) {
      case "smart_home":
        return Json.write(Gateway.alexaHandleDirective(event));
      case "custom_skill":
        return Json.write(Gateway.alexaSkillHandleRequest(event));
      case "http":
        return Json.write(Gateway.debugHandleHttp(event));
      default:
        return Json.write(Gateway.alexaErrorResponse(event, "INVALID_DIRECTIVE", "Unrecognized event: expected an Alexa"
            + " directive, a custom skill request or an HTTP request"));
    }
  }

  private static byte[] readBounded(InputStream input) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    byte[] chunk = new byte[8192];
    for (int n; (n = input.read(chunk)) > 0; ) {
      if (buffer.size() + n > MAX_EVENT_BYTES) {
        throw new JsonException("event larger than " + MAX_EVENT_BYTES + " bytes");
      }
      buffer.write(chunk, 0, n);
    }
    return buffer.toByteArray();
  }

  /** End-of-invocation bookkeeping (metrics, free tier, release) must never cost the answer. */
  private static void endQuietly(Context context) {
    try {
      Gateway.lambdaEnd(context == null ? 512 : context.getMemoryLimitInMB());
    } catch (RuntimeException | Error ignored) {
      // The answer is ready; a failing flush or release is visible in the next invocation's logs.
    }
  }

  private static byte[] internalError(Throwable failure) {
    try {
      Gateway.loggingError("Unhandled failure in the handler", failure);
      return Json.write(Gateway.alexaErrorResponse(null, "INTERNAL_ERROR", "Internal error"));
    } catch (RuntimeException | Error again) {
      return LAST_RESORT.clone();
    }
  }
}
