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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cache a measured JVM records in a training run and maps at start: on JDK 25 and later an AOT
 * cache (JEP 483/514/515: {@code -XX:AOTCacheOutput} in the training run, which writes the cache
 * when the JVM exits, {@code -XX:AOTCache} after); on JDK 13 to 24 a dynamic CDS archive ({@code
 * -XX:ArchiveClassesAtExit}, {@code -XX:SharedArchiveFile}), the same mechanism with the same rules
 * (classes from jars on the class path only; the class path at start must begin with the training
 * one; an archive the JVM cannot use is ignored), which lets the harness's tests run on JDK 17.
 */
enum AotCache {
  AOT("-XX:AOTCacheOutput=", "-XX:AOTCache=", ".aot"),
  DYNAMIC_CDS("-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=", ".jsa");

  private static final Pattern VERSION = Pattern.compile("version \"(1\\.)?(\\d+)");

  private final String output;
  private final String use;
  private final String extension;

  AotCache(String output, String use, String extension) {
    this.output = output;
    this.use = use;
    this.extension = extension;
  }

  /** The flag of a training run that writes the cache to {@code file} at exit. */
  String outputFlag(Path file) {
    return output + file;
  }

  /** The flag of a JVM that starts from the cache in {@code file}. */
  String useFlag(Path file) {
    return use + file;
  }

  /** Where the harness keeps {@code subject}'s cache. */
  Path file(Path work, Subject subject) {
    return work.resolve("aot").resolve(subject.name() + extension);
  }

  /** The kind of cache {@code java} records: AOT from feature release 25, else dynamic CDS. */
  static AotCache of(Path java) throws IOException {
    int feature = featureRelease(java);
    if (feature < 13) {
      throw new IOException(java + " is Java " + feature + ": caches need JDK 13 or later");
    }
    return of(feature);
  }

  static AotCache of(int featureRelease) {
    return featureRelease >= 25 ? AOT : DYNAMIC_CDS;
  }

  /** The feature release of {@code java} ({@code 17}, {@code 25}), from {@code java -version}. */
  static int featureRelease(Path java) throws IOException {
    Process process =
        new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
    String text;
    try (InputStream in = process.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(java + " -version did not end");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", interrupted);
    }
    return featureRelease(text);
  }

  static int featureRelease(String versionOutput) throws IOException {
    Matcher matcher = VERSION.matcher(versionOutput);
    if (!matcher.find()) {
      throw new IOException("no version in: " + versionOutput.strip());
    }
    return Integer.parseInt(matcher.group(2));
  }

  /**
   * Makes {@code file} look recorded by another JVM build: the first digit of the JVM version in
   * its header ({@code OpenJDK 64-Bit Server VM (25.0.3+9-LTS) ...}, the string the JVM compares
   * with its own) changed. The rest is the JVM's own, valid cache.
   */
  static void alterJvmVersion(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] marker = " VM (".getBytes(StandardCharsets.US_ASCII);
    int end = Math.min(bytes.length, 1 << 16) - marker.length;
    for (int i = 0; i < end; i++) {
      if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
        int digit = i + marker.length;
        if (bytes[digit] >= '0' && bytes[digit] <= '9') {
          bytes[digit] = (byte) (bytes[digit] == '9' ? '8' : '9');
          Files.write(file, bytes);
          return;
        }
      }
    }
    throw new IOException("no JVM version in the header of " + file);
  }

  /**
   * A corrupt cache: {@code size} random bytes (fixed seed). Random bytes, not a truncated cache:
   * JDK 17 crashes (SIGBUS) on a truncated dynamic CDS archive, while JDK 25 reports a truncated
   * AOT cache and goes on; a bad header is refused by both.
   */
  static void writeCorrupt(Path file, long size) throws IOException {
    Files.createDirectories(file.getParent());
    Random random = new Random(0x5a5a);
    byte[] chunk = new byte[8192];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long left = Math.max(size, 4096); left > 0; left -= chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(left, chunk.length));
      }
    }
  }
}
