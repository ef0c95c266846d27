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
package dev.suga.example.ha.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.demo.DemoHomeAssistant.Recorded;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.AlexaSchema;
import dev.suga.example.ha.testing.Handler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Lambda handler against a demo Home Assistant on 127.0.0.1, for the Alexa integration
 * tests: builds directives, keeps every Alexa response for schema validation at {@link #close()},
 * checks there that no captured log line contains a token, and asserts the exact HTTP requests Home
 * Assistant received.
 */
final class AlexaFixture implements AutoCloseable {
  /** The linked account's token: the demo accepts it. */
  static final String TOKEN = "alexa-linked-token-5d2c81f0";

  /** Another token the demo accepts (the configured fallback HA_TOKEN). */
  static final String FALLBACK_TOKEN = "fb-7c1e9d-token-a17e";

  /** A token the demo refuses. */
  static final String WRONG_TOKEN = "revoked-token-0b93e6";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final DemoHomeAssistant home;
  final Handler handler;
  private final List<Object> alexaResponses = new ArrayList<>();
  private final Set<String> secrets = Set.of(TOKEN, FALLBACK_TOKEN, WRONG_TOKEN);

  private AlexaFixture(DemoHomeAssistant home, Map<String, String> environment) {
    this.home = home;
    this.handler = Handler.with(environment);
  }

  /**
   * A fixture whose handler talks to a fresh demo, with {@code extra} configuration on top of the
   * defaults.
   */
  static AlexaFixture start(Map<String, String> extra) {
    DemoHomeAssistant home = DemoHomeAssistant.start(TOKEN, FALLBACK_TOKEN);
    Map<String, String> environment = new HashMap<>();
    environment.put("HA_BASE_URL", home.baseUrl());
    environment.put("HA_TOKEN", FALLBACK_TOKEN);
    environment.put("HA_MAX_RETRIES", "0");
    environment.put("HA_READ_TIMEOUT_MS", "2000");
    environment.put("LOG_LEVEL", "DEBUG");
    environment.putAll(extra);
    return new AlexaFixture(home, environment);
  }

  static AlexaFixture start() {
    return start(Map.of());
  }

  // ---- events -----------------------------------------------------------------------------

  /** A directive for {@code endpointId} with the linked token. */
  static Map<String, Object> directive(
      String namespace, String name, String endpointId, Map<String, Object> payload) {
    return directive(namespace, name, endpointId, TOKEN, payload);
  }

  /** A directive for {@code endpointId} with {@code token} (null: no scope at all). */
  static Map<String, Object> directive(
      String namespace, String name, String endpointId, String token, Map<String, Object> payload) {
    int n = SEQUENCE.incrementAndGet();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", namespace);
    header.put("name", name);
    header.put("payloadVersion", "3");
    header.put("messageId", "message-" + n);
    header.put("correlationToken", "correlation-" + n + "+/=");
    Map<String, Object> endpoint = new LinkedHashMap<>();
    if (token != null) {
      endpoint.put("scope", Map.of("type", "BearerToken", "token", token));
    }
    endpoint.put("endpointId", endpointId);
    endpoint.put("cookie", Map.of());
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("header", header);
    directive.put("endpoint", endpoint);
    directive.put("payload", payload);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("directive", directive);
    return event;
  }

  /** The same directive with a RangeController-style {@code instance} in its header. */
  static Map<String, Object> withInstance(Map<String, Object> event, String instance) {
    JsonMaps.object(event, "directive", "header").put("instance", instance);
    return event;
  }

  static Map<String, Object> discover(String token) {
    int n = SEQUENCE.incrementAndGet();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", "Alexa.Discovery");
    header.put("name", "Discover");
    header.put("payloadVersion", "3");
    header.put("messageId", "message-" + n);
    Map<String, Object> payload = new LinkedHashMap<>();
    if (token != null) {
      payload.put("scope", Map.of("type", "BearerToken", "token", token));
    }
    return Map.of("directive", Map.of("header", header, "payload", payload));
  }

  // ---- invoking -----------------------------------------------------------------------------

  /** Invokes the handler with a Smart Home event; the response is schema-checked at close. */
  Map<String, Object> invoke(Object event) {
    Map<String, Object> response = handler.invoke(event);
    alexaResponses.add(response);
    return response;
  }

  /** Invokes with raw bytes; the response is schema-checked at close. */
  Map<String, Object> invokeRaw(byte[] event) {
    Map<String, Object> response = JsonMaps.parseObject(handler.invokeRaw(event));
    alexaResponses.add(response);
    return response;
  }

  /** Invokes with a custom-skill envelope (not an Alexa Smart Home message: no schema). */
  Map<String, Object> invokeSkill(Object envelope) {
    return handler.invoke(envelope);
  }

  // ---- assertions ---------------------------------------------------------------------------

  /**
   * Asserts the requests Home Assistant received since the last {@link
   * DemoHomeAssistant#clearRequests()}.
   */
  void assertRequests(Request... expected) {
    List<Recorded> actual = home.requests();
    assertEquals(expected.length, actual.size(), () -> "requests: " + actual);
    for (int i = 0; i < expected.length; i++) {
      expected[i].assertMatches(actual.get(i), i);
    }
  }

  /** One expected request: method, path, body (null: empty) and bearer token. */
  record Request(String method, String path, Object body, String token) {
    static Request get(String path) {
      return new Request("GET", path, null, TOKEN);
    }

    static Request post(String path, Object body) {
      return new Request("POST", path, body, TOKEN);
    }

    Request token(String other) {
      return new Request(method, path, body, other);
    }

    void assertMatches(Recorded recorded, int index) {
      String where = "request " + index + " " + recorded;
      assertEquals(method, recorded.method(), where);
      assertEquals(path, recorded.path(), where);
      if (body == null) {
        assertEquals("", recorded.body(), where);
      } else {
        assertEquals(normalized(body), JsonMaps.parse(recorded.body()), where);
      }
      assertEquals(token, recorded.bearerToken(), where + ": wrong bearer token");
    }
  }

  /** {@code value} as it reads back from JSON (ints become longs, maps keep order). */
  static Object normalized(Object value) {
    return JsonMaps.parse(JsonMaps.write(value));
  }

  static String type(Map<String, Object> response) {
    return JsonMaps.string(response, "event", "payload", "type");
  }

  static String name(Map<String, Object> response) {
    return JsonMaps.string(response, "event", "header", "name");
  }

  /** The context property {@code namespace}/{@code name}, or null. */
  static Object property(Map<String, Object> response, String namespace, String name) {
    List<Object> properties = JsonMaps.array(response, "context", "properties");
    if (properties == null) {
      return null;
    }
    for (Object property : properties) {
      if (namespace.equals(JsonMaps.string(property, "namespace"))
          && name.equals(JsonMaps.string(property, "name"))) {
        return JsonMaps.at(property, "value");
      }
    }
    return null;
  }

  /**
   * Asserts an ErrorResponse of {@code type} that echoes the directive's correlation token and
   * endpoint.
   */
  static void assertError(
      String type, Map<String, Object> directive, Map<String, Object> response) {
    assertEquals("ErrorResponse", name(response), response::toString);
    assertEquals(type, type(response), response::toString);
    assertEquals(
        JsonMaps.string(directive, "directive", "header", "correlationToken"),
        JsonMaps.string(response, "event", "header", "correlationToken"),
        response::toString);
    String endpointId = JsonMaps.string(directive, "directive", "endpoint", "endpointId");
    if (endpointId != null) {
      assertEquals(
          endpointId,
          JsonMaps.string(response, "event", "endpoint", "endpointId"),
          response::toString);
    }
  }

  List<String> logLines() {
    return handler.logLines();
  }

  /**
   * Closes the handler and the demo, then checks that no log line contains a token and that every
   * Alexa response validates against the official schema (skipped, saying so, when the schema is
   * absent).
   */
  @Override
  public void close() {
    try {
      handler.close();
    } finally {
      home.close();
    }
    for (String line : handler.logLines()) {
      for (String secret : secrets) {
        assertFalse(
            line.contains(secret),
            () -> "a log line contains a token: " + line.replace(secret, "<TOKEN>"));
      }
    }
    if (alexaResponses.isEmpty()) {
      return;
    }
    for (Object response : alexaResponses) {
      AlexaSchema.assertValid(response);
    }
  }
}
