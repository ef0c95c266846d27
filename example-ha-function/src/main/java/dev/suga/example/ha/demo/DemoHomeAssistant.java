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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;

/**
 * An in-process Home Assistant stand-in on 127.0.0.1, for the local demo runner and every
 * integration test: the REST API the function uses ({@code /api/}, {@code /api/states}, {@code
 * /api/services/...}, {@code /api/template}, {@code /api/conversation/process}, {@code
 * /api/alexa/smart_home}, plus {@code /api/config}) with bearer-token authentication, and a demo
 * home whose states change when services are called, as Home Assistant's do.
 *
 * <p>Why a real HTTP server rather than a mocked client: the tests then exercise the function's
 * actual HTTP stack (timeouts, dropped connections, refused connections), and assert the exact
 * requests Home Assistant would receive ({@link #requests()}). Failures are injected with {@link
 * #failNext}; "Home Assistant is down" is {@link #close()}.
 *
 * <p>Plain HTTP by default (the tests); {@link #startHttps} serves HTTPS with a throwaway
 * certificate that only {@link #clientSocketFactory()} trusts (the demo runner). Either way the
 * server's sockets have Nagle's algorithm off ({@code sun.net.httpserver.nodelay}, set before the
 * first server of the JVM unless the command line set it): the JDK's server writes a response's
 * headers and body separately, and with Nagle on the body waited for the client's delayed ACK of
 * the headers, about 44 ms of every request on Linux loopback (measured; README, "Run locally").
 *
 * <p>Thread-safe: the server answers on a small pool, the home state is guarded by one lock, the
 * hooks use concurrent collections. Nothing is ever printed, least of all a token.
 */
public final class DemoHomeAssistant implements AutoCloseable {
  /** Largest request body read; the function never sends more than a directive. */
  private static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final byte[] MALFORMED =
      "{\"entity_id\": \"light.kitchen\", \"state\": \"on\", \"attri"
          .getBytes(StandardCharsets.UTF_8);
  private static final AtomicInteger SERVERS = new AtomicInteger();

  /** Read once, when the JDK's server configuration class initialises: set it before that. */
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private final HttpServer server;
  private final DemoTls tls;
  private final ExecutorService executor;
  private final Set<String> acceptedTokens;
  private final Set<String> nonAdminTokens = ConcurrentHashMap.newKeySet();
  private final DemoHome home = new DemoHome();
  private final DemoApi api = new DemoApi(home);
  private final List<Recorded> requests = new ArrayList<>();
  private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  /**
   * One request as Home Assistant received it. {@code path} is the raw path (with {@code ?query} if
   * any), {@code body} the UTF-8 body ({@code ""} when none), {@code bearerToken} the token after
   * {@code Bearer } (null when absent). {@link #toString()} does not show the token.
   */
  public record Recorded(String method, String path, String body, String bearerToken) {
    @Override
    public String toString() {
      return "Recorded["
          + method
          + " "
          + path
          + " body="
          + body
          + " token="
          + (bearerToken == null ? "none" : "<redacted>")
          + "]";
    }
  }

  /**
   * What the next request(s) get instead of a normal answer: {@link #status}, {@link
   * #MALFORMED_JSON}, {@link #slow} (sleep, then answer normally) or {@link #DROP_CONNECTION}
   * (close without answering).
   */
  public sealed interface Failure
      permits Failure.Status, Failure.MalformedJson, Failure.Slow, Failure.Drop {
    /** 200 with a JSON body cut off in the middle. */
    Failure MALFORMED_JSON = new MalformedJson();

    /**
     * The connection is closed without any response (the client sees an unexpected end of stream).
     */
    Failure DROP_CONNECTION = new Drop();

    /** Answers {@code code} with {@code body} (sent as application/json; null means no body). */
    static Failure status(int code, String body) {
      return new Status(code, body);
    }

    /** Answers {@code code} with Home Assistant's generic {@code {"message": ...}} body. */
    static Failure status(int code) {
      return new Status(code, "{\"message\":\"Injected failure " + code + "\"}");
    }

    /** Waits {@code millis}, then answers normally (if the client is still there). */
    static Failure slow(long millis) {
      return new Slow(millis);
    }

    /** See {@link Failure#status(int, String)}. */
    record Status(int code, String body) implements Failure {}

    /** See {@link Failure#MALFORMED_JSON}. */
    record MalformedJson() implements Failure {}

    /** See {@link Failure#slow(long)}. */
    record Slow(long millis) implements Failure {}

    /** See {@link Failure#DROP_CONNECTION}. */
    record Drop() implements Failure {}
  }

  private DemoHomeAssistant(int port, Set<String> acceptedTokens, DemoTls tls) throws IOException {
    this.acceptedTokens = acceptedTokens;
    this.tls = tls;
    int serverNumber = SERVERS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread =
                  new Thread(task, "demo-ha-" + serverNumber + "-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    if (tls == null) {
      this.server = HttpServer.create(address, 64);
    } else {
      HttpsServer https = HttpsServer.create(address, 64);
      https.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
      this.server = https;
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a demo on 127.0.0.1 on a free port, accepting the given bearer tokens (at least one).
   */
  public static DemoHomeAssistant start(String... acceptedTokens) {
    return start(0, acceptedTokens);
  }

  /**
   * Starts a demo on 127.0.0.1:{@code port} (0 = any free port), accepting the given bearer tokens.
   */
  public static DemoHomeAssistant start(int port, String... acceptedTokens) {
    return start(port, null, acceptedTokens);
  }

  /**
   * Starts a demo serving HTTPS on 127.0.0.1 on a free port, with a certificate made for it now
   * (for {@code 127.0.0.1} and {@code localhost}); a client trusts it through {@link
   * #clientSocketFactory()}.
   */
  public static DemoHomeAssistant startHttps(String... acceptedTokens) {
    return start(0, DemoTls.create(), acceptedTokens);
  }

  private static DemoHomeAssistant start(int port, DemoTls tls, String... acceptedTokens) {
    if (acceptedTokens == null || acceptedTokens.length == 0) {
      throw new IllegalArgumentException("give at least one bearer token for the demo to accept");
    }
    for (String token : acceptedTokens) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("accepted tokens must be non-blank");
      }
    }
    try {
      return new DemoHomeAssistant(port, Set.of(acceptedTokens), tls);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the demo Home Assistant on 127.0.0.1:" + port, e);
    }
  }

  /**
   * {@code http://127.0.0.1:<port>} ({@code https://} for {@link #startHttps}), without a trailing
   * slash: the value for {@code HA_BASE_URL}.
   */
  public String baseUrl() {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + port();
  }

  /**
   * For a server started with {@link #startHttps}: TLS client sockets that trust its certificate
   * and nothing else (host names are still verified). Null for a plain-HTTP server.
   */
  public SSLSocketFactory clientSocketFactory() {
    return tls == null ? null : tls.clientSocketFactory();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops at once: the port is closed (connections are refused from now on), answers in progress
   * are cut off.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- test hooks -------------------------------------------------------------------------

  /** Every request received so far (including rejected and failed ones), oldest first. */
  public List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public void clearRequests() {
    synchronized (requests) {
      requests.clear();
    }
  }

  /** The next {@code count} requests (after any already queued failures) get {@code failure}. */
  public void failNext(int count, Failure failure) {
    Objects.requireNonNull(failure, "failure");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    for (int i = 0; i < count; i++) {
      failures.add(failure);
    }
  }

  /** Forgets failures not yet used. */
  public void clearFailures() {
    failures.clear();
  }

  /**
   * Creates or replaces an entity, as {@code POST /api/states/<id>} would: {@code attributes}
   * replace the old ones (null keeps them).
   */
  public void setState(String entityId, String state, Map<String, Object> attributes) {
    home.setState(entityId, state, attributes);
  }

  /** The entity's current state object (a copy), or null when there is no such entity. */
  public Map<String, Object> state(String entityId) {
    return home.state(entityId);
  }

  /** Every entity's state object (copies), in {@code GET /api/states} order. */
  public List<Map<String, Object>> states() {
    return home.states();
  }

  /**
   * From now on, {@code token} is a user's who is not an administrator: Home Assistant refuses such
   * a user its template endpoint ({@code POST /api/template}: 401), and answers the rest as usual.
   */
  public void withoutAdminRights(String token) {
    nonAdminTokens.add(Objects.requireNonNull(token, "token"));
  }

  /**
   * How many volume steps (up positive) {@code media_player.volume_up/down} moved a player that
   * reports no volume level; 0 for an unknown entity.
   */
  public long volumeSteps(String entityId) {
    return home.volumeSteps(entityId);
  }

  /** Messages sent with {@code notify.<any>}, oldest first. */
  public List<String> notifications() {
    return home.notifications();
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) {
    try {
      byte[] body = readBody(exchange.getRequestBody());
      String token = bearer(exchange.getRequestHeaders().getFirst("Authorization"));
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      synchronized (requests) {
        requests.add(
            new Recorded(
                method,
                query == null ? rawPath : rawPath + "?" + query,
                new String(body, StandardCharsets.UTF_8),
                token));
      }
      Failure failure = failures.poll();
      if (failure instanceof Failure.Drop) {
        return; // closing an exchange that has sent no headers closes the connection
      }
      if (failure instanceof Failure.Status status) {
        byte[] bytes =
            status.body() == null ? new byte[0] : status.body().getBytes(StandardCharsets.UTF_8);
        send(exchange, new DemoApi.Response(status.code(), "application/json", bytes));
        return;
      }
      if (failure instanceof Failure.MalformedJson) {
        send(exchange, new DemoApi.Response(200, "application/json", MALFORMED));
        return;
      }
      if (failure instanceof Failure.Slow slow) {
        Thread.sleep(slow.millis());
      }
      DemoApi.Response response;
      if (token == null || !acceptedTokens.contains(token)) {
        response = DemoApi.Response.message(401, "Invalid authentication");
      } else if (nonAdminTokens.contains(token) && rawPath.equals("/api/template")) {
        // @require_admin: Home Assistant answers its aiohttp 401, in plain text.
        response = DemoApi.Response.text(401, "401: Unauthorized");
      } else {
        response = api.handle(method, rawPath, body);
      }
      send(exchange, response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closing: the exchange is dropped
    } catch (IOException e) {
      // the client went away (timed out); nothing to answer
    } catch (RuntimeException e) {
      trySend(exchange, DemoApi.Response.message(500, "Internal Server Error"));
    } finally {
      exchange.close();
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new IOException("request body too large");
    }
    return body;
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private static void send(HttpExchange exchange, DemoApi.Response response) throws IOException {
    byte[] body = response.body();
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void trySend(HttpExchange exchange, DemoApi.Response response) {
    try {
      send(exchange, response);
    } catch (IOException | RuntimeException ignored) {
      // headers may already be out; the connection is closed in the caller
    }
  }
}
