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
package dev.suga.example.ha.homeassistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.demo.DemoHomeAssistant;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

/**
 * The demo over HTTPS (what the demo runner uses): its certificate is verified, host name included,
 * against the trust anchor the demo hands out, and nothing else trusts it. Each connection gets its
 * socket factory; the JVM's defaults are left alone.
 */
class DemoHttpsTest {
  private static final String TOKEN = "demo-https-token";

  @Test
  void servesHttpsThatAVerifyingClientTrustsThroughTheDemosAnchor() throws Exception {
    try (DemoHomeAssistant demo = DemoHomeAssistant.startHttps(TOKEN)) {
      assertTrue(demo.baseUrl().matches("https://127\\.0\\.0\\.1:\\d+"), demo.baseUrl());
      HttpsURLConnection connection = open(demo.baseUrl() + "/api/", demo.clientSocketFactory());
      assertEquals(200, connection.getResponseCode());
      try (InputStream in = connection.getInputStream()) {
        assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("API running"));
      }
      assertEquals("GET", demo.requests().get(0).method());
    }
  }

  @Test
  void localhostIsAlsoNamedInTheCertificate() throws Exception {
    try (DemoHomeAssistant demo = DemoHomeAssistant.startHttps(TOKEN)) {
      HttpsURLConnection connection =
          open("https://localhost:" + demo.port() + "/api/", demo.clientSocketFactory());
      assertEquals(200, connection.getResponseCode());
      connection.getInputStream().close();
    }
  }

  @Test
  void theJdksOwnTrustAnchorsDoNotTrustTheDemo() throws Exception {
    try (DemoHomeAssistant demo = DemoHomeAssistant.startHttps(TOKEN)) {
      SSLContext defaults = SSLContext.getInstance("TLS");
      defaults.init(null, null, null); // the JDK's default trust managers (cacerts)
      HttpsURLConnection connection = open(demo.baseUrl() + "/api/", defaults.getSocketFactory());
      assertThrows(SSLHandshakeException.class, connection::getResponseCode);
    }
  }

  @Test
  void aPlainHttpDemoHasNoClientTrust() {
    try (DemoHomeAssistant demo = DemoHomeAssistant.start(TOKEN)) {
      assertNull(demo.clientSocketFactory());
    }
  }

  private static HttpsURLConnection open(String url, SSLSocketFactory sockets) throws IOException {
    HttpsURLConnection connection = (HttpsURLConnection) URI.create(url).toURL().openConnection();
    connection.setSSLSocketFactory(sockets);
    connection.setRequestProperty("Authorization", "Bearer " + TOKEN);
    connection.setConnectTimeout(5000);
    connection.setReadTimeout(5000);
    return connection;
  }
}
