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

/**
 * One HTTP request for {@code http_client.send}: what to send, to which dependency, and the
 * caller's limits for it. JSON is what the client speaks ({@code Accept: application/json}, and
 * {@code Content-Type: application/json} on a body).
 *
 * <p>One record rather than a request plus an options object: it is on every request's path, and
 * each class is one more for a cold start to load. {@link #of} gives the defaults; the {@code
 * with...} methods change one limit.
 *
 * @param dependency the name of the dependency called ({@code "home_assistant"}): its circuit
 *     breaker guards the request; null for none (no breaker: a health probe, say)
 * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}; only POST and PUT carry a
 *     body
 * @param url absolute {@code http} or {@code https} URL; built only from validated names
 * @param bearerToken the credential, sent as {@code Authorization: Bearer}; null for none, else
 *     {@linkplain #validBearerToken visible ASCII}. Never logged ({@link #toString()} redacts it,
 *     and {@code http_client.send} registers it with {@code security} so that no log line carries
 *     it or any 8 characters of it) nor put into a failure's message
 * @param body request body (JSON) or null (a POST or PUT then sends an empty one)
 * @param connectTimeoutMillis connect timeout; 0 or less for the default (2000). Capped by the
 *     invocation's time left
 * @param readTimeoutMillis timeout of each wait for bytes; 0 or less for the default (5000). Capped
 *     by the time left; the whole answer must arrive before the deadline too
 * @param maxRetries retries of an idempotent request (GET, PUT, DELETE) on connection failures,
 *     timeouts and 502/503/504, at most 10; a POST is never re-sent whatever this says
 * @param verifyTls false trusts any certificate and host name (a self-signed server; logged as a
 *     warning once per dependency)
 * @param latencyMetric the {@code metrics} name that adds up this request's time (milliseconds,
 *     retries included), e.g. {@code HaLatency}; null for none
 */
public record HttpRequest(
    String dependency,
    String method,
    String url,
    String bearerToken,
    byte[] body,
    long connectTimeoutMillis,
    long readTimeoutMillis,
    int maxRetries,
    boolean verifyTls,
    String latencyMetric) {
  static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = 2_000;
  static final long DEFAULT_READ_TIMEOUT_MILLIS = 5_000;
  static final int DEFAULT_MAX_RETRIES = 2;

  /**
   * A request with the default limits: 2 s to connect, 5 s per read, 2 retries if idempotent, TLS
   * verified, no latency metric.
   */
  public static HttpRequest of(
      String dependency, String method, String url, String bearerToken, byte[] body) {
    return new HttpRequest(
        dependency,
        method,
        url,
        bearerToken,
        body,
        DEFAULT_CONNECT_TIMEOUT_MILLIS,
        DEFAULT_READ_TIMEOUT_MILLIS,
        DEFAULT_MAX_RETRIES,
        true,
        null);
  }

  /** This request with other timeouts (0 or less: the default). */
  public HttpRequest withTimeouts(long connectMillis, long readMillis) {
    return new HttpRequest(
        dependency,
        method,
        url,
        bearerToken,
        body,
        connectMillis,
        readMillis,
        maxRetries,
        verifyTls,
        latencyMetric);
  }

  /** This request with at most {@code retries} retries (idempotent methods only). */
  public HttpRequest withMaxRetries(int retries) {
    return new HttpRequest(
        dependency,
        method,
        url,
        bearerToken,
        body,
        connectTimeoutMillis,
        readTimeoutMillis,
        retries,
        verifyTls,
        latencyMetric);
  }

  /** This request with TLS verification on or off. */
  public HttpRequest withVerifyTls(boolean verify) {
    return new HttpRequest(
        dependency,
        method,
        url,
        bearerToken,
        body,
        connectTimeoutMillis,
        readTimeoutMillis,
        maxRetries,
        verify,
        latencyMetric);
  }

  /** This request with its time added to metric {@code name} (null: none). */
  public HttpRequest withLatencyMetric(String name) {
    return new HttpRequest(
        dependency,
        method,
        url,
        bearerToken,
        body,
        connectTimeoutMillis,
        readTimeoutMillis,
        maxRetries,
        verifyTls,
        name);
  }

  /**
   * Whether {@code token} can be sent as {@code Authorization: Bearer <token>}: one or more visible
   * ASCII characters ({@code !} to {@code ~}), nothing else. No space, tab, line feed or other
   * control character (a line feed would end the header, or, followed by a space, fold it into the
   * next line), and nothing beyond ASCII (the JDK writes header values as ISO-8859-1). Wider than
   * RFC 6750's alphabet on purpose: Alexa's tokens contain {@code |}. {@code http_client.send}
   * refuses a request whose token fails this; a caller checks first to answer its own way (the
   * example: INVALID_AUTHORIZATION_CREDENTIAL).
   */
  public static boolean validBearerToken(String token) {
    if (token == null || token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '!' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the request may be sent again: GET, PUT and DELETE mean the same done twice as once
   * (RFC 9110, 9.2.2); a POST may not.
   */
  public boolean idempotent() {
    return "GET".equals(method) || "PUT".equals(method) || "DELETE".equals(method);
  }

  /**
   * Method, URL (its user info as {@code <redacted>}) and dependency; the token as {@code
   * <redacted>}, the body not at all. Not through {@code security.redact}: a request printed by a
   * logger of the function's own must not show {@code https://user:password@host} either.
   */
  @Override
  public String toString() {
    return "HttpRequest["
        + method
        + " "
        + HttpClientCore.printableUrl(url)
        + (dependency == null ? "" : ", dependency=" + dependency)
        + (bearerToken == null ? "" : ", token=<redacted>")
        + "]";
  }
}
