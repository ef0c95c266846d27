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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.suga.core.CoreGateway;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.StandInServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS against a self-signed certificate (made with the JDK's keytool, as a Home Assistant user's
 * would be): refused by default, accepted by a request with {@code verifyTls} false and a warning
 * logged once per dependency. Uses its own client instance, since the warnings are once per
 * instance.
 */
class HttpClientTlsTest {
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final Duration HANG = Duration.ofSeconds(25);

  @TempDir static Path directory;
  private static SSLContext serverContext;

  private final CoreFixture fixture = CoreFixture.with(Map.of());
  private StandInServer server;
  private final HttpClientCore client = new HttpClientCore();

  @BeforeAll
  static void makeSelfSignedCertificate() throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    assumeTrue(
        Files.isExecutable(keytool), "the JDK's keytool is needed to make a test certificate");
    Path keystore = directory.resolve("ha.p12");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "ha",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "san=ip:127.0.0.1",
                "-validity",
                "2",
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                new String(PASSWORD),
                "-keypass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
    assertEquals(0, process.exitValue(), "keytool failed");
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    serverContext = SSLContext.getInstance("TLS");
    serverContext.init(keys.getKeyManagers(), null, null);
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

  @Test
  void tlsSocketsHaveNagleOff() throws Exception {
    assertTrue(
        NoDelayTls.verifying() == NoDelayTls.verifying(),
        "one factory, or no connection is reused");
    try (java.net.Socket socket = NoDelayTls.verifying().createSocket()) {
      assertTrue(socket.getTcpNoDelay());
    }
  }

  @Test
  void plainHttpNeverWarnsAboutTls() {
    server = StandInServer.http();
    assertEquals(200, client.send(insecure()).status());
    assertTrue(fixture.logs("WARN").isEmpty());
  }
}
