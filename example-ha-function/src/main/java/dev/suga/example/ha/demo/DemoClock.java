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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Home Assistant's time stamp format ({@code 2024-05-30T21:43:32.418320+00:00}) and context ids.
 */
final class DemoClock {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private DemoClock() {}

  static Instant now() {
    return Instant.now();
  }

  static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }

  /** A ULID-shaped (26 characters, Crockford alphabet) id, like Home Assistant's context ids. */
  static String contextId(String seed, Instant at) {
    long bits =
        seed.hashCode() * 0x9E3779B97F4A7C15L ^ at.toEpochMilli() ^ ((long) at.getNano() << 20);
    return ulid(at.toEpochMilli(), bits);
  }

  static String ulid(long millis, long randomBits) {
    String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    StringBuilder out = new StringBuilder(26);
    for (int i = 9; i >= 0; i--) {
      out.append(alphabet.charAt((int) ((millis >>> (5 * i)) & 31)));
    }
    long bits = randomBits;
    for (int i = 0; i < 16; i++) {
      out.append(alphabet.charAt((int) (bits & 31)));
      bits = (bits >>> 5) | (bits << 59);
      bits *= 0xBF58476D1CE4E5B9L;
    }
    return out.toString();
  }
}
