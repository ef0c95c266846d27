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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.CoreGateway;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.RawStandIn;
import dev.suga.core.testing.RawStandIn.Handshake;
import dev.suga.core.testing.RawStandIn.Reply;
import dev.suga.core.testing.TestTls;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault injection against {@code http_client}: a raw-socket stand-in ({@link RawStandIn}) does what
 * a broken or hostile Home Assistant could, over HTTP and HTTPS, to a GET and to a POST, and every
 * send must end in time. Each invocation is granted 1 s (a deadline 750 ms away); every delay of
 * the stand-in is 5 s. So "the answer came before the stand-in's next byte" is an order, checked
 * with {@link RawStandIn#pausesCompleted()}, not a measurement of speed: it holds on any machine
 * that answers within seconds. Each case also checks the circuit (one failure opens it here), that
 * a POST went out at most once, and that no line or failure carries any 8 characters of the token.
 */
class HttpClientFaultTest {
  private static final String TOKEN = "fault-token-7Qm2vX9pL4sT8wZ1";
  private static final String DEPENDENCY = "fault_test";
  private static final int GRANTED_MILLIS = 1_000;
  private static final Duration HANG = Duration.ofSeconds(25);

  private static final String HEAD_100 =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";
  private static final String HEAD_CHUNKED =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

  private final CoreFixture fixture =
      CoreFixture.with(Map.of("CIRCUIT_FAILURE_THRESHOLD", "1", "CIRCUIT_OPEN_SECONDS", "3600"));
  private final List<Throwable> failures = new ArrayList<>();
  private RawStandIn server;
  private FakeDns dns;

  @AfterEach
  void restore() {
    try {
      assertNoPieceOfTheToken();
    } finally {
      CoreGateway.lambdaEnd(128);
      if (dns != null) {
        dns.close();
      }
      if (server != null) {
        server.close();
      }
      CoreGateway.circuitBreakerResetAll();
      fixture.close();
    }
  }

  /** What a stand-in does in one case. */
  private record Fault(
      String name, boolean httpsOnly, Supplier<Reply> reply, Handshake handshake, boolean head) {
    /** A fault in the answer's body. */
    static Fault reply(String name, Supplier<Reply> reply) {
      return new Fault(name, false, reply, Handshake.NORMAL, false);
    }

    /** A fault before the answer's head is complete. */
    static Fault head(String name, Supplier<Reply> reply) {
      return new Fault(name, false, reply, Handshake.NORMAL, true);
    }

    static Fault handshake(String name, Handshake handshake) {
      return new Fault(name, true, () -> Reply.json(200, "{}"), handshake, true);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Faults that only the deadline can end in time. */
  static List<Fault> deadlineFaults() {
    return List.of(
        Fault.head("status line stalls after its first byte", () -> Reply.send("H").stall()),
        Fault.head("status line stalls half-way", () -> Reply.send("HTTP/1.1 20").stall()),
        Fault.head(
            "headers stall after the status line", () -> Reply.send("HTTP/1.1 200 OK\r\n").stall()),
        Fault.head(
            "headers stall half-way", () -> Reply.send("HTTP/1.1 200 OK\r\nContent-Le").stall()),
        Fault.head(
            "headers trickle",
            () -> Reply.send("HTTP/1.1 200 OK\r\n").trickle("Content-Length: 2\r\n\r\n{}")),
        Fault.reply("body stalls before its first byte", () -> Reply.send(HEAD_100).stall()),
        Fault.reply(
            "body trickles (Content-Length)",
            () -> Reply.send(HEAD_100 + "{").trickle("\"a\":" + " ".repeat(94) + "1}")),
        Fault.reply(
            "body trickles (chunked)",
            () -> Reply.send(HEAD_CHUNKED + "1\r\n{\r\n").trickle("1\r\n}\r\n0\r\n\r\n")),
        Fault.reply(
            "chunked body stalls inside a chunk",
            () -> Reply.send(HEAD_CHUNKED + "a\r\n{\"a\":").stall()),
        Fault.handshake("TLS handshake stalls", Handshake.STALL),
        Fault.handshake("TLS handshake trickles", Handshake.TRICKLE));
  }

  static Stream<Arguments> deadlineCases() {
    List<Arguments> cases = new ArrayList<>();
    for (Fault fault : deadlineFaults()) {
      for (String scheme : List.of("http", "https")) {
        if (fault.httpsOnly() && scheme.equals("http")) {
          continue;
        }
        for (String method : List.of("GET", "POST")) {
          cases.add(Arguments.of(fault, scheme, method));
        }
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> schemesAndMethods() {
    return Stream.of(
        Arguments.of("http", "GET"),
        Arguments.of("http", "POST"),
        Arguments.of("https", "GET"),
        Arguments.of("https", "POST"));
  }

  private RawStandIn start(String scheme) {
    server = scheme.equals("https") ? RawStandIn.https(TestTls.serverContext()) : RawStandIn.http();
    return server;
  }

  private HttpRequest request(String method, String url) {
    byte[] body =
        method.equals("POST")
            ? "{\"entity_id\":\"lock.front\"}".getBytes(StandardCharsets.UTF_8)
            : null;
    return HttpRequest.of(DEPENDENCY, method, url, TOKEN, body)
        .withMaxRetries(2)
        .withVerifyTls(false);
  }

  /** Sends in an invocation granted 1 s; the failure it must end in. */
  private HttpFailure failure(HttpRequest request) {
    CoreGateway.lambdaBegin("fault", GRANTED_MILLIS);
    HttpFailure failure =
        assertTimeoutPreemptively(
            HANG, () -> assertThrows(HttpFailure.class, () -> CoreGateway.httpClientSend(request)));
    failures.add(failure);
    return failure;
  }

  private void assertSentAtMostOnceIfPost(String method) {
    long posts = server.received().stream().filter(r -> r.method().equals("POST")).count();
    if (method.equals("POST")) {
      assertTrue(posts <= 1, "a POST is never re-sent: " + posts);
    }
  }

  @ParameterizedTest(name = "{0}, {1} {2}")
  @MethodSource("deadlineCases")
  void theDeadlineEndsEveryStall(Fault fault, String scheme, String method) {
    RawStandIn standIn = start(scheme);
    standIn.script(fault.reply().get());
    if (fault.handshake() != Handshake.NORMAL) {
      standIn.handshake(fault.handshake());
    }
    HttpFailure failure = failure(request(method, standIn.url("/api/states")));
    assertEquals(0, standIn.pausesCompleted(), "the answer came before the stand-in's next byte");
    assertEquals(HttpFailure.Kind.TIMEOUT, failure.kind(), failure::toString);
    assertEquals("open", CoreGateway.circuitBreakerState(DEPENDENCY), "a failure for the circuit");
    if (scheme.equals("https") || fault.head()) {
      // The abandoned exchange is cut too: its TLS socket closed, or (plain HTTP, the answer's
      // head still awaited) disconnected; the stand-in sees the client go, before its next byte.
      // (A plain-HTTP body being read cannot be cut: the worker lets go at the next byte.)
      assertTrue(
          standIn.awaitClientGone(RawStandIn.PAUSE_MILLIS / 2), "the abandoned exchange is cut");
      assertEquals(0, standIn.pausesCompleted(), "cut before the stand-in's next byte");
    }
    assertSentAtMostOnceIfPost(method);
  }

  /**
   * The audit's trickle, scaled down: bytes come more often than the read timeout, so only a
   * deadline on the whole exchange stops them. Granted 3 s (a deadline at 2.75 s), one byte every 2
   * s: the answer must come after the first pause at the earliest and before the second ends. (The
   * timer-and-disconnect watchdog this replaces answered only when the byte at 4 s arrived.)
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemesAndMethods")
  void aTrickleFasterThanTheReadTimeoutIsCutAtTheDeadline(String scheme, String method) {
    RawStandIn standIn = start(scheme);
    standIn.script(Reply.send(HEAD_100 + "{").trickle(" ".repeat(98) + "}", 2_000));
    CoreGateway.lambdaBegin("trickle", 3_000);
    HttpFailure failure =
        assertTimeoutPreemptively(
            HANG,
            () ->
                assertThrows(
                    HttpFailure.class,
                    () -> CoreGateway.httpClientSend(request(method, standIn.url("/api/")))));
    failures.add(failure);
    assertTrue(
        standIn.pausesCompleted() <= 1,
        "answered before the stand-in's byte after the deadline: " + standIn.pausesCompleted());
    assertEquals(HttpFailure.Kind.TIMEOUT, failure.kind());
    assertTrue(failure.getMessage().contains("did not arrive in the time left"), failure::toString);
    assertSentAtMostOnceIfPost(method);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemesAndMethods")
  void aHangingDnsLookupEndsAtTheDeadline(String scheme, String method) {
    dns = FakeDns.slow();
    String url = scheme + "://" + FakeDns.HOST + ":1/api/states";
    HttpFailure failure = failure(request(method, url));
    assertEquals(1, dns.lookups());
    assertEquals(0, dns.completed(), "the answer came before the look-up's end");
    assertEquals(HttpFailure.Kind.TIMEOUT, failure.kind());
    assertEquals("open", CoreGateway.circuitBreakerState(DEPENDENCY));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemesAndMethods")
  void aFailingDnsLookupIsAConnectFailure(String scheme, String method) {
    dns = FakeDns.failing();
    String url = scheme + "://" + FakeDns.HOST + ":1/api/states";
    HttpFailure failure = failure(request(method, url));
    assertEquals(HttpFailure.Kind.CONNECT, failure.kind());
    assertEquals(method.equals("GET") ? 3 : 1, dns.lookups(), "a GET is retried, a POST not");
    assertEquals("open", CoreGateway.circuitBreakerState(DEPENDENCY));
  }

  /**
   * A connection closed before {@code Content-Length} bytes, or inside a chunked body, is a failed
   * transfer: the truncated state list the audit saw read as "malformed JSON" (and a short body
   * that happens to parse as the answer) is an {@code IO} failure for the caller and the circuit.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemesAndMethods")
  void aBodyCutShortIsATransportFailure(String scheme, String method) {
    List<Reply> cuts =
        List.of(
            Reply.send(HEAD_100 + "{\"a\":1}").close(),
            Reply.send(HEAD_CHUNKED + "7\r\n{\"a\":1}\r\n").close(),
            Reply.send(HEAD_CHUNKED + "a\r\n{\"a\":").close());
    for (Reply cut : cuts) {
      RawStandIn standIn = start(scheme);
      standIn.script(cut);
      HttpFailure failure = failure(request(method, standIn.url("/api/states")).withMaxRetries(0));
      assertEquals(HttpFailure.Kind.IO, failure.kind(), failure::toString);
      assertEquals("open", CoreGateway.circuitBreakerState(DEPENDENCY));
      assertSentAtMostOnceIfPost(method);
      CoreGateway.lambdaEnd(128);
      CoreGateway.circuitBreakerResetAll();
      standIn.close();
    }
  }

  @Test
  void aTruncatedGetIsRetriedAndTheCompleteAnswerUsed() {
    RawStandIn standIn = start("http");
    standIn.script(Reply.send(HEAD_100 + "{\"a\":1}").close(), Reply.json(200, "{\"a\":2}"));
    CoreGateway.lambdaBegin("retry", 5_000);
    HttpResult result =
        assertTimeoutPreemptively(
            HANG, () -> CoreGateway.httpClientSend(request("GET", standIn.url("/api/states"))));
    assertEquals("{\"a\":2}", new String(result.body(), StandardCharsets.UTF_8));
    assertEquals(2, result.attempts());
    assertEquals("closed", CoreGateway.circuitBreakerState(DEPENDENCY));
  }

  /**
   * An abandoned exchange's connection is never reused: the next request gets a connection of its
   * own, and its own answer, not the rest of the abandoned one.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("schemesAndMethods")
  void theNextRequestAfterAnAbandonedOneGetsItsOwnConnection(String scheme, String method) {
    RawStandIn standIn = start(scheme);
    standIn.script(
        Reply.send(HEAD_100 + "{\"stale\":").stall(), Reply.json(200, "{\"fresh\":true}"));
    failure(request(method, standIn.url("/api/states")));
    assertEquals(0, standIn.pausesCompleted());
    CoreGateway.lambdaEnd(128);
    CoreGateway.circuitBreakerResetAll();
    CoreGateway.lambdaBegin("next", 5_000);
    HttpResult next =
        assertTimeoutPreemptively(
            HANG, () -> CoreGateway.httpClientSend(request(method, standIn.url("/api/states"))));
    assertEquals("{\"fresh\":true}", new String(next.body(), StandardCharsets.UTF_8));
    assertEquals(2, standIn.connections());
  }

  /** The audit's leak: a line feed in the token. Refused before the circuit is even asked. */
  @Test
  void aTokenThatCannotBeAHeaderIsRefusedBeforeTheCircuit() {
    RawStandIn standIn = start("http");
    String broken = "abcd-0123\nSECRETTAIL-0001";
    for (String token : List.of(broken, "with space", "t\u00e9l\u00e9", "tab\tbed", "")) {
      HttpRequest request = HttpRequest.of(DEPENDENCY, "GET", standIn.url("/api/"), token, null);
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> CoreGateway.httpClientSend(request));
      failures.add(refused);
      assertFalse(refused.getMessage().contains("SECRETTAIL"), refused.getMessage());
    }
    assertEquals("closed", CoreGateway.circuitBreakerState(DEPENDENCY));
    assertTrue(standIn.received().isEmpty());
    assertTrue(HttpRequest.validBearerToken("Atza|IwEBIA-x_y/z+w=="));
    assertFalse(HttpRequest.validBearerToken(null));
  }

  /** A URL's user info never reaches a failure or a line. */
  @Test
  void userInfoInAUrlIsNeverShown() {
    String url = "http://admin:hunter2pw@127.0.0.1:1/api/";
    CoreGateway.lambdaBegin("userinfo", 5_000);
    HttpFailure failure =
        assertTimeoutPreemptively(
            HANG,
            () ->
                assertThrows(
                    HttpFailure.class,
                    () ->
                        CoreGateway.httpClientSend(
                            HttpRequest.of(null, "GET", url, TOKEN, null).withMaxRetries(1))));
    failures.add(failure);
    assertTrue(
        failure.getMessage().startsWith("GET http://<redacted>@127.0.0.1:1/api/"),
        failure.getMessage());
    for (String line : fixture.lines()) {
      assertFalse(line.contains("hunter2pw"), line);
      assertFalse(line.contains("admin"), line);
    }
  }

  private void assertNoPieceOfTheToken() {
    List<String> texts = new ArrayList<>(fixture.lines());
    for (Throwable failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        texts.add(t.toString());
      }
    }
    for (String text : texts) {
      for (int i = 0; i + 8 <= TOKEN.length(); i++) {
        assertFalse(text.contains(TOKEN.substring(i, i + 8)), "a piece of the token in: " + text);
      }
      assertFalse(text.contains("SECRETTAIL"), text);
    }
  }
}
