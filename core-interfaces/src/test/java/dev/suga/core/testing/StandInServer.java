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
package dev.suga.core.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A scripted HTTP(S) server on 127.0.0.1 for the tests of {@code http_client} and of what calls it:
 * records every request and answers with the next scripted {@link Responder} (the last one
 * repeats). {@link #close()} wakes stalled handlers and stops the server, so no test leaves a
 * thread or port behind.
 */
public final class StandInServer implements AutoCloseable {
  /** One request as the server saw it; {@code clientPort} tells which connection carried it. */
  public record Received(String method, String path, Headers headers, byte[] body, int clientPort) {
    public String header(String name) {
      return headers.getFirst(name);
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** How to answer one request. */
  public interface Responder {
    void respond(HttpExchange exchange, StandInServer server) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "stand-in-server");
            thread.setDaemon(true);
            return thread;
          });
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final Deque<Responder> script = new ConcurrentLinkedDeque<>();
  private final CountDownLatch release = new CountDownLatch(1);

  private StandInServer(HttpServer server) {
    this.server = server;
    script.add(status(200, "{}"));
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static StandInServer http() {
    try {
      return new StandInServer(
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static StandInServer https(SSLContext context) {
    try {
      HttpsServer server =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(context));
      return new StandInServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http(s)://127.0.0.1:<port><path>}. */
  public String url(String path) {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers the next requests with {@code responders}, in order; the last one repeats. */
  public void script(Responder... responders) {
    script.clear();
    Collections.addAll(script, responders);
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders(),
            body,
            exchange.getRemoteAddress().getPort()));
    Responder responder = script.size() > 1 ? script.poll() : script.peek();
    responder.respond(exchange, this);
  }

  /** Answers {@code status} with a JSON body. */
  public static Responder status(int status, String body) {
    return (exchange, server) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  /** Answers a redirect to {@code location}. */
  public static Responder redirect(String location) {
    return (exchange, server) -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    };
  }

  /** Closes the connection without any answer. */
  public static Responder drop() {
    return (exchange, server) -> exchange.close();
  }

  /** Answers nothing until the server closes (or 30 s), then drops the connection. */
  public static Responder stall() {
    return (exchange, server) -> {
      try {
        server.release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    };
  }

  /** Answers 200 with {@code length} bytes; {@code declared} false sends them chunked. */
  public static Responder large(int length, boolean declared) {
    return (exchange, server) -> {
      exchange.sendResponseHeaders(200, declared ? length : 0);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      try (OutputStream out = exchange.getResponseBody()) {
        for (int left = length; left > 0; left -= chunk.length) {
          out.write(chunk, 0, Math.min(left, chunk.length));
        }
      } catch (IOException e) {
        // the client stopped reading: expected for oversized bodies
      }
    };
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
