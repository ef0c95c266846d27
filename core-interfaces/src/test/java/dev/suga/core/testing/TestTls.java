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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Assertions;

/**
 * A server-side TLS context with a self-signed certificate for 127.0.0.1, made once per JVM with
 * the JDK's keytool (as a Home Assistant user's would be). Clients reach it with TLS verification
 * off. When the JDK has no keytool, the calling test is skipped, saying so.
 */
public final class TestTls {
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static SSLContext context;

  private TestTls() {}

  /** The server context (built on first use). */
  public static synchronized SSLContext serverContext() {
    if (context == null) {
      context = build();
    }
    return context;
  }

  private static SSLContext build() {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Assertions.assertTrue(
        Files.isExecutable(keytool), "the JDK's keytool is needed to make a test certificate");
    try {
      Path directory = Files.createTempDirectory("suga-test-tls");
      Path keystore = directory.resolve("ha.p12");
      Process process =
          new ProcessBuilder(
                  keytool.toString(),
                  "-genkeypair",
                  "-alias",
                  "ha",
                  "-keyalg",
                  "EC",
                  "-groupname",
                  "secp256r1",
                  "-dname",
                  "CN=127.0.0.1",
                  "-ext",
                  "san=ip:127.0.0.1",
                  "-validity",
                  "2",
                  "-keystore",
                  keystore.toString(),
                  "-storetype",
                  "PKCS12",
                  "-storepass",
                  new String(PASSWORD),
                  "-keypass",
                  new String(PASSWORD))
              .redirectErrorStream(true)
              .start();
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool failed to make a test certificate");
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        store.load(in, PASSWORD);
      }
      Files.delete(keystore);
      Files.delete(directory);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, PASSWORD);
      SSLContext built = SSLContext.getInstance("TLS");
      built.init(keys.getKeyManagers(), null, null);
      return built;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
