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

import dev.suga.runtime.InterfaceInfo;
import dev.suga.runtime.OperationInfo;
import dev.suga.runtime.StatisticsSnapshot;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The usage statistics of one module: its operations' calls, errors, cache outcomes and sampled
 * times, and its loads and releases. Cheap enough to stay on in production. Each module's holder
 * owns one, so every gateway that includes the module counts into it.
 *
 * <p>Every call is counted, but not every call is timed, because a pair of clock readings costs
 * tens of nanoseconds. By default each operation's sample period adapts to its own duration, so
 * that timing costs about 1 % of its time: calls of 10 µs or more are all timed, a trivial
 * operation's one in up to 4,096 once it has been called millions of times (see {@link
 * SamplePeriods}). The system property {@code suga.statistics.samplePeriod} fixes the period
 * instead: a power of two (other values are rounded up to one), 1 times every call, 0 none; {@code
 * adaptive} or no value is the default. The gaps between timed calls are random with the period as
 * their mean (see {@link SampleIntervals}), so that periodic call patterns do not bias the sample,
 * and each timed call counts for the gap that chose it: the mean duration is weighted, so that the
 * first calls of an operation, slow and timed every time while the period adapts, do not outweigh
 * the thousands of fast calls that follow.
 *
 * <p><b>One owner thread counts without atomics.</b> A Lambda function handles one event at a time,
 * on one thread, so the first thread that makes a counted call becomes the owner: its calls are
 * counted with a plain {@code long} increment compared with the call number of the operation's next
 * timed call, and {@link #begin} and {@link #end} are small enough for C1 (the only compiler of the
 * Lambda java17 runtime) to inline. Every other thread counts through {@link
 * java.util.concurrent.atomic.LongAdder}s and {@link ThreadLocalRandom}, exact under contention;
 * only the owner's fast path is unsynchronized, and only the owner writes its counters. A reading
 * ({@link #operation}) taken by another thread while the owner runs reads those counters without
 * synchronization: it never counts a call twice, but the Java memory model does not bound how
 * recent the counts it sees are (on HotSpot, they are the owner's counts of a moment ago). {@link
 * #reset} never writes the owner's counters: it records a baseline that snapshots subtract (a stale
 * read below the baseline counts as 0). When the owner thread has ended, the next timed call of
 * another thread takes over: the old owner's counts move to the shared counters, and the new owner
 * counts without atomics from then on.
 *
 * <p>Hot-path calls skip statistics entirely. Errors, cache outcomes and timings go through the
 * shared counters of an operation, allocated on its first such event, since a gateway can have
 * thousands of operations. Every {@link #begin} must be followed by its {@link #end} (the generated
 * code calls it in a {@code finally}). Thread-safe.
 */
public final class CallStatistics {
  /** What {@link #begin} returns for a call that is not timed. */
  public static final long NOT_SAMPLED = Long.MIN_VALUE;

  /** System property: the sample period, or {@code adaptive}. */
  public static final String SAMPLE_PERIOD_PROPERTY = "suga.statistics.samplePeriod";

  /** The sample period that adapts to each operation's duration; the default. */
  public static final int ADAPTIVE_SAMPLE_PERIOD = SamplePeriods.ADAPTIVE;

  private static final int MAX_SAMPLE_PERIOD = 1 << 30;

  private final NanoClock clock;
  private final SamplePeriods periods;

  /**
   * Counters by operation, created on first call. Plain array reads, because {@code
   * OperationCounters} has only final fields: a thread that sees the reference sees them
   * initialized. Creation takes {@link #operationsLock}, so no counts go to a lost copy. (Atomic
   * arrays would load {@code VarHandle} classes on every cold start.)
   */
  private final OperationCounters[] operations;

  private final Object operationsLock = new Object();

  /** What {@link #ownerId} holds while there is no owner: thread ids are positive. */
  private static final long NO_OWNER = 0;

  /**
   * The id of the thread whose calls are counted without atomics, or {@link #NO_OWNER}; written
   * under {@link #operationsLock}, after the owner arrays below, {@link #ownerIntervals} and {@link
   * #ownerThread}. A racy read is safe: no two live threads share an id, so only the owner itself
   * can see its own id, and every other thread, whatever it sees, takes the shared path (even on a
   * JVM that splits 64-bit writes: ids below 2^32 have a zero upper half, so a torn read is still 0
   * or an owner's id). An id, not the {@code Thread}: a module's statistics live as long as its
   * class loader, and a strong reference would keep an ended owner's {@code Thread}, and with it
   * its context class loader, that long too.
   */
  private long ownerId = NO_OWNER;

  /**
   * The owner thread, for {@link Thread#isAlive()} when another thread considers taking over; weak,
   * see {@link #ownerId}. Written under {@link #operationsLock}.
   */
  private WeakReference<Thread> ownerThread;

  /** The owner's call counts by operation; written only by the owner. */
  private long[] ownerCalls;

  /** What {@link #reset} saw in {@link #ownerCalls}; guarded by {@link #operationsLock}. */
  private long[] ownerCallsAtReset;

  /**
   * By operation, the value of {@link #ownerCalls} at which the owner's next timed call comes; 0
   * with period 0 (never). While a timed call runs, the count has passed it, and the call's {@link
   * #end} schedules the next with what it has just learned. This and the owner fields below: only
   * the owner reads and writes them.
   */
  private long[] ownerNextTimed;

  /** By operation, the gap that chose the next (or the running) timed call: its weight. */
  private int[] ownerGaps;

  private SampleIntervals ownerIntervals;

  /** The seed of {@link #ownerIntervals}, or 0 for a random one. */
  private final long intervalSeed;

  /** Module counters, guarded by {@link #modulesLock}: loads and releases are rare. */
  private long loads;

  private long loadNanos;
  private long releases;
  private long closeFailures;
  private long emergencyReleases;

  /** Loads minus releases since creation; unlike the counters above, not cleared by reset. */
  private long resident;

  private final Object modulesLock = new Object();

  /**
   * Creates empty statistics with the sample period of the system property {@code
   * suga.statistics.samplePeriod} (default: adaptive).
   *
   * @param operationCount the number of the module's operations
   * @param clock the clock that times calls
   */
  public CallStatistics(int operationCount, NanoClock clock) {
    this(operationCount, clock, samplePeriodProperty());
  }

  /**
   * Creates empty statistics.
   *
   * @param operationCount the number of the module's operations
   * @param clock the clock that times calls
   * @param samplePeriod {@link #ADAPTIVE_SAMPLE_PERIOD}, or time one call in this many: a power of
   *     two, 1 for every call, 0 for none
   * @throws IllegalArgumentException if {@code samplePeriod} is none of these
   */
  public CallStatistics(int operationCount, NanoClock clock, int samplePeriod) {
    this(operationCount, clock, samplePeriod, 0);
  }

  /**
   * As the public constructor, with the seed of the owner thread's sample gaps fixed (0: a random
   * one), so that tests can know which calls are timed.
   */
  CallStatistics(int operationCount, NanoClock clock, int samplePeriod, long intervalSeed) {
    this.intervalSeed = intervalSeed;
    if (samplePeriod != ADAPTIVE_SAMPLE_PERIOD
        && (samplePeriod < 0 || (samplePeriod & (samplePeriod - 1)) != 0)) {
      throw new IllegalArgumentException(
          "samplePeriod must be ADAPTIVE_SAMPLE_PERIOD, 0 or a power of two: " + samplePeriod);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.periods = new SamplePeriods(operationCount, samplePeriod, this.clock);
    this.operations = new OperationCounters[operationCount];
  }

  private static int samplePeriodProperty() {
    // Unset, "adaptive" and malformed values all mean the default.
    int period = SystemProperties.nonNegativeInt(SAMPLE_PERIOD_PROPERTY, ADAPTIVE_SAMPLE_PERIOD);
    if (period > MAX_SAMPLE_PERIOD) {
      return MAX_SAMPLE_PERIOD;
    }
    // Rounded up to a power of two, so that sampling is a mask instead of a division.
    return period <= 1 ? period : Integer.highestOneBit(period - 1) << 1;
  }

  /**
   * The configured sample period.
   *
   * @return {@link #ADAPTIVE_SAMPLE_PERIOD}, or one call in this many is timed (0: none)
   */
  public int samplePeriod() {
    return periods.configured();
  }

  /**
   * An operation's current sample period: the fixed one, or what the adaptive period has learned so
   * far.
   *
   * @param operation the operation's index
   * @return about one call in this many is timed; 0 means none
   */
  public int samplePeriod(int operation) {
    return periods.current(operation);
  }

  private OperationCounters counters(int operation) {
    OperationCounters counters = operations[operation];
    if (counters == null) {
      synchronized (operationsLock) {
        counters = operations[operation];
        if (counters == null) {
          counters = new OperationCounters();
          operations[operation] = counters;
        }
      }
    }
    return counters;
  }

  /**
   * Counts a call and decides whether it is timed. Pass the result to {@link #end}.
   *
   * @param operation the operation's index
   * @return the clock's time if the call is timed, else {@link #NOT_SAMPLED}
   */
  public long begin(int operation) {
    // Kept tiny, like ownerBegin, so that C1 inlines both (35 and 31 bytes at most: see there).
    return Thread.currentThread().getId() == ownerId
        ? ownerBegin(operation)
        : sharedBegin(operation);
  }

  /**
   * At most 31 bytes of bytecode: C1 inlines 35 at the first level and 90 % of that at the next
   * ({@code NestedInliningSizeRatio}), and this one is called from the inlined {@link #begin}. Two
   * returns, not a conditional expression, save the 2 bytes of a {@code goto}.
   */
  private long ownerBegin(int operation) {
    if (++ownerCalls[operation] != ownerNextTimed[operation]) {
      return NOT_SAMPLED;
    }
    // The count has now passed the scheduled call, so no other call of the operation is timed
    // (a recursive one would take its weight) until this one's end schedules the next.
    return ownerTimedBegin();
  }

  private long ownerTimedBegin() {
    return clock.nanoTime();
  }

  private void scheduleOwnerSample(int operation, int period) {
    if (period == 0) {
      ownerNextTimed[operation] = 0;
      return;
    }
    int gap = ownerIntervals.next(period);
    ownerGaps[operation] = gap;
    ownerNextTimed[operation] = ownerCalls[operation] + gap;
  }

  private long sharedBegin(int operation) {
    if (ownerId == NO_OWNER && claimOwnership()) {
      return ownerBegin(operation);
    }
    counters(operation).calls.increment();
    int period = periods.current(operation);
    if (period == 0
        || (period != 1 && (ThreadLocalRandom.current().nextInt() & (period - 1)) != 0)) {
      return NOT_SAMPLED;
    }
    // Checked on timed calls only: Thread.isAlive() is a native call on JDK 17. A racy read
    // that misses the owner only takes the lock, where claimOwnership() looks again.
    if (ownerId != NO_OWNER && !ownerAlive() && claimOwnership()) {
      // This call is counted already; the next ones take the owner's path. Its end() runs as
      // the new owner's, which takes the weight of a running timed call from here.
      ownerGaps[operation] = period;
    }
    return clock.nanoTime();
  }

  /**
   * Whether the owner thread is still running. One whose {@code Thread} was collected ended long
   * before: a running thread is a root of the garbage collector.
   */
  private boolean ownerAlive() {
    WeakReference<Thread> reference = ownerThread;
    Thread thread = reference == null ? null : reference.get();
    return thread != null && thread.isAlive();
  }

  /**
   * Makes the calling thread the owner if there is none yet, or if the owner has ended (its counts
   * move to the shared counters: a thread's end happens-before another thread sees it not alive, so
   * they are final; one whose {@code Thread} was collected had ended before that collection).
   * Returns whether the calling thread is now the owner.
   */
  private boolean claimOwnership() {
    Thread current = Thread.currentThread();
    synchronized (operationsLock) {
      if (ownerId != NO_OWNER && !ownerAlive()) {
        for (int i = 0; i < ownerCalls.length; i++) {
          long calls = sinceReset(ownerCalls, ownerCallsAtReset, i);
          if (calls > 0) {
            counters(i).calls.add(calls);
          }
        }
        ownerCallsAtReset = null;
        ownerThread = null;
        ownerId = NO_OWNER;
      }
      if (ownerId == NO_OWNER) {
        int count = operations.length;
        ownerCalls = new long[count];
        ownerNextTimed = new long[count];
        ownerGaps = new int[count];
        ownerIntervals =
            new SampleIntervals(
                intervalSeed != 0 ? intervalSeed : ThreadLocalRandom.current().nextLong());
        for (int i = 0; i < count; i++) {
          scheduleOwnerSample(i, periods.current(i));
        }
        ownerThread = new WeakReference<>(current);
        ownerId = current.getId();
      }
      return ownerId == current.getId();
    }
  }

  /**
   * The owner's calls of operation {@code i} since the last reset; 0 if a stale read of {@code
   * calls} is below the baseline.
   */
  private static long sinceReset(long[] calls, long[] atReset, int i) {
    return Math.max(0, calls[i] - (atReset == null ? 0 : atReset[i]));
  }

  /**
   * Ends a call that {@link #begin} counted; records its duration if it was timed.
   *
   * @param operation the operation's index
   * @param begin what {@link #begin} returned
   */
  public void end(int operation, long begin) {
    if (begin != NOT_SAMPLED) {
      recordSample(operation, clock.nanoTime() - begin);
    }
  }

  private void recordSample(int operation, long elapsedNanos) {
    int weight;
    if (Thread.currentThread().getId() == ownerId) {
      // At least 1: a call that began on the shared path and ended here after a takeover
      // (of another operation, nested in it) finds the new owner's arrays.
      weight = Math.max(1, ownerGaps[operation]);
      scheduleOwnerSample(operation, periods.learn(operation, elapsedNanos, weight));
    } else {
      // The period that decided this call was timed, unless another thread changed it since
      // (then one timed call weighs a little more or less than it should).
      weight = Math.max(1, periods.current(operation));
      periods.learn(operation, elapsedNanos, weight);
    }
    counters(operation).recordSample(elapsedNanos, weight);
  }

  /**
   * Counts a call that threw.
   *
   * @param operation the operation's index
   */
  public void error(int operation) {
    counters(operation).errors.increment();
  }

  /**
   * Counts a call answered from the result cache.
   *
   * @param operation the operation's index
   */
  public void cacheHit(int operation) {
    counters(operation).cacheHits.increment();
  }

  /**
   * Counts a call of a cached operation that the result cache could not answer.
   *
   * @param operation the operation's index
   */
  public void cacheMiss(int operation) {
    counters(operation).cacheMisses.increment();
  }

  /**
   * Records that the module was built.
   *
   * @param loadNanos how long building took
   */
  public void moduleLoaded(long loadNanos) {
    synchronized (modulesLock) {
      loads++;
      this.loadNanos += loadNanos;
      resident++;
    }
  }

  /**
   * Records that the module instance was released.
   *
   * @param emergency whether memory pressure forced the release
   */
  void moduleReleased(boolean emergency) {
    synchronized (modulesLock) {
      releases++;
      resident--;
      if (emergency) {
        emergencyReleases++;
      }
    }
  }

  /** Records that closing a released module threw. */
  void moduleCloseFailed() {
    synchronized (modulesLock) {
      closeFailures++;
    }
  }

  /**
   * Whether the module is loaded: it was loaded more often than released. Not affected by {@link
   * #reset()}.
   *
   * @return whether the module is loaded
   */
  public boolean isLoaded() {
    synchronized (modulesLock) {
      return resident > 0;
    }
  }

  /**
   * Clears all counters, for example to measure one phase. Whether the module is {@linkplain
   * #isLoaded loaded} is kept. Calls running concurrently may or may not be counted.
   */
  public void reset() {
    synchronized (operationsLock) {
      Arrays.fill(operations, null);
      if (ownerCalls != null) {
        ownerCallsAtReset = ownerCalls.clone();
      }
    }
    synchronized (modulesLock) {
      loads = 0;
      loadNanos = 0;
      releases = 0;
      closeFailures = 0;
      emergencyReleases = 0;
    }
  }

  /**
   * The statistics of one operation, read now. Calls that run while it is read may or may not be
   * included.
   *
   * @param index the operation's index in the module
   * @param operation the operation's metadata
   * @return the statistics
   */
  public StatisticsSnapshot.OperationStatistics operation(int index, OperationInfo operation) {
    long ownerCount;
    synchronized (operationsLock) {
      ownerCount = ownerCalls == null ? 0 : sinceReset(ownerCalls, ownerCallsAtReset, index);
    }
    OperationCounters counters = operations[index];
    if (counters == null) {
      return new StatisticsSnapshot.OperationStatistics(
          operation, ownerCount, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    return new StatisticsSnapshot.OperationStatistics(
        operation,
        ownerCount + counters.calls.sum(),
        counters.errors.sum(),
        counters.cacheHits.sum(),
        counters.cacheMisses.sum(),
        counters.sampledCalls.sum(),
        counters.sampledNanos.sum(),
        counters.weightedCalls.sum(),
        counters.weightedNanos.sum(),
        counters.maxNanos.get());
  }

  /**
   * The module's load and release counts, read now.
   *
   * @param module the module's metadata
   * @return the statistics
   */
  public StatisticsSnapshot.ModuleStatistics module(InterfaceInfo module) {
    synchronized (modulesLock) {
      return new StatisticsSnapshot.ModuleStatistics(
          module, loads, loadNanos, releases, closeFailures, emergencyReleases, resident > 0);
    }
  }

  /**
   * Empty statistics of an operation whose module was never loaded.
   *
   * @param operation the operation's metadata
   * @return all counts 0
   */
  public static StatisticsSnapshot.OperationStatistics unused(OperationInfo operation) {
    return new StatisticsSnapshot.OperationStatistics(operation, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Empty statistics of a module that was never loaded.
   *
   * @param module the module's metadata
   * @return all counts 0, not loaded
   */
  public static StatisticsSnapshot.ModuleStatistics unused(InterfaceInfo module) {
    return new StatisticsSnapshot.ModuleStatistics(module, 0, 0, 0, 0, 0, false);
  }

  /** The number of operations given at creation. */
  int operationCount() {
    return operations.length;
  }
}
