package dev.suga.example.ha.homeassistant;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.homeassistant.HomeAssistantException.Kind;
import dev.suga.example.ha.json.Json;
import dev.suga.example.ha.json.JsonException;
import dev.suga.example.ha.json.JsonPath;
import dev.suga.example.ha.platform.HomeAssistantUrl;
import dev.suga.example.ha.platform.HttpCall;
import dev.suga.example.ha.platform.HttpFailure;
import dev.suga.example.ha.platform.HttpResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One request to the Home Assistant REST API, the same way every time: base URL from config,
 * a credential, the circuit breaker, {@code http_client}, the breaker's verdict, and the
 * mapping of every outcome to a {@link HomeAssistantException} kind.
 *
 * <p>Why the breaker only counts transport failures and 5xx: a 401, 404 or 400 proves Home
 * Assistant is up and answering; opening the circuit on them would turn one user's bad token
 * or one unknown entity into an outage for every request.
 *
 * <p>Callers pass only paths built from validated names. Messages name the method and path,
 * never the token (nor the token-bearing request).
 */
final class HomeAssistantRest {
  /** The one metric this module writes (the namespace allows 10 names in all). */
  static final String CIRCUIT_OPEN_METRIC = "CircuitOpen";
  /** Longest piece of a Home Assistant error message repeated in an exception. */
  private static final int MAX_DETAIL = 200;

  private HomeAssistantRest() {}

  static byte[] get(String token, String path) {
    return exchange("GET", path, token, null, true);
  }

  static byte[] post(String token, String path, byte[] body) {
    return exchange("POST", path, token, body, false);
  }

  /** GET and parse: the JSON document. */
  static Object getJson(String token, String path) {
    return parse(get(token, path), "GET", path);
  }

  /** POST a JSON body and parse the answer. */
  static Object postJson(String token, String path, Object body) {
    return parse(post(token, path, Json.write(body)), "POST", path);
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

  private static byte[] exchange(String method, String path, String token, byte[] body, boolean idempotent) {
    String url = baseUrl() + path;
    if (token == null || token.isBlank()) {
      throw new HomeAssistantException(Kind.NOT_CONFIGURED, "no Home Assistant credential for " + method + " " + path);
    }
    if (!Gateway.circuitBreakerAllow()) {
      Gateway.metricsCount(CIRCUIT_OPEN_METRIC, 1);
      Gateway.loggingWarn("Home Assistant circuit open: " + method + " " + path + " not sent");
      throw new HomeAssistantException(Kind.UNREACHABLE, "circuit open: Home Assistant is not being called");
    }
    HttpResult result;
    try {
      result = Gateway.httpClientSend(new HttpCall(method, url, token, body, idempotent));
    } catch (HttpFailure failure) {
      Gateway.circuitBreakerFailure();
      String message = "Home Assistant unreachable (" + failure.kind().name().toLowerCase(Locale.ROOT)
          + ") for " + method + " " + path;
      Gateway.loggingWarn(message);
      throw new HomeAssistantException(Kind.UNREACHABLE, message, failure);
    }
    int status = result.status();
    if (status >= 500) {
      Gateway.circuitBreakerFailure();
      String message = "Home Assistant answered " + status + " for " + method + " " + path;
      Gateway.loggingWarn(message);
      // 502/503/504 come from the proxy in front of a Home Assistant that is down or restarting
      // (nginx, Nabu Casa): that is "unreachable" (BRIDGE_UNREACHABLE), not a broken answer.
      throw new HomeAssistantException(
          status >= 502 && status <= 504 ? Kind.UNREACHABLE : Kind.BAD_RESPONSE, message);
    }
    Gateway.circuitBreakerSuccess();
    if (status >= 200 && status < 300) {
      return result.body() == null ? new byte[0] : result.body();
    }
    throw statusError(status, method, path, result.body());
  }

  private static HomeAssistantException statusError(int status, String method, String path, byte[] body) {
    String where = " for " + method + " " + path;
    return switch (status) {
      case 401, 403 -> new HomeAssistantException(Kind.UNAUTHORIZED,
          "Home Assistant refused the credential (" + status + ")" + where);
      case 404 -> new HomeAssistantException(Kind.NOT_FOUND, "Home Assistant answered 404" + where);
      default -> status >= 400
          ? new HomeAssistantException(Kind.REJECTED, "Home Assistant rejected the request (" + status + ")" + where
              + detail(body))
          : new HomeAssistantException(Kind.BAD_RESPONSE, "Home Assistant answered " + status + where);
    };
  }

  /** Home Assistant's own explanation of a 400 ({@code {"message": ...}}), shortened and redacted. */
  private static String detail(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String message;
    try {
      message = JsonPath.string(Json.parse(body), "message");
    } catch (JsonException notJson) {
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
      return Json.parse(body);
    } catch (JsonException e) {
      throw new HomeAssistantException(Kind.BAD_RESPONSE,
          "Home Assistant sent malformed JSON for " + method + " " + path + ": " + e.getMessage(), e);
    }
  }

  static HomeAssistantException unexpected(String what, String method, String path) {
    return new HomeAssistantException(Kind.BAD_RESPONSE,
        "Home Assistant's answer to " + method + " " + path + " is not " + what);
  }
}
