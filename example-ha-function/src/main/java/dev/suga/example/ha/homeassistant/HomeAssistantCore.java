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

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.core.Printable;
import dev.suga.core.security.SecurityCore;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.homeassistant.HomeAssistantException.Kind;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Home Assistant REST API ({@code HA_BASE_URL}, e.g. {@code https://ha.example.com:8123}):
 * every call goes through {@code circuit_breaker} and {@code http_client} with the caller's bearer
 * token, validates entity ids and service names before they reach a URL, and turns every failure
 * into a {@link HomeAssistantException} of the right kind. State objects are Home Assistant's JSON
 * ({@code entity_id}, {@code state}, {@code attributes}, {@code last_changed}, ...) as parsed maps.
 *
 * <p>Failure kinds: no {@code HA_BASE_URL} or no token -> NOT_CONFIGURED; an invalid entity id ->
 * NOT_FOUND; an invalid service name, area name or helper value -> REJECTED (nothing is sent);
 * circuit open, connection refused, timeout or dropped connection -> UNREACHABLE; 401/403 ->
 * UNAUTHORIZED; 404 -> NOT_FOUND; 429 -> RATE_LIMITED; other 4xx -> REJECTED; 5xx and unparsable
 * answers -> BAD_RESPONSE. An entity whose state is {@code unavailable} is returned as is: the
 * Alexa layer decides what that means. The actual request pipeline is {@link HomeAssistantRest}.
 */
@GatewayModule
public final class HomeAssistantCore {
  /**
   * The input checks of areas, durations and helper values, compiled on first use (holder idiom):
   * the control path (a TurnOn reads a state and calls a service) needs none of them, and five
   * regular expressions cost a cold JVM a few milliseconds to compile.
   */
  private static final class Patterns {
    /**
     * Jinja would read a quote, brace, backslash or control character as syntax: such names are
     * refused.
     */
    static final Pattern SAFE_AREA = Pattern.compile("[^'\"{}\\\\%#\\p{Cntrl}]{1,100}");

    /** Home Assistant's duration forms: seconds, {@code H:MM} or {@code H:MM:SS}. */
    static final Pattern DURATION = Pattern.compile("\\d{1,6}|\\d{1,4}:[0-5]?\\d(:[0-5]?\\d)?");

    static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d(:\\d\\d)?");
    static final Pattern DATE_TIME =
        Pattern.compile("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d)?");

    private Patterns() {}
  }

  private static final List<String> TIMER_ACTIONS = List.of("start", "pause", "cancel", "finish");

  /** Longest entity id accepted; Home Assistant's own limit is far below it. */
  static final int MAX_ENTITY_ID_LENGTH = 255;

  /** {@code GET /api/states/<entityId>}. */
  @GatewayOperation
  public Map<String, Object> state(String token, String entityId) {
    String path = "/api/states/" + checkedEntityId(entityId);
    Map<String, Object> state = JsonMaps.object(HomeAssistantRest.getJson(token, path));
    if (state == null || JsonMaps.string(state, "state") == null) {
      throw HomeAssistantRest.unexpected("a state object", "GET", path);
    }
    return state;
  }

  /** {@code GET /api/states}. */
  @GatewayOperation
  public List<Map<String, Object>> allStates(String token) {
    return stateList(HomeAssistantRest.getJson(token, "/api/states"), "GET", "/api/states");
  }

  /**
   * {@code GET /api/states} as Home Assistant sent it, unparsed: for a caller that reads only what
   * it needs with a mapper of its own (discovery, {@code alexa_discovery}, binds each state to a
   * record and drops the rest). Malformed JSON is the caller's to report, as {@link
   * HomeAssistantException.Kind#BAD_RESPONSE}.
   */
  @GatewayOperation
  public byte[] allStatesJson(String token) {
    return HomeAssistantRest.get(token, "/api/states");
  }

  /**
   * {@code POST /api/services/<domain>/<service>} with {@code data}; returns the changed states.
   */
  @GatewayOperation
  public List<Map<String, Object>> callService(
      String token, String domain, String service, Map<String, Object> data) {
    String path = servicePath(domain, service);
    Object answer = HomeAssistantRest.postJson(token, path, data == null ? Map.of() : data);
    return stateList(answer, "POST", path);
  }

  /** {@code POST /api/template}: renders a Jinja template, returns the text. */
  @GatewayOperation
  public String renderTemplate(String token, String template) {
    if (template == null || template.isBlank()) {
      throw new HomeAssistantException(Kind.REJECTED, "an empty template cannot be rendered");
    }
    byte[] text =
        HomeAssistantRest.post(
            token, "/api/template", JsonMaps.write(Map.of("template", template)));
    return new String(text, StandardCharsets.UTF_8);
  }

  /** The entity ids of an area, via the {@code area_entities} template function. */
  @GatewayOperation
  public List<String> areaEntities(String token, String area) {
    if (area == null || !Patterns.SAFE_AREA.matcher(area).matches() || area.isBlank()) {
      throw new HomeAssistantException(
          Kind.REJECTED,
          "an area name must be 1-100 characters without quotes, braces, backslashes, % or #");
    }
    String rendered = renderTemplate(token, "{{ area_entities('" + area.strip() + "') | tojson }}");
    Object parsed;
    try {
      parsed = JsonMaps.parse(rendered);
    } catch (RuntimeException e) {
      if (!(e instanceof MalformedJsonException)) { // not a catch clause: see HomeAssistantRest
        throw e;
      }
      throw new HomeAssistantException(
          Kind.BAD_RESPONSE, "area_entities did not render as JSON", e);
    }
    if (!(parsed instanceof List<?> list)) {
      throw HomeAssistantRest.unexpected("a JSON list of entity ids", "POST", "/api/template");
    }
    List<String> ids = new ArrayList<>(list.size());
    for (Object id : list) {
      if (!(id instanceof String s)) {
        throw HomeAssistantRest.unexpected("a JSON list of entity ids", "POST", "/api/template");
      }
      ids.add(s);
    }
    return ids;
  }

  /** {@code automation.trigger} for an {@code automation.*} entity. */
  @GatewayOperation
  public void triggerAutomation(String token, String entityId) {
    callService(token, "automation", "trigger", target(checkedEntityId(entityId, "automation")));
  }

  /** {@code script.turn_on} for a {@code script.*} entity, with variables. */
  @GatewayOperation
  public void runScript(String token, String entityId, Map<String, Object> variables) {
    Map<String, Object> data = target(checkedEntityId(entityId, "script"));
    if (variables != null && !variables.isEmpty()) {
      data.put("variables", variables);
    }
    callService(token, "script", "turn_on", data);
  }

  /**
   * Sets an input helper: {@code input_boolean} (true/false), {@code input_number} (number), {@code
   * input_text}, {@code input_select} (option), {@code input_datetime}.
   */
  @GatewayOperation
  public void setInput(String token, String entityId, Object value) {
    String id = checkedEntityId(entityId);
    InputCall call = InputCall.of(id, value);
    callService(token, call.domain(), call.service(), call.data());
  }

  /** {@code notify.<service>} with a message and optional title. */
  @GatewayOperation
  public void notify(String token, String service, String message, String title) {
    String path = servicePath("notify", service);
    if (message == null || message.isBlank()) {
      throw new HomeAssistantException(Kind.REJECTED, "a notification needs a message");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("message", message);
    if (title != null && !title.isBlank()) {
      data.put("title", title);
    }
    stateList(HomeAssistantRest.postJson(token, path, data), "POST", path);
  }

  /**
   * {@code timer.start|pause|cancel|finish} for a {@code timer.*} entity; {@code duration} like
   * "00:05:00" for start.
   */
  @GatewayOperation
  public void timer(String token, String entityId, String action, String duration) {
    Map<String, Object> data = target(checkedEntityId(entityId, "timer"));
    if (action == null || !TIMER_ACTIONS.contains(action)) {
      throw new HomeAssistantException(Kind.REJECTED, "a timer action is one of " + TIMER_ACTIONS);
    }
    if (duration != null && !duration.isBlank()) {
      if (!"start".equals(action)) {
        throw new HomeAssistantException(Kind.REJECTED, "only timer.start takes a duration");
      }
      if (!Patterns.DURATION.matcher(duration.strip()).matches()) {
        throw new HomeAssistantException(Kind.REJECTED, "a timer duration looks like 00:05:00");
      }
      data.put("duration", duration.strip());
    }
    callService(token, "timer", action, data);
  }

  /**
   * {@code POST /api/conversation/process}: returns Home Assistant's answer: {@code speech} (plain
   * text; null when the agent answered only in SSML), {@code ssml} (when it did), and {@code
   * conversation_id}, plus {@code continue_conversation} (whether Home Assistant expects an answer;
   * false when it does not say).
   */
  @GatewayOperation
  public Map<String, Object> conversation(
      String token, String text, String conversationId, String language) {
    if (text == null || text.isBlank()) {
      throw new HomeAssistantException(Kind.REJECTED, "nothing to say to Home Assistant");
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("text", text);
    if (language != null && !language.isBlank()) {
      request.put("language", language);
    }
    if (conversationId != null && !conversationId.isBlank()) {
      request.put("conversation_id", conversationId);
    }
    String path = "/api/conversation/process";
    Object answer = HomeAssistantRest.postJson(token, path, request);
    String speech = JsonMaps.string(answer, "response", "speech", "plain", "speech");
    String ssml = JsonMaps.string(answer, "response", "speech", "ssml", "speech");
    if (speech == null && ssml == null) {
      throw HomeAssistantRest.unexpected(
          "a conversation response with plain or SSML speech", "POST", path);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("speech", speech);
    if (ssml != null) {
      result.put("ssml", ssml);
    }
    result.put("conversation_id", JsonMaps.string(answer, "conversation_id"));
    result.put(
        "continue_conversation", Boolean.TRUE.equals(JsonMaps.at(answer, "continue_conversation")));
    return result;
  }

  /**
   * {@code GET /api/}: whether Home Assistant answers with this token (health checks). False when
   * it cannot be reached, refuses the token, or answers wrongly; NOT_CONFIGURED is still thrown,
   * because that is the operator's problem, not Home Assistant's.
   */
  @GatewayOperation
  public boolean ping(String token) {
    try {
      return JsonMaps.string(HomeAssistantRest.getJson(token, "/api/"), "message") != null;
    } catch (HomeAssistantException e) {
      if (e.kind() == Kind.NOT_CONFIGURED) {
        throw e;
      }
      return false;
    }
  }

  /**
   * {@code GET /api/config}: location, version and the unit system (climate temperatures are in
   * {@code unit_system.temperature}).
   */
  @GatewayOperation
  public Map<String, Object> config(String token) {
    Map<String, Object> config = JsonMaps.object(HomeAssistantRest.getJson(token, "/api/config"));
    if (config == null) {
      throw HomeAssistantRest.unexpected("a configuration object", "GET", "/api/config");
    }
    return config;
  }

  /**
   * Proxy mode: {@code POST /api/alexa/smart_home} with the unchanged directive; returns Home
   * Assistant's response bytes (which it builds itself).
   */
  @GatewayOperation
  public byte[] forwardSmartHome(String token, byte[] directive) {
    if (directive == null || directive.length == 0) {
      throw new HomeAssistantException(Kind.REJECTED, "no directive to forward");
    }
    byte[] answer = HomeAssistantRest.post(token, "/api/alexa/smart_home", directive);
    if (answer.length == 0) {
      throw HomeAssistantRest.unexpected(
          "an Alexa response (it is empty)", "POST", "/api/alexa/smart_home");
    }
    return answer;
  }

  // ---- validation ---------------------------------------------------------------------------

  /**
   * Whether {@code entityId} is {@code domain.object_id} in Home Assistant's alphabet: both parts
   * non-empty {@code [a-z0-9_]+} ({@code security}'s safe segments), exactly one dot, at most 255
   * characters. Checked before an id reaches a URL; Home Assistant's own limit is far below.
   */
  @GatewayOperation
  public boolean validEntityId(String entityId) {
    return isEntityId(entityId);
  }

  private static boolean isEntityId(String entityId) {
    if (entityId == null || entityId.length() > MAX_ENTITY_ID_LENGTH) {
      return false;
    }
    int dot = entityId.indexOf('.');
    return dot > 0
        && SecurityCore.segment(entityId, 0, dot)
        && SecurityCore.segment(entityId, dot + 1, entityId.length());
  }

  /**
   * Whether {@code domain} and {@code service} are safe path segments ({@code
   * security.safe_segment}).
   */
  @GatewayOperation
  public boolean validService(String domain, String service) {
    return Gateway.securitySafeSegment(domain) && Gateway.securitySafeSegment(service);
  }

  /**
   * {@code entityId} if it is a valid entity id; NOT_FOUND otherwise (no such entity can exist).
   */
  static String checkedEntityId(String entityId) {
    if (!isEntityId(entityId)) {
      throw new HomeAssistantException(
          Kind.NOT_FOUND, "not a valid entity id: " + Printable.of(entityId));
    }
    return entityId;
  }

  /** {@code entityId} if it is a valid entity id of {@code domain}; REJECTED for another domain. */
  private static String checkedEntityId(String entityId, String domain) {
    String id = checkedEntityId(entityId);
    if (!id.startsWith(domain + ".")) {
      throw new HomeAssistantException(Kind.REJECTED, id + " is not a " + domain + " entity");
    }
    return id;
  }

  private static String servicePath(String domain, String service) {
    if (domain == null || service == null || !Gateway.homeAssistantValidService(domain, service)) {
      throw new HomeAssistantException(
          Kind.REJECTED,
          "not a valid service name: " + Printable.of(domain) + "." + Printable.of(service));
    }
    return "/api/services/" + domain + "/" + service;
  }

  private static Map<String, Object> target(String entityId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("entity_id", entityId);
    return data;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> stateList(Object answer, String method, String path) {
    if (!(answer instanceof List<?> list)) {
      throw HomeAssistantRest.unexpected("a list of states", method, path);
    }
    for (Object element : list) {
      if (!(element instanceof Map)) {
        throw HomeAssistantRest.unexpected("a list of states", method, path);
      }
    }
    return (List<Map<String, Object>>) list;
  }

  /**
   * Which service sets an input helper, and with which data: chosen from the entity's domain and
   * the value.
   */
  private record InputCall(String domain, String service, Map<String, Object> data) {
    static InputCall of(String entityId, Object value) {
      String domain = entityId.substring(0, entityId.indexOf('.'));
      Map<String, Object> data = target(entityId);
      switch (domain) {
        case "input_boolean" -> {
          Boolean on =
              value instanceof Boolean b
                  ? b
                  : "true".equals(value) || "on".equals(value)
                      ? Boolean.TRUE
                      : "false".equals(value) || "off".equals(value) ? Boolean.FALSE : null;
          if (on == null) {
            throw rejected(entityId, "true or false");
          }
          return new InputCall(domain, on ? "turn_on" : "turn_off", data);
        }
        case "input_number" -> {
          Number number = value instanceof Number n ? n : parseNumber(value);
          if (number == null
              || Double.isNaN(number.doubleValue())
              || Double.isInfinite(number.doubleValue())) {
            throw rejected(entityId, "a number");
          }
          data.put("value", number);
          return new InputCall(domain, "set_value", data);
        }
        case "input_text" -> {
          if (!(value instanceof String text)) {
            throw rejected(entityId, "a text");
          }
          data.put("value", text);
          return new InputCall(domain, "set_value", data);
        }
        case "input_select" -> {
          if (!(value instanceof String option) || option.isEmpty()) {
            throw rejected(entityId, "one of its options");
          }
          data.put("option", option);
          return new InputCall(domain, "select_option", data);
        }
        case "input_datetime" -> {
          String text = value instanceof String s ? s.strip() : "";
          if (Patterns.DATE_TIME.matcher(text).matches()) {
            data.put("datetime", text.replace('T', ' '));
          } else if (Patterns.DATE.matcher(text).matches()) {
            data.put("date", text);
          } else if (Patterns.TIME.matcher(text).matches()) {
            data.put("time", text);
          } else {
            throw rejected(entityId, "a date (2024-05-30), a time (07:30:00) or both");
          }
          return new InputCall(domain, "set_datetime", data);
        }
        default ->
            throw new HomeAssistantException(Kind.REJECTED, entityId + " is not an input helper");
      }
    }

    private static Number parseNumber(Object value) {
      if (!(value instanceof String text)) {
        return null;
      }
      try {
        return Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static HomeAssistantException rejected(String entityId, String expected) {
      return new HomeAssistantException(Kind.REJECTED, entityId + " takes " + expected);
    }
  }
}
