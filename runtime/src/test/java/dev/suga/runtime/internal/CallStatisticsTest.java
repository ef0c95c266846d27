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
package dev.suga.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.runtime.InterfaceInfo;
import dev.suga.runtime.OperationInfo;
import dev.suga.runtime.ParameterInfo;
import dev.suga.runtime.StatisticsSnapshot;
import dev.suga.runtime.UnloadPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

class CallStatisticsTest {
  private static final List<OperationInfo> OPERATIONS =
      List.of(
          new OperationInfo(
              "cache",
              "get",
              false,
              60,
              "java.lang.String",
              List.of(new ParameterInfo("key", "java.lang.String"))),
          new OperationInfo(
              "cache",
              "put",
              false,
              0,
              "void",
              List.of(
                  new ParameterInfo("key", "java.lang.String"),
                  new ParameterInfo("value", "java.lang.String"))));
  private static final InterfaceInfo CACHE =
      new InterfaceInfo("cache", "com.acme.CacheCore", UnloadPolicy.IDLE, 30);

  private final FakeClock clock = new FakeClock();

  /** What a gateway of the one module would report. */
  private static StatisticsSnapshot snapshot(CallStatistics statistics) {
    List<StatisticsSnapshot.OperationStatistics> operations = new ArrayList<>();
    for (int i = 0; i < OPERATIONS.size(); i++) {
      operations.add(statistics.operation(i, OPERATIONS.get(i)));
    }
    return new StatisticsSnapshot(operations, List.of(statistics.module(CACHE)));
  }

  private StatisticsSnapshot.OperationStatistics get(CallStatistics statistics) {
    return snapshot(statistics).operation("cache.get");
  }

  @Test
  void countsCallsErrorsAndCacheOutcomes() {
    CallStatistics statistics = new CallStatistics(2, clock, 16);
    for (int i = 0; i < 5; i++) {
      statistics.end(0, statistics.begin(0));
    }
    statistics.error(0);
    statistics.cacheHit(0);
    statistics.cacheHit(0);
    statistics.cacheMiss(0);

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(5, get.calls());
    assertEquals(1, get.errors());
    assertEquals(2, get.cacheHits());
    assertEquals(1, get.cacheMisses());
    StatisticsSnapshot.OperationStatistics put = snapshot(statistics).operation("cache.put");
    assertEquals(0, put.calls(), "operations are counted separately");
  }

  @Test
  void samplePeriodOneTimesEveryCall() {
    CallStatistics statistics = new CallStatistics(2, clock, 1);

    long begin = statistics.begin(0);
    assertNotEquals(CallStatistics.NOT_SAMPLED, begin);
    clock.advanceNanos(1_000);
    statistics.end(0, begin);
    begin = statistics.begin(0);
    clock.advanceNanos(3_000);
    statistics.end(0, begin);

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(2, get.sampledCalls());
    assertEquals(4_000, get.sampledNanos());
    assertEquals(3_000, get.maxNanos());
    assertEquals(2_000.0, get.meanNanos());
    assertEquals(4_000, get.estimatedTotalNanos());
  }

  @Test
  void samplePeriodZeroTimesNoCall() {
    CallStatistics statistics = new CallStatistics(2, clock, 0);

    for (int i = 0; i < 100; i++) {
      long begin = statistics.begin(0);
      assertEquals(CallStatistics.NOT_SAMPLED, begin);
      clock.advanceNanos(10);
      statistics.end(0, begin);
    }

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(100, get.calls());
    assertEquals(0, get.sampledCalls());
    assertEquals(0.0, get.meanNanos());
    assertEquals(0, get.estimatedTotalNanos());
  }

  @Test
  void samplePeriodSixteenTimesAboutOneCallInSixteen() {
    CallStatistics statistics = new CallStatistics(2, clock, 16);

    for (int i = 0; i < 16_000; i++) {
      long begin = statistics.begin(0);
      clock.advanceNanos(100);
      statistics.end(0, begin);
    }

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    // Expected 1000, standard deviation about 31: these bounds are 10 deviations away.
    assertTrue(get.sampledCalls() > 690 && get.sampledCalls() < 1310, "" + get.sampledCalls());
    assertEquals(100.0, get.meanNanos());
    assertEquals(1_600_000, get.estimatedTotalNanos());
  }

  /** Calls {@code operation} {@code calls} times, each taking {@code nanos} on the fake clock. */
  private void call(CallStatistics statistics, int operation, int calls, long nanos) {
    for (int i = 0; i < calls; i++) {
      long begin = statistics.begin(operation);
      clock.advanceNanos(nanos);
      statistics.end(operation, begin);
    }
  }

  @Test
  void adaptiveTimesEveryCallOfASlowOperation() {
    CallStatistics statistics = new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD);

    call(statistics, 0, 1_000, 20_000); // 20 µs: timing's ~100 ns is under 1 %

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(1_000, get.sampledCalls());
    assertEquals(1, statistics.samplePeriod(0));
    assertEquals(20_000.0, get.meanNanos());
  }

  @Test
  void adaptiveTimesAFastOperationAboutOnceInItsPeriod() {
    CallStatistics statistics =
        new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD, 20_261_126);

    call(statistics, 0, 256_000, 50); // 10,000 / 50 = 200, rounded up to 256

    assertEquals(256, statistics.samplePeriod(0));
    assertEquals(1, statistics.samplePeriod(1), "an operation never called starts at 1");
    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(256_000, get.calls());
    // About 1,000, plus the few dozen of the first calls while the period grew; a standard
    // deviation of about 18 (uniform gaps), so these bounds are more than 10 away.
    assertTrue(get.sampledCalls() > 800 && get.sampledCalls() < 1_300, "" + get.sampledCalls());
    assertEquals(50.0, get.meanNanos());
    assertEquals(12_800_000, get.estimatedTotalNanos());
  }

  /** A clock whose every reading takes {@code latency} ns, as a real one's does. */
  private static final class SlowReadingClock implements NanoClock {
    private final long latency;
    private long now;

    SlowReadingClock(long latency) {
      this.latency = latency;
    }

    @Override
    public long nanoTime() {
      return now += latency;
    }

    void advanceNanos(long nanos) {
      now += nanos;
    }
  }

  @Test
  void theClocksOwnLatencyIsNotTakenForTheOperationsTime() {
    SlowReadingClock slowClock = new SlowReadingClock(40);
    CallStatistics statistics =
        new CallStatistics(2, slowClock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD);

    for (int i = 0; i < 200_000; i++) {
      long begin = statistics.begin(0);
      slowClock.advanceNanos(2); // a 2 ns operation, timed as 42 ns
      statistics.end(0, begin);
      begin = statistics.begin(1);
      slowClock.advanceNanos(1_000); // a 1 µs one: 10,000 / 1,000 = 10, rounded up to 16
      statistics.end(1, begin);
    }

    // 42 ns taken as its time would mean 256. (Still growing: the period is at most the number
    // of calls timed so far, and the most is 4,096.)
    assertTrue(statistics.samplePeriod(0) >= 512, "period " + statistics.samplePeriod(0));
    assertEquals(16, statistics.samplePeriod(1));
    assertEquals(42.0, get(statistics).meanNanos(), "durations are reported as timed");
  }

  @Test
  void theWeightedMeanIsNotSkewedBySlowFirstCalls() {
    CallStatistics statistics = new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD);

    call(statistics, 0, 200, 100_000); // cold: 100 µs, every one timed
    call(statistics, 0, 200_000, 50); //  warm: 50 ns, about 1 in 256 timed

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    double trueMean = (200 * 100_000.0 + 200_000 * 50.0) / 200_200; // 149.9 ns
    assertTrue(
        Math.abs(get.meanNanos() - trueMean) < 0.05 * trueMean,
        "weighted mean " + get.meanNanos() + ", true " + trueMean);
    double unweighted = (double) get.sampledNanos() / get.sampledCalls();
    assertTrue(
        unweighted > 10 * trueMean, "the slow calls dominate an unweighted mean: " + unweighted);
    assertTrue(
        Math.abs(get.estimatedTotalNanos() - 30_000_000) < 1_500_000,
        "" + get.estimatedTotalNanos());
  }

  @Test
  void anOperationThatTurnsSlowIsTimedMoreOftenAtOnceAndThenEveryCall() {
    // A fixed seed: the weight of the first slow sample is the random gap that chose it (1 to
    // 511 calls at period 256), and the new period depends on it. With a random seed this test
    // failed in a CI run on 2026-11-23: a small weight, period 16.
    CallStatistics statistics =
        new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD, 20_261_123);
    call(statistics, 0, 100_000, 50);
    assertEquals(256, statistics.samplePeriod(0));
    long timedBefore = get(statistics).sampledCalls();
    long weightBefore = get(statistics).weightedCalls();

    // Home Assistant went slow: 1 ms a call. The first timed one may be up to 511 calls away.
    int slowCalls = 0;
    while (get(statistics).sampledCalls() == timedBefore) {
      call(statistics, 0, 1, 1_000_000);
      slowCalls++;
    }
    assertTrue(slowCalls <= 511, "" + slowCalls);
    long weight = get(statistics).weightedCalls() - weightBefore;
    assertTrue(weight >= 128, "this seed gives a typical weight, not a small one: " + weight);
    // One sample standing for that many calls of 1 ms, in a window of ~100,000 calls: a mean of
    // microseconds, so a period of a few calls.
    assertTrue(statistics.samplePeriod(0) <= 8, "period " + statistics.samplePeriod(0));

    call(statistics, 0, 5_000, 1_000_000);
    assertEquals(1, statistics.samplePeriod(0), "once slow calls dominate the window");
    for (int i = 0; i < 100; i++) {
      long begin = statistics.begin(0);
      assertNotEquals(CallStatistics.NOT_SAMPLED, begin, "slow call " + i + " is timed");
      clock.advanceNanos(1_000_000);
      statistics.end(0, begin);
    }
  }

  @Test
  void mostlyFastCallsWithSomeSlowOnesAreTimedByTheirMean() {
    // Seeded, so that the test is deterministic; the bound below was set from random seeds.
    CallStatistics statistics =
        new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD, 20_261_124);

    for (int i = 0; i < 4_000; i++) { // as a cached operation: 99 hits of 20 ns, a 100 us miss
      call(statistics, 0, 99, 20);
      call(statistics, 0, 1, 100_000);
    }

    // The mean is ~1 us, so timing at 1 % needs a period of about 16, not the 512 of a 20 ns
    // call: the slow calls get timed, and the estimate is close.
    StatisticsSnapshot.OperationStatistics get = get(statistics);
    double trueMean = (99 * 20.0 + 100_000) / 100;
    assertTrue(statistics.samplePeriod(0) <= 64, "period " + statistics.samplePeriod(0));
    // Measured over 12 runs: -14 % to +14 %; the bound is about 4.5 standard deviations.
    assertTrue(
        Math.abs(get.meanNanos() - trueMean) < 0.3 * trueMean,
        "weighted mean " + get.meanNanos() + ", true " + trueMean);
  }

  @Test
  void aRecursiveCallDoesNotTakeTheWeightOfTheCallAroundIt() {
    // Seeded: with random gaps the weighted mean spread over 198.8 - 224.1 in 3,000 trials, and
    // 3 % of them fell outside the bounds below.
    CallStatistics statistics = new CallStatistics(2, clock, 16, 20_261_125);

    for (int i = 0; i < 50_000; i++) { // 1 us calls that each make 4 nested 10 ns calls
      long outer = statistics.begin(0);
      clock.advanceNanos(500);
      call(statistics, 0, 4, 10);
      clock.advanceNanos(460);
      statistics.end(0, outer);
    }

    double trueMean = (50_000 * 1_000.0 + 200_000 * 10.0) / 250_000; // 208 ns
    double mean = get(statistics).meanNanos();
    assertTrue(Math.abs(mean - trueMean) < 0.05 * trueMean, "mean " + mean + ", true " + trueMean);
  }

  @Test
  void resetKeepsWhatWasLearnedAboutAnOperationsSpeed() {
    CallStatistics statistics = new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD);
    call(statistics, 0, 100_000, 50);

    statistics.reset();

    assertEquals(256, statistics.samplePeriod(0));
    call(statistics, 0, 25_600, 50);
    long timed = get(statistics).sampledCalls();
    assertTrue(timed > 50 && timed < 150, "about 100 timed, not the first calls again: " + timed);
  }

  @Test
  void anotherThreadsMeanIsWeightedToo() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD);
    statistics.end(1, statistics.begin(1)); // this thread becomes the owner
    Thread other =
        new Thread(
            () -> {
              call(statistics, 0, 200, 100_000);
              call(statistics, 0, 200_000, 50);
            });
    other.start();
    other.join();

    double trueMean = (200 * 100_000.0 + 200_000 * 50.0) / 200_200;
    double mean = get(statistics).meanNanos();
    // The shared path draws from ThreadLocalRandom (not seedable): 3,000 trials gave -3.7 % to
    // +4.0 %, so the bound is twice that.
    assertTrue(Math.abs(mean - trueMean) < 0.08 * trueMean, "mean " + mean + ", true " + trueMean);
  }

  @Test
  void aTimedCallThatBeganSharedCanEndAsTheNewOwners() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, 1);
    Thread first = new Thread(() -> statistics.end(1, statistics.begin(1)));
    first.start();
    first.join(); // the owner has ended; this thread's next timed call takes over

    long outer = statistics.begin(0); // shared: the owner is not checked until a timed call
    statistics.end(1, statistics.begin(1)); // nested, timed: takes over
    clock.advanceNanos(700);
    statistics.end(0, outer); // ends as the new owner's

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(1, get.calls());
    assertEquals(1, get.sampledCalls());
    assertEquals(700.0, get.meanNanos());
    statistics.end(0, statistics.begin(0));
    assertEquals(2, get(statistics).calls(), "and the owner's path counts from here");
  }

  @Test
  void anotherThreadSamplesAdaptivelyToo() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, CallStatistics.ADAPTIVE_SAMPLE_PERIOD);
    statistics.end(1, statistics.begin(1)); // this thread becomes the owner
    Thread other = new Thread(() -> call(statistics, 0, 256_000, 50));
    other.start();
    other.join();

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(256_000, get.calls());
    assertEquals(256, statistics.samplePeriod(0));
    // ThreadLocalRandom on the shared path: 3,000 trials gave 1,077 - 1,273 timed calls.
    assertTrue(get.sampledCalls() > 800 && get.sampledCalls() < 1_400, "" + get.sampledCalls());
    assertEquals(50.0, get.meanNanos());
  }

  @Test
  void samplePeriodMustBeAPowerOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> new CallStatistics(1, clock, 3));
    assertThrows(IllegalArgumentException.class, () -> new CallStatistics(1, clock, -2));
    assertEquals(64, new CallStatistics(1, clock, 64).samplePeriod());
    assertEquals(64, new CallStatistics(1, clock, 64).samplePeriod(0));
  }

  @Test
  void samplePeriodPropertyIsRoundedUpToAPowerOfTwo() {
    String previous = System.getProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY);
    try {
      System.setProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY, "20");
      assertEquals(32, new CallStatistics(1, clock).samplePeriod());
      System.setProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY, "0");
      assertEquals(0, new CallStatistics(1, clock).samplePeriod());
      System.setProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY, "adaptive");
      assertEquals(
          CallStatistics.ADAPTIVE_SAMPLE_PERIOD, new CallStatistics(1, clock).samplePeriod());
      System.setProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY, "nonsense");
      assertEquals(
          CallStatistics.ADAPTIVE_SAMPLE_PERIOD, new CallStatistics(1, clock).samplePeriod());
      System.clearProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY);
      assertEquals(
          CallStatistics.ADAPTIVE_SAMPLE_PERIOD,
          new CallStatistics(1, clock).samplePeriod(),
          "the default");
    } finally {
      if (previous == null) {
        System.clearProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY);
      } else {
        System.setProperty(CallStatistics.SAMPLE_PERIOD_PROPERTY, previous);
      }
    }
  }

  @Test
  void tracksModuleLoadsAndReleases() {
    CallStatistics statistics = new CallStatistics(2, clock, 16);
    assertFalse(statistics.isLoaded());

    statistics.moduleLoaded(2_000_000);
    assertTrue(statistics.isLoaded());
    statistics.moduleReleased(false);
    assertFalse(statistics.isLoaded());
    statistics.moduleLoaded(3_000_000);
    statistics.moduleCloseFailed();

    StatisticsSnapshot.ModuleStatistics cache = snapshot(statistics).module("cache");
    assertEquals(2, cache.loads());
    assertEquals(5_000_000, cache.loadNanos());
    assertEquals(1, cache.releases());
    assertEquals(1, cache.closeFailures());
    assertTrue(cache.loaded());
  }

  @Test
  void resetClearsCountersButKeepsWhatIsLoaded() {
    CallStatistics statistics = new CallStatistics(2, clock, 1);
    statistics.end(0, statistics.begin(0));
    statistics.error(1);
    statistics.moduleLoaded(10);

    statistics.reset();

    StatisticsSnapshot snapshot = snapshot(statistics);
    assertEquals(0, snapshot.totalCalls());
    assertEquals(0, snapshot.operation("cache.put").errors());
    assertEquals(0, snapshot.operation("cache.get").sampledCalls());
    assertEquals(0, snapshot.module("cache").loads());
    assertTrue(snapshot.module("cache").loaded());
    statistics.moduleReleased(false);
    assertFalse(statistics.isLoaded());
  }

  @Test
  void countsConcurrentCallsExactly() throws Exception {
    CallStatistics statistics = new CallStatistics(2, NanoClock.SYSTEM, 16);
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 10_000; i++) {
                  statistics.end(1, statistics.begin(1));
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertEquals(40_000, snapshot(statistics).totalCalls());
  }

  @Test
  void aSecondThreadIsTimedAboutOneCallInSixteenToo() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, 16);
    statistics.end(1, statistics.begin(1)); // this thread becomes the owner
    Thread other =
        new Thread(
            () -> {
              for (int i = 0; i < 16_000; i++) {
                statistics.end(0, statistics.begin(0));
              }
            });
    other.start();
    other.join();

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(16_000, get.calls());
    assertTrue(get.sampledCalls() > 690 && get.sampledCalls() < 1310, "" + get.sampledCalls());
  }

  @Test
  void resetFromAnotherThreadClearsTheOwnersCounts() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, 16);
    for (int i = 0; i < 7; i++) {
      statistics.end(0, statistics.begin(0));
    }
    Thread resetter = new Thread(statistics::reset);
    resetter.start();
    resetter.join();
    assertEquals(0, get(statistics).calls());

    statistics.end(0, statistics.begin(0));
    statistics.end(0, statistics.begin(0));
    assertEquals(2, get(statistics).calls(), "counted from the reset on");
  }

  @Test
  void ownerAndSharedCountsAddUp() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, 1);
    statistics.end(0, statistics.begin(0));
    Thread other = new Thread(() -> statistics.end(0, statistics.begin(0)));
    other.start();
    other.join();
    statistics.error(0);

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(2, get.calls());
    assertEquals(2, get.sampledCalls());
    assertEquals(1, get.errors());
  }

  @Test
  void anotherThreadTakesOverWhenTheOwnerHasEnded() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, 1);
    Thread first =
        new Thread(
            () -> {
              for (int i = 0; i < 5; i++) {
                statistics.end(0, statistics.begin(0));
              }
            });
    first.start();
    first.join();

    for (int i = 0; i < 100; i++) {
      statistics.end(0, statistics.begin(0));
    }
    Thread third = new Thread(() -> statistics.end(0, statistics.begin(0)));
    third.start();
    third.join();

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(106, get.calls(), "the ended owner's 5, this thread's 100, a third thread's 1");
    assertEquals(106, get.sampledCalls());
  }

  @Test
  void anEndedOwnerThreadIsNotKeptAliveAndIsStillTakenOverFrom() throws Exception {
    CallStatistics statistics = new CallStatistics(2, clock, 1);
    WeakReference<Thread> first = endedOwner(statistics, 5);

    assertTrue(
        Collection.until(() -> first.get() == null),
        "the statistics keep the ended owner's Thread (and its context class loader) reachable");
    for (int i = 0; i < 100; i++) {
      statistics.end(0, statistics.begin(0));
    }
    Thread third = new Thread(() -> statistics.end(0, statistics.begin(0)));
    third.start();
    third.join();

    StatisticsSnapshot.OperationStatistics get = get(statistics);
    assertEquals(
        106, get.calls(), "the collected owner's 5, this thread's 100, a third thread's 1");
    assertEquals(106, get.sampledCalls());
  }

  /** Makes a thread the owner with {@code calls} calls, and waits until it has ended. */
  private static WeakReference<Thread> endedOwner(CallStatistics statistics, int calls)
      throws InterruptedException {
    Thread owner =
        new Thread(
            () -> {
              for (int i = 0; i < calls; i++) {
                statistics.end(0, statistics.begin(0));
              }
            });
    owner.start();
    owner.join();
    return new WeakReference<>(owner);
  }

  /**
   * C1, the only JIT of the Lambda java17 runtime, inlines a callee only up to 35 bytes of
   * bytecode, and 90 % of its parent's limit at each deeper level: the counted call's fast path
   * must stay within that, or every counted call pays one or two more calls.
   */
  @Test
  void theFastPathIsSmallEnoughForC1ToInline() throws Exception {
    Path classFile =
        Path.of(CallStatistics.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("dev/suga/runtime/internal/CallStatistics.class");
    StringWriter out = new StringWriter();
    int status =
        ToolProvider.findFirst("javap")
            .orElseThrow()
            .run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", classFile.toString());
    assertEquals(0, status, out::toString);
    Map<String, Integer> sizes = new HashMap<>();
    String method = null;
    for (String line : out.toString().split("\n")) {
      Matcher instruction = Pattern.compile("^\\s+(\\d+): [a-z]").matcher(line);
      if (instruction.find()) {
        sizes.merge(method, Integer.parseInt(instruction.group(1)) + 1, Math::max);
      } else if (line.startsWith("  ") && !line.startsWith("   ") && line.endsWith(";")) {
        method = line.trim();
      }
    }
    // begin and end are inlined into the typed method (first level: 35 bytes), ownerBegin into
    // begin (second level: 90 % of that, 31 bytes; -XX:+PrintInlining said "callee is too
    // large" for a 33-byte one).
    Map<String, Integer> limits =
        Map.of(
            "public long begin(int);",
            35,
            "public void end(int, long);",
            35,
            "private long ownerBegin(int);",
            31);
    limits.forEach(
        (fastPath, limit) -> {
          Integer size = sizes.get(fastPath);
          assertTrue(size != null && size <= limit, fastPath + " is " + size + " bytes: " + sizes);
        });
  }
}
