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

import dev.suga.annotations.Cached;
import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.GatewayWarmup;
import dev.suga.annotations.HotPath;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.JsonMaps;
import java.util.Map;
import java.util.UUID;

/**
 * Alexa Smart Home API v3 directives (native mode): routes by namespace and name, reads and writes
 * Home Assistant through {@code home_assistant}, answers with Response, StateReport,
 * Discover.Response (via {@code alexa_discovery}), AcceptGrant.Response or a schema-valid
 * ErrorResponse. In proxy mode ({@code HA_MODE=proxy}) it forwards the directive unchanged. Never
 * throws.
 *
 * <p>Free tier ({@link FreeTierLevel}): at {@code REFUSE} every directive is answered
 * RATE_LIMIT_EXCEEDED; at {@code THROTTLE} control directives skip the follow-up state read
 * (non-critical work).
 *
 * <p>Metrics (count): {@code Directives} per directive, {@code Errors} per ErrorResponse, {@code
 * Discoveries} per Discover.Response. Logs name the directive and endpoint, never a token.
 */
@GatewayModule
public final class AlexaCore {
  static final String DIRECTIVES = "Directives";
  static final String ERRORS = "Errors";
  static final String DISCOVERIES = "Discoveries";

  /**
   * Handles one parsed Smart Home event ({@code {"directive": ...}}); returns the response
   * document.
   */
  @GatewayOperation
  @HotPath
  public Map<String, Object> handleDirective(Map<String, Object> event) {
    // What a failure is about (Failures.Context), as a flag: the enum is loaded only to map one.
    boolean aboutEntity = true;
    try {
      String messageId = JsonMaps.string(event, "directive", "header", "messageId");
      Gateway.loggingCorrelate(Gateway.lambdaRequestId(), messageId);
      Gateway.metricsCount(DIRECTIVES, 1);
      Directive directive = Directive.parse(event);
      FreeTierLevel freeTier = FreeTierLevel.now();
      if (freeTier == FreeTierLevel.REFUSE) {
        throw AlexaError.of(
            AlexaErrorType.RATE_LIMIT_EXCEEDED,
            "The function's monthly free-tier budget is used up");
      }
      Gateway.loggingInfo(
          "Directive "
              + directive.qualifiedName()
              + (Messages.validEndpointId(directive.endpointId())
                  ? " for " + directive.endpointId()
                  : ""));
      if (Settings.proxyMode()) {
        aboutEntity = false;
        return Proxy.forward(event, Settings.credential(directive.token()));
      }
      switch (directive.namespace()) {
        case "Alexa.Discovery":
          aboutEntity = false;
          return discover(directive);
        case "Alexa":
          require(directive, "ReportState");
          return ControlFlow.reportState(directive, Settings.credential(directive.token()));
        case "Alexa.Authorization":
          require(directive, "AcceptGrant");
          return Authorization.acceptGrant(directive);
        default:
          Controller controller = Controller.forNamespace(directive.namespace());
          if (controller == null || !controller.handles(directive.name())) {
            throw unsupported(directive);
          }
          return ControlFlow.control(
              controller,
              directive,
              Settings.credential(directive.token()),
              freeTier == FreeTierLevel.THROTTLE);
      }
    } catch (RuntimeException failure) {
      return fail(event, failure, aboutEntity);
    }
  }

  /**
   * A complete ErrorResponse for {@code directive} (may be null or partial): fresh messageId,
   * echoed correlationToken and endpointId when present.
   */
  @GatewayOperation
  public Map<String, Object> errorResponse(
      Map<String, Object> event, AlexaErrorType type, String message) {
    quietly(() -> Gateway.metricsCount(ERRORS, 1));
    quietly(() -> Gateway.loggingWarn("Answered " + type));
    return ErrorResponses.build(event, type, message, null, messageId());
  }

  /**
   * The Alexa scale of Home Assistant's unit system ({@code GET /api/config} {@code
   * unit_system.temperature}), Celsius when it names none. Cached for an hour: the unit system of a
   * home does not change.
   */
  @GatewayOperation
  @Cached(ttlSeconds = 3600)
  public String temperatureScale(String token) {
    String scale =
        Temperatures.scaleOfUnit(
            JsonMaps.string(Gateway.homeAssistantConfig(token), "unit_system", "temperature"));
    return scale != null ? scale : Temperatures.CELSIUS;
  }

  /**
   * SnapStart priming of the control path: the pure steps of a TurnOn (parse the directive, plan
   * the service call, the properties of the state after it, the answer, written as JSON) on a
   * made-up directive and state, so that a snapshot holds their classes loaded and initialized. No
   * I/O, no credential, nothing logged or counted; the module itself is not built.
   *
   * @return the answer's bytes (for tests)
   */
  public static byte[] primeControlPath() {
    Map<String, Object> event =
        JsonMaps.parseObject(
            JsonMaps.write(
                Map.of(
                    "directive",
                    Map.of(
                        "header",
                        Map.of(
                            "namespace", "Alexa.PowerController",
                            "name", "TurnOn",
                            "payloadVersion", "3",
                            "messageId", "priming",
                            "correlationToken", "priming"),
                        "endpoint",
                        Map.of("endpointId", "switch#priming"),
                        "payload",
                        Map.of()))));
    Directive directive = Directive.parse(event);
    Entity entity =
        Entity.of(
            JsonMaps.parseObject(
                JsonMaps.write(
                    Map.of(
                        "entity_id",
                        "switch.priming",
                        "state",
                        "on",
                        "attributes",
                        Map.of("friendly_name", "Priming")))),
            Temperatures.CELSIUS);
    Controller controller = Controller.forNamespace(directive.namespace());
    controller.plan(directive, entity);
    return JsonMaps.write(
        controller.respond(
            directive, entity, Capability.of(entity), "priming", "2026-01-01T00:00:00.000Z"));
  }

  private static Map<String, Object> discover(Directive directive) {
    require(directive, "Discover");
    String token = Settings.credential(directive.token());
    Map<String, Object> response =
        Messages.discoverResponse(
            Gateway.utilityMessageId(), Gateway.alexaDiscoveryDiscover(token));
    Gateway.metricsCount(DISCOVERIES, 1);
    return response;
  }

  private static void require(Directive directive, String name) {
    if (!name.equals(directive.name())) {
      throw unsupported(directive);
    }
  }

  private static AlexaError unsupported(Directive directive) {
    return AlexaError.invalidDirective(
        "Unsupported directive " + Directive.printable(directive.qualifiedName()));
  }

  /**
   * The ErrorResponse for {@code failure}; logs it (as an error when unexpected) and counts it.
   * Never throws.
   */
  private static Map<String, Object> fail(
      Map<String, Object> event, RuntimeException failure, boolean aboutEntity) {
    AlexaError error =
        Failures.toAlexa(failure, aboutEntity ? Failures.Context.ENTITY : Failures.Context.BRIDGE);
    if (Failures.unexpected(failure)) {
      quietly(
          () ->
              Gateway.loggingError(
                  "Answered " + error.type() + ": " + error.getMessage(), failure));
    } else {
      quietly(() -> Gateway.loggingWarn("Answered " + error.type() + ": " + error.getMessage()));
    }
    quietly(() -> Gateway.metricsCount(ERRORS, 1));
    return ErrorResponses.of(event, error, messageId());
  }

  private static String messageId() {
    try {
      return Gateway.utilityMessageId();
    } catch (RuntimeException failure) {
      return UUID.randomUUID().toString();
    }
  }

  /**
   * Runs logging or metrics work whose failure must not stop an answer (an error or an apology)
   * going out.
   */
  static void quietly(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException ignored) {
      // the answer must go out even when logging or metrics fail
    }
  }

  /**
   * Warm-up of an AOT-cache training run ({@code Gateway.train()}): the pure steps of a TurnOn for
   * a switch ({@link #primeControlPath()}) and for a dimmable colour light, on made-up directives
   * and states, so that the cache holds what a first TurnOn of either needs, a light's brightness,
   * colour and colour-temperature properties included (the training's own TurnOn is a switch's). No
   * I/O, no credential, nothing logged or counted.
   */
  @GatewayWarmup
  void warmUp() {
    primeControlPath();
    Map<String, Object> event =
        JsonMaps.parseObject(
            JsonMaps.write(
                Map.of(
                    "directive",
                    Map.of(
                        "header",
                        Map.of(
                            "namespace", "Alexa.PowerController",
                            "name", "TurnOn",
                            "payloadVersion", "3",
                            "messageId", "warm-up",
                            "correlationToken", "warm-up"),
                        "endpoint",
                        Map.of("endpointId", "light#warm_up"),
                        "payload",
                        Map.of()))));
    Map<String, Object> attributes =
        Map.of(
            "friendly_name", "Warm-up Light",
            "supported_color_modes", java.util.List.of("color_temp", "hs"),
            "color_mode", "hs",
            "brightness", 180L,
            "color_temp_kelvin", 3000L,
            "min_color_temp_kelvin", 2000L,
            "max_color_temp_kelvin", 6535L,
            "hs_color", java.util.List.of(27.8, 56.9),
            "supported_features", 40L);
    Directive directive = Directive.parse(event);
    Entity entity =
        Entity.of(
            JsonMaps.parseObject(
                JsonMaps.write(
                    Map.of("entity_id", "light.warm_up", "state", "on", "attributes", attributes))),
            Temperatures.CELSIUS);
    Controller controller = Controller.forNamespace(directive.namespace());
    controller.plan(directive, entity);
    JsonMaps.write(
        controller.respond(
            directive, entity, Capability.of(entity), "warm-up", "2026-01-01T00:00:00.000Z"));
  }
}
