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
package dev.suga.core.http;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.core.CoreGateway;
import dev.suga.core.Printable;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code http_client} interface: JSON over HTTP with the JDK's {@code HttpURLConnection}
 * (measured: ~200 ms faster to a first response and 1,080 fewer classes than {@code
 * java.net.http.HttpClient}, which builds a TLS context even for http://). Every request is bounded
 * by the invocation's time left ({@code lambda.remaining_millis}); idempotent requests (GET, PUT,
 * DELETE) are retried with exponential backoff and full jitter while time remains; a request that
 * names a dependency goes through that dependency's circuit breaker. Timeouts, retries and TLS
 * verification are the caller's, per request ({@link HttpRequest}: the example reads them from its
 * {@code HA_*} settings).
 *
 * <p>The deadline is hard: each attempt's I/O runs on a worker thread ({@link Exchange}, {@link
 * ExchangeWorker}: one daemon thread, reused) and the caller waits for it until the time left runs
 * out, then answers with a {@code TIMEOUT} whatever the server is doing: a body or headers
 * trickling in, a stall after any byte, a TLS handshake that stalls, a DNS look-up that hangs. The
 * abandoned exchange is cut (its TLS sockets closed at once) and its connection never reused. Each
 * timeout is also capped by the time left, which bounds how long an abandoned worker can wait.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>Redirects are not followed: following one would carry the bearer token to wherever it
 *       points. A 3xx is returned as a status.
 *   <li>Every POST and PUT is sent in fixed-length streaming mode (also with an empty body): {@code
 *       HttpURLConnection} otherwise silently re-sends a request once when a kept-alive connection
 *       drops, which must not happen to a POST (a service call, a payment). (It still does so for a
 *       GET or DELETE, which is harmless: they are idempotent.) Buffered mode would not send the
 *       body with its headers either: the JDK flushes the headers first in both modes (two {@code
 *       write} calls per POST, seen with strace). Over HTTPS, {@link NoDelayTls} keeps the body
 *       from waiting for the server's delayed ACK of the headers.
 *   <li>The circuit breaker counts transport failures and 5xx as failures, and every other answer
 *       (4xx included) as a success: a 401, 404 or 400 proves the dependency is up, and opening the
 *       circuit on them would turn one user's bad token into an outage for all. While the circuit
 *       is open, nothing is sent: {@link HttpFailure.Kind#CIRCUIT_OPEN}, one warning and one {@code
 *       CircuitOpen} metric per refused request.
 *   <li>Responses are read completely and closed so that the JDK keeps the connection alive for the
 *       next warm invocation; a failed attempt disconnects instead. A body shorter than its {@code
 *       Content-Length}, or a chunked body cut off, is a failed transfer ({@code IO}, retried for
 *       an idempotent request, a failure for the circuit), never a shorter answer.
 *   <li>A bearer token that cannot be a header value ({@link HttpRequest#validBearerToken}: a line
 *       feed in it would end or fold the header) is refused before anything is sent. Every token
 *       sent, and the user info of every URL, is registered with {@code
 *       security.register_transient_secret}: no log line carries it, nor any 8 characters of it.
 *   <li>Bodies are capped at {@link #MAX_BODY_BYTES}; a larger one is an {@code IO} failure that is
 *       not retried (it would be just as large again), as is a TLS certificate failure.
 * </ul>
 *
 * Failures ({@link HttpFailure}) and log lines name the method and URL (redacted, user info
 * removed), never the token. Metrics: {@code HttpRequests} (attempts), {@code CircuitOpen}
 * (requests refused), and the request's own latency metric if it names one (the whole send, retries
 * included).
 */
@GatewayModule
public final class HttpClientCore {
  /** Larger responses are refused: a Home Assistant state list is large, but not this large. */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  /** What a failure says when the deadline came before the answer. */
  static final String DEADLINE_PASSED = "the response did not arrive in the time left";

  /** Below this much time left, starting (or retrying) a request cannot produce a usable answer. */
  static final long MIN_USEFUL_MILLIS = 50;

  static final long BACKOFF_BASE_MILLIS = 100;
  static final long BACKOFF_CAP_MILLIS = 2_000;
  private static final int MAX_RETRIES_LIMIT = 10;

  /** Dependencies whose unverified TLS has been warned about (the key "-" for none). */
  private final ConcurrentHashMap<String, Boolean> insecureTlsWarned = new ConcurrentHashMap<>();

  /**
   * Sends {@code request}. Returns any HTTP status (the caller maps 4xx/5xx); retries an idempotent
   * request on connection failures, timeouts and 502/503/504, at most {@code maxRetries} times and
   * never sleeping past the time left (then the last answer or failure stands). A request that
   * names a dependency is refused while its circuit is open, and its outcome is reported to the
   * circuit.
   *
   * @throws HttpFailure when no HTTP answer arrived (after retries), or the circuit is open
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL, the method not
   *     GET, POST, PUT or DELETE, a GET or DELETE has a body, or the bearer token cannot be a
   *     header value ({@link HttpRequest#validBearerToken}): a programming error, not a reason to
   *     retry; the circuit is not asked, and the message quotes no token
   */
  @GatewayOperation
  public HttpResult send(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    // Before anything can log: the token and the URL's user info are redacted by value.
    if (request.bearerToken() != null) {
      CoreGateway.securityRegisterTransientSecret(request.bearerToken());
    }
    URI uri = checkedUri(request.url());
    if (uri.getRawUserInfo() != null) {
      CoreGateway.securityRegisterTransientSecret(uri.getRawUserInfo());
    }
    checkMethod(request);
    if (request.bearerToken() != null && !HttpRequest.validBearerToken(request.bearerToken())) {
      throw new IllegalArgumentException(
          "the bearer token of "
              + describe(request)
              + " cannot be sent: a header value must be visible ASCII, without spaces or line"
              + " breaks");
    }
    String dependency = request.dependency();
    if (dependency != null && !CoreGateway.circuitBreakerAllow(dependency)) {
      CoreGateway.metricsCount("CircuitOpen", 1);
      String message = dependency + " circuit open: " + describe(request) + " not sent";
      CoreGateway.loggingWarn(message);
      throw new HttpFailure(
          HttpFailure.Kind.CIRCUIT_OPEN, CoreGateway.securityRedact(message), null);
    }
    HttpResult result;
    try {
      result = sendAllowed(request, uri);
    } catch (RuntimeException | Error failure) {
      // Every allow() hears an outcome, or a half-open circuit would wait for one in vain.
      if (dependency != null) {
        CoreGateway.circuitBreakerFailure(dependency);
      }
      throw failure;
    }
    if (dependency != null) {
      if (result.status() >= 500) {
        CoreGateway.circuitBreakerFailure(dependency);
      } else {
        CoreGateway.circuitBreakerSuccess(dependency);
      }
    }
    return result;
  }

  /** The request and its retries, with its latency metric. */
  private HttpResult sendAllowed(HttpRequest request, URI uri) {
    int maxRetries =
        request.idempotent() ? Math.max(0, Math.min(MAX_RETRIES_LIMIT, request.maxRetries())) : 0;
    long started = System.nanoTime();
    try {
      if (CoreGateway.lambdaRemainingMillis() <= MIN_USEFUL_MILLIS) {
        throw new HttpFailure(
            HttpFailure.Kind.NO_TIME_LEFT,
            CoreGateway.securityRedact(describe(request) + ": no time left for the request"),
            null);
      }
      for (int attempt = 1; ; attempt++) {
        long remaining = CoreGateway.lambdaRemainingMillis();
        CoreGateway.metricsCount("HttpRequests", 1);
        try {
          HttpResult result = attempt(request, uri, remaining, attempt, started);
          if (!isRetryableStatus(result.status())
              || attempt > maxRetries
              || !backOff(request, attempt, maxRetries, "HTTP " + result.status())) {
            return result;
          }
        } catch (AttemptFailure failure) {
          if (!failure.retryable
              || attempt > maxRetries
              || !backOff(request, attempt, maxRetries, failure.kind.name())) {
            throw failure.toHttpFailure(request, attempt);
          }
        }
      }
    } finally {
      if (request.latencyMetric() != null) {
        // To the microsecond, like lambda.end's Duration: the two are subtracted.
        CoreGateway.metricsMillis(
            request.latencyMetric(), (System.nanoTime() - started) / 1_000 / 1_000.0);
      }
    }
  }

  /**
   * The URL as failures and log lines show it: its user info (a password in {@code
   * https://user:password@host/}) replaced by {@code <redacted>}.
   */
  static String printableUrl(String url) {
    if (url == null) {
      return "null";
    }
    int start = url.indexOf("://");
    if (start < 0) {
      return url;
    }
    start += 3;
    int end = start;
    int at = -1;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      if (url.charAt(end) == '@') {
        at = end;
      }
      end++;
    }
    return at < 0 ? url : url.substring(0, start) + "<redacted>" + url.substring(at);
  }

  private static URI checkedUri(String url) {
    URI uri;
    try {
      uri = url == null ? null : new URI(url);
    } catch (java.net.URISyntaxException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !("http".equalsIgnoreCase(uri.getScheme())
            || "https".equalsIgnoreCase(uri.getScheme()))) {
      // Control characters shown as '?': a URL refused for a CR LF in it must not carry them into
      // the message (and so into a plain-text log line) either.
      throw new IllegalArgumentException(
          "not an absolute http(s) URL: "
              + Printable.withoutControls(CoreGateway.securityRedact(printableUrl(url))));
    }
    return uri;
  }

  /**
   * GET or DELETE without a body, POST or PUT with or without one. Anything else fails here rather
   * than as a (retried) I/O error, and a GET with a body would silently become a POST in {@code
   * HttpURLConnection}.
   */
  private static void checkMethod(HttpRequest request) {
    String method = request.method();
    boolean valid =
        "GET".equals(method) || "DELETE".equals(method)
            ? request.body() == null
            : sendsBody(method);
    if (!valid) {
      throw new IllegalArgumentException(
          "unsupported HTTP request: "
              + Printable.of(method)
              + (request.body() != null ? " with a body" : ""));
    }
  }

  /** Whether the method sends a body (always, possibly empty): POST and PUT. */
  static boolean sendsBody(String method) {
    return "POST".equals(method) || "PUT".equals(method);
  }

  /**
   * One request and its complete answer: the exchange runs on a worker, and this thread waits for
   * it until the time left runs out, whatever the server does ({@link Exchange}).
   */
  private HttpResult attempt(
      HttpRequest request, URI uri, long remaining, int attempt, long started)
      throws AttemptFailure {
    warnIfUnverified(request, uri);
    Exchange exchange =
        new Exchange(
            request,
            uri,
            timeout(
                request.connectTimeoutMillis(),
                HttpRequest.DEFAULT_CONNECT_TIMEOUT_MILLIS,
                remaining),
            timeout(
                request.readTimeoutMillis(), HttpRequest.DEFAULT_READ_TIMEOUT_MILLIS, remaining),
            System.nanoTime() + remaining * 1_000_000);
    ExchangeWorker.execute(exchange);
    int status = exchange.await();
    return new HttpResult(status, exchange.body(), elapsedMillis(started), attempt);
  }

  /**
   * The request's timeout ({@code fallback} when 0 or less) capped by the time left; at least 1 ms
   * (0 would mean "forever").
   */
  private static int timeout(long requested, long fallback, long remaining) {
    long timeout = requested > 0 ? requested : fallback;
    return (int) Math.max(1, Math.min(Math.min(timeout, remaining), Integer.MAX_VALUE));
  }

  /**
   * Warns, once per dependency, that an https request does not verify TLS (its worker then trusts
   * any certificate: {@link InsecureTls}).
   */
  private void warnIfUnverified(HttpRequest request, URI uri) {
    if (request.verifyTls() || !"https".equalsIgnoreCase(uri.getScheme())) {
      return;
    }
    String dependency = request.dependency() == null ? "-" : request.dependency();
    if (insecureTlsWarned.putIfAbsent(dependency, Boolean.TRUE) == null) {
      CoreGateway.loggingWarn(
          "TLS verification is off for "
              + (request.dependency() == null
                  ? "requests without a" + " dependency"
                  : request.dependency())
              + ": certificates and host names are NOT verified; anyone on the"
              + " path can read the credentials. Use a valid certificate instead.");
    }
  }

  static boolean isRetryableStatus(int status) {
    return status == 502 || status == 503 || status == 504;
  }

  /**
   * Sleeps before retry {@code attempt + 1}: full jitter, uniform in [0, min(cap, base x
   * 2^(attempt-1))]. Returns false (no retry) when the sleep would leave too little time for
   * another attempt, or when interrupted (the interrupt is kept).
   */
  private static boolean backOff(HttpRequest request, int attempt, int maxRetries, String reason) {
    long ceiling = Math.min(BACKOFF_CAP_MILLIS, BACKOFF_BASE_MILLIS << Math.min(attempt - 1, 20));
    long delay = CoreGateway.singletonRandom().nextLong(ceiling + 1);
    long remaining = CoreGateway.lambdaRemainingMillis();
    if (remaining - delay <= MIN_USEFUL_MILLIS) {
      return false;
    }
    CoreGateway.loggingWarn(
        describe(request)
            + ": "
            + reason
            + " on attempt "
            + attempt
            + " of "
            + (maxRetries + 1)
            + "; retrying in "
            + delay
            + " ms");
    try {
      Thread.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * {@code GET http://host/path}: what failures and log lines say about a request (no token, no
   * user info).
   */
  private static String describe(HttpRequest request) {
    return request.method() + " " + printableUrl(request.url());
  }

  private static long elapsedMillis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /** Why one attempt got no usable answer, and whether trying again could help. */
  static final class AttemptFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final HttpFailure.Kind kind;
    private final boolean retryable;

    AttemptFailure(
        HttpFailure.Kind kind, String message, java.io.IOException cause, boolean retryable) {
      super(message, cause, false, false);
      this.kind = kind;
      this.retryable = retryable;
    }

    HttpFailure toHttpFailure(HttpRequest request, int attempts) {
      Throwable cause = getCause();
      String detail =
          cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
      String message =
          describe(request)
              + ": "
              + getMessage()
              + detail
              + " after "
              + attempts
              + (attempts == 1 ? " attempt" : " attempts");
      return new HttpFailure(kind, CoreGateway.securityRedact(message), cause);
    }
  }
}
