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
package dev.suga.example.ha.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway TLS identity for the demo Home Assistant: a fresh EC P-256 key and a self-signed
 * certificate for {@code 127.0.0.1} and {@code localhost}, valid for a day, made in memory when the
 * demo starts. Nothing is written to disk and no key is kept in the repository.
 *
 * <p>Why the demo serves HTTPS at all: the JDK offers no way to turn Nagle's algorithm off on a
 * plain-HTTP {@code HttpURLConnection}, which writes a POST's headers and body separately; over
 * HTTPS the function's client sets {@code TCP_NODELAY} ({@code NoDelayTls} in the core interfaces),
 * so the body never waits for the server's delayed ACK of the headers. The demo then also runs the
 * path a deployment should use: HTTPS with the certificate verified, host name included, against a
 * trust anchor the demo hands to the client ({@link #clientSocketFactory()}).
 *
 * <p>The certificate is encoded here (a few DER structures) because the JDK has no public API to
 * issue one and the demo must run with nothing but a JDK.
 */
final class DemoTls {
  private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
  private static final String COMMON_NAME = "2.5.4.3";
  private static final String SUBJECT_ALT_NAME = "2.5.29.17";
  private static final char[] PASSWORD = "demo".toCharArray();
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private final KeyPair keyPair;
  private final X509Certificate certificate;

  private DemoTls(KeyPair keyPair, X509Certificate certificate) {
    this.keyPair = keyPair;
    this.certificate = certificate;
  }

  /** A new key and certificate. */
  static DemoTls create() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keyPair = generator.generateKeyPair();
      return new DemoTls(keyPair, selfSigned(keyPair, Instant.now()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make the demo's TLS certificate", e);
    }
  }

  X509Certificate certificate() {
    return certificate;
  }

  /** The server's side: this key and certificate. */
  SSLContext serverContext() {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("demo", keyPair.getPrivate(), PASSWORD, new Certificate[] {certificate});
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(keys, PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(factory.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up the demo's TLS server", e);
    }
  }

  /**
   * A client socket factory that trusts this certificate and nothing else (the JDK's own checks,
   * host name included, still apply).
   */
  SSLSocketFactory clientSocketFactory() {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("demo", certificate);
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up the demo's TLS client", e);
    }
  }

  /**
   * An X.509 v3 certificate (RFC 5280): subject = issuer = CN=SUGA demo Home Assistant, subject
   * alternative names localhost and 127.0.0.1, valid from an hour ago for a day, signed with its
   * own key (ECDSA with SHA-256).
   */
  private static X509Certificate selfSigned(KeyPair keyPair, Instant now)
      throws GeneralSecurityException {
    byte[] algorithm = sequence(oid(ECDSA_WITH_SHA256));
    byte[] name = sequence(set(sequence(oid(COMMON_NAME), utf8("SUGA demo Home Assistant"))));
    byte[] alternativeNames =
        sequence(
            tlv(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)), // dNSName [2]
            tlv(0x87, new byte[] {127, 0, 0, 1})); // iPAddress [7]
    byte[] tbs =
        sequence(
            tlv(0xA0, integer(BigInteger.TWO)), // [0] version: v3
            integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
            algorithm,
            name,
            sequence(
                utcTime(now.minus(1, ChronoUnit.HOURS)), utcTime(now.plus(1, ChronoUnit.DAYS))),
            name,
            keyPair.getPublic().getEncoded(), // SubjectPublicKeyInfo, DER already
            tlv(0xA3, sequence(sequence(oid(SUBJECT_ALT_NAME), octets(alternativeNames)))));
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(keyPair.getPrivate());
    signer.update(tbs);
    byte[] signature = signer.sign(); // DER ECDSA-Sig-Value, as X.509 wants it
    byte[] bits = new byte[signature.length + 1]; // BIT STRING: no unused bits
    System.arraycopy(signature, 0, bits, 1, signature.length);
    byte[] encoded = sequence(tbs, algorithm, tlv(0x03, bits));
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(encoded));
  }

  // ---- DER ----------------------------------------------------------------------------------

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 4);
    out.write(tag);
    int length = value.length;
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >>> 8);
      out.write(length & 0xFF);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static byte[] sequence(byte[]... parts) {
    return tlv(0x30, concat(parts));
  }

  private static byte[] set(byte[]... parts) {
    return tlv(0x31, concat(parts));
  }

  private static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  private static byte[] octets(byte[] value) {
    return tlv(0x04, value);
  }

  private static byte[] utf8(String text) {
    return tlv(0x0C, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] utcTime(Instant instant) {
    return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] oid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
    for (int i = 2; i < arcs.length; i++) {
      long arc = Long.parseLong(arcs[i]);
      int groups = 1;
      for (long rest = arc >>> 7; rest != 0; rest >>>= 7) {
        groups++;
      }
      for (int group = groups - 1; group >= 0; group--) {
        int bits = (int) ((arc >>> (7 * group)) & 0x7F);
        out.write(group == 0 ? bits : bits | 0x80);
      }
    }
    return tlv(0x06, out.toByteArray());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
