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
package dev.suga.core;

import dev.suga.core.http.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Which classes the first call of one core interface loads, from the JVM's class-load log (the
 * module README's "Loads on first use" lines come from here).
 *
 * <p>{@code FirstCallProbe <action>} makes one first call in a fresh JVM ({@code cache} is {@code
 * cache.get}, and so on: {@link #ACTIONS}); {@code none} makes none. {@code FirstCallProbe
 * --report} runs each action and {@code none} in JVMs of its own with {@code -Xlog:class+load}, and
 * prints, per action, the classes its JVM loaded that the {@code none} JVM did not. The HTTP action
 * and its baseline both run a one-line HTTP responder on a {@code ServerSocket} (classes the
 * responder loads, such as {@code java.net.Socket}, are therefore not counted for {@code
 * http_client}).
 *
 * <p>Each action is a class of its own, so that loading and verifying the probe loads nothing of
 * the core; the probe's own classes are left out of the report. The environment of the JVMs is
 * emptied of the core's settings, so each call sees the defaults.
 */
public final class FirstCallProbe {
  /** Action name, the call it makes (for the report), and its class. */
  static final Map<String, String> ACTIONS = new LinkedHashMap<>();

  static {
    ACTIONS.put("cache", "cache.get(\"key\")");
    ACTIONS.put("logging", "logging.info(\"hello\")");
    ACTIONS.put("security", "security.redact(\"plain text\")");
    ACTIONS.put("metrics", "metrics.count(\"Requests\", 1)");
    ACTIONS.put("metrics.flush", "metrics.count(\"Requests\", 1), then metrics.flush(\"req\")");
    ACTIONS.put("singleton", "singleton.random()");
    ACTIONS.put("http_client", "http_client.send(GET http://127.0.0.1:<port>/, no dependency)");
    ACTIONS.put("utility", "utility.message_id()");
    ACTIONS.put("initialization", "initialization.initialize()");
    ACTIONS.put("lambda", "lambda.begin(\"req\", 3000)");
    ACTIONS.put("circuit_breaker", "circuit_breaker.allow(\"dependency\")");
    ACTIONS.put("config", "config.get(\"NAME\")");
    ACTIONS.put("debug", "debug.health(null)");
    ACTIONS.put("free_tier", "free_tier.level(now)");
  }

  private FirstCallProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--report")) {
      report();
      return;
    }
    String action = args.length == 1 ? args[0] : "";
    // Open every jar on the class path first, as a deployed function's is open before its first
    // call: opening the first jar loads JDK classes that no interface should be charged with.
    ClassLoader.getSystemClassLoader().getResources("META-INF/MANIFEST.MF").hasMoreElements();
    Responder responder =
        action.equals("http_client") || action.equals("none+server") ? Responder.open() : null;
    Runnable call =
        switch (action) {
          case "none", "none+server" -> null;
          case "cache" -> new CacheCall();
          case "logging" -> new LoggingCall();
          case "security" -> new SecurityCall();
          case "metrics" -> new MetricsCall();
          case "metrics.flush" -> new MetricsFlushCall();
          case "singleton" -> new SingletonCall();
          case "http_client" -> new HttpCall(responder.port());
          case "utility" -> new UtilityCall();
          case "initialization" -> new InitializationCall();
          case "lambda" -> new LambdaCall();
          case "circuit_breaker" -> new CircuitBreakerCall();
          case "config" -> new ConfigCall();
          case "debug" -> new DebugCall();
          case "free_tier" -> new FreeTierCall();
          default ->
              throw new IllegalArgumentException(
                  "usage: FirstCallProbe --report | none | " + ACTIONS.keySet());
        };
    if (call != null) {
      call.run();
    }
    if (responder != null) {
      responder.close();
    }
  }

  /**
   * Runs every action and the baselines in JVMs of their own and prints what each loaded: the
   * classes common to every counted first call (the gateway runtime's statistics) once, then per
   * action the core's classes, and the jackson-core and JDK classes beyond the common ones.
   */
  private static void report() throws IOException, InterruptedException {
    Set<String> none = loaded("none");
    Set<String> noneWithServer = loaded("none+server");
    Map<String, Set<String>> byAction = new LinkedHashMap<>();
    for (String action : ACTIONS.keySet()) {
      Set<String> classes = loaded(action);
      classes.removeAll(action.equals("http_client") ? noneWithServer : none);
      byAction.put(action, classes);
    }
    // What every counted first call loads, whichever interface: circuit_breaker.allow's classes
    // that each other counted action loads too (config, utility and singleton are hot paths, and
    // http_client's baseline has the responder's classes).
    Set<String> common = new TreeSet<>(byAction.get("circuit_breaker"));
    for (Map.Entry<String, Set<String>> action : byAction.entrySet()) {
      if (!List.of("config", "utility", "singleton", "http_client").contains(action.getKey())) {
        common.retainAll(action.getValue());
      }
    }
    common.removeIf(name -> name.startsWith("dev.suga.core."));
    System.out.println(
        "java "
            + System.getProperty("java.version")
            + "; classes loaded by the first call beyond a JVM"
            + " that makes none (jars already open).");
    System.out.println();
    System.out.println(
        "Every counted first call (" + common.size() + " classes): " + String.join(", ", common));
    for (Map.Entry<String, Set<String>> action : byAction.entrySet()) {
      List<String> core = new ArrayList<>();
      List<String> jdk = new ArrayList<>();
      int runtime = 0;
      int jackson = 0;
      int shared = 0;
      for (String name : action.getValue()) {
        if (name.startsWith("dev.suga.core.")) {
          core.add(name.substring("dev.suga.core.".length()));
        } else if (common.contains(name)) {
          shared++;
        } else if (name.startsWith("dev.suga.")) {
          runtime++;
        } else if (name.startsWith("com.fasterxml.jackson.")) {
          jackson++;
        } else {
          jdk.add(name);
        }
      }
      System.out.println();
      System.out.println("### " + action.getKey() + ": " + ACTIONS.get(action.getKey()));
      System.out.println(
          action.getValue().size()
              + " classes: "
              + core.size()
              + " core ("
              + String.join(", ", core)
              + "); "
              + shared
              + " of the common ones; "
              + runtime
              + " more of the runtime; "
              + jackson
              + " jackson-core; "
              + jdk.size()
              + " JDK: "
              + String.join(", ", jdk));
    }
  }

  /** The classes a JVM running {@code action} loaded, the probe's own left out. */
  static Set<String> loaded(String action) throws IOException, InterruptedException {
    Path log = Files.createTempFile("first-call-" + action, ".log");
    try {
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xlog:class+load=info:file=" + log,
              "-cp",
              System.getProperty("java.class.path"),
              FirstCallProbe.class.getName(),
              action);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      for (String setting :
          List.of(
              "LOG_LEVEL",
              "METRICS_NAMESPACE",
              "METRICS_SERVICE",
              "AWS_LAMBDA_FUNCTION_NAME",
              "CIRCUIT_FAILURE_THRESHOLD",
              "CIRCUIT_OPEN_SECONDS",
              "FREE_TIER_REQUESTS",
              "FREE_TIER_GB_SECONDS",
              "DIAGNOSTICS_TOKEN")) {
        builder.environment().remove(setting);
      }
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("the probe JVM for " + action + " failed");
      }
      Set<String> classes = new TreeSet<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        int tag = line.indexOf("[class,load] ");
        if (tag < 0) {
          continue;
        }
        int start = tag + "[class,load] ".length();
        int end = line.indexOf(' ', start);
        String name = end < 0 ? line.substring(start) : line.substring(start, end);
        if (!name.startsWith(FirstCallProbe.class.getName())) {
          classes.add(name);
        }
      }
      return classes;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Answers every connection with {@code 200 {}} (one thread, no HTTP library). */
  static final class Responder extends Thread implements AutoCloseable {
    private final ServerSocket server;

    private Responder(ServerSocket server) {
      super("first-call-responder");
      this.server = server;
      setDaemon(true);
    }

    static Responder open() throws IOException {
      Responder responder = new Responder(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()));
      responder.start();
      return responder;
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void run() {
      while (!server.isClosed()) {
        try (Socket socket = server.accept()) {
          InputStream in = socket.getInputStream();
          byte[] request = new byte[4096];
          int read = 0;
          while (read < request.length) { // up to the blank line ending the headers
            int n = in.read(request, read, request.length - read);
            if (n < 0) {
              break;
            }
            read += n;
            String text = new String(request, 0, read, StandardCharsets.ISO_8859_1);
            if (text.contains("\r\n\r\n")) {
              break;
            }
          }
          OutputStream out = socket.getOutputStream();
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        } catch (IOException e) {
          if (!server.isClosed()) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  static final class CacheCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.cacheGet("key");
    }
  }

  static final class LoggingCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.loggingInfo("hello");
    }
  }

  static final class SecurityCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.securityRedact("plain text");
    }
  }

  static final class MetricsCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.metricsCount("Requests", 1);
    }
  }

  static final class MetricsFlushCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.metricsCount("Requests", 1);
      CoreGateway.metricsFlush("req");
    }
  }

  static final class SingletonCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.singletonRandom();
    }
  }

  static final class HttpCall implements Runnable {
    private final int port;

    HttpCall(int port) {
      this.port = port;
    }

    @Override
    public void run() {
      int status =
          CoreGateway.httpClientSend(
                  HttpRequest.of(null, "GET", "http://127.0.0.1:" + port + "/", null, null))
              .status();
      if (status != 200) {
        throw new IllegalStateException("the responder answered " + status);
      }
    }
  }

  static final class UtilityCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.utilityMessageId();
    }
  }

  static final class InitializationCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.initializationInitialize();
    }
  }

  static final class LambdaCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.lambdaBegin("req", 3_000);
    }
  }

  static final class CircuitBreakerCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.circuitBreakerAllow("dependency");
    }
  }

  static final class ConfigCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.configGet("NAME");
    }
  }

  static final class DebugCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.debugHealth(null);
    }
  }

  static final class FreeTierCall implements Runnable {
    @Override
    public void run() {
      CoreGateway.freeTierLevel(System.currentTimeMillis());
    }
  }
}
