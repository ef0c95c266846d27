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

/**
 * Proleptic Gregorian calendar arithmetic in UTC without {@code java.time}: on a cold Lambda JVM,
 * the first {@code Instant}/{@code DateTimeFormatter} use loads and initialises dozens of classes
 * (time-zone rules among them) to format a time stamp that three divisions give.
 *
 * <p>The day conversions are Howard Hinnant's {@code civil_from_days} and {@code days_from_civil}
 * (http://howardhinnant.github.io/date_algorithms.html), exact for every day a {@code long} of
 * milliseconds can name.
 */
final class CivilTime {
  static final long MILLIS_PER_DAY = 86_400_000L;

  private CivilTime() {}

  /** Days since 1970-01-01 of the UTC day containing {@code epochMillis}. */
  static long epochDay(long epochMillis) {
    return Math.floorDiv(epochMillis, MILLIS_PER_DAY);
  }

  /**
   * The civil date of {@code epochDay}, packed as {@code year * 10_000 + month * 100 + day}
   * (negative years keep that shape in absolute value); see {@link #year}, {@link #month}, {@link
   * #day}. One long instead of an object keeps the formatter allocation-free.
   */
  static long civilFromDays(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097; // [0, 146096]
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    long mp = (5 * doy + 2) / 153; // [0, 11]
    long d = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    long m = mp < 10 ? mp + 3 : mp - 9; // [1, 12]
    if (m <= 2) {
      y++;
    }
    return y * 10_000 + (y < 0 ? -1 : 1) * (m * 100 + d);
  }

  static long year(long civil) {
    return civil / 10_000;
  }

  static int month(long civil) {
    return (int) (Math.abs(civil) / 100 % 100);
  }

  static int day(long civil) {
    return (int) (Math.abs(civil) % 100);
  }

  /**
   * Days since 1970-01-01 of {@code year-month-day} (month 1..12; day may run past the month's
   * end).
   */
  static long daysFromCivil(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400; // [0, 399]
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1; // [0, 365]
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    return era * 146_097 + doe - 719_468;
  }

  /** Epoch milliseconds at which the UTC calendar month containing {@code epochMillis} starts. */
  static long monthStartMillis(long epochMillis) {
    long civil = civilFromDays(epochDay(epochMillis));
    return daysFromCivil(year(civil), month(civil), 1) * MILLIS_PER_DAY;
  }

  /**
   * Epoch milliseconds at which the UTC calendar month after the one containing {@code epochMillis}
   * starts.
   */
  static long nextMonthStartMillis(long epochMillis) {
    long civil = civilFromDays(epochDay(epochMillis));
    long year = year(civil);
    int month = month(civil);
    return (month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1))
        * MILLIS_PER_DAY;
  }

  /** {@code yyyy-MM} of the UTC month containing {@code epochMillis} (years 0..9999). */
  static String monthKey(long epochMillis) {
    long civil = civilFromDays(epochDay(epochMillis));
    StringBuilder text = new StringBuilder(7);
    appendPadded(text, year(civil), 4);
    text.append('-');
    appendPadded(text, month(civil), 2);
    return text.toString();
  }

  /** Appends non-negative {@code value} with at least {@code width} digits. */
  static void appendPadded(StringBuilder text, long value, int width) {
    for (long limit = 10, digits = 1; digits < width; digits++, limit *= 10) {
      if (value < limit) {
        text.append('0');
      }
    }
    text.append(value);
  }
}
