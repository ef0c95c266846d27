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
package dev.suga.example.ha;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.suga.example.ha.demo.DemoEvents;
import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.json.JsonMaps;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLSocket;

/**
 * Records the function's JDK 25 AOT cache: runs the function's own launch command, with {@code
 * -XX:AOTCacheOutput=FILE} in it, for one first event, and stops it; the JVM writes the cache as it
 * exits. The container image's entry script runs it as {@code bootstrap --train}; the cold-start
 * harness runs it the same way ({@code --aot-main}):
 *
 * <pre>
 * java -cp example-ha-function.jar dev.suga.example.ha.AotTraining \
 *     java [flags] -XX:AOTCacheOutput=FILE -classpath CP \
 *     com.amazonaws.services.lambda.runtime.api.client.AWSLambda dev.suga.example.ha.LambdaHandler::handleRequest
 * </pre>
 *
 * <p>The trained JVM is the function as Lambda starts it: the same JVM, flags and class path (the
 * JVM refuses a cache recorded by another JVM build, and one recorded for another class path must
 * not be used either), the runtime interface client polling a Runtime API, the handler loaded by
 * it. Two things differ: the handler is {@link AotTrainingHandler}, which first calls {@code
 * Gateway.train()} (the {@code @HotPath} modules built, every {@code @GatewayWarmup} run) and then
 * hands each event to {@link LambdaHandler}; and the services it reaches are this JVM's, on
 * 127.0.0.1 only:
 *
 * <ul>
 *   <li>a Runtime API that hands over one TurnOn ({@code switch#coffee_maker}) and takes the
 *       answer;
 *   <li>the embedded demo Home Assistant ({@code HA_BASE_URL}), over HTTPS with a certificate made
 *       now that the trained JVM trusts through a trust store of its own ({@code
 *       javax.net.ssl.trustStore}), so that it validates a certificate as a deployment does; over
 *       plain HTTP when the environment's {@code HA_BASE_URL} is {@code http:} (read for its scheme
 *       only: nothing connects there).
 * </ul>
 *
 * <p>Both run here, not in the trained JVM, so that their classes (the JDK's HTTP server, the demo,
 * its date formatting: ~460 classes) stay out of the cache: the JVM loads every class of an AOT
 * cache when it starts, so a cache should hold what a first event needs and nothing else. For the
 * same reason discovery and the custom skill are not trained: they load jackson-databind, which a
 * TurnOn never does. Nothing here touches a real service or holds a real credential (the demo's
 * token is made up). Exit status 0 when the TurnOn was answered as it should be and the cache was
 * written, else 1.
 */
public final class AotTraining {
  static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
  static final String TRAINING_HANDLER = AotTrainingHandler.class.getName() + "::handleRequest";

  private static final String TOKEN = "aot-training-token";
  private static final String OUTPUT_FLAG = "-XX:AOTCacheOutput=";
  private static final long ANSWER_SECONDS = 120;
  private static final long EXIT_SECONDS = 300;

  private AotTraining() {}

  public static void main(String[] args) throws Exception {
    int status;
    try {
      status = train(List.of(args), System.out);
    } catch (IllegalArgumentException badCommand) {
      System.err.println("AOT training: " + badCommand.getMessage());
      status = 2;
    }
    System.exit(status);
  }

  /** Runs the training; 0 when the TurnOn was answered and the cache written. */
  static int train(List<String> launch, PrintStream out) throws Exception {
    Path cache = cacheOutput(launch);
    String configured = System.getenv("HA_BASE_URL");
    boolean http = configured != null && configured.startsWith("http:");
    Path work = Files.createTempDirectory("aot-training");
    try (DemoHomeAssistant demo =
            http ? DemoHomeAssistant.start(TOKEN) : DemoHomeAssistant.startHttps(TOKEN);
        RuntimeApi api = RuntimeApi.start()) {
      List<String> properties =
          http ? List.of() : trustStoreProperties(demo, work.resolve("trust.p12"));
      ProcessBuilder builder = new ProcessBuilder(trainedCommand(launch, properties)).inheritIO();
      Map<String, String> env = builder.environment();
      env.put("AWS_LAMBDA_RUNTIME_API", api.address());
      env.put("HA_BASE_URL", demo.baseUrl());
      env.put("_HANDLER", TRAINING_HANDLER);
      env.putIfAbsent("AWS_LAMBDA_FUNCTION_NAME", "aot-training");
      env.putIfAbsent("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
      env.putIfAbsent("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
      env.putIfAbsent("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/aot-training");
      env.putIfAbsent("AWS_LAMBDA_LOG_STREAM_NAME", "aot-training");
      env.putIfAbsent("AWS_REGION", "us-east-1");
      env.putIfAbsent("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
      Files.deleteIfExists(cache);

      long started = System.nanoTime();
      Process trained = builder.start();
      String answer;
      try {
        answer = api.answer().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        // The runtime is back at /next when the invocation is over: then stop it, and the JVM
        // writes the cache on its way out (SIGTERM is an orderly exit).
        api.backAtNext().get(ANSWER_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException | java.util.concurrent.ExecutionException failed) {
        out.println("AOT training: no answer from the function: " + failed);
        return 1;
      } finally {
        trained.destroy();
        if (!trained.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
          trained.destroyForcibly();
        }
      }
      Map<String, Object> response = JsonMaps.parseObject(answer.getBytes(StandardCharsets.UTF_8));
      Object name = JsonMaps.at(response, "event", "header", "name");
      boolean answered = "Response".equals(name) && answer.contains("\"powerState\"");
      long size = Files.exists(cache) ? Files.size(cache) : 0;
      out.printf(
          "AOT training: TurnOn answered with %s (%d requests to the demo Home Assistant at %s);"
              + " cache %s, %.1f MB, in %.1f s%n",
          name,
          demo.requests().size(),
          demo.baseUrl(),
          cache,
          size / 1048576.0,
          (System.nanoTime() - started) / 1e9);
      return answered && size > 0 ? 0 : 1;
    } finally {
      Files.deleteIfExists(work.resolve("trust.p12"));
      Files.deleteIfExists(work);
    }
  }

  /** The file the launch command records its cache to; it must record one. */
  static Path cacheOutput(List<String> launch) {
    if (launch.size() < 3
        || !RUNTIME_MAIN.equals(launch.get(launch.size() - 2))
        || !launch.get(launch.size() - 1).contains("::")) {
      throw new IllegalArgumentException(
          "give the function's launch command: java [flags] -classpath CP "
              + RUNTIME_MAIN
              + " HANDLER (it was "
              + launch
              + ")");
    }
    for (String argument : launch) {
      if (argument.startsWith(OUTPUT_FLAG)) {
        return Path.of(argument.substring(OUTPUT_FLAG.length()));
      }
    }
    throw new IllegalArgumentException(
        "the launch command records no cache: add " + OUTPUT_FLAG + "FILE");
  }

  /**
   * The launch command with {@code properties} before the main class and the training handler in
   * place of the function's: the same JVM, flags and class path.
   */
  static List<String> trainedCommand(List<String> launch, List<String> properties) {
    List<String> command = new ArrayList<>(launch.subList(0, launch.size() - 2));
    command.addAll(properties);
    command.add(RUNTIME_MAIN);
    command.add(TRAINING_HANDLER);
    return command;
  }

  /**
   * A trust store holding the demo's certificate (as its TLS handshake presents it), and the
   * properties that make it the trained JVM's default: the JDK's default TLS context then reads and
   * validates as it does with the system's trust store.
   */
  private static List<String> trustStoreProperties(DemoHomeAssistant demo, Path file)
      throws IOException, GeneralSecurityException {
    Certificate[] chain;
    try (SSLSocket socket =
        (SSLSocket)
            demo.clientSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), demo.port())) {
      socket.startHandshake();
      chain = socket.getSession().getPeerCertificates();
    }
    char[] password = "aot-training".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setCertificateEntry("demo", chain[0]);
    try (OutputStream stream = Files.newOutputStream(file)) {
      store.store(stream, password);
    }
    return List.of(
        "-Djavax.net.ssl.trustStore=" + file,
        "-Djavax.net.ssl.trustStorePassword=" + new String(password),
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  /**
   * The Runtime API on 127.0.0.1 for one invocation: the first {@code GET
   * /2018-06-01/runtime/invocation/next} gets a TurnOn, its answer completes {@link #answer()}, the
   * next {@code /next} completes {@link #backAtNext()} and waits until the runtime is stopped.
   */
  private static final class RuntimeApi implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final String REQUEST_ID = "aot-training-0001";

    private final HttpServer server;
    private final ExecutorService executor;
    private final CompletableFuture<String> answer = new CompletableFuture<>();
    private final CompletableFuture<Void> backAtNext = new CompletableFuture<>();
    private final byte[] event;
    private int nexts;

    private RuntimeApi(HttpServer server, ExecutorService executor) {
      this.server = server;
      this.executor = executor;
      this.event =
          JsonMaps.write(
              new DemoEvents()
                  .directive(
                      "Alexa.PowerController",
                      "TurnOn",
                      "switch#coffee_maker",
                      TOKEN,
                      DemoEvents.none()));
    }

    static RuntimeApi start() throws IOException {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
      ExecutorService executor =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, "aot-training-runtime-api");
                thread.setDaemon(true);
                return thread;
              });
      RuntimeApi api = new RuntimeApi(server, executor);
      server.createContext("/", api::handle);
      server.setExecutor(executor);
      server.start();
      return api;
    }

    String address() {
      return "127.0.0.1:" + server.getAddress().getPort();
    }

    CompletableFuture<String> answer() {
      return answer;
    }

    CompletableFuture<Void> backAtNext() {
      return backAtNext;
    }

    private void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        if (rest.equals("invocation/next")) {
          next(exchange);
        } else if (rest.equals("invocation/" + REQUEST_ID + "/response")) {
          answer.complete(new String(body, StandardCharsets.UTF_8));
          send(exchange, 202);
        } else if (rest.endsWith("/error")) {
          answer.completeExceptionally(
              new IllegalStateException(
                  rest
                      + " "
                      + exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type")
                      + ": "
                      + new String(body, StandardCharsets.UTF_8)));
          send(exchange, 202);
        } else {
          send(exchange, 404);
        }
      }
    }

    private void next(HttpExchange exchange) throws IOException {
      boolean first;
      synchronized (this) {
        first = nexts++ == 0;
      }
      if (!first) {
        backAtNext.complete(null);
        try {
          Thread.sleep(TimeUnit.SECONDS.toMillis(EXIT_SECONDS)); // until the runtime is stopped
        } catch (InterruptedException closing) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      var headers = exchange.getResponseHeaders();
      headers.set("Content-Type", "application/json");
      headers.set("Lambda-Runtime-Aws-Request-Id", REQUEST_ID);
      headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
      headers.set(
          "Lambda-Runtime-Invoked-Function-Arn",
          "arn:aws:lambda:us-east-1:000000000000:function:aot-training");
      headers.set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
      exchange.sendResponseHeaders(200, event.length);
      exchange.getResponseBody().write(event);
    }

    private static void send(HttpExchange exchange, int status) throws IOException {
      exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
