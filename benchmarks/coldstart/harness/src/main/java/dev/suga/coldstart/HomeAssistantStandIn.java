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
package dev.suga.coldstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * A Home Assistant stand-in on 127.0.0.1, over HTTP or HTTPS: the REST calls the subjects make
 * ({@code GET /api/}, {@code GET /api/config}, {@code GET /api/states}, {@code GET
 * /api/states/<id>}, {@code POST /api/services/<domain>/<service>}) with bearer-token
 * authentication, over a fixed home of 24 entities of every kind the example exposes. Service calls
 * change the entity's state and answer the changed states, as Home Assistant does.
 *
 * <p>It keeps Home Assistant's own time: from the handler's start to the answer being handed to the
 * socket, summed over requests ({@link #busyNanos()}), so that the harness can subtract it from a
 * warm invocation and keep the function's own overhead. Handlers run on the server's dispatcher
 * thread (no hand-off to an executor), the least latency the JDK's server has.
 */
final class HomeAssistantStandIn implements AutoCloseable {
  static {
    Servers.configure();
  }

  private final HttpServer server;
  private final String token;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final AtomicLong busyNanos = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  private static final class Entity {
    final String id;
    volatile String state;
    final String attributes;

    Entity(String id, String state, String attributes) {
      this.id = id;
      this.state = state;
      this.attributes = attributes;
    }

    String json() {
      return "{\"entity_id\":\""
          + id
          + "\",\"state\":\""
          + state
          + "\",\"attributes\":"
          + attributes
          + ",\"last_changed\":\"2026-11-22T12:00:00.000000+00:00\",\"last_updated\":\"2026-11-22T12:00:00.000000+00:00\""
          + ",\"context\":{\"id\":\"01JDEMO0000000000000000000\",\"parent_id\":null,\"user_id\":null}}";
    }
  }

  private HomeAssistantStandIn(HttpServer server, String token) {
    this.server = server;
    this.token = token;
    home();
  }

  /** Plain HTTP on 127.0.0.1. */
  static HomeAssistantStandIn http(String token) throws IOException {
    return start(
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16), token);
  }

  /** HTTPS on 127.0.0.1 with the fixture's self-signed certificate. */
  static HomeAssistantStandIn https(String token, SSLContext serverContext) throws IOException {
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
    return start(server, token);
  }

  private static HomeAssistantStandIn start(HttpServer server, String token) {
    HomeAssistantStandIn standIn = new HomeAssistantStandIn(server, token);
    server.createContext("/", standIn::handle);
    server.setExecutor(null);
    server.start();
    return standIn;
  }

  /**
   * {@code http://127.0.0.1:port} or {@code https://127.0.0.1:port}: the function's {@code
   * HA_BASE_URL}.
   */
  String baseUrl() {
    return (server instanceof HttpsServer ? "https" : "http")
        + "://127.0.0.1:"
        + server.getAddress().getPort();
  }

  /** Home Assistant's own time so far, in nanoseconds, over all requests. */
  long busyNanos() {
    return busyNanos.get();
  }

  long requests() {
    return requests.get();
  }

  /** Requests refused for a missing or wrong token (a subject that sent one is broken). */
  long refused() {
    return refused.get();
  }

  private void home() {
    add("switch.coffee_maker", "off", "{\"friendly_name\":\"Coffee maker\"}");
    add("switch.garden_pump", "off", "{\"friendly_name\":\"Garden pump\"}");
    add(
        "light.kitchen",
        "off",
        "{\"friendly_name\":\"Kitchen\",\"supported_color_modes\":[\"color_temp\",\"hs\"],"
            + "\"color_mode\":null,\"brightness\":null,\"min_mireds\":153,\"max_mireds\":500,\"supported_features\":40}");
    add(
        "light.living_room",
        "on",
        "{\"friendly_name\":\"Living room\",\"supported_color_modes\":[\"brightness\"],"
            + "\"color_mode\":\"brightness\",\"brightness\":180,\"supported_features\":32}");
    add(
        "light.hallway",
        "off",
        "{\"friendly_name\":\"Hallway\",\"supported_color_modes\":[\"onoff\"],\"supported_features\":0}");
    add(
        "light.bedroom",
        "on",
        "{\"friendly_name\":\"Bedroom\",\"supported_color_modes\":[\"xy\",\"color_temp\"],"
            + "\"color_mode\":\"xy\",\"brightness\":120,\"hs_color\":[30.0,60.0],\"xy_color\":[0.5,0.4],"
            + "\"min_mireds\":153,\"max_mireds\":500,\"color_temp\":null,\"supported_features\":40}");
    add(
        "fan.ceiling",
        "off",
        "{\"friendly_name\":\"Ceiling fan\",\"supported_features\":1,\"percentage\":0}");
    add("lock.front_door", "locked", "{\"friendly_name\":\"Front door\",\"supported_features\":0}");
    add(
        "cover.garage",
        "closed",
        "{\"friendly_name\":\"Garage door\",\"device_class\":\"garage\",\"supported_features\":3}");
    add(
        "cover.blinds",
        "open",
        "{\"friendly_name\":\"Living room blinds\",\"current_position\":70,\"supported_features\":15}");
    add(
        "climate.thermostat",
        "heat",
        "{\"friendly_name\":\"Thermostat\",\"hvac_modes\":[\"off\",\"heat\",\"cool\",\"auto\"],"
            + "\"min_temp\":7,\"max_temp\":35,\"current_temperature\":20.5,\"temperature\":21,\"supported_features\":385}");
    add(
        "sensor.outside_temperature",
        "12.3",
        "{\"friendly_name\":\"Outside\",\"unit_of_measurement\":\"\u00b0C\","
            + "\"device_class\":\"temperature\",\"state_class\":\"measurement\"}");
    add(
        "sensor.power_meter",
        "412",
        "{\"friendly_name\":\"Power\",\"unit_of_measurement\":\"W\",\"device_class\":\"power\"}");
    add(
        "binary_sensor.back_door",
        "off",
        "{\"friendly_name\":\"Back door\",\"device_class\":\"door\"}");
    add(
        "binary_sensor.hall_motion",
        "off",
        "{\"friendly_name\":\"Hall motion\",\"device_class\":\"motion\"}");
    add("scene.movie_night", "2026-11-21T20:00:00+00:00", "{\"friendly_name\":\"Movie night\"}");
    add("script.good_night", "off", "{\"friendly_name\":\"Good night\"}");
    add(
        "automation.porch_lights",
        "on",
        "{\"friendly_name\":\"Porch lights at sunset\",\"last_triggered\":null}");
    add(
        "group.downstairs",
        "off",
        "{\"friendly_name\":\"Downstairs\",\"entity_id\":[\"light.kitchen\",\"light.living_room\"]}");
    add("input_boolean.guest_mode", "off", "{\"friendly_name\":\"Guest mode\"}");
    add(
        "media_player.living_room_tv",
        "off",
        "{\"friendly_name\":\"TV\",\"supported_features\":21437,\"volume_level\":0.3}");
    add("button.doorbell_test", "unknown", "{\"friendly_name\":\"Doorbell test\"}");
    add("sun.sun", "above_horizon", "{\"friendly_name\":\"Sun\",\"elevation\":21.4}");
    add("person.alex", "home", "{\"friendly_name\":\"Alex\"}");
  }

  private void add(String id, String state, String attributes) {
    entities.put(id, new Entity(id, state, attributes));
  }

  private void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    try {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      byte[] body = RuntimeApiServer.readAll(exchange.getRequestBody());
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      int status;
      String answer;
      if (authorization == null || !authorization.equals("Bearer " + token)) {
        refused.incrementAndGet();
        status = 401;
        answer = "{\"message\":\"Unauthorized\"}";
      } else if ("GET".equals(method) && "/api/".equals(path)) {
        status = 200;
        answer = "{\"message\":\"API running.\"}";
      } else if ("GET".equals(method) && "/api/config".equals(path)) {
        status = 200;
        answer =
            "{\"location_name\":\"Home\",\"version\":\"2026.11.0\",\"time_zone\":\"UTC\",\"unit_system\":"
                + "{\"length\":\"km\",\"mass\":\"g\",\"temperature\":\"\u00b0C\",\"volume\":\"L\"}}";
      } else if ("GET".equals(method) && "/api/states".equals(path)) {
        StringBuilder all = new StringBuilder(8192).append('[');
        for (Entity entity : entities.values()) {
          all.append(all.length() > 1 ? "," : "").append(entity.json());
        }
        status = 200;
        answer = all.append(']').toString();
      } else if ("GET".equals(method) && path.startsWith("/api/states/")) {
        Entity entity = entities.get(path.substring("/api/states/".length()));
        status = entity == null ? 404 : 200;
        answer = entity == null ? "{\"message\":\"Entity not found.\"}" : entity.json();
      } else if ("POST".equals(method) && path.startsWith("/api/services/")) {
        String[] parts = path.substring("/api/services/".length()).split("/");
        Entity entity = entities.get(entityIdOf(new String(body, StandardCharsets.UTF_8)));
        status = parts.length == 2 ? 200 : 400;
        answer = "[]";
        if (status == 200 && entity != null) {
          switch (parts[1]) {
            case "turn_on", "open_cover" ->
                entity.state = entity.id.startsWith("cover.") ? "open" : "on";
            case "turn_off", "close_cover" ->
                entity.state = entity.id.startsWith("cover.") ? "closed" : "off";
            case "lock" -> entity.state = "locked";
            case "unlock" -> entity.state = "unlocked";
            default -> {}
          }
          answer = "[" + entity.json() + "]";
        }
      } else {
        status = 404;
        answer = "{\"message\":\"Not found\"}";
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      requests.incrementAndGet();
      busyNanos.addAndGet(System.nanoTime() - start);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } finally {
      exchange.close();
    }
  }

  /** The {@code entity_id} string of a service call's JSON body (the subjects send one id). */
  static String entityIdOf(String json) {
    int key = json.indexOf("\"entity_id\"");
    if (key < 0) {
      return "";
    }
    int open = json.indexOf('"', json.indexOf(':', key) + 1);
    int close = open < 0 ? -1 : json.indexOf('"', open + 1);
    return close < 0 ? "" : json.substring(open + 1, close);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
