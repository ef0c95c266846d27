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
package dev.suga.coldstart.reflective;

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

/** The routed handlers: the same work as the hand-tuned handler, one method per directive. */
public final class PowerRoutes {
  private static final String BASE_URL = System.getenv("HA_BASE_URL");
  private final JsonFactory json;

  public PowerRoutes() {
    this.json = RouterHandler.JSON;
  }

  @Route("Alexa.PowerController/TurnOn")
  public void turnOn(Directive directive, OutputStream output) throws IOException {
    power(directive, output, true);
  }

  @Route("Alexa.PowerController/TurnOff")
  public void turnOff(Directive directive, OutputStream output) throws IOException {
    power(directive, output, false);
  }

  private void power(Directive directive, OutputStream output, boolean on) throws IOException {
    int hash = directive.endpointId == null ? -1 : directive.endpointId.indexOf('#');
    if (hash <= 0 || directive.token == null) {
      Answers.error(json, output, directive, "NO_SUCH_ENDPOINT", "unknown endpoint");
      return;
    }
    String entityId = directive.endpointId.replace('#', '.');
    String state;
    try {
      state =
          callService(
              directive.endpointId.substring(0, hash),
              on ? "turn_on" : "turn_off",
              entityId,
              directive.token);
    } catch (IOException unreachable) {
      Answers.error(
          json, output, directive, "ENDPOINT_UNREACHABLE", "Home Assistant did not answer");
      return;
    }
    if (state == null) {
      state = on ? "on" : "off";
    }
    Answers.power(json, output, directive, "on".equals(state) ? "ON" : "OFF");
  }

  private String callService(String domain, String service, String entityId, String token)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(64);
    try (JsonGenerator out = json.createGenerator(body)) {
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
    if (connection.getResponseCode() != 200) {
      throw new IOException("Home Assistant answered an error");
    }
    try (InputStream in = connection.getInputStream();
        JsonParser parser = json.createParser(in)) {
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
}
