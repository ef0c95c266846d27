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

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTPS sockets with Nagle's algorithm off ({@code TCP_NODELAY}), so that a POST's body does not
 * wait for the server to acknowledge its headers.
 *
 * <p>Why: {@code HttpURLConnection} flushes the request headers before it writes the body, in
 * fixed-length streaming mode and in buffered mode alike (seen with strace: two {@code write} calls
 * per POST, in both modes). With Nagle on, the small second segment waits for the ACK of the first,
 * and a server waiting for the rest of the request delays that ACK (Linux: up to 40 ms). That is
 * the classic write-write-read stall, paid on every service call over a real network. The JDK
 * offers no hook to set {@code TCP_NODELAY} on plain-HTTP sockets, but an HTTPS connection takes
 * its sockets from an {@link SSLSocketFactory}: this one delegates and turns Nagle off. (A
 * dependency reached from Lambda is HTTPS in practice; plain HTTP sends the token in clear text and
 * keeps the stall.)
 *
 * <p>One wrapper per delegate, kept for the life of the JVM: the JDK keys its keep-alive cache by
 * the socket factory, and a new wrapper per request would open a new connection each time.
 *
 * <p>TLS is layered over a plain socket that the JDK connects, never built on an unconnected TLS
 * socket: {@link #createSocket()} refuses (a {@code SocketException} caused by {@code
 * UnsupportedOperationException}, the {@code SocketFactory} convention the JDK's HTTPS client
 * answers by connecting a plain socket itself, bug 6771432), and {@link #createSocket(Socket,
 * String, int, boolean)} then hands that plain socket to the {@link Exchange} running on this
 * thread. At its deadline the exchange closes it: closing a plain socket wakes a thread blocked in
 * a read on it at once, while {@code SSLSocket.close()} may wait (the JDK's own code says so) and
 * {@code HttpURLConnection.disconnect()} waits for the reader's lock.
 */
final class NoDelayTls extends SSLSocketFactory {
  /** The JDK's default factory, wrapped once on first HTTPS use (holder idiom). */
  private static final class DefaultHolder {
    static final SSLSocketFactory FACTORY =
        new NoDelayTls(HttpsURLConnection.getDefaultSSLSocketFactory());
  }

  private final SSLSocketFactory delegate;

  NoDelayTls(SSLSocketFactory delegate) {
    this.delegate = delegate;
  }

  /** The default (verifying) factory, wrapped. */
  static SSLSocketFactory verifying() {
    return DefaultHolder.FACTORY;
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return delegate.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return delegate.getSupportedCipherSuites();
  }

  /**
   * Refused, so that the JDK's HTTPS client connects a plain socket itself and asks for TLS over it
   * ({@link #createSocket(Socket, String, int, boolean)}): the socket an exchange can close.
   */
  @Override
  public Socket createSocket() throws IOException {
    SocketException layered = new SocketException("TLS is layered over a connected socket");
    layered.initCause(new UnsupportedOperationException());
    throw layered;
  }

  /**
   * TLS over a connected plain socket (the JDK's HTTPS client, after {@link #createSocket()}, and
   * proxies): Nagle is a property of that socket, and the exchange on this thread owns it.
   */
  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose)
      throws IOException {
    adopt(noDelay(socket));
    return delegate.createSocket(socket, host, port, autoClose);
  }

  @Override
  public Socket createSocket(Socket socket, InputStream consumed, boolean autoClose)
      throws IOException {
    adopt(noDelay(socket));
    return delegate.createSocket(socket, consumed, autoClose);
  }

  /** Gives {@code socket} to the exchange running on this thread, if any (tests call directly). */
  private static void adopt(Socket socket) {
    Exchange exchange = ExchangeWorker.current();
    if (exchange != null) {
      exchange.adopt(socket);
    }
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(delegate.createSocket(address, port, localAddress, localPort));
  }
}
