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
package dev.suga.coldstart.readtree;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * What a careful developer writes without a framework: Jackson databind's {@code readTree}, a
 * {@code switch} on namespace and name, {@link HttpURLConnection} to Home Assistant, the answer
 * built as an {@link ObjectNode} and written by the {@link ObjectMapper}. Message id and time stamp
 * come from the same small helpers as the hand-tuned handler's (no UUID, no java.time), so that the
 * difference between the two is databind and the tree model alone.
 */
public final class TreeRouterHandler implements RequestStreamHandler {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BASE_URL = System.getenv("HA_BASE_URL");

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    JsonNode directive = MAPPER.readTree(input).path("directive");
    JsonNode header = directive.path("header");
    ObjectNode answer;
    switch (header.path("namespace").asText()) {
      case "Alexa.PowerController":
        switch (header.path("name").asText()) {
          case "TurnOn":
            answer = power(directive, true);
            break;
          case "TurnOff":
            answer = power(directive, false);
            break;
          default:
            answer = error(directive, "INVALID_DIRECTIVE", "unsupported directive");
        }
        break;
      default:
        answer = error(directive, "INVALID_DIRECTIVE", "unsupported directive");
    }
    MAPPER.writeValue(output, answer);
  }

  private static ObjectNode power(JsonNode directive, boolean on) {
    String endpointId = directive.path("endpoint").path("endpointId").asText();
    String token = directive.path("endpoint").path("scope").path("token").asText(null);
    int hash = endpointId.indexOf('#');
    if (hash <= 0 || token == null) {
      return error(directive, "NO_SUCH_ENDPOINT", "unknown endpoint");
    }
    String entityId = endpointId.replace('#', '.');
    String state;
    try {
      state =
          callService(endpointId.substring(0, hash), on ? "turn_on" : "turn_off", entityId, token);
    } catch (IOException unreachable) {
      return error(directive, "ENDPOINT_UNREACHABLE", "Home Assistant did not answer");
    }
    if (state == null) {
      state = on ? "on" : "off";
    }
    ObjectNode answer = MAPPER.createObjectNode();
    ObjectNode event = answer.putObject("event");
    header(event, directive, "Response");
    event.putObject("endpoint").put("endpointId", endpointId);
    event.putObject("payload");
    ArrayNode properties = answer.putObject("context").putArray("properties");
    properties
        .addObject()
        .put("namespace", "Alexa.PowerController")
        .put("name", "powerState")
        .put("value", "on".equals(state) ? "ON" : "OFF")
        .put("timeOfSample", Ids.isoTimestamp(System.currentTimeMillis()))
        .put("uncertaintyInMilliseconds", 500);
    return answer;
  }

  private static String callService(String domain, String service, String entityId, String token)
      throws IOException {
    byte[] body = MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("entity_id", entityId));
    HttpURLConnection connection =
        (HttpURLConnection)
            URI.create(
                    new StringBuilder(BASE_URL)
                        .append("/api/services/")
                        .append(domain)
                        .append('/')
                        .append(service)
                        .toString())
                .toURL()
                .openConnection();
    connection.setRequestMethod("POST");
    connection.setConnectTimeout(2000);
    connection.setReadTimeout(5000);
    connection.setInstanceFollowRedirects(false);
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(body.length);
    connection.setRequestProperty(
        "Authorization", new StringBuilder("Bearer ").append(token).toString());
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body);
    }
    if (connection.getResponseCode() != 200) {
      throw new IOException("Home Assistant answered " + connection.getResponseCode());
    }
    JsonNode changed;
    try (InputStream in = connection.getInputStream()) {
      changed = MAPPER.readTree(in);
    }
    for (JsonNode state : changed) {
      if (entityId.equals(state.path("entity_id").asText())) {
        return state.path("state").asText(null);
      }
    }
    return null;
  }

  private static ObjectNode error(JsonNode directive, String type, String message) {
    ObjectNode answer = MAPPER.createObjectNode();
    ObjectNode event = answer.putObject("event");
    header(event, directive, "ErrorResponse");
    String endpointId = directive.path("endpoint").path("endpointId").asText(null);
    if (endpointId != null) {
      event.putObject("endpoint").put("endpointId", endpointId);
    }
    event.putObject("payload").put("type", type).put("message", message);
    return answer;
  }

  private static void header(ObjectNode event, JsonNode directive, String name) {
    ObjectNode header =
        event
            .putObject("header")
            .put("namespace", "Alexa")
            .put("name", name)
            .put("payloadVersion", "3")
            .put("messageId", Ids.messageId());
    String correlationToken = directive.path("header").path("correlationToken").asText(null);
    if (correlationToken != null) {
      header.put("correlationToken", correlationToken);
    }
  }
}
