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

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * What a request with {@code verifyTls} false means (the example's {@code HA_VERIFY_TLS=false}):
 * trust any certificate for any host name. A holder class, so the SSL context is built once, on
 * first use, and never when TLS is verified (the default). Applied per connection, never as the
 * JVM-wide default.
 *
 * <p>The trust manager extends {@link X509ExtendedTrustManager}: a plain {@code X509TrustManager}
 * would be wrapped by the JDK in one that still checks host names and algorithm constraints, which
 * defeats the point of the setting for a self-signed server (a Home Assistant at home, typically).
 */
final class InsecureTls {
  /**
   * Wrapped once: Nagle off as on verified connections, and one factory so connections are kept
   * alive.
   */
  private static final SSLSocketFactory SOCKET_FACTORY = new NoDelayTls(build());

  private static final HostnameVerifier ANY_HOST = (host, session) -> true;

  private InsecureTls() {}

  static void apply(HttpsURLConnection connection) {
    connection.setSSLSocketFactory(SOCKET_FACTORY);
    connection.setHostnameVerifier(ANY_HOST);
  }

  private static SSLSocketFactory build() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new TrustAll()}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the TLS context for unverified TLS", e);
    }
  }

  /** Accepts every certificate chain. */
  private static final class TrustAll extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
