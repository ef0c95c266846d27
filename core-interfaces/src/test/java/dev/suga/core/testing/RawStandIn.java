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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A Home Assistant stand-in on raw sockets (127.0.0.1, a free port), for fault injection: it
 * answers each request with a scripted {@link Reply}, byte by byte if need be: a status line cut
 * after any byte, headers or a body trickling in, a connection closed before the declared length, a
 * chunked body cut off. Over TLS ({@link #https}) the handshake itself can stall or trickle ({@link
 * #handshake}).
 *
 * <p>Every delay is a {@link #PAUSE_MILLIS pause} of several seconds, far longer than any deadline
 * a test sets, spent waiting on a latch that {@link #close()} releases (so a test never waits for
 * one, and no thread outlives the stand-in). {@link #pausesCompleted()} counts the pauses that ran
 * their whole length: a test that finds none when its answer arrives knows the answer came before
 * the stand-in would have sent its next byte, on any machine, however loaded.
 */
public final class RawStandIn implements AutoCloseable {
  /** How long each pause lasts. */
  public static final long PAUSE_MILLIS = 5_000;

  /** One request as received: method, path, headers (names in lower case), body. */
  public record Request(String method, String path, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** What the TLS side of a new connection does before any HTTP. */
  public enum Handshake {
    /** A normal handshake. */
    NORMAL,
    /** Accepts the connection, then neither reads nor writes: the client's handshake stalls. */
    STALL,
    /**
     * The server's handshake messages arrive one byte at a time, a pause before each after the
     * first {@link #TRICKLE_HEAD} bytes.
     */
    TRICKLE;

    /** Bytes of the server's handshake sent at once before the trickle starts. */
    public static final int TRICKLE_HEAD = 7;
  }

  /** An answer to one request: bytes to send, pauses, and how the connection ends. */
  public static final class Reply {
    private static final Long PAUSE = PAUSE_MILLIS;
    private static final Object CLOSE = new Object();
    private final List<Object> steps = new ArrayList<>();

    private Reply() {}

    /** A new reply that starts by sending {@code text} (ISO-8859-1). */
    public static Reply send(String text) {
      return new Reply().then(text);
    }

    /** A complete JSON answer, on a connection kept alive. */
    public static Reply json(int status, String body) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return new Reply()
          .then(
              "HTTP/1.1 "
                  + status
                  + " X\r\nContent-Type: application/json\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
          .then(bytes);
    }

    /** Sends {@code text} (ISO-8859-1). */
    public Reply then(String text) {
      return then(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends {@code bytes}. */
    public Reply then(byte[] bytes) {
      steps.add(bytes.clone());
      return this;
    }

    /** Sends {@code text} one byte at a time, a pause before each. */
    public Reply trickle(String text) {
      for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
        pause().then(new byte[] {b});
      }
      return this;
    }

    /** Waits {@link #PAUSE_MILLIS} (or until the stand-in closes). */
    public Reply pause() {
      steps.add(PAUSE);
      return this;
    }

    /** Waits {@code millis} (or until the stand-in closes). */
    public Reply pause(long millis) {
      steps.add(Long.valueOf(millis));
      return this;
    }

    /** Sends {@code text} one byte at a time, a pause of {@code millis} before each. */
    public Reply trickle(String text, long millis) {
      for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
        pause(millis).then(new byte[] {b});
      }
      return this;
    }

    /** Closes the connection (the steps end here). */
    public Reply close() {
      steps.add(CLOSE);
      return this;
    }

    /** Sends nothing more until the stand-in closes. */
    public Reply stall() {
      for (int i = 0; i < 12; i++) {
        pause();
      }
      return close();
    }
  }

  private final SSLContext tls;
  private final ServerSocket listener;
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
  private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
  private final List<Request> received = Collections.synchronizedList(new ArrayList<>());
  private final List<Reply> script = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger pausesCompleted = new AtomicInteger();
  private final CountDownLatch clientGone = new CountDownLatch(1);
  private final AtomicInteger connections = new AtomicInteger();
  private volatile Handshake handshake = Handshake.NORMAL;
  private volatile boolean closed;
  private SSLServerSocket relayTarget;

  private RawStandIn(SSLContext tls) {
    this.tls = tls;
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    script.add(Reply.json(200, "{}"));
    start("raw-stand-in-accept", () -> accept(listener, false));
  }

  /** A plain HTTP stand-in. */
  public static RawStandIn http() {
    return new RawStandIn(null);
  }

  /** An HTTPS stand-in with {@code context}'s certificate ({@link TestTls#serverContext()}). */
  public static RawStandIn https(SSLContext context) {
    return new RawStandIn(context);
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** {@code http(s)://127.0.0.1:<port>}. */
  public String baseUrl() {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + port();
  }

  public String url(String path) {
    return baseUrl() + path;
  }

  /** Answers the next requests with {@code replies}, in order; the last one repeats. */
  public RawStandIn script(Reply... replies) {
    synchronized (script) {
      script.clear();
      Collections.addAll(script, replies);
    }
    return this;
  }

  /** What the TLS side of new connections does (HTTPS stand-ins only). */
  public RawStandIn handshake(Handshake mode) {
    if (tls == null) {
      throw new IllegalStateException("a plain HTTP stand-in has no handshake");
    }
    handshake = mode;
    return this;
  }

  public List<Request> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Pauses that ran their whole length: after each, the stand-in sent its next byte. */
  public int pausesCompleted() {
    return pausesCompleted.get();
  }

  /**
   * Waits until a client closes a connection while the stand-in pauses on it (it reads during a
   * pause: a client waiting for an answer sends nothing, so an end of stream means it hung up), at
   * most {@code millis}; whether one did. A test that then finds {@link #pausesCompleted()} zero
   * knows the client cut the connection before the stand-in's next byte.
   */
  public boolean awaitClientGone(long millis) {
    try {
      return clientGone.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  // ---- serving ----------------------------------------------------------------------------

  private void start(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private void accept(ServerSocket server, boolean relayed) {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      sockets.add(socket);
      if (!relayed) {
        connections.incrementAndGet();
      }
      start("raw-stand-in-connection", () -> serve(socket, relayed));
    }
  }

  private void serve(Socket socket, boolean relayed) {
    try {
      socket.setTcpNoDelay(true);
      if (tls == null) {
        converse(socket);
        return;
      }
      Handshake mode = relayed ? Handshake.NORMAL : handshake;
      switch (mode) {
        case STALL -> pauseUntilClosed(socket);
        case TRICKLE -> relayTrickling(socket);
        case NORMAL -> {
          SSLSocket secure =
              (SSLSocket)
                  tls.getSocketFactory().createSocket(socket, null, socket.getLocalPort(), true);
          secure.setUseClientMode(false);
          sockets.add(secure);
          converse(secure);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, or the stand-in closed
    } finally {
      closeQuietly(socket);
    }
  }

  /** Requests and their replies on one connection, until a reply closes it or the client does. */
  private void converse(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    OutputStream out = socket.getOutputStream();
    while (!closed) {
      Request request = readRequest(in);
      if (request == null) {
        return;
      }
      Reply reply;
      synchronized (script) {
        received.add(request);
        reply = script.size() > 1 ? script.remove(0) : script.get(0);
      }
      for (Object step : reply.steps) {
        if (step instanceof Long millis) {
          if (!pause(millis, socket)) {
            return;
          }
        } else if (step == Reply.CLOSE) {
          return;
        } else {
          out.write((byte[]) step);
          out.flush();
        }
      }
    }
  }

  /** One request, or null at the end of the stream. */
  private static Request readRequest(InputStream in) throws IOException {
    String requestLine = readLine(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line; (line = readLine(in)) != null && !line.isEmpty(); ) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Request(parts[0], parts.length > 1 ? parts[1] : "", headers, body);
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) >= 0; ) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  /**
   * The TLS handshake through a relay to a normal TLS endpoint of this stand-in: the client's bytes
   * pass at once, the server's first few too, then one byte after each pause.
   */
  private void relayTrickling(Socket client) throws IOException {
    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), relayTarget().getLocalPort());
    sockets.add(upstream);
    start(
        "raw-stand-in-relay",
        () -> {
          try {
            client.getInputStream().transferTo(upstream.getOutputStream());
          } catch (IOException e) {
            // either side closed
          }
          if (!closed) {
            clientGone.countDown(); // the client hung up
          }
        });
    InputStream from = upstream.getInputStream();
    OutputStream to = client.getOutputStream();
    int sent = 0;
    for (int b; (b = from.read()) >= 0; sent++) {
      if (sent >= Handshake.TRICKLE_HEAD && !pause(PAUSE_MILLIS)) {
        return;
      }
      to.write(b);
      to.flush();
    }
  }

  private synchronized SSLServerSocket relayTarget() throws IOException {
    if (relayTarget == null) {
      relayTarget =
          (SSLServerSocket)
              tls.getServerSocketFactory()
                  .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
      SSLServerSocket target = relayTarget;
      start("raw-stand-in-relay-accept", () -> accept(target, true));
    }
    return relayTarget;
  }

  /**
   * One pause on {@code socket}, reading (and dropping) what the client sends meanwhile: false when
   * the client hung up or the stand-in closed during it.
   */
  private boolean pause(long millis, Socket socket) {
    long end = System.nanoTime() + millis * 1_000_000;
    byte[] dropped = new byte[1024];
    try {
      InputStream in = socket.getInputStream();
      for (long left = millis; left > 0; left = (end - System.nanoTime()) / 1_000_000) {
        socket.setSoTimeout((int) Math.max(1, left));
        if (in.read(dropped) < 0) {
          clientGone.countDown();
          return false;
        }
      }
    } catch (java.net.SocketTimeoutException e) {
      // the whole pause passed
    } catch (IOException e) {
      if (!closed) {
        clientGone.countDown(); // reset by the client
      }
      return false;
    }
    if (closed) {
      return false;
    }
    pausesCompleted.incrementAndGet();
    return true;
  }

  /** One pause, waiting on the latch only; false when the stand-in closed during it. */
  private boolean pause(long millis) {
    try {
      if (release.await(millis, TimeUnit.MILLISECONDS)) {
        return false;
      }
      pausesCompleted.incrementAndGet();
      return !closed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void pauseUntilClosed(Socket socket) {
    while (pause(PAUSE_MILLIS, socket)) {
      // a stall: nothing is sent until the stand-in closes
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closing is all that is wanted
    }
  }

  /** Releases every pause, closes every socket and waits (briefly) for its threads to end. */
  @Override
  public void close() {
    closed = true;
    release.countDown();
    closeQuietly(listener);
    synchronized (this) {
      if (relayTarget != null) {
        closeQuietly(relayTarget);
      }
    }
    synchronized (sockets) {
      for (Socket socket : sockets) {
        closeQuietly(socket);
      }
    }
    List<Thread> started;
    synchronized (threads) {
      started = List.copyOf(threads);
    }
    for (Thread thread : started) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
