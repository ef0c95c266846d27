package ${package};

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.suga.annotations.GatewayRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda handler: {@code {"name": "Ada"}} in, {@code {"greeting": "Hello, Ada!"}} out.
 * {@code @GatewayRoot} makes the SUGA processor write {@code Gateway} beside it, with every
 * operation of this function's modules ({@link GreeterCore}) and of the core interfaces
 * (logging, metrics, config, cache, ...). A module is loaded only when one of its operations
 * first runs.
 */
@GatewayRoot
public final class Handler implements RequestStreamHandler {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    // One request id for the log lines, a deadline for HTTP calls, one EMF record per event.
    Gateway.lambdaBegin(context.getAwsRequestId(), context.getRemainingTimeInMillis());
    try {
      String greeting = Gateway.greeterGreet(name(input));
      try (JsonGenerator json = JSON.createGenerator(output)) {
        json.writeStartObject();
        json.writeStringField("greeting", greeting);
        json.writeEndObject();
      }
    } finally {
      try {
        Gateway.lambdaEnd(context.getMemoryLimitInMB());
      } finally {
        Gateway.endInvocation(); // lets modules with an unload policy go
      }
    }
  }

  /** The event's {@code name} member, or null. */
  private static String name(InputStream input) throws IOException {
    try (JsonParser parser = JSON.createParser(input)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String name = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if ("name".equals(field) && parser.currentToken() == JsonToken.VALUE_STRING) {
          name = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      return name;
    }
  }
}
