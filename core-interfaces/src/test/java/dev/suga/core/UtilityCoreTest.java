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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UtilityCoreTest {
  private static final Pattern UUID_V4 =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  private static final DateTimeFormatter EXPECTED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
  private static final long YEAR_9999_END =
      Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

  @Test
  void messageIdsAreVersion4UuidsAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String id = CoreGateway.utilityMessageId();
      assertTrue(UUID_V4.matcher(id).matches(), id);
      UUID parsed = UUID.fromString(id);
      assertEquals(4, parsed.version());
      assertEquals(2, parsed.variant());
      assertTrue(seen.add(id), "duplicate " + id);
    }
  }

  @Test
  void messageIdsAreDistinctAcrossThreads() throws InterruptedException {
    Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[8];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 5_000; i++) {
                  seen.add(CoreGateway.utilityMessageId());
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(40_000, seen.size());
  }

  @Test
  void isoTimestampMatchesJavaTimeForKnownInstants() {
    assertEquals("1970-01-01T00:00:00.000Z", CoreGateway.utilityIsoTimestamp(0));
    assertEquals("1969-12-31T23:59:59.999Z", CoreGateway.utilityIsoTimestamp(-1));
    assertEquals(
        "2017-02-03T16:20:50.520Z",
        CoreGateway.utilityIsoTimestamp(Instant.parse("2017-02-03T16:20:50.52Z").toEpochMilli()));
    for (String text :
        new String[] {
          "2000-02-29T12:00:00.001Z",
          "1900-03-01T00:00:00.000Z",
          "2100-02-28T23:59:59.999Z",
          "2024-12-31T23:59:59.999Z",
          "2025-01-01T00:00:00.000Z",
          "1600-02-29T01:02:03.004Z",
          "0000-01-01T00:00:00.000Z",
          "9999-12-31T23:59:59.999Z",
          "0004-02-29T00:00:00.000Z"
        }) {
      assertEquals(text, CoreGateway.utilityIsoTimestamp(Instant.parse(text).toEpochMilli()));
    }
  }

  @Test
  void isoTimestampMatchesJavaTimeForRandomInstants() {
    SplittableRandom random = new SplittableRandom(20_171_203);
    long now = System.currentTimeMillis();
    for (int i = 0; i < 200_000; i++) {
      long millis =
          i % 2 == 0
              ? random.nextLong(YEAR_0, YEAR_9999_END + 1)
              : now + random.nextLong(-4_000_000_000_000L, 4_000_000_000_000L);
      String text = CoreGateway.utilityIsoTimestamp(millis);
      assertEquals(EXPECTED.format(Instant.ofEpochMilli(millis)), text, Long.toString(millis));
      assertEquals(millis, Instant.parse(text).toEpochMilli());
    }
  }

  @Test
  void isoTimestampOutsideFourDigitYearsFallsBackToJavaTime() {
    for (long millis :
        new long[] {YEAR_0 - 1, YEAR_9999_END + 1, Long.MAX_VALUE / 1000, Long.MIN_VALUE / 1000}) {
      assertEquals(
          Instant.ofEpochMilli(millis).toString(), CoreGateway.utilityIsoTimestamp(millis));
    }
  }
}
