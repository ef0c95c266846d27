package dev.suga.example.ha.platform;

import static dev.suga.example.ha.platform.StandInServer.drop;
import static dev.suga.example.ha.platform.StandInServer.large;
import static dev.suga.example.ha.platform.StandInServer.redirect;
import static dev.suga.example.ha.platform.StandInServer.stall;
import static dev.suga.example.ha.platform.StandInServer.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.Json;
import java.net.ServerSocket;
import java.io.IOException;
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

  private final PlatformFixture fixture = PlatformFixture.with(Map.of("HA_MAX_RETRIES", "2"));
  private final StandInServer server = StandInServer.http();
  private final List<Throwable> failures = new ArrayList<>();

  @AfterEach
  void restore() {
    try {
      assertNoTokenAnywhere();
    } finally {
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

  private HttpResult get(String path) {
    return Gateway.httpClientSend(new HttpCall("GET", server.url(path), TOKEN, null, true));
  }

  private HttpResult post(String path, String body) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return Gateway.httpClientSend(new HttpCall("POST", server.url(path), TOKEN, bytes, false));
  }

  private HttpFailure failure(org.junit.jupiter.api.function.Executable call) {
    HttpFailure failure = assertTimeoutPreemptively(HANG, () -> assertThrows(HttpFailure.class, call));
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
    // the hundredth byte. (It used Alexa's whole 8 s budget until 2026-11-23: 8 s of test time,
    // and only 2.25 s of slack for the watchdog on a busy machine.)
    server.script((exchange, standIn) -> {
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
    Gateway.lambdaBegin("trickle", 2_000);
    try {
      HttpFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(8),
          () -> assertThrows(HttpFailure.class, () -> get("/api/states/light.kitchen")),
          "the answer must be given up at the invocation's deadline (plus slack for a busy machine)");
      failures.add(failure);
      assertEquals(HttpFailure.Kind.TIMEOUT, failure.kind(), failure::toString);
      assertTrue(failure.getMessage().contains("did not arrive in the time left"),
          "the watchdog cut it, not a read timeout: " + failure.getMessage());
    } finally {
      Gateway.lambdaEnd(512);
    }
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
    assertEquals("application/json", request.header("Content-Type"), "not the JDK's form-encoding default");
  }

  @Test
  void noTokenMeansNoAuthorizationHeader() {
    Gateway.httpClientSend(new HttpCall("GET", server.url("/api/"), null, null, true));
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
  void retriesStopAtTheConfiguredLimit() {
    fixture.set("HA_MAX_RETRIES", "1");
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
    fixture.environment(Map.of("HA_READ_TIMEOUT_MS", "200", "HA_MAX_RETRIES", "0"));
    server.script(stall());
    HttpFailure failure = failure(() -> get("/api/states"));
    assertEquals(HttpFailure.Kind.TIMEOUT, failure.kind());
    assertTrue(failure.getMessage().startsWith("GET " + server.url("/api/states") + ": timed out"), failure.getMessage());
  }

  @Test
  void aTimedOutGetIsRetried() {
    fixture.environment(Map.of("HA_READ_TIMEOUT_MS", "200", "HA_MAX_RETRIES", "1"));
    server.script(stall(), status(200, "{}"));
    HttpResult result = assertTimeoutPreemptively(HANG, () -> get("/api/states"));
    assertEquals(200, result.status());
    assertEquals(2, result.attempts());
  }

  @Test
  void aDroppedConnectionFailsAPostWithoutResending() {
    server.script(drop());
    HttpFailure failure = failure(() -> post("/api/services/lock/unlock", "{\"entity_id\":\"lock.front\"}"));
    assertEquals(HttpFailure.Kind.IO, failure.kind());
    assertEquals(1, server.received().size(), "a service call must never be sent twice");
  }

  /**
   * Home Assistant closes a kept-alive connection just as the service call arrives on it: the
   * call fails cleanly (the caller answers with an error) and is not sent again, neither by us
   * nor silently by the JDK, because nobody knows whether Home Assistant carried it out.
   */
  @Test
  void aPostOnAConnectionTheServerDropsIsNotResent() {
    server.script(status(200, "[]"), drop());
    assertEquals(200, get("/api/states").status());
    HttpFailure failure = failure(() -> post("/api/services/lock/unlock", "{\"entity_id\":\"lock.front\"}"));
    assertEquals(HttpFailure.Kind.IO, failure.kind());
    List<StandInServer.Received> received = server.received();
    assertEquals(2, received.size(), "a service call must never be sent twice");
    assertEquals(received.get(0).clientPort(), received.get(1).clientPort(), "the POST went over the kept-alive connection");
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
    fixture.set("HA_MAX_RETRIES", "1");
    String url = "http://127.0.0.1:" + port + "/api/states";
    HttpFailure failure = failure(() -> Gateway.httpClientSend(new HttpCall("GET", url, TOKEN, null, true)));
    assertEquals(HttpFailure.Kind.CONNECT, failure.kind());
    assertTrue(failure.getMessage().endsWith("after 2 attempts"), failure.getMessage());
  }

  @Test
  void nothingIsSentWithoutTimeLeft() {
    Gateway.lambdaBegin("req-no-time", 100);
    try {
      HttpFailure failure = failure(() -> get("/api/states"));
      assertEquals(HttpFailure.Kind.NO_TIME_LEFT, failure.kind());
      assertTrue(server.received().isEmpty());
    } finally {
      Gateway.lambdaEnd(128);
    }
  }

  @Test
  void theTimeLeftBoundsTheWaitAndPreventsRetries() {
    fixture.environment(Map.of("HA_READ_TIMEOUT_MS", "60000", "HA_MAX_RETRIES", "5"));
    server.script(stall());
    Gateway.lambdaBegin("req-short", 250 + 400);
    try {
      HttpFailure failure = failure(() -> get("/api/states"));
      assertTrue(failure.kind() == HttpFailure.Kind.TIMEOUT || failure.kind() == HttpFailure.Kind.NO_TIME_LEFT,
          failure.kind().name());
      assertTrue(server.received().size() <= 1, "no retry without time for it");
    } finally {
      Gateway.lambdaEnd(128);
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
  void onlyAbsoluteHttpUrlsAndHomeAssistantsMethodsAreAccepted() {
    for (String url : new String[] {"file:///etc/passwd", "/api/states", "not a url", "ftp://127.0.0.1/x"}) {
      assertThrows(IllegalArgumentException.class, () -> Gateway.httpClientSend(new HttpCall("GET", url, TOKEN, null, true)));
    }
    assertThrows(IllegalArgumentException.class,
        () -> Gateway.httpClientSend(new HttpCall("DELETE", server.url("/api/"), TOKEN, null, false)));
    assertThrows(IllegalArgumentException.class,
        () -> Gateway.httpClientSend(new HttpCall("GET", server.url("/api/"), TOKEN, new byte[1], true)));
    assertTrue(server.received().isEmpty());
  }

  @Test
  void recordsRequestsAndLatency() {
    fixture.set("HA_MAX_RETRIES", "1");
    server.script(status(503, ""), status(200, "{}"), status(200, "{}"));
    get("/api/states");
    String record = Gateway.metricsFlush("req");
    assertTrue(record.contains("\"HttpRequests\":2"), record);
    // To the microsecond, never truncated to whole milliseconds: a warm local call takes less
    // than one, and the harness subtracts this from the record's Duration.
    Object latency = Json.parseObject(record.getBytes(StandardCharsets.UTF_8)).get("HaLatency");
    assertTrue(latency instanceof Number number && number.doubleValue() > 0, record);
    get("/api/states");
    Object warm = Json.parseObject(Gateway.metricsFlush("req").getBytes(StandardCharsets.UTF_8)).get("HaLatency");
    assertTrue(warm instanceof Number number && number.doubleValue() > 0, String.valueOf(warm));
  }

  @Test
  void theConfiguredTokenIsNeverLoggedEither() {
    fixture.environment(Map.of("HA_TOKEN", TOKEN, "HA_MAX_RETRIES", "1", "HA_READ_TIMEOUT_MS", "200"));
    server.script(stall());
    failure(() -> get("/api/states?access_token=" + TOKEN));
    assertArrayEquals(new String[0], fixture.lines().stream().filter(l -> l.contains(TOKEN)).toArray());
  }
}
