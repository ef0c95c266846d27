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
package dev.suga.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.CoreGateway;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.StandInServer;
import dev.suga.core.testing.TestTls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTPS against a self-signed certificate ({@link TestTls}: made with the JDK's keytool, as a Home
 * Assistant user's would be): refused by default, accepted by a request with {@code verifyTls}
 * false and a warning logged once per dependency. Uses its own client instance, since the warnings
 * are once per instance.
 */
class HttpClientTlsTest {
  private static final Duration HANG = Duration.ofSeconds(25);

  private static SSLContext serverContext;

  private final CoreFixture fixture = CoreFixture.with(Map.of());
  private StandInServer server;
  private final HttpClientCore client = new HttpClientCore();

  @BeforeAll
  static void makeSelfSignedCertificate() {
    serverContext = TestTls.serverContext();
  }

  @AfterEach
  void restore() {
    if (server != null) {
      server.close();
    }
    CoreGateway.circuitBreakerResetAll();
    fixture.close();
  }

  private HttpRequest call() {
    return HttpRequest.of("tls_test", "GET", server.url("/api/"), "tls-test-token", null);
  }

  private HttpRequest insecure() {
    return call().withVerifyTls(false);
  }

  @Test
  void anUntrustedCertificateFailsAtOnceWithoutRetries() {
    server = StandInServer.https(serverContext);
    HttpFailure failure =
        assertTimeoutPreemptively(
            HANG, () -> assertThrows(HttpFailure.class, () -> client.send(call())));
    assertEquals(HttpFailure.Kind.IO, failure.kind());
    assertTrue(failure.getMessage().contains("TLS handshake failed"), failure.getMessage());
    assertTrue(failure.getMessage().endsWith("after 1 attempt"), failure.getMessage());
    assertTrue(server.received().isEmpty());
  }

  @Test
  void verificationOffAcceptsItAndWarnsOncePerDependency() {
    server = StandInServer.https(serverContext);
    server.script(StandInServer.status(200, "{\"message\":\"API running.\"}"));
    assertEquals(200, assertTimeoutPreemptively(HANG, () -> client.send(insecure())).status());
    assertEquals(200, assertTimeoutPreemptively(HANG, () -> client.send(insecure())).status());
    List<Map<String, Object>> warnings = fixture.logs("WARN");
    assertEquals(1, warnings.size());
    assertTrue(
        ((String) warnings.get(0).get("message"))
            .startsWith("TLS verification is off for tls_test:"),
        (String) warnings.get(0).get("message"));
    assertEquals("Bearer tls-test-token", server.received().get(0).header("Authorization"));
    HttpRequest other =
        HttpRequest.of("other", "GET", server.url("/api/"), null, null).withVerifyTls(false);
    assertEquals(200, assertTimeoutPreemptively(HANG, () -> client.send(other)).status());
    assertEquals(2, fixture.logs("WARN").size(), "another dependency is warned about too");
  }

  /** The Nagle-free socket factory is one per JVM: the JDK keys kept-alive connections by it. */
  @Test
  void httpsConnectionsAreKeptAliveForTheNextCall() {
    server = StandInServer.https(serverContext);
    server.script(StandInServer.status(200, "[]"));
    assertEquals(200, assertTimeoutPreemptively(HANG, () -> client.send(insecure())).status());
    HttpRequest post =
        HttpRequest.of(
                "tls_test",
                "POST",
                server.url("/api/services/light/turn_on"),
                "tls-test-token",
                "{\"entity_id\":\"light.kitchen\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .withVerifyTls(false);
    assertEquals(200, assertTimeoutPreemptively(HANG, () -> client.send(post)).status());
    List<StandInServer.Received> received = server.received();
    assertEquals(2, received.size());
    assertEquals(
        received.get(0).clientPort(),
        received.get(1).clientPort(),
        "one connection for both calls");
    assertEquals("{\"entity_id\":\"light.kitchen\"}", received.get(1).bodyText());
  }

  /**
   * The factory layers TLS over a plain socket the JDK connects (the socket an exchange can close
   * at its deadline), with Nagle off on that socket.
   */
  @Test
  void tlsSocketsHaveNagleOff() throws Exception {
    assertTrue(
        NoDelayTls.verifying() == NoDelayTls.verifying(),
        "one factory, or no connection is reused");
    java.net.SocketException refused =
        assertThrows(java.net.SocketException.class, () -> NoDelayTls.verifying().createSocket());
    assertTrue(
        refused.getCause() instanceof UnsupportedOperationException,
        "the SocketFactory convention the JDK's HTTPS client answers with a plain socket");
    try (java.net.ServerSocket listener =
            new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        java.net.Socket plain =
            new java.net.Socket(listener.getInetAddress(), listener.getLocalPort());
        java.net.Socket accepted = listener.accept();
        java.net.Socket tls =
            NoDelayTls.verifying()
                .createSocket(plain, "127.0.0.1", listener.getLocalPort(), true)) {
      assertTrue(accepted.isConnected());
      assertTrue(plain.getTcpNoDelay());
      assertTrue(tls instanceof javax.net.ssl.SSLSocket);
    }
  }

  @Test
  void plainHttpNeverWarnsAboutTls() {
    server = StandInServer.http();
    assertEquals(200, client.send(insecure()).status());
    assertTrue(fixture.logs("WARN").isEmpty());
  }
}
