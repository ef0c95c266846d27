package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HTTP with the JDK's {@code HttpURLConnection} (measured: ~200 ms faster to a first response
 * and 1,080 fewer classes than {@code java.net.http.HttpClient}, which builds a TLS context
 * even for http://). Connect and read timeouts keep every reply inside Alexa's 8-second
 * budget and the invocation's remaining time ({@code lambda.remaining_millis}); idempotent
 * calls are retried with exponential backoff and full jitter while time remains. TLS is
 * verified unless {@code HA_VERIFY_TLS=false} (logged as a warning).
 *
 * <p>Settings: {@code HA_CONNECT_TIMEOUT_MS} (2000), {@code HA_READ_TIMEOUT_MS} (5000), {@code
 * HA_MAX_RETRIES} (2), {@code HA_VERIFY_TLS} (true). Each timeout is also capped by the time
 * left; the read timeout bounds each wait for bytes, and the whole body must arrive before the
 * deadline too (a server trickling bytes cannot hold the reply past it).
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Redirects are not followed: Home Assistant's API does not redirect, and following one
 *       would carry the bearer token to wherever it points. A 3xx is returned as a status.
 *   <li>Every POST is sent in fixed-length streaming mode (also with an empty body): {@code
 *       HttpURLConnection} otherwise silently re-sends a request once when a kept-alive
 *       connection drops, which must not happen to a service call. (It still does so for a
 *       GET, which is harmless.) Buffered mode would not send the body with its headers
 *       either: the JDK flushes the headers first in both modes (two {@code write} calls per
 *       POST, seen with strace). Over HTTPS, {@link NoDelayTls} keeps the body from waiting
 *       for the server's delayed ACK of the headers.
 *   <li>Responses are read completely and closed so that the JDK keeps the connection alive
 *       for the next warm invocation; a failed attempt disconnects instead.
 *   <li>Bodies are capped at {@link #MAX_BODY_BYTES}; a larger one is an {@code IO} failure that
 *       is not retried (it would be just as large again), as is a TLS certificate failure.
 * </ul>
 * Failures ({@link HttpFailure}) and log lines name the method and URL, never the token.
 * Metrics: {@code HttpRequests} (attempts) and {@code HaLatency} (the whole send, retries
 * included).
 */
@GatewayModule
public final class HttpClientCore {
  /** Larger responses are refused: a Home Assistant state list is large, but not this large. */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
  /** Below this much time left, starting (or retrying) a request cannot produce a usable answer. */
  static final long MIN_USEFUL_MILLIS = 50;
  static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = 2_000;
  static final long DEFAULT_READ_TIMEOUT_MILLIS = 5_000;
  static final long DEFAULT_MAX_RETRIES = 2;
  static final long BACKOFF_BASE_MILLIS = 100;
  static final long BACKOFF_CAP_MILLIS = 2_000;
  private static final int MAX_RETRIES_LIMIT = 10;

  private final AtomicBoolean insecureTlsWarned = new AtomicBoolean();

  /**
   * Sends {@code call}. Returns any HTTP status (the caller maps 4xx/5xx); retries idempotent
   * calls on connection failures, timeouts and 502/503/504, at most {@code HA_MAX_RETRIES} times
   * and never sleeping past the time left (then the last answer or failure stands).
   *
   * @throws HttpFailure when no HTTP answer arrived (after retries)
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL, or the call is
   *     not a GET without a body or a POST (a programming error, not a reason to retry)
   */
  @GatewayOperation
  public HttpResult send(HttpCall call) {
    Objects.requireNonNull(call, "call");
    URI uri = checkedUri(call.url());
    checkMethod(call);
    int maxRetries = call.idempotent()
        ? (int) Math.max(0, Math.min(MAX_RETRIES_LIMIT, Gateway.configNumber("HA_MAX_RETRIES", DEFAULT_MAX_RETRIES)))
        : 0;
    long started = System.nanoTime();
    try {
      if (Gateway.lambdaRemainingMillis() <= MIN_USEFUL_MILLIS) {
        throw new HttpFailure(HttpFailure.Kind.NO_TIME_LEFT, describe(call) + ": no time left for the request", null);
      }
      for (int attempt = 1; ; attempt++) {
        long remaining = Gateway.lambdaRemainingMillis();
        Gateway.metricsCount("HttpRequests", 1);
        try {
          HttpResult result = attempt(call, uri, remaining, attempt, started);
          if (!isRetryableStatus(result.status()) || attempt > maxRetries
              || !backOff(call, attempt, maxRetries, "HTTP " + result.status())) {
            return result;
          }
        } catch (AttemptFailure failure) {
          if (!failure.retryable || attempt > maxRetries || !backOff(call, attempt, maxRetries, failure.kind.name())) {
            throw failure.toHttpFailure(call, attempt);
          }
        }
      }
    } finally {
      // To the microsecond, like the record's Duration: the two are subtracted.
      Gateway.metricsMillis("HaLatency", (System.nanoTime() - started) / 1_000 / 1_000.0);
    }
  }

  private static URI checkedUri(String url) {
    URI uri;
    try {
      uri = url == null ? null : new URI(url);
    } catch (java.net.URISyntaxException e) {
      uri = null;
    }
    if (uri == null || uri.getHost() == null
        || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + Gateway.securityRedact(String.valueOf(url)));
    }
    return uri;
  }

  /**
   * GET without a body, or POST: all Home Assistant's REST API needs. Anything else fails here
   * rather than as a (retried) I/O error, and a GET with a body would silently become a POST in
   * {@code HttpURLConnection}.
   */
  private static void checkMethod(HttpCall call) {
    if ("GET".equals(call.method()) ? call.body() != null : !"POST".equals(call.method())) {
      throw new IllegalArgumentException("unsupported HTTP call: " + call.method()
          + (call.body() != null ? " with a body" : ""));
    }
  }

  /** One request and its complete answer. */
  private HttpResult attempt(HttpCall call, URI uri, long remaining, int attempt, long started) throws AttemptFailure {
    long deadline = System.nanoTime() + remaining * 1_000_000;
    HttpURLConnection connection = null;
    DeadlineWatchdog watchdog = null;
    boolean complete = false;
    try {
      connection = (HttpURLConnection) uri.toURL().openConnection();
      watchdog = DeadlineWatchdog.arm(connection, remaining);
      connection.setConnectTimeout(timeout("HA_CONNECT_TIMEOUT_MS", DEFAULT_CONNECT_TIMEOUT_MILLIS, remaining));
      connection.setReadTimeout(timeout("HA_READ_TIMEOUT_MS", DEFAULT_READ_TIMEOUT_MILLIS, remaining));
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setRequestMethod(call.method());
      if ("https".equalsIgnoreCase(uri.getScheme())) {
        useTlsSockets((javax.net.ssl.HttpsURLConnection) connection);
      }
      connection.setRequestProperty("Accept", "application/json");
      if (call.bearerToken() != null) {
        connection.setRequestProperty("Authorization", "Bearer " + call.bearerToken());
      }
      byte[] body = call.body();
      if ("POST".equals(call.method())) {
        byte[] bytes = body == null ? new byte[0] : body;
        // Also for an empty body: the JDK would otherwise claim application/x-www-form-urlencoded.
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(bytes.length);
        try (OutputStream out = connection.getOutputStream()) {
          out.write(bytes);
        }
      }
      int status = connection.getResponseCode();
      if (status < 0) {
        throw new AttemptFailure(HttpFailure.Kind.IO, "the answer is not HTTP", null, true);
      }
      byte[] answer = readBody(connection, status, deadline);
      complete = true;
      return new HttpResult(status, answer, elapsedMillis(started), attempt);
    } catch (IOException e) {
      if (watchdog != null && watchdog.fired()) {
        throw new AttemptFailure(HttpFailure.Kind.TIMEOUT, "the response did not arrive in the time left", e, false);
      }
      throw classify(e);
    } finally {
      if (watchdog != null) {
        watchdog.disarm();
      }
      if (connection != null && !complete) {
        connection.disconnect();
      }
    }
  }

  /** {@code HA_*_TIMEOUT_MS} capped by the time left; at least 1 ms (0 would mean "forever"). */
  private static int timeout(String name, long fallback, long remaining) {
    long configured = Gateway.configNumber(name, fallback);
    if (configured <= 0) {
      configured = fallback;
    }
    return (int) Math.max(1, Math.min(Math.min(configured, remaining), Integer.MAX_VALUE));
  }

  /**
   * Sockets with Nagle off ({@link NoDelayTls}: the POST body must not wait for the ACK of the
   * headers), trusting any certificate when {@code HA_VERIFY_TLS=false}.
   */
  private void useTlsSockets(javax.net.ssl.HttpsURLConnection https) {
    if (Gateway.configFlag("HA_VERIFY_TLS", true)) {
      https.setSSLSocketFactory(NoDelayTls.verifying());
      return;
    }
    if (insecureTlsWarned.compareAndSet(false, true)) {
      Gateway.loggingWarn("HA_VERIFY_TLS=false: Home Assistant's TLS certificate and host name are NOT verified;"
          + " anyone on the path can read the token. Use a valid certificate instead.");
    }
    InsecureTls.apply(https);
  }

  /** The whole body (error stream for 4xx/5xx), at most {@link #MAX_BODY_BYTES}, before the deadline. */
  private static byte[] readBody(HttpURLConnection connection, int status, long deadline)
      throws IOException, AttemptFailure {
    InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    if (stream == null) {
      return new byte[0];
    }
    try (InputStream in = stream) {
      long declared = connection.getContentLengthLong();
      if (declared > MAX_BODY_BYTES) {
        throw tooLarge(declared);
      }
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) >= 0; ) {
        if (buffer.size() + n > MAX_BODY_BYTES) {
          throw tooLarge(buffer.size() + (long) n);
        }
        buffer.write(chunk, 0, n);
        if (System.nanoTime() - deadline > 0) {
          throw new AttemptFailure(HttpFailure.Kind.TIMEOUT, "the response did not arrive in the time left", null,
              false);
        }
      }
      return buffer.toByteArray();
    }
  }

  private static AttemptFailure tooLarge(long bytes) {
    return new AttemptFailure(HttpFailure.Kind.IO, "response of " + bytes + "+ bytes exceeds " + MAX_BODY_BYTES, null,
        false);
  }

  private static AttemptFailure classify(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return new AttemptFailure(HttpFailure.Kind.TIMEOUT, "timed out", e, true);
    }
    if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
      return new AttemptFailure(HttpFailure.Kind.CONNECT, "could not connect", e, true);
    }
    if (e instanceof javax.net.ssl.SSLHandshakeException) {
      // A certificate the JDK does not trust will not be trusted on the next attempt either.
      return new AttemptFailure(HttpFailure.Kind.IO, "TLS handshake failed", e, false);
    }
    return new AttemptFailure(HttpFailure.Kind.IO, "connection failed", e, true);
  }

  static boolean isRetryableStatus(int status) {
    return status == 502 || status == 503 || status == 504;
  }

  /**
   * Sleeps before retry {@code attempt + 1}: full jitter, uniform in [0, min(cap, base x
   * 2^(attempt-1))]. Returns false (no retry) when the sleep would leave too little time for
   * another attempt, or when interrupted (the interrupt is kept).
   */
  private static boolean backOff(HttpCall call, int attempt, int maxRetries, String reason) {
    long ceiling = Math.min(BACKOFF_CAP_MILLIS, BACKOFF_BASE_MILLIS << Math.min(attempt - 1, 20));
    long delay = Gateway.singletonRandom().nextLong(ceiling + 1);
    long remaining = Gateway.lambdaRemainingMillis();
    if (remaining - delay <= MIN_USEFUL_MILLIS) {
      return false;
    }
    Gateway.loggingWarn(describe(call) + ": " + reason + " on attempt " + attempt + " of " + (maxRetries + 1)
        + "; retrying in " + delay + " ms");
    try {
      Thread.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code GET http://host/path}: what failures and log lines say about a call (no token). */
  private static String describe(HttpCall call) {
    return call.method() + " " + call.url();
  }

  private static long elapsedMillis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /** Why one attempt got no usable answer, and whether trying again could help. */
  private static final class AttemptFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final HttpFailure.Kind kind;
    private final boolean retryable;

    AttemptFailure(HttpFailure.Kind kind, String message, IOException cause, boolean retryable) {
      super(message, cause, false, false);
      this.kind = kind;
      this.retryable = retryable;
    }

    HttpFailure toHttpFailure(HttpCall call, int attempts) {
      Throwable cause = getCause();
      String detail = cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
      String message = describe(call) + ": " + getMessage() + detail + " after " + attempts
          + (attempts == 1 ? " attempt" : " attempts");
      return new HttpFailure(kind, Gateway.securityRedact(message), cause);
    }
  }
}
