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
package dev.suga.coldstart;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The Lambda Runtime API (the part a runtime uses) on 127.0.0.1, one per measured JVM: {@code GET
 * /2018-06-01/runtime/invocation/next} hands out the queued events with the headers Lambda sends
 * ({@code Lambda-Runtime-Aws-Request-Id}, {@code -Deadline-Ms}, {@code -Invoked-Function-Arn},
 * {@code -Trace-Id}); {@code POST .../invocation/<id>/response} and {@code .../error} complete
 * them; {@code POST /2018-06-01/runtime/init/error} records an init failure. Answers are 202
 * Accepted, as Lambda's. For SnapStart's init, {@code GET /2018-06-01/runtime/restore/next} (the
 * runtime is ready for its snapshot; Lambda answers 200 only in the restored environment) is
 * answered 200 at once, with no body, and {@code POST /2018-06-01/runtime/restore/error} (an {@code
 * afterRestore} hook failed) is recorded like an init error.
 *
 * <p>Times are {@link System#nanoTime()} on this (the harness's) clock: when a {@code /next}
 * request arrived, when its event was handed out, when the response arrived. The hook given to
 * {@link #onResponse} runs on arrival of a response, before it is acknowledged, so that what it
 * reads (the JVM's CPU time) is "at that moment".
 */
final class RuntimeApiServer implements AutoCloseable {
  static final String PREFIX = "/2018-06-01/runtime/";
  private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
  private static final AtomicLong TRACE = new AtomicLong(0x5759e988L);

  static {
    Servers.configure();
  }

  /** One event and what became of it. */
  static final class Invocation {
    final String id;
    final byte[] payload;
    final CompletableFuture<Invocation> done = new CompletableFuture<>();
    volatile long nextArrivedNanos;
    volatile long deliveredNanos;
    volatile long completedNanos;
    volatile byte[] response;
    volatile String errorType;
    volatile String errorBody;

    Invocation(String id, byte[] payload) {
      this.id = id;
      this.payload = payload;
    }

    boolean failed() {
      return errorType != null || errorBody != null;
    }

    String responseText() {
      return response == null ? "" : new String(response, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final String functionArn;
  private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
  private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger nextCalls = new AtomicInteger();
  private final AtomicLong firstNextNanos = new AtomicLong();
  private final AtomicInteger restoreNextCalls = new AtomicInteger();
  private final AtomicLong restoreNextNanos = new AtomicLong();
  private final CompletableFuture<String> initError = new CompletableFuture<>();
  private final CompletableFuture<String> restoreError = new CompletableFuture<>();
  private volatile Consumer<Invocation> responseHook = invocation -> {};
  private volatile Runnable firstNextHook = () -> {};
  private volatile Runnable restoreNextHook = () -> {};
  private volatile boolean closed;

  private RuntimeApiServer(HttpServer server, ExecutorService executor, String functionName) {
    this.server = server;
    this.executor = executor;
    this.functionArn = "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
  }

  static RuntimeApiServer start(String functionName) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    ExecutorService executor = Executors.newCachedThreadPool(Servers.daemonThreads("runtime-api"));
    RuntimeApiServer api = new RuntimeApiServer(server, executor, functionName);
    server.createContext("/", api::handle);
    server.setExecutor(executor);
    server.start();
    return api;
  }

  /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  void onResponse(Consumer<Invocation> hook) {
    this.responseHook = hook;
  }

  /** Runs when the first {@code /next} arrives (the end of init), before it is answered. */
  void onFirstNext(Runnable hook) {
    this.firstNextHook = hook;
  }

  /**
   * Runs when {@code restore/next} arrives (the end of SnapStart's pre-snapshot init), before it is
   * answered.
   */
  void onRestoreNext(Runnable hook) {
    this.restoreNextHook = hook;
  }

  /** Queues an event; the runtime gets it on its next (or current, blocked) {@code /next}. */
  Invocation submit(String requestId, byte[] payload) {
    Invocation invocation = new Invocation(requestId, payload);
    queue.add(invocation);
    return invocation;
  }

  /** When the first {@code /next} arrived (0 if none yet): the end of the function's init. */
  long firstNextNanos() {
    return firstNextNanos.get();
  }

  int nextCalls() {
    return nextCalls.get();
  }

  CompletableFuture<String> initError() {
    return initError;
  }

  /**
   * When the first {@code restore/next} arrived (0 if none): the point where SnapStart takes the
   * snapshot.
   */
  long restoreNextNanos() {
    return restoreNextNanos.get();
  }

  int restoreNextCalls() {
    return restoreNextCalls.get();
  }

  /**
   * Completed with the error type and body when the runtime reports a failed {@code afterRestore}.
   */
  CompletableFuture<String> restoreError() {
    return restoreError;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (!path.startsWith(PREFIX)) {
        send(exchange, 404, new byte[0]);
        return;
      }
      String rest = path.substring(PREFIX.length());
      if ("GET".equals(method) && "invocation/next".equals(rest)) {
        next(exchange);
      } else if ("POST".equals(method)
          && rest.startsWith("invocation/")
          && rest.endsWith("/response")) {
        long arrived = System.nanoTime();
        byte[] body = readAll(exchange.getRequestBody());
        Invocation invocation =
            inFlight.remove(
                rest.substring("invocation/".length(), rest.length() - "/response".length()));
        if (invocation == null) {
          send(
              exchange,
              400,
              "{\"errorMessage\":\"unknown request id\"}".getBytes(StandardCharsets.UTF_8));
          return;
        }
        invocation.completedNanos = arrived;
        invocation.response = body;
        responseHook.accept(invocation);
        send(exchange, 202, ACCEPTED);
        invocation.done.complete(invocation);
      } else if ("POST".equals(method)
          && rest.startsWith("invocation/")
          && rest.endsWith("/error")) {
        long arrived = System.nanoTime();
        byte[] body = readAll(exchange.getRequestBody());
        Invocation invocation =
            inFlight.remove(
                rest.substring("invocation/".length(), rest.length() - "/error".length()));
        if (invocation == null) {
          send(exchange, 400, new byte[0]);
          return;
        }
        invocation.completedNanos = arrived;
        invocation.errorType =
            String.valueOf(
                exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"));
        invocation.errorBody = new String(body, StandardCharsets.UTF_8);
        send(exchange, 202, ACCEPTED);
        invocation.done.complete(invocation);
      } else if ("POST".equals(method)
          && ("init/error".equals(rest) || "restore/error".equals(rest))) {
        byte[] body = readAll(exchange.getRequestBody());
        String type = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        ("init/error".equals(rest) ? initError : restoreError)
            .complete(type + ": " + new String(body, StandardCharsets.UTF_8));
        send(exchange, 202, ACCEPTED);
      } else if ("GET".equals(method) && "restore/next".equals(rest)) {
        long arrived = System.nanoTime();
        restoreNextCalls.incrementAndGet();
        if (restoreNextNanos.compareAndSet(0, arrived)) {
          restoreNextHook.run();
        }
        send(exchange, 200, new byte[0]);
      } else {
        send(exchange, 404, new byte[0]);
      }
    } finally {
      exchange.close();
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    nextCalls.incrementAndGet();
    if (firstNextNanos.compareAndSet(0, arrived)) {
      firstNextHook.run();
    }
    Invocation invocation = null;
    try {
      while (!closed && (invocation = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
        // the runtime long-polls, as with Lambda
      }
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
    if (invocation == null) {
      return; // closing: the JVM is being stopped
    }
    invocation.nextArrivedNanos = arrived;
    inFlight.put(invocation.id, invocation);
    long nowMillis = System.currentTimeMillis();
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Lambda-Runtime-Aws-Request-Id", invocation.id);
    headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(nowMillis + 10_000));
    headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
    long trace = TRACE.incrementAndGet();
    headers.set(
        "Lambda-Runtime-Trace-Id",
        String.format(
            "Root=1-%08x-%024x;Parent=%016x;Sampled=0", nowMillis / 1000, trace, trace * 31));
    invocation.deliveredNanos = System.nanoTime();
    send(exchange, 200, invocation.payload);
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    closed = true;
    server.stop(0);
    executor.shutdownNow();
    for (Invocation pending : inFlight.values()) {
      pending.done.complete(pending);
    }
  }
}
