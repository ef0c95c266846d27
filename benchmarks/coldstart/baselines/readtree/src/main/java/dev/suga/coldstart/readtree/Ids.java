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
package dev.suga.coldstart.readtree;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Message ids and ISO time stamps without java.util.UUID and java.time (same as the hand-tuned
 * handler's).
 */
final class Ids {
  private static final char[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  private Ids() {}

  static String messageId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & 0xffff_ffff_ffff_0fffL) | 0x4000L;
    long low = (random.nextLong() & 0x3fff_ffff_ffff_ffffL) | 0x8000_0000_0000_0000L;
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

  private static void hex(char[] text, int offset, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      text[offset + i] = HEX[(int) (value & 0xf)];
      value >>>= 4;
    }
  }

  static String isoTimestamp(long epochMillis) {
    long day = Math.floorDiv(epochMillis, 86_400_000L);
    long millisOfDay = epochMillis - day * 86_400_000L;
    long z = day + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long year = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long dayOfMonth = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2) {
      year++;
    }
    char[] text = new char[24];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, month, 2);
    text[7] = '-';
    digits(text, 8, dayOfMonth, 2);
    text[10] = 'T';
    digits(text, 11, millisOfDay / 3_600_000, 2);
    text[13] = ':';
    digits(text, 14, millisOfDay / 60_000 % 60, 2);
    text[16] = ':';
    digits(text, 17, millisOfDay / 1000 % 60, 2);
    text[19] = '.';
    digits(text, 20, millisOfDay % 1000, 3);
    text[23] = 'Z';
    return new String(text);
  }

  private static void digits(char[] text, int offset, long value, int width) {
    for (int i = offset + width - 1; i >= offset; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
