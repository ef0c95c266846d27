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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code free_tier} interface: free-tier tracking (AWS Lambda: 1,000,000 requests and 400,000
 * GB-seconds a month), per container: requests and GB-seconds (memory x billed duration, recorded
 * by {@code lambda.end}) with monthly rollover, a projection to month end, and levels: {@code ok},
 * {@code warn} (>= 80 %, logged), {@code throttle} (>= 90 %: callers skip non-critical work; {@code
 * debug} stops probing components), {@code refuse} (>= 95 %: callers refuse new work, as the
 * example answers Alexa RATE_LIMIT_EXCEEDED). Counters are per container, not per account: reserved
 * concurrency and an alarm on invocations (the example's SAM template has both) are the
 * account-level protection.
 *
 * <p>The month is the UTC calendar month of the {@code epochMillis} passed in (AWS bills by UTC
 * month). A time in a later month than the one counted starts a new month from zero; a time in an
 * earlier one (a clock step back) is counted in the current month rather than lost.
 *
 * <p>The level is decided by the share already used, the larger of the two allowances' shares, not
 * by the projection: early in a month a projection is noise (one request in the first minute
 * "projects" to tens of thousands), and refusing directives on noise would be worse than the cost
 * it saves. The projection ({@code used / elapsed fraction of the month}) is reported in {@link
 * #usage}. Allowances from {@code FREE_TIER_REQUESTS} and {@code FREE_TIER_GB_SECONDS}, read on
 * each call.
 *
 * <p>Each rise in level is logged once as a warning; a month rollover starts again at {@code ok}.
 * All methods are {@code synchronized} (a few arithmetic operations).
 */
@GatewayModule
public final class FreeTierCore {
  static final long DEFAULT_REQUESTS = 1_000_000;
  static final long DEFAULT_GB_SECONDS = 400_000;
  static final double WARN_SHARE = 0.80;
  static final double THROTTLE_SHARE = 0.90;
  static final double REFUSE_SHARE = 0.95;

  private static final String[] LEVELS = {"ok", "warn", "throttle", "refuse"};

  /** First millisecond of the month being counted (Long.MIN_VALUE before the first record). */
  private long monthStart = Long.MIN_VALUE;

  private long monthEnd = Long.MIN_VALUE;
  private long requests;
  private double gbSeconds;

  /** Highest level already logged this month (index into {@link #LEVELS}). */
  private int loggedLevel;

  /** Records one finished invocation: its billed duration, the function's memory, when it ended. */
  @GatewayOperation
  public void record(long durationMillis, int memoryMb, long epochMillis) {
    String warning = null;
    synchronized (this) {
      roll(epochMillis);
      requests++;
      gbSeconds += Math.max(0, memoryMb) / 1024.0 * Math.max(0, durationMillis) / 1000.0;
      int level = levelIndex(share());
      if (level > loggedLevel) {
        loggedLevel = level;
        warning =
            "Free tier at "
                + percent(share())
                + " % this month in this container (requests "
                + requests
                + ", GB-seconds "
                + Math.round(gbSeconds)
                + "): level "
                + LEVELS[level]
                + (level == 2
                    ? ", non-critical work is skipped"
                    : level == 3 ? ", new work is refused" : "");
      }
    }
    if (warning != null) {
      CoreGateway.loggingWarn(warning);
    }
  }

  /** {@code ok}, {@code warn}, {@code throttle} or {@code refuse}, for {@code epochMillis}. */
  @GatewayOperation
  public synchronized String level(long epochMillis) {
    roll(epochMillis);
    return LEVELS[levelIndex(share())];
  }

  /**
   * Usage, share of the free tier used, month-end projection, level: {@code month} ({@code
   * yyyy-MM}), {@code scope} ({@code container}), {@code requests}, {@code gbSeconds}, {@code
   * requestShare}, {@code gbSecondsShare}, {@code share}, {@code monthElapsed} (fraction), {@code
   * projectedRequests}, {@code projectedGbSeconds}, {@code projectedShare}, {@code limits}, {@code
   * level}. Shares are fractions (0.8 = 80 %).
   */
  @GatewayOperation
  public synchronized java.util.Map<String, Object> usage(long epochMillis) {
    roll(epochMillis);
    double elapsed =
        Math.min(1.0, Math.max(0, epochMillis - monthStart) / (double) (monthEnd - monthStart));
    // One minute's worth of a month as the floor: a projection from less is meaningless.
    double basis = Math.max(elapsed, 60_000.0 / (monthEnd - monthStart));
    long requestLimit = requestLimit();
    double gbSecondLimit = gbSecondLimit();
    Map<String, Object> usage = new LinkedHashMap<>(16);
    usage.put("month", CivilTime.monthKey(monthStart));
    usage.put("scope", "container");
    usage.put("requests", requests);
    usage.put("gbSeconds", round(gbSeconds));
    usage.put("requestShare", round(requests / (double) requestLimit));
    usage.put("gbSecondsShare", round(gbSeconds / gbSecondLimit));
    usage.put("share", round(share()));
    usage.put("monthElapsed", round(elapsed));
    usage.put("projectedRequests", Math.round(requests / basis));
    usage.put("projectedGbSeconds", round(gbSeconds / basis));
    usage.put("projectedShare", round(share() / basis));
    usage.put("limits", Map.of("requests", requestLimit, "gbSeconds", gbSecondLimit));
    usage.put("level", LEVELS[levelIndex(share())]);
    return usage;
  }

  /** Moves to the month of {@code epochMillis} when it is later than the one counted. */
  private void roll(long epochMillis) {
    if (epochMillis >= monthEnd) {
      monthStart = CivilTime.monthStartMillis(epochMillis);
      monthEnd = CivilTime.nextMonthStartMillis(epochMillis);
      requests = 0;
      gbSeconds = 0;
      loggedLevel = 0;
    }
  }

  /** The larger of the two shares used. */
  private double share() {
    return Math.max(requests / (double) requestLimit(), gbSeconds / gbSecondLimit());
  }

  private static int levelIndex(double share) {
    return share >= REFUSE_SHARE ? 3 : share >= THROTTLE_SHARE ? 2 : share >= WARN_SHARE ? 1 : 0;
  }

  private static long requestLimit() {
    long limit = CoreGateway.configNumber("FREE_TIER_REQUESTS", DEFAULT_REQUESTS);
    return limit > 0 ? limit : DEFAULT_REQUESTS;
  }

  private static double gbSecondLimit() {
    long limit = CoreGateway.configNumber("FREE_TIER_GB_SECONDS", DEFAULT_GB_SECONDS);
    return limit > 0 ? limit : DEFAULT_GB_SECONDS;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static long percent(double share) {
    return Math.round(share * 100);
  }
}
