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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate for 127.0.0.1, made at run time with the JDK's {@code keytool}, and a
 * trust store for the measured JVMs: a copy of the JDK's {@code cacerts} (a function on Lambda
 * loads the full system trust store, and so must the measurement) with that certificate added.
 */
final class TlsFixture {
  static final String PASSWORD = "changeit";

  final Path keyStore;
  final Path trustStore;
  final String trustStoreType;

  private TlsFixture(Path keyStore, Path trustStore, String trustStoreType) {
    this.keyStore = keyStore;
    this.trustStore = trustStore;
    this.trustStoreType = trustStoreType;
  }

  static TlsFixture create(Path directory) throws IOException, InterruptedException {
    Files.createDirectories(directory);
    Path keyStore = directory.resolve("home-assistant.p12");
    Path certificate = directory.resolve("home-assistant.pem");
    Path trustStore = directory.resolve("truststore");
    Files.deleteIfExists(keyStore);
    Files.deleteIfExists(certificate);
    Files.deleteIfExists(trustStore);
    keytool(
        "-genkeypair",
        "-alias",
        "home-assistant",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=127.0.0.1, O=SUGA cold-start harness",
        "-ext",
        "SAN=ip:127.0.0.1,dns:localhost",
        "-validity",
        "30",
        "-keystore",
        keyStore.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "home-assistant",
        "-keystore",
        keyStore.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        certificate.toString());
    Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    String type = "PKCS12";
    if (Files.isReadable(cacerts)) {
      Files.copy(cacerts, trustStore, StandardCopyOption.REPLACE_EXISTING);
      trustStore.toFile().setWritable(true);
      type = storeType(trustStore);
    }
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "suga-coldstart-home-assistant",
        "-file",
        certificate.toString(),
        "-keystore",
        trustStore.toString(),
        "-storetype",
        type,
        "-storepass",
        PASSWORD);
    return new TlsFixture(keyStore, trustStore, type);
  }

  /** The server side: the stand-in's key and certificate. */
  SSLContext serverContext() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  /** System properties for the measured JVM. */
  List<String> jvmArguments() {
    return List.of(
        "-Djavax.net.ssl.trustStore=" + trustStore,
        "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
        "-Djavax.net.ssl.trustStoreType=" + trustStoreType);
  }

  private static String storeType(Path store) throws IOException {
    try (InputStream in = Files.newInputStream(store)) {
      byte[] magic = in.readNBytes(4);
      // JKS files start with 0xFEEDFEED; everything else here is PKCS12.
      return magic.length == 4 && (magic[0] & 0xff) == 0xfe && (magic[1] & 0xff) == 0xed
          ? "JKS"
          : "PKCS12";
    }
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + new String(output));
    }
  }
}
