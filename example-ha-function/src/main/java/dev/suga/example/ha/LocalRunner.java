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

import dev.suga.core.ConfigCore;
import dev.suga.core.LogSink;
import dev.suga.example.ha.demo.DemoEvents;
import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.json.JsonMaps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.HttpsURLConnection;

/**
 * Runs the function on a laptop, through the real {@link LambdaHandler}.
 *
 * <ul>
 *   <li>No arguments: starts the embedded demo Home Assistant on 127.0.0.1 (HTTPS, with a
 *       certificate made at start and trusted by this JVM only) and plays a scripted conversation
 *       (control first, then discovery, state reports, modes, ranges and volume steps, errors, the
 *       custom skill's conversation and operations, health), printing every response with its time
 *       and the requests it made to Home Assistant and, at the end, the gateway's statistics. Watch
 *       which modules are loaded after the first TurnOn: discovery is not among them.
 *   <li>{@code --event FILE}: sends one event file to the handler, configured by the real
 *       environment (HA_BASE_URL, HA_TOKEN, ...), e.g. against your own Home Assistant.
 * </ul>
 */
public final class LocalRunner {
  private static final String DEMO_TOKEN = "demo-long-lived-token";

  private final PrintStream out;
  private final LambdaHandler handler = new LambdaHandler();
  private int invocation;
  private DemoHomeAssistant demo;

  LocalRunner(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    LocalRunner runner = new LocalRunner(System.out);
    if (args.length == 2 && args[0].equals("--event")) {
      runner.runEventFile(Path.of(args[1]));
    } else if (args.length == 0) {
      runner.runDemo();
    } else {
      System.err.println("usage: LocalRunner [--event FILE]");
      System.exit(2);
    }
  }

  void runEventFile(Path file) throws IOException {
    byte[] response = invokeRaw(Files.readAllBytes(file));
    out.println(JsonMaps.writePretty(JsonMaps.parse(response)));
  }

  void runDemo() throws IOException {
    try (DemoHomeAssistant demo = DemoHomeAssistant.startHttps(DEMO_TOKEN)) {
      this.demo = demo;
      // HTTPS, as a deployment should use: the function's client then turns Nagle off on its
      // sockets, which the JDK cannot do for plain HTTP, so a POST's body does not wait ~40 ms for
      // the ACK of its headers. The client verifies the demo's throwaway certificate; the JDK's
      // HTTPS client takes its default socket factory once, so this runs before the first event
      // of the JVM (the README's command starts a fresh one).
      HttpsURLConnection.setDefaultSSLSocketFactory(demo.clientSocketFactory());
      Map<String, String> environment = new HashMap<>();
      environment.put("HA_BASE_URL", demo.baseUrl());
      environment.put("LOG_LEVEL", "WARN");
      environment.put("DIAGNOSTICS_TOKEN", "demo-diagnostics-token");
      ConfigCore.override(environment);
      LogSink.redirect(line -> {}); // the demo prints responses; logs and metrics would drown them
      out.println(
          "SUGA example: Alexa <-> Home Assistant, against a demo Home Assistant at "
              + demo.baseUrl());
      DemoEvents events = new DemoEvents();

      step(
          "Alexa, turn on the living room light (the first event of this JVM)",
          events.directive(
              "Alexa.PowerController",
              "TurnOn",
              "light#living_room",
              DEMO_TOKEN,
              DemoEvents.none()));
      out.println(
          "   loaded modules after one TurnOn: "
              + loadedModules()
              + "   (no alexa_discovery: it is built only when a Discover arrives)");
      step(
          "Alexa, set the kitchen light to 40 %",
          events.directive(
              "Alexa.BrightnessController",
              "SetBrightness",
              "light#kitchen",
              DEMO_TOKEN,
              DemoEvents.value("brightness", 40)));
      step("Alexa, discover devices", events.discover(DEMO_TOKEN));
      out.println("   loaded modules now: " + loadedModules());
      step(
          "Alexa, lock the front door",
          events.directive(
              "Alexa.LockController", "Lock", "lock#front_door", DEMO_TOKEN, DemoEvents.none()));
      step(
          "Alexa, set the living room to 22 degrees",
          events.directive(
              "Alexa.ThermostatController",
              "SetTargetTemperature",
              "climate#living_room",
              DEMO_TOKEN,
              DemoEvents.value("targetSetpoint", Map.of("value", 22.0, "scale", "CELSIUS"))));
      step(
          "What is the kitchen light's state? (ReportState)",
          events.directive("Alexa", "ReportState", "light#kitchen", DEMO_TOKEN, DemoEvents.none()));
      step(
          "Alexa, open the garage door (ModeController: garage doors are opened, not turned on)",
          events.directive(
              "Alexa.ModeController",
              "SetMode",
              "Cover.Position",
              "cover#garage_door",
              DEMO_TOKEN,
              DemoEvents.value("mode", "Position.Open")));
      step(
          "Alexa, set the living room fan to sleep (ModeController: a fan preset)",
          events.directive(
              "Alexa.ModeController",
              "SetMode",
              "Fan.Preset",
              "fan#living_room",
              DEMO_TOKEN,
              DemoEvents.value("mode", "Preset.sleep")));
      step(
          "Alexa, set target humidity to 50 (RangeController: an input_number)",
          events.directive(
              "Alexa.RangeController",
              "SetRangeValue",
              "InputNumber.Value",
              "input_number#target_humidity",
              DEMO_TOKEN,
              DemoEvents.value("rangeValue", 50)));
      step(
          "Alexa, turn up the kitchen speaker by two (StepSpeaker: it has no volume level)",
          events.directive(
              "Alexa.StepSpeaker",
              "AdjustVolume",
              "media_player#kitchen_speaker",
              DEMO_TOKEN,
              Map.of("volumeSteps", 2, "volumeStepsDefault", false)));
      step(
          "Error: a device Home Assistant does not have",
          events.directive(
              "Alexa.PowerController", "TurnOn", "light#attic", DEMO_TOKEN, DemoEvents.none()));
      step(
          "Error: brightness out of range",
          events.directive(
              "Alexa.BrightnessController",
              "SetBrightness",
              "light#kitchen",
              DEMO_TOKEN,
              DemoEvents.value("brightness", 140)));
      step(
          "Error: a device that is unavailable",
          events.directive(
              "Alexa.PowerController",
              "TurnOn",
              "light#broken_lamp",
              DEMO_TOKEN,
              DemoEvents.none()));
      step(
          "Error: a token Home Assistant rejects",
          events.directive(
              "Alexa.PowerController",
              "TurnOff",
              "light#kitchen",
              "not-a-valid-token",
              DemoEvents.none()));
      Map<String, Object> skill =
          step(
              "Custom skill: \"ask home assistant to turn off the coffee maker\"",
              events.skillIntent(DEMO_TOKEN, "turn off the coffee maker", Map.of()));
      Object attributes = skill.get("sessionAttributes");
      @SuppressWarnings("unchecked")
      Map<String, Object> session =
          attributes instanceof Map ? (Map<String, Object>) attributes : Map.of();
      step(
          "Custom skill, same conversation: \"and the kitchen light\"",
          events.skillIntent(DEMO_TOKEN, "and the kitchen light", session));
      step(
          "Custom skill: \"ask home assistant to run good morning\" (RunScriptIntent)",
          events.skillIntent(
              DEMO_TOKEN, "RunScriptIntent", Map.of("script", "good morning"), Map.of()));
      step(
          "Custom skill: \"ask home assistant to turn off the kitchen\" (AreaPowerIntent)",
          events.skillIntent(
              DEMO_TOKEN, "AreaPowerIntent", Map.of("power", "off", "area", "kitchen"), Map.of()));
      step("GET /health (Function URL)", events.http("GET", "/health", Map.of()));

      out.println();
      out.println("== Gateway statistics after " + invocation + " invocations ==");
      out.println(Gateway.statistics().report());
      out.println("Loaded modules: " + loadedModules());
    } finally {
      LogSink.redirect(null);
      ConfigCore.override(null);
    }
  }

  private Map<String, Object> step(String title, Map<String, Object> event) {
    out.println();
    out.println("-- " + (++invocation) + ". " + title);
    byte[] bytes = JsonMaps.write(event);
    int before = demo.requests().size();
    long start = System.nanoTime();
    byte[] answer = invokeRaw(bytes);
    long micros = (System.nanoTime() - start) / 1000;
    Map<String, Object> response = JsonMaps.parseObject(answer);
    out.println(JsonMaps.writePretty(summary(response)));
    java.util.List<DemoHomeAssistant.Recorded> requests = demo.requests();
    out.println("   " + timing(micros, requests.subList(before, requests.size())));
    return response;
  }

  /**
   * How long the handler took for one event, and the requests it made to Home Assistant: {@code 3.1
   * ms, 2 requests to Home Assistant (GET /api/states/light.kitchen, POST
   * /api/services/light/turn_on)}. The time includes those requests (loopback HTTP).
   */
  private static String timing(long micros, java.util.List<DemoHomeAssistant.Recorded> requests) {
    String time = String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0);
    if (requests.isEmpty()) {
      return time + ", no request to Home Assistant";
    }
    return time
        + ", "
        + requests.size()
        + (requests.size() == 1 ? " request" : " requests")
        + " to Home Assistant ("
        + requests.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * The whole response, except that a Discover.Response's endpoints are abridged to their id,
   * categories and interfaces (the full capability objects run to hundreds of lines).
   */
  private static Object summary(Map<String, Object> response) {
    Object endpoints = JsonMaps.at(response, "event", "payload", "endpoints");
    if (!(endpoints instanceof java.util.List<?> list)) {
      return response;
    }
    java.util.List<Object> abridged = new java.util.ArrayList<>();
    for (Object endpoint : list) {
      if (endpoint instanceof Map<?, ?> map) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("endpointId", map.get("endpointId"));
        line.put("displayCategories", map.get("displayCategories"));
        if (map.get("capabilities") instanceof java.util.List<?> capabilities) {
          line.put(
              "interfaces",
              capabilities.stream()
                  .map(c -> c instanceof Map<?, ?> m ? String.valueOf(m.get("interface")) : "?")
                  .collect(Collectors.joining(", ")));
        }
        abridged.add(line);
      }
    }
    Map<String, Object> copy = JsonMaps.parseObject(JsonMaps.write(response));
    JsonMaps.object(copy, "event", "payload").put("endpoints", abridged);
    return copy;
  }

  private static String loadedModules() {
    return Gateway.loadedInterfaces().stream()
        .map(Gateway.Interface::id)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private byte[] invokeRaw(byte[] event) {
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(event), response, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return response.toByteArray();
  }
}
