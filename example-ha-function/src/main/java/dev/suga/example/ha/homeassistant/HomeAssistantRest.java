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

import dev.suga.core.http.HttpFailure;
import dev.suga.core.http.HttpRequest;
import dev.suga.core.http.HttpResult;
import dev.suga.example.ha.BridgeSettings;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.homeassistant.HomeAssistantException.Kind;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One request to the Home Assistant REST API, the same way every time: base URL from config, a
 * credential, the core's {@code http_client} with the limits of the {@code HA_*} settings and the
 * {@value #DEPENDENCY} circuit breaker, and the mapping of every outcome to a {@link
 * HomeAssistantException} kind.
 *
 * <p>The breaker only counts transport failures and 5xx ({@code http_client} decides that for every
 * dependency): a 401, 404 or 400 proves Home Assistant is up and answering; opening the circuit on
 * them would turn one user's bad token or one unknown entity into an outage for every request.
 *
 * <p>Settings, read on each request: {@code HA_CONNECT_TIMEOUT_MS} (2000), {@code
 * HA_READ_TIMEOUT_MS} (5000), {@code HA_MAX_RETRIES} (2, reads only), {@code HA_VERIFY_TLS} (true).
 * The {@code HaLatency} metric adds up each request's time, retries included.
 *
 * <p>Callers pass only paths built from validated names. Messages name the method and path, never
 * the token (nor the token-bearing request).
 */
final class HomeAssistantRest {
  /** The dependency name of Home Assistant's circuit breaker. */
  public static final String DEPENDENCY = "home_assistant";

  /** The metric that adds up the time of the requests to Home Assistant (the harness reads it). */
  static final String LATENCY_METRIC = "HaLatency";

  static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = BridgeSettings.DEFAULT_CONNECT_TIMEOUT_MS;
  static final long DEFAULT_READ_TIMEOUT_MILLIS = BridgeSettings.DEFAULT_READ_TIMEOUT_MS;
  static final long DEFAULT_MAX_RETRIES = BridgeSettings.DEFAULT_MAX_RETRIES;
  private static final long MAX_RETRIES_LIMIT = 10;

  /** Longest piece of a Home Assistant error message repeated in an exception. */
  private static final int MAX_DETAIL = 200;

  private HomeAssistantRest() {}

  static byte[] get(String token, String path) {
    return exchange("GET", path, token, null);
  }

  static byte[] post(String token, String path, byte[] body) {
    return exchange("POST", path, token, body);
  }

  /**
   * A request to Home Assistant with the limits of the {@code HA_*} settings (read now, so that a
   * changed configuration applies at once): connect and read timeouts, retries of reads, TLS
   * verification, and the {@code HaLatency} metric.
   *
   * @param dependency {@link #DEPENDENCY} for the API's calls; null for none (the health probe,
   *     which must work, and tell the truth, while the circuit is open)
   */
  static HttpRequest request(
      String dependency, String method, String url, String token, byte[] body) {
    long retries = Gateway.configNumber(BridgeSettings.HA_MAX_RETRIES, DEFAULT_MAX_RETRIES);
    return new HttpRequest(
        dependency,
        method,
        url,
        token,
        body,
        Gateway.configNumber(BridgeSettings.HA_CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MILLIS),
        Gateway.configNumber(BridgeSettings.HA_READ_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MILLIS),
        (int) Math.max(0, Math.min(MAX_RETRIES_LIMIT, retries)),
        Gateway.configFlag(BridgeSettings.HA_VERIFY_TLS, true),
        LATENCY_METRIC);
  }

  /** GET and parse: the JSON document. */
  static Object getJson(String token, String path) {
    return parse(get(token, path), "GET", path);
  }

  /** POST a JSON body and parse the answer. */
  static Object postJson(String token, String path, Object body) {
    return parse(post(token, path, JsonMaps.write(body)), "POST", path);
  }

  /**
   * The base URL without trailing slashes, by the rule initialization reports with.
   *
   * @throws HomeAssistantException NOT_CONFIGURED when {@code HA_BASE_URL} is unset or refused
   */
  static String baseUrl() {
    HomeAssistantUrl url = HomeAssistantUrl.fromConfig();
    if (url.problem() != null) {
      throw new HomeAssistantException(Kind.NOT_CONFIGURED, url.problem());
    }
    return url.base();
  }

  private static byte[] exchange(String method, String path, String token, byte[] body) {
    String url = baseUrl() + path;
    if (token == null || token.isBlank()) {
      throw new HomeAssistantException(
          Kind.NOT_CONFIGURED, "no Home Assistant credential for " + method + " " + path);
    }
    // Redacted by value from here on, whole or in part; and a token that cannot be a header value
    // (a line feed in it) is a bad credential, not an internal error: it is never sent.
    Gateway.securityRegisterTransientSecret(token);
    if (!HttpRequest.validBearerToken(token)) {
      throw new HomeAssistantException(
          Kind.UNAUTHORIZED,
          "the credential for " + method + " " + path + " cannot be sent: not a bearer token");
    }
    HttpResult result;
    try {
      result = Gateway.httpClientSend(request(DEPENDENCY, method, url, token, body));
    } catch (HttpFailure failure) {
      if (failure.kind() == HttpFailure.Kind.CIRCUIT_OPEN) {
        // http_client has logged it and counted CircuitOpen; nothing was sent.
        throw new HomeAssistantException(
            Kind.UNREACHABLE, "circuit open: Home Assistant is not being called", failure);
      }
      String message =
          "Home Assistant unreachable ("
              + failure.kind().name().toLowerCase(Locale.ROOT)
              + ") for "
              + method
              + " "
              + path;
      Gateway.loggingWarn(message);
      throw new HomeAssistantException(Kind.UNREACHABLE, message, failure);
    }
    int status = result.status();
    if (status >= 500) {
      String message = "Home Assistant answered " + status + " for " + method + " " + path;
      Gateway.loggingWarn(message);
      // 502/503/504 come from the proxy in front of a Home Assistant that is down or restarting
      // (nginx, Nabu Casa): that is "unreachable" (BRIDGE_UNREACHABLE), not a broken answer.
      throw new HomeAssistantException(
          status >= 502 && status <= 504 ? Kind.UNREACHABLE : Kind.BAD_RESPONSE, message);
    }
    if (status >= 200 && status < 300) {
      return result.body() == null ? new byte[0] : result.body();
    }
    throw statusError(status, method, path, result.body());
  }

  private static HomeAssistantException statusError(
      int status, String method, String path, byte[] body) {
    String where = " for " + method + " " + path;
    return switch (status) {
      case 401, 403 ->
          new HomeAssistantException(
              Kind.UNAUTHORIZED, "Home Assistant refused the credential (" + status + ")" + where);
      case 404 -> new HomeAssistantException(Kind.NOT_FOUND, "Home Assistant answered 404" + where);
      case 429 ->
          new HomeAssistantException(
              Kind.RATE_LIMITED, "Home Assistant is limiting requests (429)" + where);
      default ->
          status >= 400
              ? new HomeAssistantException(
                  Kind.REJECTED,
                  "Home Assistant rejected the request (" + status + ")" + where + detail(body))
              : new HomeAssistantException(
                  Kind.BAD_RESPONSE, "Home Assistant answered " + status + where);
    };
  }

  /**
   * Home Assistant's own explanation of a 400 ({@code {"message": ...}}), shortened and redacted.
   */
  private static String detail(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String message;
    try {
      message = JsonMaps.string(JsonMaps.parse(body), "message");
    } catch (RuntimeException notJson) {
      if (!(notJson instanceof MalformedJsonException)) { // not a catch clause: see parse
        throw notJson;
      }
      message = new String(body, StandardCharsets.UTF_8);
    }
    if (message == null || message.isBlank()) {
      return "";
    }
    message = message.strip().replaceAll("\\s+", " ");
    if (message.length() > MAX_DETAIL) {
      message = message.substring(0, MAX_DETAIL) + "...";
    }
    return ": " + Gateway.securityRedact(message);
  }

  private static Object parse(byte[] body, String method, String path) {
    try {
      return JsonMaps.parse(body);
    } catch (RuntimeException e) {
      // instanceof, not a catch clause of MalformedJsonException: verifying this class, which
      // every cold start does, would load that class, which only a malformed answer needs.
      if (!(e instanceof MalformedJsonException)) {
        throw e;
      }
      throw new HomeAssistantException(
          Kind.BAD_RESPONSE,
          "Home Assistant sent malformed JSON for " + method + " " + path + ": " + e.getMessage(),
          e);
    }
  }

  static HomeAssistantException unexpected(String what, String method, String path) {
    return new HomeAssistantException(
        Kind.BAD_RESPONSE, "Home Assistant's answer to " + method + " " + path + " is not " + what);
  }
}
