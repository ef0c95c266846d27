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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Home Assistant's own Alexa endpoint ({@code POST /api/alexa/smart_home}), canned: enough for
 * proxy-mode tests, which check that the function forwards the directive unchanged and passes the
 * answer back. Every answer is a schema-valid Alexa message that echoes the directive's {@code
 * correlationToken} (when it has one) and endpoint (scope included, as Home Assistant does): a
 * {@code Discover.Response} with the kitchen light, an {@code AcceptGrant.Response}, a {@code
 * StateReport}, or else an {@code Alexa.Response} reporting {@code powerState ON}.
 */
final class DemoAlexa {
  private DemoAlexa() {}

  static Map<String, Object> respond(Map<String, Object> request) {
    Map<String, Object> header = JsonMaps.object(request, "directive", "header");
    if (header == null
        || !(header.get("namespace") instanceof String namespace)
        || !(header.get("name") instanceof String name)) {
      throw new DemoBadRequest("Not an Alexa directive");
    }
    Map<String, Object> endpoint = JsonMaps.object(request, "directive", "endpoint");
    String correlationToken = JsonMaps.string(header, "correlationToken");
    return switch (namespace + "/" + name) {
      case "Alexa.Discovery/Discover" ->
          event(
              header("Alexa.Discovery", "Discover.Response", correlationToken),
              null,
              Map.of("endpoints", List.of(kitchenLight())),
              null);
      case "Alexa.Authorization/AcceptGrant" ->
          event(
              header("Alexa.Authorization", "AcceptGrant.Response", correlationToken),
              null,
              Map.of(),
              null);
      case "Alexa/ReportState" ->
          event(header("Alexa", "StateReport", correlationToken), endpoint, Map.of(), powerOn());
      default ->
          event(header("Alexa", "Response", correlationToken), endpoint, Map.of(), powerOn());
    };
  }

  private static Map<String, Object> event(
      Map<String, Object> header,
      Map<String, Object> endpoint,
      Map<String, Object> payload,
      List<Object> properties) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("header", header);
    if (endpoint != null) {
      Map<String, Object> echoed = new LinkedHashMap<>(endpoint);
      echoed.remove("cookie");
      event.put("endpoint", echoed);
    }
    event.put("payload", payload);
    Map<String, Object> response = new LinkedHashMap<>();
    if (properties != null) {
      response.put("context", Map.of("properties", properties));
    }
    response.put("event", event);
    return response;
  }

  private static Map<String, Object> header(
      String namespace, String name, String correlationToken) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("namespace", namespace);
    header.put("name", name);
    header.put("payloadVersion", "3");
    header.put("messageId", UUID.randomUUID().toString());
    if (correlationToken != null) {
      header.put("correlationToken", correlationToken);
    }
    return header;
  }

  private static List<Object> powerOn() {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("namespace", "Alexa.PowerController");
    property.put("name", "powerState");
    property.put("value", "ON");
    property.put("timeOfSample", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    property.put("uncertaintyInMilliseconds", 0L);
    return List.of(property);
  }

  private static Map<String, Object> kitchenLight() {
    Map<String, Object> power = new LinkedHashMap<>();
    power.put("type", "AlexaInterface");
    power.put("interface", "Alexa.PowerController");
    power.put("version", "3");
    power.put(
        "properties",
        Map.of(
            "supported",
            List.of(Map.of("name", "powerState")),
            "proactivelyReported",
            false,
            "retrievable",
            true));
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("endpointId", "light#kitchen");
    endpoint.put("manufacturerName", "Home Assistant");
    endpoint.put("friendlyName", "Kitchen Light");
    endpoint.put("description", "light.kitchen via Home Assistant");
    endpoint.put("displayCategories", List.of("LIGHT"));
    endpoint.put("cookie", Map.of());
    endpoint.put(
        "capabilities",
        List.of(Map.of("type", "AlexaInterface", "interface", "Alexa", "version", "3"), power));
    return endpoint;
  }
}
