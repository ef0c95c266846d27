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
package dev.suga.core.greeting;

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
import java.util.Map;

/**
 * A second function built on the core interfaces alone, to show (and test) that the library is not
 * the Home Assistant example's: a Lambda that greets {@code {"name": "Ann"}} with {@code
 * {"greeting": "Hello, Ann!", "count": 1, "cached": false}}. Its gateway ({@link GreetingGateway},
 * generated from this root) aggregates the core's thirteen interfaces and its one module, {@code
 * greeting} ({@link GreetingCore}); its JSON is jackson-core's, which the core brings along.
 *
 * <p>The handler's shape is the one every function on the core has: {@code lambda.begin}, the work,
 * {@code lambda.end}, then its own gateway's {@code endInvocation()}.
 */
@GatewayRoot(name = "GreetingGateway")
public final class GreetingFunction implements RequestStreamHandler {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    GreetingGateway.lambdaBegin(context.getAwsRequestId(), context.getRemainingTimeInMillis());
    try {
      Map<String, Object> greeting = GreetingGateway.greetingGreet(name(input));
      try (JsonGenerator json = JSON.createGenerator(output)) {
        json.writeStartObject();
        for (Map.Entry<String, Object> entry : greeting.entrySet()) {
          json.writeObjectField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
      }
    } finally {
      try {
        GreetingGateway.lambdaEnd(context.getMemoryLimitInMB());
      } finally {
        GreetingGateway.endInvocation();
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
