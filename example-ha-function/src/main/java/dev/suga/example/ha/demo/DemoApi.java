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
package dev.suga.example.ha.demo;

import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Home Assistant REST API routes of the demo, independent of HTTP plumbing: a method, a raw
 * path and a body in, a status, a content type and bytes out. Messages and status codes follow Home
 * Assistant's {@code homeassistant/components/api}.
 */
final class DemoApi {
  private static final String SERVICES = "/api/services/";
  private static final String STATES = "/api/states/";

  private final DemoHome home;

  DemoApi(DemoHome home) {
    this.home = home;
  }

  /** One answer. */
  record Response(int status, String contentType, byte[] body) {
    static Response json(int status, Object value) {
      return new Response(status, "application/json", JsonMaps.write(value));
    }

    static Response message(int status, String message) {
      return json(status, Map.of("message", message));
    }

    static Response text(int status, String text) {
      return new Response(
          status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
  }

  Response handle(String method, String path, byte[] body) {
    try {
      return route(method, path, body);
    } catch (DemoBadRequest e) {
      return Response.message(400, e.getMessage());
    }
  }

  private Response route(String method, String path, byte[] body) {
    if (path.equals("/api/") || path.equals("/api")) {
      return get(method, () -> Response.message(200, "API running."));
    }
    if (path.equals("/api/config")) {
      return get(method, () -> Response.json(200, config()));
    }
    if (path.equals("/api/states")) {
      return get(method, () -> Response.json(200, home.states()));
    }
    if (path.startsWith(STATES)) {
      String entityId = path.substring(STATES.length());
      return get(
          method,
          () -> {
            Map<String, Object> state = home.state(entityId);
            return state == null
                ? Response.message(404, "Entity not found.")
                : Response.json(200, state);
          });
    }
    if (path.startsWith(SERVICES)) {
      String[] parts = path.substring(SERVICES.length()).split("/", -1);
      if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        return Response.message(404, "Not found.");
      }
      return post(
          method,
          () -> Response.json(200, home.callService(parts[0], parts[1], object(body, true))));
    }
    switch (path) {
      case "/api/template":
        return post(
            method,
            () -> Response.text(200, DemoTemplates.render(home, template(object(body, false)))));
      case "/api/conversation/process":
        return post(method, () -> Response.json(200, conversation(object(body, false))));
      case "/api/alexa/smart_home":
        return post(method, () -> Response.json(200, DemoAlexa.respond(object(body, false))));
      default:
        return Response.message(404, "Not found.");
    }
  }

  private interface Route {
    Response answer();
  }

  private static Response get(String method, Route route) {
    return "GET".equals(method) ? route.answer() : Response.message(405, "Method not allowed.");
  }

  private static Response post(String method, Route route) {
    return "POST".equals(method) ? route.answer() : Response.message(405, "Method not allowed.");
  }

  /**
   * The body as a JSON object; an empty body is {} where Home Assistant allows it (service calls).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(byte[] body, boolean emptyAllowed) {
    if (body.length == 0 && emptyAllowed) {
      return new LinkedHashMap<>();
    }
    try {
      if (JsonMaps.parse(body) instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
    } catch (MalformedJsonException e) {
      // answered below
    }
    throw new DemoBadRequest("Data should be valid JSON.");
  }

  private static String template(Map<String, Object> body) {
    if (body.get("template") instanceof String template) {
      return template;
    }
    throw new DemoBadRequest("Error rendering template: template is required");
  }

  /** A canned agent: says back what it heard, keeps or starts a conversation id. */
  private static Map<String, Object> conversation(Map<String, Object> body) {
    if (!(body.get("text") instanceof String text)) {
      throw new DemoBadRequest("Message format incorrect");
    }
    String language = body.get("language") instanceof String l ? l : "en";
    String conversationId =
        body.get("conversation_id") instanceof String id && !id.isBlank()
            ? id
            : DemoClock.ulid(System.currentTimeMillis(), ThreadLocalRandom.current().nextLong());
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("speech", "You said: " + text);
    plain.put("extra_data", null);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("speech", Map.of("plain", plain));
    response.put("card", Map.of());
    response.put("language", language);
    response.put("response_type", "action_done");
    response.put("data", Map.of("targets", List.of(), "success", List.of(), "failed", List.of()));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("response", response);
    answer.put("conversation_id", conversationId);
    answer.put("continue_conversation", false);
    return answer;
  }

  /**
   * {@code GET /api/config}: the unit system tells clients which unit climate temperatures are in.
   */
  private static Map<String, Object> config() {
    Map<String, Object> units = new LinkedHashMap<>();
    units.put("length", "km");
    units.put("mass", "g");
    units.put("pressure", "Pa");
    units.put("temperature", "°C");
    units.put("volume", "L");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("location_name", "Demo Home");
    config.put("time_zone", "UTC");
    config.put("language", "en");
    config.put("unit_system", units);
    config.put("version", "2025.1.0");
    config.put("state", "RUNNING");
    config.put(
        "components",
        List.of("alexa", "api", "conversation", "light", "switch", "climate", "cover", "lock"));
    return config;
  }
}
