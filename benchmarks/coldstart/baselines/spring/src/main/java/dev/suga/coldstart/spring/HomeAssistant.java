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
package dev.suga.coldstart.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Home Assistant's REST API over HttpURLConnection, JSON through Spring's {@link ObjectMapper}. */
@Component
public class HomeAssistant {
  private final ObjectMapper mapper;
  private final String baseUrl;

  public HomeAssistant(ObjectMapper mapper, @Value("${ha.base-url}") String baseUrl) {
    this.mapper = mapper;
    this.baseUrl = baseUrl;
  }

  /** {@code POST /api/services/<domain>/<service>}: the changed states. */
  public JsonNode callService(String domain, String service, String entityId, String token)
      throws IOException {
    byte[] body = mapper.writeValueAsBytes(Map.of("entity_id", entityId));
    HttpURLConnection connection = open("/api/services/" + domain + "/" + service, token);
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(body.length);
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body);
    }
    return read(connection);
  }

  /** {@code GET /api/states}. */
  public JsonNode states(String token) throws IOException {
    return read(open("/api/states", token));
  }

  private HttpURLConnection open(String path, String token) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
    connection.setConnectTimeout(2000);
    connection.setReadTimeout(5000);
    connection.setInstanceFollowRedirects(false);
    connection.setRequestProperty("Authorization", "Bearer " + token);
    return connection;
  }

  private JsonNode read(HttpURLConnection connection) throws IOException {
    if (connection.getResponseCode() != 200) {
      throw new IOException("Home Assistant answered " + connection.getResponseCode());
    }
    try (InputStream in = connection.getInputStream()) {
      return mapper.readTree(in);
    }
  }
}
