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
package dev.suga.example.ha.homeassistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.demo.DemoHomeAssistant.Failure;
import dev.suga.example.ha.demo.DemoHomeAssistant.Recorded;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.MalformedJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo Home Assistant's HTTP behaviour: authentication, the API's shape, failure injection,
 * lifecycle.
 */
class DemoHomeAssistantTest {
  private static final String TOKEN = "demo-test-token-6f1c";

  private DemoHomeAssistant demo;
  private DemoClient client;

  @BeforeEach
  void start() {
    demo = DemoHomeAssistant.start(TOKEN, "second-token");
    client = new DemoClient(demo.baseUrl(), TOKEN);
  }

  @AfterEach
  void stop() {
    demo.close();
  }

  @Test
  void answersOnLoopbackWithBaseUrlWithoutTrailingSlash() {
    assertTrue(demo.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), demo.baseUrl());
    assertEquals(
        demo.port(),
        Integer.parseInt(demo.baseUrl().substring(demo.baseUrl().lastIndexOf(':') + 1)));
  }

  @Test
  void pingWithAValidTokenAnswersApiRunning() {
    DemoClient.Answer answer = client.get("/api/");
    assertEquals(200, answer.status());
    assertEquals(Map.of("message", "API running."), answer.json());
    assertEquals(List.of(new Recorded("GET", "/api/", "", TOKEN)), demo.requests());
  }

  @Test
  void everyAcceptedTokenWorks() {
    assertEquals(200, new DemoClient(demo.baseUrl(), "second-token").get("/api/").status());
  }

  @Test
  void missingOrUnknownTokenIs401AndStillRecorded() {
    DemoClient.Answer none = new DemoClient(demo.baseUrl(), null).get("/api/states");
    DemoClient.Answer wrong =
        new DemoClient(demo.baseUrl(), "nope")
            .post("/api/services/light/turn_off", Map.of("entity_id", "light.kitchen"));
    assertEquals(401, none.status());
    assertEquals(Map.of("message", "Invalid authentication"), none.json());
    assertEquals(401, wrong.status());
    assertEquals(
        "on", demo.state("light.kitchen").get("state"), "an unauthorized call changes nothing");
    assertEquals(
        List.of(
            new Recorded("GET", "/api/states", "", null),
            new Recorded(
                "POST",
                "/api/services/light/turn_off",
                "{\"entity_id\":\"light.kitchen\"}",
                "nope")),
        demo.requests());
  }

  @Test
  void recordedToStringHidesTheToken() {
    client.get("/api/");
    String text = demo.requests().get(0).toString();
    assertFalse(text.contains(TOKEN), text);
    assertTrue(text.contains("<redacted>"), text);
  }

  @Test
  void aUserWhoIsNotAnAdministratorMayNotRenderTemplates() {
    demo.withoutAdminRights(TOKEN);
    DemoClient.Answer template =
        client.post("/api/template", Map.of("template", "{{ states('light.kitchen') }}"));
    assertEquals(401, template.status());
    assertEquals("401: Unauthorized", template.body());
    assertEquals(200, client.get("/api/states/light.kitchen").status(), "the rest is allowed");
    assertEquals(200, client.get("/api/").status());
  }

  @Test
  void startRequiresATokenToAccept() {
    assertThrows(IllegalArgumentException.class, DemoHomeAssistant::start);
    assertThrows(IllegalArgumentException.class, () -> DemoHomeAssistant.start(" "));
  }

  @Test
  void statesListsEveryDemoEntityInHomeAssistantsShape() {
    DemoClient.Answer answer = client.get("/api/states");
    assertEquals(200, answer.status());
    assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
    List<Object> states = castList(answer.json());
    List<String> ids = states.stream().map(s -> JsonMaps.string(s, "entity_id")).toList();
    assertEquals(
        List.of(
            "light.kitchen",
            "light.living_room",
            "switch.coffee_maker",
            "fan.bedroom",
            "fan.living_room",
            "input_boolean.guest_mode",
            "automation.lights_at_sunset",
            "group.downstairs",
            "lock.front_door",
            "scene.movie_night",
            "script.good_morning",
            "button.doorbell",
            "climate.living_room",
            "climate.bedroom",
            "cover.garage_door",
            "cover.living_room_blinds",
            "cover.garden_gate",
            "cover.patio_awning",
            "sensor.outdoor_temperature",
            "sensor.freezer_temperature",
            "binary_sensor.front_door",
            "binary_sensor.hallway_motion",
            "media_player.living_room_tv",
            "media_player.kitchen_speaker",
            "input_number.target_humidity",
            "input_text.greeting",
            "input_select.house_mode",
            "timer.laundry",
            "light.broken_lamp"),
        ids);
    for (Object state : states) {
      assertNotNull(JsonMaps.string(state, "state"));
      assertNotNull(JsonMaps.string(state, "attributes", "friendly_name"), state::toString);
      assertTrue(
          JsonMaps.string(state, "last_changed")
              .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00"));
      assertNotNull(JsonMaps.string(state, "last_updated"));
      assertNotNull(JsonMaps.string(state, "context", "id"));
    }
  }

  @Test
  void demoEntitiesCarryRealisticAttributes() {
    Map<String, Object> kitchen = demo.state("light.kitchen");
    assertEquals("on", kitchen.get("state"));
    assertEquals(180L, JsonMaps.at(kitchen, "attributes", "brightness"));
    assertEquals(3000L, JsonMaps.at(kitchen, "attributes", "color_temp_kelvin"));
    assertEquals(
        List.of("color_temp", "hs"), JsonMaps.at(kitchen, "attributes", "supported_color_modes"));
    assertEquals(2, JsonMaps.array(kitchen, "attributes", "hs_color").size());
    assertEquals(
        List.of("brightness"),
        JsonMaps.at(demo.state("light.living_room"), "attributes", "supported_color_modes"));
    assertNull(
        JsonMaps.at(demo.state("light.living_room"), "attributes", "brightness"),
        "off lights report null brightness");
    Map<String, Object> climate = demo.state("climate.living_room");
    assertEquals("heat", climate.get("state"));
    assertEquals(21.0, JsonMaps.number(climate, "attributes", "temperature"));
    assertEquals(20.5, JsonMaps.number(climate, "attributes", "current_temperature"));
    assertEquals(7.0, JsonMaps.number(climate, "attributes", "min_temp"));
    assertEquals(35.0, JsonMaps.number(climate, "attributes", "max_temp"));
    assertEquals(
        List.of("off", "heat", "cool", "auto", "heat_cool"),
        JsonMaps.at(climate, "attributes", "hvac_modes"));
    assertEquals("closed", demo.state("cover.garage_door").get("state"));
    assertEquals(
        0L, JsonMaps.at(demo.state("cover.garage_door"), "attributes", "current_position"));
    assertEquals("locked", demo.state("lock.front_door").get("state"));
    assertEquals("12.3", demo.state("sensor.outdoor_temperature").get("state"));
    assertEquals(
        "°C",
        JsonMaps.string(
            demo.state("sensor.outdoor_temperature"), "attributes", "unit_of_measurement"));
    assertEquals("-0.4", demo.state("sensor.freezer_temperature").get("state"));
    assertEquals(
        "°F",
        JsonMaps.string(
            demo.state("sensor.freezer_temperature"), "attributes", "unit_of_measurement"));
    assertEquals(
        "door",
        JsonMaps.string(demo.state("binary_sensor.front_door"), "attributes", "device_class"));
    assertEquals(
        "motion",
        JsonMaps.string(demo.state("binary_sensor.hallway_motion"), "attributes", "device_class"));
    assertEquals(
        0.3,
        JsonMaps.number(demo.state("media_player.living_room_tv"), "attributes", "volume_level"));
    assertEquals("unavailable", demo.state("light.broken_lamp").get("state"));
    assertEquals(
        "°C", JsonMaps.string(client.get("/api/config").json(), "unit_system", "temperature"));
  }

  @Test
  void singleStateAndUnknownEntity() {
    DemoClient.Answer kitchen = client.get("/api/states/light.kitchen");
    assertEquals(200, kitchen.status());
    assertEquals("light.kitchen", JsonMaps.string(kitchen.json(), "entity_id"));
    DemoClient.Answer missing = client.get("/api/states/light.nowhere");
    assertEquals(404, missing.status());
    assertEquals(Map.of("message", "Entity not found."), missing.json());
  }

  @Test
  void unknownPathsAndWrongMethods() {
    assertEquals(404, client.get("/api/nothing").status());
    assertEquals(405, client.get("/api/services/light/turn_on").status());
    assertEquals(405, client.post("/api/states", Map.of()).status());
    assertEquals(
        400,
        client
            .send("POST", "/api/services/light/turn_on", "{not json", Duration.ofSeconds(5))
            .status());
  }

  @Test
  void templatesRenderAreaEntitiesAndStatesAsPlainText() {
    DemoClient.Answer kitchen =
        client.post("/api/template", Map.of("template", "{{ area_entities('kitchen') | tojson }}"));
    assertEquals(200, kitchen.status());
    assertTrue(kitchen.contentType().startsWith("text/plain"), kitchen.contentType());
    assertEquals(
        "[\"light.kitchen\",\"switch.coffee_maker\",\"media_player.kitchen_speaker\"]",
        kitchen.body());
    assertEquals(
        List.of(
            "light.living_room",
            "climate.living_room",
            "media_player.living_room_tv",
            "fan.living_room",
            "cover.living_room_blinds"),
        client
            .post("/api/template", Map.of("template", "{{area_entities(\"Living Room\")|tojson}}"))
            .json());
    assertEquals(
        "[]",
        client
            .post("/api/template", Map.of("template", "{{ area_entities('garage') | tojson }}"))
            .body());
    assertEquals(
        "locked",
        client.post("/api/template", Map.of("template", "{{ states('lock.front_door') }}")).body());
    DemoClient.Answer other = client.post("/api/template", Map.of("template", "{{ now() }}"));
    assertEquals(400, other.status());
    assertTrue(JsonMaps.string(other.json(), "message").startsWith("Error rendering template"));
  }

  @Test
  void conversationEchoesTextAndKeepsOrCreatesTheConversationId() {
    DemoClient.Answer first =
        client.post(
            "/api/conversation/process", Map.of("text", "turn on the kitchen", "language", "en"));
    assertEquals(200, first.status());
    assertEquals(
        "You said: turn on the kitchen",
        JsonMaps.string(first.json(), "response", "speech", "plain", "speech"));
    String id = JsonMaps.string(first.json(), "conversation_id");
    assertNotNull(id);
    DemoClient.Answer second =
        client.post(
            "/api/conversation/process",
            Map.of("text", "and the living room", "conversation_id", id));
    assertEquals(id, JsonMaps.string(second.json(), "conversation_id"));
    assertEquals(400, client.post("/api/conversation/process", Map.of("language", "en")).status());
  }

  @Test
  void alexaSmartHomeEchoesCorrelationTokenAndEndpoint() {
    Map<String, Object> directive =
        Map.of(
            "directive",
            Map.of(
                "header",
                    Map.of(
                        "namespace",
                        "Alexa.PowerController",
                        "name",
                        "TurnOn",
                        "payloadVersion",
                        "3",
                        "messageId",
                        "m-1",
                        "correlationToken",
                        "corr-123"),
                "endpoint",
                    Map.of(
                        "scope",
                        Map.of("type", "BearerToken", "token", TOKEN),
                        "endpointId",
                        "light#kitchen"),
                "payload", Map.of()));
    DemoClient.Answer answer = client.post("/api/alexa/smart_home", directive);
    assertEquals(200, answer.status());
    assertEquals("Response", JsonMaps.string(answer.json(), "event", "header", "name"));
    assertEquals("corr-123", JsonMaps.string(answer.json(), "event", "header", "correlationToken"));
    assertEquals(
        "light#kitchen", JsonMaps.string(answer.json(), "event", "endpoint", "endpointId"));
    assertEquals(
        "ON",
        JsonMaps.string(JsonMaps.array(answer.json(), "context", "properties").get(0), "value"));

    Map<String, Object> discover =
        Map.of(
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
                        "m-2"),
                "payload", Map.of("scope", Map.of("type", "BearerToken", "token", TOKEN))));
    Object discovered = client.post("/api/alexa/smart_home", discover).json();
    assertEquals("Discover.Response", JsonMaps.string(discovered, "event", "header", "name"));
    assertEquals(1, JsonMaps.array(discovered, "event", "payload", "endpoints").size());
    assertEquals(400, client.post("/api/alexa/smart_home", Map.of("nothing", 1)).status());
  }

  // ---- failure injection -----------------------------------------------------------------

  @Test
  void injectedStatusIsAnsweredThenNormalServiceResumes() {
    demo.failNext(2, Failure.status(500, "{\"message\":\"boom\"}"));
    DemoClient.Answer first = client.get("/api/states/light.kitchen");
    DemoClient.Answer second =
        client.post("/api/services/light/turn_off", Map.of("entity_id", "light.kitchen"));
    DemoClient.Answer third = client.get("/api/states/light.kitchen");
    assertEquals(500, first.status());
    assertEquals("{\"message\":\"boom\"}", first.body());
    assertEquals(500, second.status());
    assertEquals("on", demo.state("light.kitchen").get("state"), "a failed call changes nothing");
    assertEquals(200, third.status());
    assertEquals(3, demo.requests().size());
  }

  @Test
  void injectedStatusWithDefaultBody() {
    demo.failNext(1, Failure.status(503));
    DemoClient.Answer answer = client.get("/api/");
    assertEquals(503, answer.status());
    assertNotNull(JsonMaps.string(answer.json(), "message"));
  }

  @Test
  void malformedJsonIsA200ThatDoesNotParse() {
    demo.failNext(1, Failure.MALFORMED_JSON);
    DemoClient.Answer answer = client.get("/api/states/light.kitchen");
    assertEquals(200, answer.status());
    assertThrows(MalformedJsonException.class, answer::json);
  }

  @Test
  void slowAnswersArriveLateOrTimeOut() {
    demo.failNext(1, Failure.slow(300));
    long started = System.nanoTime();
    assertEquals(200, client.get("/api/").status());
    assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(250));

    demo.failNext(1, Failure.slow(5_000));
    UncheckedIOException timeout =
        assertThrows(
            UncheckedIOException.class,
            () -> client.send("GET", "/api/", null, Duration.ofMillis(200)));
    assertTrue(timeout.getCause() instanceof HttpTimeoutException, timeout.getCause().toString());
  }

  @Test
  void droppedConnectionSendsNoBytesAtAll() throws IOException {
    demo.failNext(1, Failure.DROP_CONNECTION);
    try (Socket socket = new Socket("127.0.0.1", demo.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      assertEquals(-1, in.read(), "the connection is closed without a response");
    }
    assertEquals(1, demo.requests().size());
    assertEquals(200, client.get("/api/").status(), "only the next request is dropped");
  }

  @Test
  void closedDemoRefusesConnectionsAndClosesQuickly() {
    demo.failNext(1, Failure.slow(30_000));
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      Future<?> hanging =
          background.submit(() -> client.send("GET", "/api/", null, Duration.ofSeconds(30)));
      waitForRequests(1);
      assertTimeoutPreemptively(Duration.ofSeconds(5), demo::close);
      assertThrows(
          Exception.class, () -> hanging.get(10, TimeUnit.SECONDS), "the cut-off request fails");
    } finally {
      background.shutdownNow();
    }
    UncheckedIOException refused =
        assertThrows(UncheckedIOException.class, () -> client.get("/api/"));
    assertTrue(refused.getCause() instanceof ConnectException, refused.getCause().toString());
    demo.close(); // idempotent
  }

  @Test
  void concurrentServiceCallsAreAtomic() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<DemoClient.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        answers.add(
            pool.submit(
                () ->
                    client.post(
                        "/api/services/input_boolean/toggle",
                        Map.of("entity_id", "input_boolean.guest_mode"))));
      }
      for (Future<DemoClient.Answer> answer : answers) {
        assertEquals(200, answer.get(30, TimeUnit.SECONDS).status());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        "off",
        demo.state("input_boolean.guest_mode").get("state"),
        "40 toggles end where they began");
    assertEquals(40, demo.requests().size());
  }

  @Test
  void clearRequestsForgetsHistory() {
    client.get("/api/");
    demo.clearRequests();
    assertEquals(List.of(), demo.requests());
  }

  private void waitForRequests(int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (demo.requests().size() < count && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(count, demo.requests().size());
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object value) {
    return (List<Object>) value;
  }
}
