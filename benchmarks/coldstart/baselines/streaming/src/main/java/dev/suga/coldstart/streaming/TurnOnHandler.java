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
package dev.suga.coldstart.streaming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * The hand-tuned TurnOn handler: the leanest code that does the example function's job for an
 * {@code Alexa.PowerController} directive. It reads the directive with jackson-core's streaming
 * {@link JsonParser}, calls {@code POST /api/services/<domain>/turn_on|turn_off} on Home Assistant
 * ({@code HA_BASE_URL}) with the directive's bearer token over {@link HttpURLConnection}, reads the
 * entity's new state from the changed states Home Assistant returns, and answers an Alexa {@code
 * Response} with {@code powerState}, written with the streaming {@link JsonGenerator}. No databind,
 * no java.time, no UUID, no lambdas, no string concatenation through invokedynamic on the path.
 */
public final class TurnOnHandler implements RequestStreamHandler {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String BASE_URL = System.getenv("HA_BASE_URL");

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    Directive directive = Directive.read(JSON, input);
    if (!"Alexa.PowerController".equals(directive.namespace)
        || !("TurnOn".equals(directive.name) || "TurnOff".equals(directive.name))) {
      Answers.error(JSON, output, directive, "INVALID_DIRECTIVE", "unsupported directive");
      return;
    }
    int hash = directive.endpointId == null ? -1 : directive.endpointId.indexOf('#');
    if (hash <= 0 || directive.token == null) {
      Answers.error(JSON, output, directive, "NO_SUCH_ENDPOINT", "unknown endpoint");
      return;
    }
    String domain = directive.endpointId.substring(0, hash);
    String entityId = directive.endpointId.replace('#', '.');
    boolean on = "TurnOn".equals(directive.name);
    String state;
    try {
      state = callService(domain, on ? "turn_on" : "turn_off", entityId, directive.token);
    } catch (IOException unreachable) {
      Answers.error(
          JSON, output, directive, "ENDPOINT_UNREACHABLE", "Home Assistant did not answer");
      return;
    }
    if (state == null) {
      state = on ? "on" : "off";
    }
    Answers.power(JSON, output, directive, "on".equals(state) ? "ON" : "OFF");
  }

  /** The service call; returns the entity's state among the changed states (null if absent). */
  private static String callService(String domain, String service, String entityId, String token)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(64);
    try (JsonGenerator out = JSON.createGenerator(body)) {
      out.writeStartObject();
      out.writeStringField("entity_id", entityId);
      out.writeEndObject();
    }
    StringBuilder url = new StringBuilder(BASE_URL.length() + 48);
    url.append(BASE_URL).append("/api/services/").append(domain).append('/').append(service);
    HttpURLConnection connection = (HttpURLConnection) new URL(url.toString()).openConnection();
    connection.setRequestMethod("POST");
    connection.setConnectTimeout(2000);
    connection.setReadTimeout(5000);
    connection.setInstanceFollowRedirects(false);
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(body.size());
    connection.setRequestProperty(
        "Authorization",
        new StringBuilder(token.length() + 7).append("Bearer ").append(token).toString());
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      body.writeTo(out);
    }
    int status = connection.getResponseCode();
    if (status != 200) {
      throw new IOException("Home Assistant answered " + status);
    }
    try (InputStream in = connection.getInputStream();
        JsonParser parser = JSON.createParser(in)) {
      return stateOf(parser, entityId);
    }
  }

  /** {@code [{"entity_id": ..., "state": ...}, ...]}: the state of {@code entityId}. */
  private static String stateOf(JsonParser parser, String entityId) throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    String found = null;
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      String id = null;
      String state = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING && "entity_id".equals(field)) {
          id = parser.getText();
        } else if (value == JsonToken.VALUE_STRING && "state".equals(field)) {
          state = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      if (entityId.equals(id)) {
        found = state;
      }
    }
    return found;
  }
}
