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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.LambdaContext;
import dev.suga.core.testing.TestJson;
import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.testing.AlexaSchema;
import dev.suga.example.ha.testing.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded event fuzzer: a fixed number of events ({@value #EVENTS}), each a valid Smart Home
 * directive, custom-skill request or HTTP request mutated at random (keys dropped, values replaced
 * by other types, huge or control-character strings, unknown names, broken tokens), or bytes that
 * are not an event at all, through the real handler against the demo Home Assistant, in native and
 * proxy mode. Every answer must be well-formed: a JSON object of the event's kind, and for anything
 * that is not a skill or HTTP request an Alexa message valid against Amazon's schema. Nothing
 * escapes the handler, no log line is huge, and no line holds 8 characters of a token.
 *
 * <p>Deterministic: the same seed ({@value #SEED}) and count on every run, no time bound. {@code
 * -Dfuzz.seed=N -Dfuzz.events=M} explore others locally; a failure names the seed and the event's
 * number.
 */
class EventFuzzTest {
  static final long SEED = 20_261_206L;
  static final int EVENTS = 600;

  private static final String TOKEN = "fuzz-linked-token-6b1f9e24";
  private static final String FALLBACK = "fuzz-fallback-token-0d73ac";
  private static final String[] NAMESPACES = {
    "Alexa",
    "Alexa.PowerController",
    "Alexa.BrightnessController",
    "Alexa.ColorController",
    "Alexa.ColorTemperatureController",
    "Alexa.ThermostatController",
    "Alexa.LockController",
    "Alexa.SceneController",
    "Alexa.Speaker",
    "Alexa.RangeController",
    "Alexa.Discovery",
    "Alexa.Authorization",
    "Alexa.ChannelController",
    "Alexa.Nonsense"
  };
  private static final String[] NAMES = {
    "TurnOn",
    "TurnOff",
    "SetBrightness",
    "AdjustBrightness",
    "SetColor",
    "SetColorTemperature",
    "IncreaseColorTemperature",
    "SetTargetTemperature",
    "AdjustTargetTemperature",
    "SetThermostatMode",
    "Lock",
    "Unlock",
    "Activate",
    "Deactivate",
    "SetVolume",
    "AdjustVolume",
    "SetMute",
    "SetRangeValue",
    "AdjustRangeValue",
    "ReportState",
    "Discover",
    "AcceptGrant",
    "Explode"
  };
  private static final String[] ENDPOINTS = {
    "light#kitchen", "light#living_room", "light#broken_lamp", "switch#coffee_maker",
    "climate#living_room", "lock#front_door", "scene#movie_night", "script#good_morning",
    "cover#garage_door", "media_player#living_room_tv", "fan#bedroom", "sensor#outdoor_temperature",
    "light#attic", "light#..", "endpoint-001", "light#kitchen?x=1"
  };

  private final ObjectMapper json = new ObjectMapper();
  private SplittableRandom random;

  @Test
  void everyAnswerIsWellFormedAndSchemaValid() throws IOException {
    long seed = Long.getLong("fuzz.seed", SEED);
    int events = Integer.getInteger("fuzz.events", EVENTS);
    random = new SplittableRandom(seed);
    AlexaSchema.requireAvailable();
    int validated = 0;
    try (DemoHomeAssistant home = DemoHomeAssistant.start(TOKEN, FALLBACK)) {
      Map<String, String> environment = new HashMap<>();
      environment.put("HA_BASE_URL", home.baseUrl());
      environment.put("HA_TOKEN", FALLBACK);
      environment.put("HA_MAX_RETRIES", "0");
      environment.put("LOG_LEVEL", "DEBUG");
      CoreFixture fixture = CoreFixture.with(environment);
      try {
        for (int n = 0; n < events; n++) {
          boolean proxy = random.nextInt(4) == 0;
          fixture.set("HA_MODE", proxy ? "proxy" : "native");
          fixture.set("HA_TOKEN_FALLBACK", random.nextBoolean() ? "true" : null);
          Object event = event();
          byte[] bytes = event instanceof byte[] raw ? raw : json.writeValueAsBytes(event);
          String where =
              "seed " + seed + ", event " + n + " (" + (proxy ? "proxy" : "native") + ")";
          String answer = invoke(bytes, n, where);
          Map<String, Object> response;
          try {
            response = TestJson.parseObject(answer);
          } catch (RuntimeException notJson) {
            throw new AssertionError(where + ": the answer is not a JSON object: " + answer);
          }
          switch (kind(event)) {
            case "custom_skill" -> {
              assertEquals("1.0", response.get("version"), where);
              assertTrue(response.get("response") instanceof Map, where + ": " + answer);
            }
            case "http" -> {
              assertTrue(response.get("statusCode") instanceof Number, where + ": " + answer);
              TestJson.parseObject((String) response.get("body"));
            }
            default -> {
              assertTrue(response.get("event") instanceof Map, where + ": " + answer);
              List<String> violations = AlexaSchema.violations(answer);
              assertTrue(violations.isEmpty(), () -> where + ": " + violations + " in " + answer);
              validated++;
            }
          }
          // Circuits and caches from one event must not decide the next one's answer kind.
          if (n % 50 == 49) {
            Handler.reset();
          }
        }
        assertLogs(fixture.lines());
      } finally {
        Handler.reset();
        fixture.close();
      }
    }
    assertTrue(validated > events / 2, "most answers were Alexa messages: " + validated);
  }

  private static String invoke(byte[] event, int n, String where) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new LambdaHandler()
          .handleRequest(new ByteArrayInputStream(event), out, LambdaContext.of("fuzz-" + n));
    } catch (IOException | RuntimeException | Error escaped) {
      fail(where + ": " + escaped.getClass().getName() + " escaped the handler");
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void assertLogs(List<String> lines) {
    for (String line : lines) {
      assertTrue(line.length() < 12_000, () -> "a log line of " + line.length() + " characters");
      for (String token : List.of(TOKEN, FALLBACK)) {
        for (int i = 0; i + 8 <= token.length(); i++) {
          String piece = token.substring(i, i + 8);
          assertFalse(line.contains(piece), () -> "a log line holds part of a token: " + piece);
        }
      }
    }
  }

  /** How the handler classifies {@code event} (as {@code LambdaHandler.recognize} does). */
  private static String kind(Object event) {
    if (!(event instanceof Map<?, ?> map)) {
      return "alexa";
    }
    if (map.get("directive") instanceof Map) {
      return "smart_home";
    }
    if (map.get("request") instanceof Map<?, ?> request
        && request.get("type") instanceof String
        && map.containsKey("version")) {
      return "custom_skill";
    }
    if (map.get("requestContext") instanceof Map<?, ?> context
        && context.get("http") instanceof Map) {
      return "http";
    }
    return "alexa";
  }

  // ---- the generator --------------------------------------------------------------------------

  /** One event: a map to send as JSON, or raw bytes. */
  private Object event() throws IOException {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return rawBytes();
    }
    Map<String, Object> event =
        roll < 75 ? directive() : roll < 88 ? skillRequest() : httpRequest();
    int mutations = random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      mutate(event);
    }
    return event;
  }

  private byte[] rawBytes() throws IOException {
    switch (random.nextInt(4)) {
      case 0:
        byte[] noise = new byte[random.nextInt(64)];
        random.nextBytes(noise);
        return noise;
      case 1:
        byte[] whole = json.writeValueAsBytes(directive());
        return Arrays.copyOf(whole, random.nextInt(whole.length));
      case 2:
        return pick("[]", "null", "42", "\"directive\"", "{}", "{\"directive\":[]}")
            .getBytes(StandardCharsets.UTF_8);
      default:
        return ("{\"directive\":" + "[".repeat(100 + random.nextInt(2_000)))
            .getBytes(StandardCharsets.UTF_8);
    }
  }

  private Map<String, Object> directive() {
    String namespace = pick(NAMESPACES);
    String name = pick(NAMES);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", namespace);
    header.put("name", name);
    header.put("payloadVersion", "3");
    header.put("messageId", "fuzz-" + Long.toHexString(random.nextLong()));
    header.put("correlationToken", "fuzz-correlation-" + random.nextInt(1_000));
    if (random.nextInt(5) == 0) {
      header.put("instance", pick("Cover.Position", "Blind.Lift", ""));
    }
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("header", header);
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("type", "BearerToken");
    scope.put("token", token());
    if (namespace.equals("Alexa.Discovery")) {
      directive.put("payload", new LinkedHashMap<>(Map.of("scope", scope)));
      return wrap(directive);
    }
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("scope", scope);
    endpoint.put("endpointId", pick(ENDPOINTS));
    endpoint.put("cookie", new LinkedHashMap<>());
    directive.put("endpoint", endpoint);
    directive.put("payload", payload(name));
    return wrap(directive);
  }

  private static Map<String, Object> wrap(Map<String, Object> directive) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("directive", directive);
    return event;
  }

  private Map<String, Object> payload(String name) {
    Map<String, Object> payload = new LinkedHashMap<>();
    switch (name) {
      case "SetBrightness" -> payload.put("brightness", random.nextInt(-20, 140));
      case "AdjustBrightness" -> payload.put("brightnessDelta", random.nextInt(-120, 120));
      case "SetColor" ->
          payload.put(
              "color",
              new LinkedHashMap<>(
                  Map.of(
                      "hue", random.nextDouble() * 400,
                      "saturation", random.nextDouble(),
                      "brightness", random.nextDouble())));
      case "SetColorTemperature" ->
          payload.put("colorTemperatureInKelvin", random.nextInt(500, 12_000));
      case "SetTargetTemperature" ->
          payload.put(
              "targetSetpoint",
              new LinkedHashMap<>(
                  Map.of(
                      "value",
                      random.nextInt(-10, 100),
                      "scale",
                      pick("CELSIUS", "FAHRENHEIT", "KELVIN", "RANKINE"))));
      case "AdjustTargetTemperature" ->
          payload.put(
              "targetSetpointDelta",
              new LinkedHashMap<>(Map.of("value", random.nextInt(-20, 20), "scale", "CELSIUS")));
      case "SetThermostatMode" ->
          payload.put(
              "thermostatMode",
              new LinkedHashMap<>(Map.of("value", pick("HEAT", "COOL", "AUTO", "OFF", "ECO"))));
      case "SetVolume" -> payload.put("volume", random.nextInt(-10, 120));
      case "AdjustVolume" -> {
        payload.put("volume", random.nextInt(-50, 50));
        payload.put("volumeDefault", random.nextBoolean());
      }
      case "SetMute" -> payload.put("mute", random.nextBoolean());
      case "SetRangeValue" -> payload.put("rangeValue", random.nextInt(-10, 120));
      case "AdjustRangeValue" -> payload.put("rangeValueDelta", random.nextInt(-50, 50));
      case "AcceptGrant" -> {
        payload.put(
            "grant",
            new LinkedHashMap<>(Map.of("type", "OAuth2.AuthorizationCode", "code", "fuzz-code")));
        payload.put(
            "grantee", new LinkedHashMap<>(Map.of("type", "BearerToken", "token", token())));
      }
      default -> {
        // TurnOn, Lock, ReportState, ...: no payload
      }
    }
    return payload;
  }

  private Map<String, Object> skillRequest() {
    Map<String, Object> request = new LinkedHashMap<>();
    String type = pick("LaunchRequest", "IntentRequest", "SessionEndedRequest", "Bogus");
    request.put("type", type);
    request.put("requestId", "amzn1.echo-api.request.fuzz-" + random.nextInt(1_000));
    request.put("locale", pick("en-US", "de-DE", "", "xx"));
    if (type.equals("IntentRequest")) {
      request.put(
          "intent",
          new LinkedHashMap<>(
              Map.of(
                  "name",
                  pick("AskHomeAssistantIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "X"),
                  "slots",
                  new LinkedHashMap<>(
                      Map.of(
                          "query",
                          new LinkedHashMap<>(
                              Map.of(
                                  "name", "query", "value", pick("turn on the kitchen", ""))))))));
    }
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("new", random.nextBoolean());
    session.put("sessionId", "session-fuzz");
    session.put("attributes", new LinkedHashMap<>());
    session.put("user", new LinkedHashMap<>(Map.of("userId", "u", "accessToken", token())));
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("version", "1.0");
    envelope.put("session", session);
    envelope.put("request", request);
    return envelope;
  }

  private Map<String, Object> httpRequest() {
    String path = pick("/health", "/diagnostics", "/", "/nope", "/health/../diagnostics");
    String method = pick("GET", "GET", "POST", "DELETE");
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", "2.0");
    event.put("rawPath", path);
    event.put("headers", new LinkedHashMap<>(Map.of("authorization", "Bearer " + token())));
    event.put(
        "requestContext",
        new LinkedHashMap<>(
            Map.of("http", new LinkedHashMap<>(Map.of("method", method, "path", path)))));
    return event;
  }

  /** A token: usually a good one, sometimes one Home Assistant refuses or none can send. */
  private String token() {
    return switch (random.nextInt(10)) {
      case 0 -> "";
      case 1 -> TOKEN.substring(0, 12) + "\n" + TOKEN.substring(12);
      case 2 -> "wrong-token-" + random.nextInt(100);
      case 3 -> FALLBACK;
      default -> TOKEN;
    };
  }

  // ---- mutations --------------------------------------------------------------------------------

  /** One random change somewhere in {@code event}: a key dropped, added, or its value replaced. */
  @SuppressWarnings("unchecked")
  private void mutate(Map<String, Object> event) {
    List<Map<String, Object>> maps = new ArrayList<>();
    collectMaps(event, maps);
    Map<String, Object> target = maps.get(random.nextInt(maps.size()));
    List<String> keys = new ArrayList<>(target.keySet());
    switch (random.nextInt(3)) {
      case 0 -> {
        if (!keys.isEmpty()) {
          target.remove(keys.get(random.nextInt(keys.size())));
        }
      }
      case 1 -> target.put(pick("extra", "payloadVersion", "scope", "token", "value"), value(2));
      default -> {
        if (!keys.isEmpty()) {
          target.put(keys.get(random.nextInt(keys.size())), value(2));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void collectMaps(Object value, List<Map<String, Object>> maps) {
    if (value instanceof Map<?, ?> map) {
      maps.add((Map<String, Object>) map);
      for (Object child : map.values()) {
        collectMaps(child, maps);
      }
    } else if (value instanceof List<?> list) {
      for (Object child : list) {
        collectMaps(child, maps);
      }
    }
  }

  /** A random JSON value, nested at most {@code depth} more levels. */
  private Object value(int depth) {
    switch (random.nextInt(depth > 0 ? 11 : 9)) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return random.nextInt();
      case 3:
        return random.nextLong();
      case 4:
        return random.nextDouble() * 1e6 - 5e5;
      case 5:
        return pick("", " ", "3", "ON", "light#kitchen", "CELSIUS", "\u0000\u0007\n\t");
      case 6:
        return "\uD83D\uDCA1 k\u00fcche \u202e" + random.nextInt(100);
      case 7:
        return "z".repeat(random.nextInt(4) == 0 ? 100_000 : 300);
      case 8:
        return "\uD800" + random.nextInt(10); // an unpaired surrogate
      case 9:
        {
          Map<String, Object> map = new LinkedHashMap<>();
          int size = random.nextInt(3);
          for (int i = 0; i < size; i++) {
            map.put("k" + i, value(depth - 1));
          }
          return map;
        }
      default:
        {
          List<Object> list = new ArrayList<>();
          int size = random.nextInt(3);
          for (int i = 0; i < size; i++) {
            list.add(value(depth - 1));
          }
          return list;
        }
    }
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
