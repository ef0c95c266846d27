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
package dev.suga.example.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suga.core.http.FakeDns;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.LambdaContext;
import dev.suga.core.testing.RawStandIn;
import dev.suga.core.testing.RawStandIn.Handshake;
import dev.suga.core.testing.RawStandIn.Reply;
import dev.suga.core.testing.TestJson;
import dev.suga.core.testing.TestTls;
import dev.suga.example.ha.testing.AlexaSchema;
import dev.suga.example.ha.testing.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The function against a Home Assistant that misbehaves at the socket level ({@link RawStandIn} on
 * 127.0.0.1), end to end through the Lambda handler: native mode's state read (GET) and service
 * call (POST), and proxy mode's forward (POST), over HTTP and HTTPS. Each invocation is granted 1
 * s; every delay of the stand-in is 5 s. Each case asserts the Alexa answer (a schema-valid
 * BRIDGE_UNREACHABLE), that it came before the stand-in would have sent its next byte ({@link
 * RawStandIn#pausesCompleted()}: an order, not a speed), the circuit (one failure opens it here),
 * that a service call went out at most once, and that no log line holds 8 characters of the token.
 * Every cut point of the status line, headers and body is in the core's {@code
 * HttpClientFaultTest}; here each kind of fault meets each route.
 */
class HomeAssistantFaultTest {
  private static final String TOKEN = "Atza|fault-7Qm2vX9pL4sT8wZ1";
  private static final int GRANTED_MILLIS = 1_000;
  private static final Duration HANG = Duration.ofSeconds(25);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STATE =
      "{\"entity_id\":\"light.kitchen\",\"state\":\"off\",\"attributes\":"
          + "{\"friendly_name\":\"Kitchen\",\"supported_color_modes\":[\"onoff\"]},"
          + "\"last_changed\":\"2026-11-22T12:00:00+00:00\","
          + "\"last_updated\":\"2026-11-22T12:00:00+00:00\"}";
  private static final String HEAD_100 =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";
  private static final String HEAD_CHUNKED =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

  private static int invocations;

  private CoreFixture fixture;
  private RawStandIn server;
  private FakeDns dns;

  /** The way to Home Assistant under test. */
  enum Route {
    /** ReportState: the fault meets the state read. */
    NATIVE_GET,
    /** TurnOn: the state read is answered, the fault meets the service call. */
    NATIVE_POST,
    /** HA_MODE=proxy: the fault meets the forwarded directive. */
    PROXY_POST;

    boolean post() {
      return this != NATIVE_GET;
    }
  }

  /** One kind of fault. */
  private record Fault(String name, Supplier<Reply> reply, Handshake handshake, boolean dns) {
    static Fault reply(String name, Supplier<Reply> reply) {
      return new Fault(name, reply, Handshake.NORMAL, false);
    }

    boolean httpsOnly() {
      return handshake != Handshake.NORMAL;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> deadlineCases() {
    List<Fault> faults =
        List.of(
            Fault.reply("status line stalls", () -> Reply.send("HTTP/1.1 2").stall()),
            Fault.reply(
                "headers trickle",
                () -> Reply.send("HTTP/1.1 200 OK\r\n").trickle("Content-Length: 2\r\n\r\n{}")),
            Fault.reply(
                "body trickles (Content-Length)",
                () -> Reply.send(HEAD_100 + "{").trickle("\"a\":" + " ".repeat(94) + "1}")),
            Fault.reply(
                "body trickles (chunked)",
                () -> Reply.send(HEAD_CHUNKED + "1\r\n{\r\n").trickle("1\r\n}\r\n0\r\n\r\n")),
            new Fault("TLS handshake stalls", null, Handshake.STALL, false),
            new Fault("TLS handshake trickles", null, Handshake.TRICKLE, false),
            new Fault("DNS look-up hangs", null, Handshake.NORMAL, true));
    return cases(faults);
  }

  static Stream<Arguments> transportCases() {
    List<Fault> faults =
        List.of(
            Fault.reply(
                "closed before Content-Length", () -> Reply.send(HEAD_100 + "{\"a\":1}").close()),
            Fault.reply(
                "chunked body cut off",
                () -> Reply.send(HEAD_CHUNKED + "7\r\n{\"a\":1}\r\n").close()),
            Fault.reply("closed before any answer", () -> Reply.send("").close()));
    return cases(faults);
  }

  private static Stream<Arguments> cases(List<Fault> faults) {
    List<Arguments> cases = new ArrayList<>();
    for (Fault fault : faults) {
      for (String scheme : List.of("http", "https")) {
        if (fault.httpsOnly() && scheme.equals("http")) {
          continue;
        }
        for (Route route : Route.values()) {
          cases.add(Arguments.of(fault, scheme, route));
        }
      }
    }
    return cases.stream();
  }

  /**
   * A TurnOn over HTTP and HTTPS first, so that a cold JVM's class loading and first handshake are
   * behind the 1 s the cases grant (the service-call cases need their state read to succeed).
   */
  @BeforeAll
  static void warmUp() {
    for (String scheme : List.of("http", "https")) {
      try (RawStandIn warm = standIn(scheme)) {
        CoreFixture warming = CoreFixture.with(environment(warm.baseUrl(), Route.NATIVE_POST));
        try {
          warm.script(Reply.json(200, STATE), Reply.json(200, "[]"), Reply.json(200, STATE));
          Handler.reset();
          invoke(directive("Alexa.PowerController", "TurnOn"), 10_000);
        } finally {
          warming.close();
        }
      }
    }
    Handler.reset();
  }

  @AfterEach
  void stop() {
    if (dns != null) {
      dns.close();
    }
    if (server != null) {
      server.close();
    }
    Handler.reset();
    if (fixture != null) {
      fixture.close();
    }
  }

  private static RawStandIn standIn(String scheme) {
    return scheme.equals("https") ? RawStandIn.https(TestTls.serverContext()) : RawStandIn.http();
  }

  private static Map<String, String> environment(String baseUrl, Route route) {
    Map<String, String> environment = new HashMap<>();
    environment.put("HA_BASE_URL", baseUrl);
    environment.put("HA_MODE", route == Route.PROXY_POST ? "proxy" : "native");
    environment.put("HA_VERIFY_TLS", "false");
    environment.put("HA_TEMPERATURE_UNIT", "C");
    environment.put("CIRCUIT_FAILURE_THRESHOLD", "1");
    environment.put("CIRCUIT_OPEN_SECONDS", "3600");
    environment.put("LOG_LEVEL", "DEBUG");
    return environment;
  }

  private RawStandIn start(Fault fault, String scheme, Route route) {
    server = standIn(scheme);
    String baseUrl = server.baseUrl();
    if (fault.dns()) {
      dns = FakeDns.slow();
      baseUrl = scheme + "://" + FakeDns.HOST + ":" + server.port();
    }
    fixture = CoreFixture.with(environment(baseUrl, route));
    Handler.reset();
    Reply faulty = fault.reply() == null ? Reply.json(200, STATE) : fault.reply().get();
    if (route == Route.NATIVE_POST) {
      server.script(Reply.json(200, STATE), faulty);
    } else {
      server.script(faulty);
    }
    if (fault.httpsOnly()) {
      server.handshake(fault.handshake());
    }
    return server;
  }

  private static Map<String, Object> directive(String namespace, String name) {
    int n = ++invocations;
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", namespace);
    header.put("name", name);
    header.put("payloadVersion", "3");
    header.put("messageId", "fault-message-" + n);
    header.put("correlationToken", "fault-correlation-" + n);
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("scope", Map.of("type", "BearerToken", "token", TOKEN));
    endpoint.put("endpointId", "light#kitchen");
    endpoint.put("cookie", Map.of());
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("header", header);
    directive.put("endpoint", endpoint);
    directive.put("payload", Map.of());
    return Map.of("directive", directive);
  }

  private static Map<String, Object> directive(Route route) {
    return route == Route.NATIVE_GET
        ? directive("Alexa", "ReportState")
        : directive("Alexa.PowerController", "TurnOn");
  }

  /** The handler's answer to {@code event}, as Lambda would invoke it, granted {@code millis}. */
  static String invoke(Object event, int millis) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      byte[] bytes = JSON.writeValueAsBytes(event);
      new LambdaHandler()
          .handleRequest(
              new ByteArrayInputStream(bytes),
              out,
              new LambdaContext("fault-req-" + (++invocations), millis, 512));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private String invokeInTime(Route route) {
    return assertTimeoutPreemptively(HANG, () -> invoke(directive(route), GRANTED_MILLIS));
  }

  private static void assertUnreachable(String answer) {
    Map<String, Object> response = TestJson.parseObject(answer);
    assertEquals("ErrorResponse", TestJson.at(response, "event", "header", "name"), answer);
    assertEquals("BRIDGE_UNREACHABLE", TestJson.at(response, "event", "payload", "type"), answer);
    AlexaSchema.assertValid(answer);
  }

  private void assertCommon(Fault fault, Route route, String answer) {
    assertUnreachable(answer);
    assertEquals(
        "open",
        dev.suga.example.ha.Gateway.circuitBreakerState("home_assistant"),
        "one failure for the circuit");
    long posts = server.received().stream().filter(r -> r.method().equals("POST")).count();
    assertTrue(posts <= 1, "a POST is never re-sent: " + posts);
    if (route == Route.NATIVE_POST && fault.reply() != null) {
      // The state read was answered; the fault met the service call. (A handshake fault meets
      // the invocation's first connection: the state read.)
      List<RawStandIn.Request> received = server.received();
      assertTrue(
          received.size() == 2
              && received.get(0).path().equals("/api/states/light.kitchen")
              && received.get(1).path().equals("/api/services/light/turn_on"),
          "the service call met the fault: " + received);
    }
    assertNoPieceOfTheToken(fixture.lines());
  }

  static void assertNoPieceOfTheToken(List<String> lines) {
    for (String line : lines) {
      for (int i = 0; i + 8 <= TOKEN.length(); i++) {
        assertFalse(
            line.contains(TOKEN.substring(i, i + 8)),
            () -> "a log line holds part of the token: " + line.replace(TOKEN, "<TOKEN>"));
      }
    }
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("deadlineCases")
  void everyStallIsAnsweredBeforeTheDeadline(Fault fault, String scheme, Route route) {
    RawStandIn standIn = start(fault, scheme, route);
    String answer = invokeInTime(route);
    assertEquals(0, standIn.pausesCompleted(), "answered before the stand-in's next byte");
    if (dns != null) {
      assertEquals(0, dns.completed(), "answered before the look-up's end");
    }
    assertCommon(fault, route, answer);
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("transportCases")
  void aConnectionThatFailsIsUnreachable(Fault fault, String scheme, Route route) {
    start(fault, scheme, route);
    fixture.set("HA_MAX_RETRIES", "0");
    String answer = invokeInTime(route);
    assertCommon(fault, route, answer);
    assertTrue(
        fixture.logs("ERROR").isEmpty(), "a transport failure is no error of ours: " + answer);
  }

  @Test
  void aFailingDnsLookupIsUnreachable() {
    Fault fault = new Fault("DNS look-up fails", null, Handshake.NORMAL, true);
    start(fault, "https", Route.NATIVE_GET);
    dns.close();
    dns = FakeDns.failing();
    String answer = invokeInTime(Route.NATIVE_GET);
    assertTrue(dns.lookups() >= 1);
    assertCommon(fault, Route.NATIVE_GET, answer);
  }

  /**
   * The audit's truncated state list: a discovery whose answer is cut short was INTERNAL_ERROR
   * ("malformed JSON", logged as an error) and a success for the circuit, which never opened. A cut
   * that happens to parse ({@code []} of a declared 100 bytes) was used as the answer: no devices.
   */
  @Test
  void aTruncatedStateListIsUnreachableAndOpensTheCircuit() {
    server = RawStandIn.http();
    fixture = CoreFixture.with(environment(server.baseUrl(), Route.NATIVE_GET));
    fixture.set("CIRCUIT_FAILURE_THRESHOLD", "5");
    fixture.set("HA_MAX_RETRIES", "0");
    Handler.reset();
    server.script(
        Reply.send(HEAD_100 + "[{\"entity_id\":\"light.kit").close(),
        Reply.send(HEAD_100 + "[]").close());
    for (int i = 0; i < 5; i++) {
      Map<String, Object> discover = new LinkedHashMap<>();
      discover.put(
          "directive",
          Map.of(
              "header",
              Map.of(
                  "namespace",
                  "Alexa.Discovery",
                  "name",
                  "Discover",
                  "payloadVersion",
                  "3",
                  "messageId",
                  "discover-" + i),
              "payload",
              Map.of("scope", Map.of("type", "BearerToken", "token", TOKEN))));
      String answer = assertTimeoutPreemptively(HANG, () -> invoke(discover, 5_000));
      assertUnreachable(answer);
    }
    assertEquals(5, server.received().size());
    assertEquals("open", dev.suga.example.ha.Gateway.circuitBreakerState("home_assistant"));
    assertTrue(fixture.logs("ERROR").isEmpty(), "no error of ours");
    assertNoPieceOfTheToken(fixture.lines());
  }

  /**
   * The audit's line feed in a token: refused as a credential before anything is sent or the
   * circuit is asked, in both modes, and no piece of it in the log.
   */
  @Test
  void aTokenThatCannotBeSentIsAnInvalidCredential() {
    server = RawStandIn.http();
    for (Route route : List.of(Route.NATIVE_POST, Route.PROXY_POST)) {
      fixture = CoreFixture.with(environment(server.baseUrl(), route));
      Handler.reset();
      Map<String, Object> event = directive(route);
      String broken = "abcd-0123\nSECRETTAIL-0001";
      @SuppressWarnings("unchecked")
      Map<String, Object> endpoint =
          (Map<String, Object>) ((Map<String, Object>) event.get("directive")).get("endpoint");
      endpoint.put("scope", Map.of("type", "BearerToken", "token", broken));
      String answer = invoke(event, 5_000);
      Map<String, Object> response = TestJson.parseObject(answer);
      assertEquals(
          "INVALID_AUTHORIZATION_CREDENTIAL",
          TestJson.at(response, "event", "payload", "type"),
          answer);
      AlexaSchema.assertValid(answer);
      assertEquals("closed", dev.suga.example.ha.Gateway.circuitBreakerState("home_assistant"));
      for (String line : fixture.lines()) {
        assertFalse(line.contains("SECRETTAIL"), line);
        assertFalse(line.contains("abcd-0123"), line);
      }
      assertTrue(fixture.logs("ERROR").isEmpty(), "a bad credential is no error of ours");
      fixture.close();
      fixture = null;
    }
    assertTrue(server.received().isEmpty(), "nothing sent");
  }
}
