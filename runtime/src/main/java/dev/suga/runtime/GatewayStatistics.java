package dev.suga.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Per-operation and per-module usage statistics, cheap enough to stay on in production.
 *
 * <p>Every call is counted, but only one call in about {@code N} is timed, because a pair of
 * clock readings costs tens of nanoseconds. {@code N} is the sample period: the system property
 * {@code suga.statistics.samplePeriod}, a power of two (other values are rounded up to one),
 * default 64; 1 times every call, 0 none. The gap between timed calls is random (see {@link
 * SampleIntervals}), so that periodic call patterns do not bias the sample.
 *
 * <p>Why 64: a timed call costs about 160 ns here (two {@code System.nanoTime()} at 40 to 55 ns
 * each in a Firecracker microVM, which is what Lambda runs, plus recording), so timing 1 call in
 * 16 added about 10 ns to every counted call and 1 in 64 adds under 3 (C2, measured with a
 * counted call in a loop; docs/performance.md). Functions whose calls take milliseconds and are
 * few can afford {@code -Dsuga.statistics.samplePeriod=1}.
 *
 * <p><b>One owner thread counts without atomics.</b> A Lambda function handles one event at a
 * time, on one thread, so the first thread that makes a counted call becomes the owner: its
 * calls are counted with a plain {@code long} increment and a plain countdown to the next
 * timed call, and {@link #begin} and {@link #end} are small enough for C1 (the only compiler of
 * the Lambda java17 runtime) to inline. Every other thread counts through {@link
 * java.util.concurrent.atomic.LongAdder}s and {@link ThreadLocalRandom}, exact under
 * contention; only the owner's fast path is unsynchronized, and only the owner writes its
 * counters. A {@link #snapshot} taken by another thread while the owner runs reads those
 * counters without synchronization: it never counts a call twice, but the Java memory model does
 * not bound how recent the counts it sees are (on HotSpot, they are the owner's counts of a
 * moment ago). {@link #reset} never writes the owner's counters: it records a baseline that
 * snapshots subtract (a stale read below the baseline counts as 0). When the owner thread has
 * ended, the next timed call of another thread takes over: the old owner's counts move to the
 * shared counters, and the new owner counts without atomics from then on.
 *
 * <p>Hot-path calls skip statistics entirely. Errors, cache outcomes and timings go through the
 * shared counters of an operation, allocated on its first such event, since a gateway can have
 * thousands of operations. Thread-safe.
 */
public final class GatewayStatistics {
  /** What {@link #begin} returns for a call that is not timed. */
  public static final long NOT_SAMPLED = Long.MIN_VALUE;
  /** System property: the sample period. */
  public static final String SAMPLE_PERIOD_PROPERTY = "suga.statistics.samplePeriod";

  private static final int DEFAULT_SAMPLE_PERIOD = 64;
  private static final int MAX_SAMPLE_PERIOD = 1 << 30;

  private final NanoClock clock;
  private final int samplePeriod;
  /** {@code samplePeriod - 1}: a call is timed when random bits under the mask are all zero. */
  private final int sampleMask;
  /**
   * Counters by operation, created on first call. Plain array reads, because {@code
   * OperationCounters} has only final fields: a thread that sees the reference sees them
   * initialized. Creation takes {@link #operationsLock}, so no counts go to a lost copy.
   * (Atomic arrays would load {@code VarHandle} classes on every cold start.)
   */
  private final OperationCounters[] operations;
  private final Object operationsLock = new Object();
  /**
   * The thread whose calls are counted without atomics; written once, under {@link
   * #operationsLock}, after {@link #ownerCalls} and {@link #ownerIntervals}. A racy read is
   * safe: only the owner itself can see its own reference, and every other thread, whatever it
   * sees, takes the shared path.
   */
  private Thread owner;
  /** The owner's call counts by operation; written only by the owner. */
  private long[] ownerCalls;
  /** What {@link #reset} saw in {@link #ownerCalls}; guarded by {@link #operationsLock}. */
  private long[] ownerCallsAtReset;
  /** The owner's calls until its next timed call; only the owner reads and writes it. */
  private int ownerCallsUntilSample;
  private SampleIntervals ownerIntervals;
  /** Module counters, guarded by {@link #modulesLock}: loads and releases are rare. */
  private final long[] loads;
  private final long[] loadNanos;
  private final long[] releases;
  private final long[] closeFailures;
  /** Loads minus releases since creation; unlike the counters above, not cleared by reset. */
  private final long[] resident;
  private final Object modulesLock = new Object();

  /**
   * Creates empty statistics with the sample period of the system property {@code
   * suga.statistics.samplePeriod} (default 64).
   *
   * @param operationCount the number of operations
   * @param interfaceCount the number of interfaces
   * @param clock the clock that times calls
   */
  public GatewayStatistics(int operationCount, int interfaceCount, NanoClock clock) {
    this(operationCount, interfaceCount, clock, samplePeriodProperty());
  }

  /**
   * Creates empty statistics.
   *
   * @param operationCount the number of operations
   * @param interfaceCount the number of interfaces
   * @param clock the clock that times calls
   * @param samplePeriod time one call in this many: a power of two, 1 for every call, 0 for none
   * @throws IllegalArgumentException if {@code samplePeriod} is negative or not a power of two
   */
  public GatewayStatistics(
      int operationCount, int interfaceCount, NanoClock clock, int samplePeriod) {
    if (samplePeriod < 0 || (samplePeriod & (samplePeriod - 1)) != 0) {
      throw new IllegalArgumentException(
          "samplePeriod must be 0 or a power of two: " + samplePeriod);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.samplePeriod = samplePeriod;
    this.sampleMask = samplePeriod - 1;
    this.operations = new OperationCounters[operationCount];
    this.loads = new long[interfaceCount];
    this.loadNanos = new long[interfaceCount];
    this.releases = new long[interfaceCount];
    this.closeFailures = new long[interfaceCount];
    this.resident = new long[interfaceCount];
  }

  private static int samplePeriodProperty() {
    int period = SystemProperties.nonNegativeInt(SAMPLE_PERIOD_PROPERTY, DEFAULT_SAMPLE_PERIOD);
    if (period > MAX_SAMPLE_PERIOD) {
      return MAX_SAMPLE_PERIOD;
    }
    // Rounded up to a power of two, so that sampling is a mask instead of a division.
    return period <= 1 ? period : Integer.highestOneBit(period - 1) << 1;
  }

  /**
   * The sample period.
   *
   * @return one call in this many is timed; 0 means none
   */
  public int samplePeriod() {
    return samplePeriod;
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
    // Kept tiny, like ownerBegin, so that C1 inlines both (at most 35 bytes of bytecode each).
    return Thread.currentThread() == owner ? ownerBegin(operation) : sharedBegin(operation);
  }

  private long ownerBegin(int operation) {
    ownerCalls[operation]++;
    return --ownerCallsUntilSample > 0 ? NOT_SAMPLED : ownerSampleBegin();
  }

  private long ownerSampleBegin() {
    ownerCallsUntilSample = ownerIntervals.next();
    return samplePeriod == 0 ? NOT_SAMPLED : clock.nanoTime();
  }

  private long sharedBegin(int operation) {
    if (owner == null && claimOwnership()) {
      return ownerBegin(operation);
    }
    counters(operation).calls.increment();
    if (samplePeriod == 0
        || (sampleMask != 0 && (ThreadLocalRandom.current().nextInt() & sampleMask) != 0)) {
      return NOT_SAMPLED;
    }
    // Checked on timed calls only: Thread.isAlive() is a native call on JDK 17.
    Thread current = owner;
    if (current != null && !current.isAlive()) {
      claimOwnership(); // this call is counted already; the next ones take the owner's path
    }
    return clock.nanoTime();
  }

  /**
   * Makes the calling thread the owner if there is none yet, or if the owner has ended (its
   * counts move to the shared counters: a thread's end happens-before another thread sees it
   * not alive, so they are final). Returns whether the calling thread is now the owner.
   */
  private boolean claimOwnership() {
    synchronized (operationsLock) {
      if (owner != null && !owner.isAlive()) {
        for (int i = 0; i < ownerCalls.length; i++) {
          long calls = sinceReset(ownerCalls, ownerCallsAtReset, i);
          if (calls > 0) {
            counters(i).calls.add(calls);
          }
        }
        ownerCallsAtReset = null;
        owner = null;
      }
      if (owner == null) {
        ownerCalls = new long[operations.length];
        ownerIntervals =
            new SampleIntervals(samplePeriod, ThreadLocalRandom.current().nextLong());
        ownerCallsUntilSample = ownerIntervals.next();
        owner = Thread.currentThread();
      }
      return owner == Thread.currentThread();
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
      counters(operation).recordSample(clock.nanoTime() - begin);
    }
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
   * Records that a module was built.
   *
   * @param iface the interface's index
   * @param loadNanos how long building took
   */
  public void moduleLoaded(int iface, long loadNanos) {
    synchronized (modulesLock) {
      loads[iface]++;
      this.loadNanos[iface] += loadNanos;
      resident[iface]++;
    }
  }

  /**
   * Records that a module instance was released.
   *
   * @param iface the interface's index
   */
  public void moduleReleased(int iface) {
    synchronized (modulesLock) {
      releases[iface]++;
      resident[iface]--;
    }
  }

  /**
   * Records that closing a released module threw.
   *
   * @param iface the interface's index
   */
  public void moduleCloseFailed(int iface) {
    synchronized (modulesLock) {
      closeFailures[iface]++;
    }
  }

  /**
   * Whether a module is loaded: it was loaded more often than released. Not affected by
   * {@link #reset()}.
   *
   * @param iface the interface's index
   * @return whether the module is loaded
   */
  public boolean isLoaded(int iface) {
    synchronized (modulesLock) {
      return resident[iface] > 0;
    }
  }

  /**
   * Clears all counters, for example to measure one phase. Whether a module is {@linkplain
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
      Arrays.fill(loads, 0);
      Arrays.fill(loadNanos, 0);
      Arrays.fill(releases, 0);
      Arrays.fill(closeFailures, 0);
    }
  }

  /**
   * Takes an immutable snapshot of the statistics. Calls that run while it is taken may or may
   * not be included.
   *
   * @param operations the operations' metadata, indexed like the operation ints
   * @param interfaces the interfaces' metadata, indexed like the interface ints
   * @return the snapshot
   * @throws IllegalArgumentException if a list's size differs from the count given at creation
   */
  public StatisticsSnapshot snapshot(
      List<OperationInfo> operations, List<InterfaceInfo> interfaces) {
    if (operations.size() != this.operations.length || interfaces.size() != loads.length) {
      throw new IllegalArgumentException("Expected " + this.operations.length
          + " operations and " + loads.length + " interfaces, got " + operations.size()
          + " and " + interfaces.size());
    }
    List<StatisticsSnapshot.OperationStatistics> operationStatistics =
        new ArrayList<>(operations.size());
    long[] ownerCalls;
    long[] ownerCallsAtReset;
    synchronized (operationsLock) {
      ownerCalls = this.ownerCalls;
      ownerCallsAtReset = this.ownerCallsAtReset;
    }
    for (int i = 0; i < operations.size(); i++) {
      OperationCounters counters = this.operations[i];
      long ownerCount = ownerCalls == null ? 0 : sinceReset(ownerCalls, ownerCallsAtReset, i);
      operationStatistics.add(counters == null
          ? new StatisticsSnapshot.OperationStatistics(
              operations.get(i), ownerCount, 0, 0, 0, 0, 0, 0)
          : new StatisticsSnapshot.OperationStatistics(
              operations.get(i),
              ownerCount + counters.calls.sum(),
              counters.errors.sum(),
              counters.cacheHits.sum(),
              counters.cacheMisses.sum(),
              counters.sampledCalls.sum(),
              counters.sampledNanos.sum(),
              counters.maxNanos.get()));
    }
    List<StatisticsSnapshot.ModuleStatistics> moduleStatistics =
        new ArrayList<>(interfaces.size());
    synchronized (modulesLock) {
      for (int i = 0; i < interfaces.size(); i++) {
        moduleStatistics.add(new StatisticsSnapshot.ModuleStatistics(
            interfaces.get(i),
            loads[i],
            loadNanos[i],
            releases[i],
            closeFailures[i],
            resident[i] > 0));
      }
    }
    return new StatisticsSnapshot(operationStatistics, moduleStatistics);
  }
}
