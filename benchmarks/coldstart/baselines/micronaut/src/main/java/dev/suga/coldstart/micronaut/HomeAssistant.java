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
package dev.suga.coldstart.micronaut;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Home Assistant's REST API over HttpURLConnection, JSON through Micronaut's {@link JsonMapper}
 * (serde).
 */
@Singleton
public class HomeAssistant {
  private static final Argument<List<Map<String, Object>>> STATES =
      Argument.listOf(Argument.mapOf(String.class, Object.class));

  private final JsonMapper json;
  private final String baseUrl;

  public HomeAssistant(JsonMapper json, @Value("${ha.base.url}") String baseUrl) {
    this.json = json;
    this.baseUrl = baseUrl;
  }

  /** {@code POST /api/services/<domain>/<service>}: the changed states. */
  public List<Map<String, Object>> callService(
      String domain, String service, String entityId, String token) throws IOException {
    byte[] body = json.writeValueAsBytes(Map.of("entity_id", entityId));
    HttpURLConnection connection =
        (HttpURLConnection)
            URI.create(baseUrl + "/api/services/" + domain + "/" + service)
                .toURL()
                .openConnection();
    connection.setRequestMethod("POST");
    connection.setConnectTimeout(2000);
    connection.setReadTimeout(5000);
    connection.setInstanceFollowRedirects(false);
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(body.length);
    connection.setRequestProperty("Authorization", "Bearer " + token);
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body);
    }
    if (connection.getResponseCode() != 200) {
      throw new IOException("Home Assistant answered " + connection.getResponseCode());
    }
    try (InputStream in = connection.getInputStream()) {
      return json.readValue(in, STATES);
    }
  }
}
