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
package dev.suga.coldstart.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.function.context.MessageRoutingCallback;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * A Spring Cloud Function application for the AWS adapter: two functions, {@code turnOn}
 * (Alexa.PowerController) and {@code discover} (Alexa.Discovery), behind Spring's {@code
 * functionRouter}; a {@link MessageRoutingCallback} picks the function from the directive's
 * namespace.
 */
@SpringBootApplication
public class AlexaApplication {
  public static void main(String[] args) {
    SpringApplication.run(AlexaApplication.class, args);
  }

  @Bean
  public MessageRoutingCallback directiveRouter(ObjectMapper mapper) {
    return new MessageRoutingCallback() {
      @Override
      public String routingResult(Message<?> message) {
        Object payload = message.getPayload();
        try {
          JsonNode event =
              payload instanceof byte[]
                  ? mapper.readTree((byte[]) payload)
                  : mapper.valueToTree(payload);
          String namespace = event.path("directive").path("header").path("namespace").asText();
          return "Alexa.Discovery".equals(namespace) ? "discover" : "turnOn";
        } catch (IOException malformed) {
          throw new UncheckedIOException(malformed);
        }
      }
    };
  }

  @Bean
  public Function<Map<String, Object>, Map<String, Object>> turnOn(
      HomeAssistant homeAssistant, AlexaMessages messages) {
    return event -> {
      Map<String, Object> directive = AlexaMessages.object(event.get("directive"));
      Map<String, Object> header = AlexaMessages.object(directive.get("header"));
      Map<String, Object> endpoint = AlexaMessages.object(directive.get("endpoint"));
      String name = (String) header.get("name");
      if (!"Alexa.PowerController".equals(header.get("namespace"))
          || !("TurnOn".equals(name) || "TurnOff".equals(name))) {
        return messages.error(directive, "INVALID_DIRECTIVE", "unsupported directive");
      }
      String endpointId = (String) endpoint.get("endpointId");
      String token = (String) AlexaMessages.object(endpoint.get("scope")).get("token");
      int hash = endpointId == null ? -1 : endpointId.indexOf('#');
      if (hash <= 0 || token == null) {
        return messages.error(directive, "NO_SUCH_ENDPOINT", "unknown endpoint");
      }
      boolean on = "TurnOn".equals(name);
      String entityId = endpointId.replace('#', '.');
      String state = null;
      try {
        for (JsonNode entity :
            homeAssistant.callService(
                endpointId.substring(0, hash), on ? "turn_on" : "turn_off", entityId, token)) {
          if (entityId.equals(entity.path("entity_id").asText())) {
            state = entity.path("state").asText();
          }
        }
      } catch (IOException unreachable) {
        return messages.error(directive, "ENDPOINT_UNREACHABLE", "Home Assistant did not answer");
      }
      if (state == null) {
        state = on ? "on" : "off";
      }
      Map<String, Object> answer = messages.response(directive, "Alexa", "Response");
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("namespace", "Alexa.PowerController");
      property.put("name", "powerState");
      property.put("value", "on".equals(state) ? "ON" : "OFF");
      property.put("timeOfSample", messages.now());
      property.put("uncertaintyInMilliseconds", 500);
      answer.put("context", Map.of("properties", List.of(property)));
      return answer;
    };
  }

  @Bean
  public Function<Map<String, Object>, Map<String, Object>> discover(
      HomeAssistant homeAssistant, AlexaMessages messages) {
    return event -> {
      Map<String, Object> directive = AlexaMessages.object(event.get("directive"));
      String token =
          (String)
              AlexaMessages.object(AlexaMessages.object(directive.get("payload")).get("scope"))
                  .get("token");
      List<Map<String, Object>> endpoints = new ArrayList<>();
      try {
        for (JsonNode state : homeAssistant.states(token)) {
          String entityId = state.path("entity_id").asText();
          if (entityId.startsWith("light.") || entityId.startsWith("switch.")) {
            Map<String, Object> endpoint = new LinkedHashMap<>();
            endpoint.put("endpointId", entityId.replace('.', '#'));
            endpoint.put(
                "friendlyName", state.path("attributes").path("friendly_name").asText(entityId));
            endpoint.put("description", "Home Assistant " + entityId);
            endpoint.put("manufacturerName", "Home Assistant");
            endpoint.put(
                "displayCategories", List.of(entityId.startsWith("light.") ? "LIGHT" : "SWITCH"));
            endpoint.put(
                "capabilities",
                List.of(
                    Map.of("type", "AlexaInterface", "interface", "Alexa", "version", "3"),
                    Map.of(
                        "type",
                        "AlexaInterface",
                        "interface",
                        "Alexa.PowerController",
                        "version",
                        "3",
                        "properties",
                        Map.of(
                            "supported",
                            List.of(Map.of("name", "powerState")),
                            "retrievable",
                            true,
                            "proactivelyReported",
                            false))));
            endpoints.add(endpoint);
          }
        }
      } catch (IOException unreachable) {
        return messages.error(directive, "BRIDGE_UNREACHABLE", "Home Assistant did not answer");
      }
      Map<String, Object> answer =
          messages.response(directive, "Alexa.Discovery", "Discover.Response");
      AlexaMessages.object(answer.get("event")).put("payload", Map.of("endpoints", endpoints));
      return answer;
    };
  }
}
