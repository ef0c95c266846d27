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

import static dev.suga.core.testing.StandInServer.drop;
import static dev.suga.core.testing.StandInServer.large;
import static dev.suga.core.testing.StandInServer.redirect;
import static dev.suga.core.testing.StandInServer.stall;
import static dev.suga.core.testing.StandInServer.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.CoreGateway;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.StandInServer;
import dev.suga.core.testing.TestJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpClientCoreTest {
  private static final String TOKEN = "call-token-which-must-never-be-logged";

  /** Far beyond anything these tests should take, on any machine: only a hang trips it. */
  private static final Duration HANG = Duration.ofSeconds(25);

  private final CoreFixture fixture = CoreFixture.with(Map.of());
  private final StandInServer server = StandInServer.http();
  private final List<Throwable> failures = new ArrayList<>();

  /**
   * The limits {@link #get} and {@link #post} give their requests (the example reads its HA_*
   * settings).
   */
  private int retries = 2;

  private long readTimeout;
  private String dependency;

  @AfterEach
  void restore() {
    try {
      assertNoTokenAnywhere();
    } finally {
      CoreGateway.circuitBreakerResetAll();
      server.close();
      fixture.close();
    }
  }

  private void assertNoTokenAnywhere() {
    for (String line : fixture.lines()) {
      assertFalse(line.contains(TOKEN), line);
    }
    for (Throwable failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), t.toString());
        assertFalse(t.toString().contains(TOKEN), t.toString());
      }
    }
  }

  private HttpRequest request(String method, String path, String body) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return HttpRequest.of(dependency, method, server.url(path), TOKEN, bytes)
        .withMaxRetries(retries)
        .withTimeouts(0, readTimeout)
        .withLatencyMetric("Latency");
  }

  private HttpResult send(String method, String path, String body) {
    return CoreGateway.httpClientSend(request(method, path, body));
  }

  private HttpResult get(String path) {
    return send("GET", path, null);
  }

  private HttpResult post(String path, String body) {
    return send("POST", path, body);
  }

  private HttpFailure failure(org.junit.jupiter.api.function.Executable call) {
    HttpFailure failure =
        assertTimeoutPreemptively(HANG, () -> assertThrows(HttpFailure.class, call));
    failures.add(failure);
    return failure;
  }

  private static String text(HttpResult result) {
    return new String(result.body(), StandardCharsets.UTF_8);
  }

  @Test
  void getSendsTheTokenAndAcceptsJson() {
    server.script(status(200, "{\"entity_id\":\"light.kitchen\",\"state\":\"on\"}"));
    HttpResult result = get("/api/states/light.kitchen");
    assertEquals(200, result.status());
    assertEquals("{\"entity_id\":\"light.kitchen\",\"state\":\"on\"}", text(result));
    assertEquals(1, result.attempts());
    StandInServer.Received request = server.received().get(0);
    assertEquals("GET", request.method());
    assertEquals("/api/states/light.kitchen", request.path());
    assertEquals("Bearer " + TOKEN, request.header("Authorization"));
    assertEquals("application/json", request.header("Accept"));
    assertNull(request.header("Content-Type"));
    assertEquals(0, request.body().length);
  }

  @Test
  void aTricklingAnswerIsCutAtTheInvocationDeadline() {
    // A byte a second: each read() returns inside its timeout (capped at the 1.75 s left of a
    // 2 s invocation), so only a deadline on the whole answer stops it, at 1.75 s, long before
    // the hundredth byte. (It used Alexa's whole 8 s budget until 2026-11-23: 8 s of test time.)
    // HttpClientFaultTest holds every stall and trickle to the order "answer before next byte".
    server.script(
        (exchange, standIn) -> {
          exchange.sendResponseHeaders(200, 100);
          try (java.io.OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 100; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(1_000);
            }
          } catch (InterruptedException | IOException e) {
            // the client hung up: expected
          }
        });
    CoreGateway.lambdaBegin("trickle", 2_000);
    try {
      HttpFailure failure =
          assertTimeoutPreemptively(
              Duration.ofSeconds(8),
              () -> assertThrows(HttpFailure.class, () -> get("/api/states/light.kitchen")),
              "the answer must be given up at the invocation's deadline (plus slack for a busy machine)");
      failures.add(failure);
      assertEquals(HttpFailure.Kind.TIMEOUT, failure.kind(), failure::toString);
      assertTrue(
          failure.getMessage().contains("did not arrive in the time left"),
          "the deadline cut it, not a read timeout: " + failure.getMessage());
    } finally {
      CoreGateway.lambdaEnd(512);
    }
  }

  /**
   * Each attempt runs on a worker thread (the caller waits for it until the deadline): one idle
   * worker is kept, so requests one after another start no thread after the first.
   */
  @Test
  void requestsOneAfterAnotherReuseOneWorker() {
    get("/api/");
    int before = ExchangeWorker.started();
    for (int i = 0; i < 20; i++) {
      assertEquals(200, get("/api/").status());
    }
    assertEquals(before, ExchangeWorker.started(), "no new worker");
  }

  @Test
  void postSendsTheJsonBody() {
    server.script(status(200, "[]"));
    HttpResult result = post("/api/services/light/turn_on", "{\"entity_id\":\"light.kitchen\"}");
    assertEquals(200, result.status());
    assertEquals("[]", text(result));
    StandInServer.Received request = server.received().get(0);
    assertEquals("POST", request.method());
    assertEquals("/api/services/light/turn_on", request.path());
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("Bearer " + TOKEN, request.header("Authorization"));
    assertEquals("{\"entity_id\":\"light.kitchen\"}", request.bodyText());
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @Test
  void postWithoutBodySendsAnEmptyOne() {
    post("/api/services/script/turn_on", null);
    StandInServer.Received request = server.received().get(0);
    assertEquals("POST", request.method());
    assertEquals("0", request.header("Content-Length"));
    assertEquals(
        "application/json", request.header("Content-Type"), "not the JDK's form-encoding default");
  }

  @Test
  void noTokenMeansNoAuthorizationHeader() {
    CoreGateway.httpClientSend(HttpRequest.of(null, "GET", server.url("/api/"), null, null));
    assertNull(server.received().get(0).header("Authorization"));
  }

  @Test
  void errorStatusesAreAnswersWithTheirBodies() {
    server.script(status(401, "{\"message\":\"Unauthorized\"}"));
    HttpResult unauthorized = get("/api/states");
    assertEquals(401, unauthorized.status());
    assertEquals("{\"message\":\"Unauthorized\"}", text(unauthorized));
    server.script(status(404, "{\"message\":\"Entity not found.\"}"));
    assertEquals(404, get("/api/states/light.nope").status());
    server.script(status(500, ""));
    HttpResult serverError = get("/api/states");
    assertEquals(500, serverError.status());
    assertEquals(0, serverError.body().length);
    assertEquals(1, serverError.attempts(), "500 is not retried");
    assertEquals(3, server.received().size());
  }

  @Test
  void getIsRetriedOnServiceUnavailable() {
    server.script(status(503, "busy"), status(502, "gateway"), status(200, "{\"ok\":true}"));
    HttpResult result = assertTimeoutPreemptively(HANG, () -> get("/api/states"));
    assertEquals(200, result.status());
    assertEquals(3, result.attempts());
    assertEquals(3, server.received().size());
    assertEquals(2, fixture.logs("WARN").size());
  }

  @Test
  void retriesStopAtTheRequestsLimit() {
    retries = 1;
    server.script(status(504, "timeout"));
    HttpResult result = assertTimeoutPreemptively(HANG, () -> get("/api/states"));
    assertEquals(504, result.status());
    assertEquals(2, result.attempts());
    assertEquals(2, server.received().size());
  }

  @Test
  void postIsNeverRetried() {
    server.script(status(503, "busy"), status(200, "[]"));
    HttpResult result = post("/api/services/light/turn_on", "{}");
    assertEquals(503, result.status());
    assertEquals(1, result.attempts());
    assertEquals(1, server.received().size());
  }

  @Test
  void aSlowServerTimesOut() {
    readTimeout = 200;
    retries = 0;
    server.script(stall());
    HttpFailure failure = failure(() -> get("/api/states"));
    assertEquals(HttpFailure.Kind.TIMEOUT, failure.kind());
    assertTrue(
        failure.getMessage().startsWith("GET " + server.url("/api/states") + ": timed out"),
        failure.getMessage());
  }

  @Test
  void aTimedOutGetIsRetried() {
    readTimeout = 200;
    retries = 1;
    server.script(stall(), status(200, "{}"));
    HttpResult result = assertTimeoutPreemptively(HANG, () -> get("/api/states"));
    assertEquals(200, result.status());
    assertEquals(2, result.attempts());
  }

  @Test
  void aDroppedConnectionFailsAPostWithoutResending() {
    server.script(drop());
    HttpFailure failure =
        failure(() -> post("/api/services/lock/unlock", "{\"entity_id\":\"lock.front\"}"));
    assertEquals(HttpFailure.Kind.IO, failure.kind());
    assertEquals(1, server.received().size(), "a service call must never be sent twice");
  }

  /**
   * Home Assistant closes a kept-alive connection just as the service call arrives on it: the call
   * fails cleanly (the caller answers with an error) and is not sent again, neither by us nor
   * silently by the JDK, because nobody knows whether Home Assistant carried it out.
   */
  @Test
  void aPostOnAConnectionTheServerDropsIsNotResent() {
    server.script(status(200, "[]"), drop());
    assertEquals(200, get("/api/states").status());
    HttpFailure failure =
        failure(() -> post("/api/services/lock/unlock", "{\"entity_id\":\"lock.front\"}"));
    assertEquals(HttpFailure.Kind.IO, failure.kind());
    List<StandInServer.Received> received = server.received();
    assertEquals(2, received.size(), "a service call must never be sent twice");
    assertEquals(
        received.get(0).clientPort(),
        received.get(1).clientPort(),
        "the POST went over the kept-alive connection");
  }

  @Test
  void aDroppedConnectionIsRetriedForAGet() {
    server.script(drop());
    HttpFailure failure = failure(() -> get("/api/states"));
    assertEquals(HttpFailure.Kind.IO, failure.kind());
    assertTrue(failure.getMessage().endsWith("after 3 attempts"), failure.getMessage());
    // The JDK itself re-sends a GET once on a dropped connection, so at least our three.
    assertTrue(server.received().size() >= 3);
  }

  @Test
  void aClosedPortIsAConnectFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/api/states";
    HttpFailure failure =
        failure(
            () ->
                CoreGateway.httpClientSend(
                    HttpRequest.of(null, "GET", url, TOKEN, null).withMaxRetries(1)));
    assertEquals(HttpFailure.Kind.CONNECT, failure.kind());
    assertTrue(failure.getMessage().endsWith("after 2 attempts"), failure.getMessage());
  }

  @Test
  void nothingIsSentWithoutTimeLeft() {
    CoreGateway.lambdaBegin("req-no-time", 100);
    try {
      HttpFailure failure = failure(() -> get("/api/states"));
      assertEquals(HttpFailure.Kind.NO_TIME_LEFT, failure.kind());
      assertTrue(server.received().isEmpty());
    } finally {
      CoreGateway.lambdaEnd(128);
    }
  }

  @Test
  void theTimeLeftBoundsTheWaitAndPreventsRetries() {
    readTimeout = 60_000;
    retries = 5;
    server.script(stall());
    CoreGateway.lambdaBegin("req-short", 250 + 400);
    try {
      HttpFailure failure = failure(() -> get("/api/states"));
      assertTrue(
          failure.kind() == HttpFailure.Kind.TIMEOUT
              || failure.kind() == HttpFailure.Kind.NO_TIME_LEFT,
          failure.kind().name());
      assertTrue(server.received().size() <= 1, "no retry without time for it");
    } finally {
      CoreGateway.lambdaEnd(128);
    }
  }

  @Test
  void redirectsAreNotFollowed() {
    server.script(redirect("http://127.0.0.1:1/steal"), status(200, "{}"));
    HttpResult result = get("/api/states");
    assertEquals(302, result.status());
    assertEquals(1, server.received().size());
  }

  @Test
  void oversizedBodiesAreRefusedWithoutRetry() {
    server.script(large(HttpClientCore.MAX_BODY_BYTES + 1, true));
    HttpFailure declared = failure(() -> get("/api/states"));
    assertEquals(HttpFailure.Kind.IO, declared.kind());
    assertEquals(1, server.received().size());
    server.script(large(HttpClientCore.MAX_BODY_BYTES + 1, false));
    HttpFailure chunked = failure(() -> get("/api/states"));
    assertEquals(HttpFailure.Kind.IO, chunked.kind());
    assertEquals(2, server.received().size());
  }

  @Test
  void aBodyAtTheLimitIsRead() {
    server.script(large(HttpClientCore.MAX_BODY_BYTES, false));
    assertEquals(HttpClientCore.MAX_BODY_BYTES, get("/api/states").body().length);
  }

  @Test
  void onlyAbsoluteHttpUrlsAndFourMethodsAreAccepted() {
    for (String url :
        new String[] {"file:///etc/passwd", "/api/states", "not a url", "ftp://127.0.0.1/x"}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> CoreGateway.httpClientSend(HttpRequest.of(null, "GET", url, TOKEN, null)));
    }
    for (String method : new String[] {"PATCH", "HEAD", "OPTIONS", "get", null}) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              CoreGateway.httpClientSend(
                  HttpRequest.of(null, method, server.url("/api/"), TOKEN, null)));
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CoreGateway.httpClientSend(
                HttpRequest.of(null, "GET", server.url("/api/"), TOKEN, new byte[1])));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CoreGateway.httpClientSend(
                HttpRequest.of(null, "DELETE", server.url("/api/"), TOKEN, new byte[1])));
    IllegalArgumentException injected =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CoreGateway.httpClientSend(
                    HttpRequest.of(null, "GET", server.url("/a\r\nX-Injected: 1"), TOKEN, null)));
    assertTrue(
        injected.getMessage().endsWith("/a??X-Injected: 1"),
        "no line break in the message: " + injected.getMessage());
    assertTrue(server.received().isEmpty());
  }

  @Test
  void putSendsItsBodyAndIsRetriedLikeAGet() {
    server.script(status(503, "busy"), status(200, "{}"));
    HttpResult result =
        assertTimeoutPreemptively(HANG, () -> send("PUT", "/api/items/1", "{\"name\":\"one\"}"));
    assertEquals(200, result.status());
    assertEquals(2, result.attempts(), "PUT is idempotent");
    StandInServer.Received request = server.received().get(1);
    assertEquals("PUT", request.method());
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("{\"name\":\"one\"}", request.bodyText());
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @Test
  void deleteIsRetriedLikeAGet() {
    server.script(status(502, "gateway"), status(204, ""));
    HttpResult result = assertTimeoutPreemptively(HANG, () -> send("DELETE", "/api/items/1", null));
    assertEquals(204, result.status());
    assertEquals(2, result.attempts());
    assertEquals("DELETE", server.received().get(0).method());
    assertEquals(0, server.received().get(0).body().length);
  }

  @Test
  void aDroppedPutIsRetried() {
    server.script(drop(), status(200, "{}"));
    assertEquals(
        200, assertTimeoutPreemptively(HANG, () -> send("PUT", "/api/items/1", "{}")).status());
    assertTrue(server.received().size() >= 2);
  }

  @Test
  void idempotenceIsTheMethods() {
    assertTrue(HttpRequest.of(null, "GET", "http://x/", null, null).idempotent());
    assertTrue(HttpRequest.of(null, "PUT", "http://x/", null, null).idempotent());
    assertTrue(HttpRequest.of(null, "DELETE", "http://x/", null, null).idempotent());
    assertFalse(HttpRequest.of(null, "POST", "http://x/", null, null).idempotent());
    assertFalse(
        HttpRequest.of(null, "POST", "http://x/", null, null).withMaxRetries(5).idempotent(),
        "no retry count makes a POST idempotent");
  }

  @Test
  void aRequestsToStringNamesNoToken() {
    HttpRequest request = HttpRequest.of("payments", "GET", "http://x/a", TOKEN, null);
    assertEquals(
        "HttpRequest[GET http://x/a, dependency=payments, token=<redacted>]", request.toString());
    assertEquals(
        "HttpRequest[GET https://<redacted>@x/a]",
        HttpRequest.of(null, "GET", "https://me:hunter2pw@x/a", null, null).toString(),
        "nor the password of the URL's user info");
  }

  @Test
  void theDependencysCircuitCountsTransportFailuresAnd5xxButNot4xx() {
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "2", "CIRCUIT_OPEN_SECONDS", "3600"));
    dependency = "http-test-4xx";
    retries = 0;
    server.script(status(404, "{}"), status(401, "{}"), status(400, "{}"), status(500, "{}"));
    get("/a");
    get("/a");
    post("/a", "{}");
    assertEquals(
        "closed", CoreGateway.circuitBreakerState(dependency), "a 4xx proves the dependency is up");
    get("/a");
    assertEquals(
        "closed",
        CoreGateway.circuitBreakerState(dependency),
        "one failure is below the threshold");
    server.script(drop());
    failure(() -> post("/a", "{}"));
    assertEquals("open", CoreGateway.circuitBreakerState(dependency));
  }

  @Test
  void anOpenCircuitSendsNothingAndSaysSo() {
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "1", "CIRCUIT_OPEN_SECONDS", "3600"));
    dependency = "http-test-open";
    retries = 0;
    server.script(status(503, "{}"));
    assertEquals(503, get("/a").status());
    assertEquals("open", CoreGateway.circuitBreakerState(dependency));
    CoreGateway.metricsFlush(null);
    fixture.clearLines();
    HttpFailure open = failure(() -> post("/a?access_token=" + TOKEN, "{}"));
    assertEquals(HttpFailure.Kind.CIRCUIT_OPEN, open.kind());
    assertTrue(
        open.getMessage().startsWith("http-test-open circuit open: POST http://127.0.0.1:"),
        open.getMessage());
    assertEquals(1, server.received().size(), "nothing sent while the circuit is open");
    assertEquals(1, fixture.logs("WARN").size());
    assertTrue(((String) fixture.logs("WARN").get(0).get("message")).contains("circuit open"));
    String record = CoreGateway.metricsFlush("open");
    assertTrue(record.contains("\"CircuitOpen\":1"), record);
    assertFalse(record.contains("Latency"), "nothing was sent, so no latency: " + record);
  }

  @Test
  void aTrialThatSucceedsClosesTheCircuit() {
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "1", "CIRCUIT_OPEN_SECONDS", "3600"));
    dependency = "http-test-trial";
    retries = 0;
    server.script(status(500, "{}"), status(200, "{}"));
    assertEquals(500, get("/a").status());
    assertEquals("open", CoreGateway.circuitBreakerState(dependency));
    fixture.set("CIRCUIT_OPEN_SECONDS", "0");
    assertEquals(200, get("/a").status());
    assertEquals("closed", CoreGateway.circuitBreakerState(dependency));
  }

  @Test
  void requestsWithoutADependencyUseNoCircuit() {
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "1"));
    retries = 0;
    server.script(status(500, "{}"));
    Map<String, String> before = CoreGateway.circuitBreakerStates();
    get("/a");
    get("/a");
    assertEquals(2, server.received().size());
    assertEquals(before, CoreGateway.circuitBreakerStates(), "no circuit created or changed");
  }

  @Test
  void aProgrammingErrorDoesNotCountAgainstTheDependency() {
    fixture.environment(Map.of("CIRCUIT_FAILURE_THRESHOLD", "1"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CoreGateway.httpClientSend(
                HttpRequest.of("http-test-bad", "PATCH", server.url("/a"), TOKEN, null)));
    assertEquals("closed", CoreGateway.circuitBreakerState("http-test-bad"));
  }

  @Test
  void recordsRequestsAndLatency() {
    retries = 1;
    server.script(status(503, ""), status(200, "{}"), status(200, "{}"));
    get("/api/states");
    String record = CoreGateway.metricsFlush("req");
    assertTrue(record.contains("\"HttpRequests\":2"), record);
    // To the microsecond, never truncated to whole milliseconds: a warm local call takes less
    // than one, and the harness subtracts this from the record's Duration.
    Object latency = TestJson.parseObject(record).get("Latency");
    assertTrue(latency instanceof Number number && number.doubleValue() > 0, record);
    get("/api/states");
    Object warm = TestJson.parseObject(CoreGateway.metricsFlush("req")).get("Latency");
    assertTrue(warm instanceof Number number && number.doubleValue() > 0, String.valueOf(warm));
  }

  @Test
  void aRequestWithoutALatencyMetricRecordsOnlyItsAttempts() {
    CoreGateway.httpClientSend(HttpRequest.of(null, "GET", server.url("/a"), TOKEN, null));
    String record = CoreGateway.metricsFlush("req");
    assertTrue(record.contains("\"HttpRequests\":1"), record);
    assertFalse(record.contains("Latency"), record);
  }

  @Test
  void theConfiguredTokenIsNeverLoggedEither() {
    CoreGateway.securityRegisterSecretSetting("HTTP_TEST_TOKEN");
    fixture.environment(Map.of("HTTP_TEST_TOKEN", TOKEN));
    retries = 1;
    readTimeout = 200;
    server.script(stall());
    failure(() -> get("/api/states?access_token=" + TOKEN));
    assertArrayEquals(
        new String[0], fixture.lines().stream().filter(l -> l.contains(TOKEN)).toArray());
  }
}
