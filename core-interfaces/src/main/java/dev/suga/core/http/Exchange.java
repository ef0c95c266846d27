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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * One attempt of a request: its I/O runs on an {@link ExchangeWorker} while the calling thread
 * {@linkplain #await waits} for it until the attempt's deadline, and not a moment longer, whatever
 * the server does. This is what makes the deadline hard: a blocking read in {@code
 * HttpURLConnection} cannot be cut from outside (its {@code disconnect()} waits for the lock the
 * read holds: the audit's trickling body answered at 12.5 s), DNS has no timeout at all, and a
 * server that sends one header byte every few seconds never trips a read timeout. Here none of them
 * holds the caller: at the deadline it gives up the attempt (a {@code TIMEOUT}, never retried) and
 * goes on to answer.
 *
 * <p>An abandoned exchange is also cut where the JDK lets it be: the plain sockets under its TLS
 * connections ({@link NoDelayTls} layers TLS over sockets it hands to the exchange) are closed at
 * once, which ends any read or handshake on them; otherwise (plain HTTP, or a kept-alive TLS
 * connection made by an earlier exchange) another worker calls {@code disconnect()}, which closes
 * the socket at once while the status line or headers are awaited and otherwise when the worker's
 * read returns (its next byte, or its read timeout, capped by the time that was left). Either way
 * the worker then disconnects: an abandoned or failed exchange's connection never goes back to the
 * keep-alive cache, unless its answer had been read completely (a clean connection).
 *
 * <p>The worker touches nothing but the connection: no gateway call, no log line, no metric. The
 * caller does all of that with the outcome.
 */
final class Exchange implements Runnable {
  /**
   * Resolves a host name before the connection is made. The test seam for slow and failing DNS:
   * tests install one ({@link #resolveWith}); otherwise the JDK's {@link InetAddress}, whose cache
   * then serves the connection's own look-up.
   */
  interface Resolver {
    void resolve(String host) throws IOException;
  }

  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int ABANDONED = 2;
  private static final Socket[] NO_SOCKETS = {};

  /** Null: the JDK's resolver. */
  private static volatile Resolver resolver;

  private final HttpRequest request;
  private final URI uri;
  private final int connectTimeout;
  private final int readTimeout;
  private final long deadlineNanos;

  // Guarded by this.
  private int state = RUNNING;
  private Socket[] sockets = NO_SOCKETS;
  private HttpURLConnection connection;
  private int status;
  private byte[] body;
  private HttpClientCore.AttemptFailure failure;

  Exchange(HttpRequest request, URI uri, int connectTimeout, int readTimeout, long deadlineNanos) {
    this.request = request;
    this.uri = uri;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.deadlineNanos = deadlineNanos;
  }

  /** Installs {@code test}'s resolver (null: the JDK's again). For tests only. */
  static void resolveWith(Resolver test) {
    resolver = test;
  }

  // ---- the worker's side ------------------------------------------------------------------

  @Override
  public void run() {
    HttpURLConnection opened = null;
    boolean complete = false;
    int answerStatus = 0;
    byte[] answer = null;
    HttpClientCore.AttemptFailure failed = null;
    try {
      resolve(uri.getHost());
      opened = (HttpURLConnection) uri.toURL().openConnection();
      synchronized (this) {
        connection = opened;
      }
      answerStatus = exchange(opened);
      answer = readBody(opened, answerStatus);
      complete = true;
    } catch (HttpClientCore.AttemptFailure e) {
      failed = e;
    } catch (IOException e) {
      failed = classify(e);
    } catch (RuntimeException | Error e) {
      // Anything else the JDK throws: a failed attempt, reported like one (so the circuit hears
      // an outcome for its allow()). Its class only: JDK messages can quote header values.
      failed =
          new HttpClientCore.AttemptFailure(
              HttpFailure.Kind.IO,
              "the HTTP client failed (" + e.getClass().getName() + ")",
              null,
              false);
    } finally {
      boolean abandoned;
      ExchangeWorker.finishing();
      synchronized (this) {
        abandoned = state == ABANDONED;
        if (!abandoned) {
          state = DONE;
          status = answerStatus;
          body = answer;
          failure = failed;
          notifyAll();
        }
      }
      if (opened != null && (!complete || abandoned)) {
        opened.disconnect();
      }
    }
  }

  private static void resolve(String host) throws IOException {
    Resolver installed = resolver;
    if (installed != null) {
      installed.resolve(host);
    } else {
      InetAddress.getAllByName(host);
    }
  }

  /** Sends the request; returns the status. */
  private int exchange(HttpURLConnection connection)
      throws IOException, HttpClientCore.AttemptFailure {
    connection.setConnectTimeout(connectTimeout);
    connection.setReadTimeout(readTimeout);
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    connection.setRequestMethod(request.method());
    if ("https".equalsIgnoreCase(uri.getScheme())) {
      useTlsSockets((javax.net.ssl.HttpsURLConnection) connection, request.verifyTls());
    }
    connection.setRequestProperty("Accept", "application/json");
    if (request.bearerToken() != null) {
      connection.setRequestProperty("Authorization", "Bearer " + request.bearerToken());
    }
    String method = request.method();
    if (HttpClientCore.sendsBody(method)) {
      byte[] body = request.body();
      byte[] bytes = body == null ? new byte[0] : body;
      // Also for an empty body: the JDK would otherwise claim application/x-www-form-urlencoded.
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setDoOutput(true);
      connection.setFixedLengthStreamingMode(bytes.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(bytes);
      }
    }
    int answer = connection.getResponseCode();
    if (answer < 0) {
      throw new HttpClientCore.AttemptFailure(
          HttpFailure.Kind.IO, "the answer is not HTTP", null, true);
    }
    return answer;
  }

  /**
   * Sockets with Nagle off, layered over plain sockets this exchange owns ({@link NoDelayTls}: the
   * POST body must not wait for the ACK of the headers), trusting any certificate when the request
   * does not verify TLS (the caller has warned about it).
   */
  private static void useTlsSockets(javax.net.ssl.HttpsURLConnection https, boolean verify) {
    if (verify) {
      https.setSSLSocketFactory(NoDelayTls.verifying());
    } else {
      InsecureTls.apply(https);
    }
  }

  /**
   * The whole body (error stream for 4xx/5xx), at most {@link HttpClientCore#MAX_BODY_BYTES},
   * before the deadline, and as long as it said it would be: a connection closed before {@code
   * Content-Length} bytes arrived is a failed transfer, not a shorter answer (the JDK reports it as
   * an ordinary end of stream). A chunked body cut off fails in the JDK itself.
   */
  private byte[] readBody(HttpURLConnection connection, int status)
      throws IOException, HttpClientCore.AttemptFailure {
    InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    if (stream == null) {
      return new byte[0];
    }
    try (InputStream in = stream) {
      long declared = connection.getContentLengthLong();
      if (declared > HttpClientCore.MAX_BODY_BYTES) {
        throw tooLarge(declared);
      }
      ByteArrayOutputStream buffer =
          new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
      byte[] chunk = new byte[8192];
      for (int n; (n = in.read(chunk)) >= 0; ) {
        if (buffer.size() + n > HttpClientCore.MAX_BODY_BYTES) {
          throw tooLarge(buffer.size() + (long) n);
        }
        buffer.write(chunk, 0, n);
        if (System.nanoTime() - deadlineNanos > 0) {
          // Only an abandoned worker gets here (its caller answered at the deadline): stop at
          // this byte rather than read on.
          throw new HttpClientCore.AttemptFailure(
              HttpFailure.Kind.TIMEOUT, HttpClientCore.DEADLINE_PASSED, null, false);
        }
      }
      if (declared >= 0 && buffer.size() < declared && status != 204 && status != 304) {
        throw new HttpClientCore.AttemptFailure(
            HttpFailure.Kind.IO,
            "the connection closed after " + buffer.size() + " of " + declared + " bytes",
            null,
            true);
      }
      return buffer.toByteArray();
    }
  }

  private static HttpClientCore.AttemptFailure tooLarge(long bytes) {
    return new HttpClientCore.AttemptFailure(
        HttpFailure.Kind.IO,
        "response of " + bytes + "+ bytes exceeds " + HttpClientCore.MAX_BODY_BYTES,
        null,
        false);
  }

  private static HttpClientCore.AttemptFailure classify(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return new HttpClientCore.AttemptFailure(HttpFailure.Kind.TIMEOUT, "timed out", e, true);
    }
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return new HttpClientCore.AttemptFailure(
          HttpFailure.Kind.CONNECT, "could not connect", e, true);
    }
    if (e instanceof javax.net.ssl.SSLHandshakeException) {
      // A certificate the JDK does not trust will not be trusted on the next attempt either.
      return new HttpClientCore.AttemptFailure(
          HttpFailure.Kind.IO, "TLS handshake failed", e, false);
    }
    return new HttpClientCore.AttemptFailure(HttpFailure.Kind.IO, "connection failed", e, true);
  }

  /**
   * A plain socket that {@link NoDelayTls} layered TLS over for this exchange: closed at once if
   * the exchange is (or gets) abandoned.
   */
  void adopt(Socket socket) {
    synchronized (this) {
      if (state != ABANDONED) {
        Socket[] grown = new Socket[sockets.length + 1];
        System.arraycopy(sockets, 0, grown, 0, sockets.length);
        grown[sockets.length] = socket;
        sockets = grown;
        return;
      }
    }
    closeQuietly(socket);
  }

  // ---- the caller's side ------------------------------------------------------------------

  /**
   * Waits for the worker until the deadline. Returns the status; the body is then {@link #body()}.
   *
   * @throws HttpClientCore.AttemptFailure the attempt's failure, or a {@code TIMEOUT} (not
   *     retryable) when the deadline came first: the exchange is then abandoned and cut
   */
  int await() throws HttpClientCore.AttemptFailure {
    Socket[] cut;
    HttpURLConnection stuck;
    synchronized (this) {
      boolean interrupted = false;
      while (state == RUNNING) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          wait((left + 999_999) / 1_000_000);
        } catch (InterruptedException e) {
          interrupted = true;
          break;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (state == DONE) {
        if (failure != null) {
          throw failure;
        }
        return status;
      }
      state = ABANDONED;
      cut = sockets;
      stuck = connection;
    }
    for (Socket socket : cut) {
      closeQuietly(socket);
    }
    if (cut.length == 0 && stuck != null) {
      // No socket of ours to close: disconnect() closes it while the answer's head is awaited,
      // and otherwise waits for the worker's read. Never on this thread, which must answer now.
      ExchangeWorker.execute(new Disconnect(stuck));
    }
    throw new HttpClientCore.AttemptFailure(
        HttpFailure.Kind.TIMEOUT, HttpClientCore.DEADLINE_PASSED, null, false);
  }

  /** The body of a completed exchange. */
  synchronized byte[] body() {
    return body;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException | RuntimeException ignored) {
      // closing is all that is wanted; a failure to close leaves the worker to its timeouts
    }
  }

  /** Disconnects an abandoned exchange's connection, on a worker of its own. */
  private static final class Disconnect implements Runnable {
    private final HttpURLConnection connection;

    Disconnect(HttpURLConnection connection) {
      this.connection = connection;
    }

    @Override
    public void run() {
      connection.disconnect();
    }
  }
}
