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

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code utility} interface: small pure helpers, message ids and ISO-8601 time stamps (the
 * example puts both on every Alexa answer, and {@code logging} a time stamp on every line). Neither
 * uses {@code java.util.UUID} (its {@code randomUUID} initialises {@code SecureRandom}, which can
 * block on a fresh VM's entropy and loads the security providers) nor {@code java.time} (see {@link
 * CivilTime}).
 */
@GatewayModule
public final class UtilityCore {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Years this formatter writes itself; anything else (no real clock) goes to {@code java.time}.
   */
  private static final long MIN_FAST_MILLIS = -62_167_219_200_000L; // 0000-01-01T00:00:00Z

  private static final long MAX_FAST_MILLIS = 253_402_300_799_999L; // 9999-12-31T23:59:59.999Z

  /**
   * A fresh random id in UUID text form: 8-4-4-4-12 lower-case hex with the version 4 and IETF
   * variant bits set (what Alexa's schema requires of a messageId, for one). Fast and
   * non-cryptographic: message ids must be unique, not unguessable.
   *
   * <p>From {@code ThreadLocalRandom}, which the gateway runtime has loaded already, mixed with the
   * clock: a SnapStart snapshot restores the same generator state into every execution environment,
   * and without fresh input they would all produce the same ids. Not {@code singleton.random}: that
   * would load the singleton module's two classes and six JDK classes on every cold start.
   */
  @GatewayOperation
  @HotPath
  public String messageId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long clock = mix(System.nanoTime());
    long high =
        ((random.nextLong() ^ clock) & 0xffff_ffff_ffff_0fffL)
            | 0x0000_0000_0000_4000L; // version 4
    long low =
        (random.nextLong() & 0x3fff_ffff_ffff_ffffL) | 0x8000_0000_0000_0000L; // variant 10xx
    char[] text = new char[36];
    hex(text, 0, high >>> 32, 8);
    text[8] = '-';
    hex(text, 9, high >>> 16, 4);
    text[13] = '-';
    hex(text, 14, high, 4);
    text[18] = '-';
    hex(text, 19, low >>> 48, 4);
    text[23] = '-';
    hex(text, 24, low, 12);
    return new String(text);
  }

  /** Stafford's variant 13 of the splitmix64 finalizer: spreads clock bits over a whole seed. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Writes the low {@code digits} hex digits of {@code value} into {@code text} at {@code offset}.
   */
  private static void hex(char[] text, int offset, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      text[offset + i] = HEX[(int) (value & 0xf)];
      value >>>= 4;
    }
  }

  /**
   * {@code epochMillis} as {@code 2017-02-03T16:20:50.520Z}: UTC, always three fractional digits
   * (valid ISO 8601 / RFC 3339 date-time, as Alexa's {@code timeOfSample} wants, and fixed-width so
   * log lines align). Years outside 0000..9999 cannot come from a clock and are left to {@code
   * java.time}.
   */
  @GatewayOperation
  @HotPath
  public String isoTimestamp(long epochMillis) {
    if (epochMillis < MIN_FAST_MILLIS || epochMillis > MAX_FAST_MILLIS) {
      return java.time.Instant.ofEpochMilli(epochMillis).toString();
    }
    long day = CivilTime.epochDay(epochMillis);
    long civil = CivilTime.civilFromDays(day);
    long millisOfDay = epochMillis - day * CivilTime.MILLIS_PER_DAY;
    StringBuilder text = new StringBuilder(24);
    CivilTime.appendPadded(text, CivilTime.year(civil), 4);
    text.append('-');
    CivilTime.appendPadded(text, CivilTime.month(civil), 2);
    text.append('-');
    CivilTime.appendPadded(text, CivilTime.day(civil), 2);
    text.append('T');
    CivilTime.appendPadded(text, millisOfDay / 3_600_000, 2);
    text.append(':');
    CivilTime.appendPadded(text, millisOfDay / 60_000 % 60, 2);
    text.append(':');
    CivilTime.appendPadded(text, millisOfDay / 1000 % 60, 2);
    text.append('.');
    CivilTime.appendPadded(text, millisOfDay % 1000, 3);
    return text.append('Z').toString();
  }
}
