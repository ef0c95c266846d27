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

import dev.suga.runtime.GatewayException;
import dev.suga.runtime.UnloadPolicy;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A thread-safe lazy module instance that can be released again, for the unload policies other than
 * {@link UnloadPolicy#NEVER} (generated holders give {@code NEVER} modules the cheaper
 * initialization-on-demand holder idiom). A module's generated holder class creates one and calls
 * the module like this:
 *
 * <pre>{@code
 * ReportCore module = HOLDER.acquire();
 * try {
 *   return module.render(name);
 * } finally {
 *   HOLDER.afterCall();
 * }
 * }</pre>
 *
 * <p>Acquiring an existing instance is lock-free: it increments a counter of calls in flight and
 * then re-reads the instance; {@link #release()} clears the instance and then re-checks the counter
 * (the two sides of Dekker's algorithm), so a release can never close an instance that a call has
 * acquired. Only building and releasing take the lock. A module that is {@link AutoCloseable} is
 * closed when released.
 *
 * @param <T> the module type
 */
public abstract class ModuleHolder<T> {
  private final ModuleRuntime module;
  private final UnloadPolicy policy;
  private final long idleNanos;

  /** Calls between {@link #acquire()} and {@link #afterCall()}, including ones still building. */
  private final AtomicInteger inFlight = new AtomicInteger();

  /** Serializes building and releasing; never taken when the instance exists. */
  private final ReentrantLock lock = new ReentrantLock();

  private volatile T instance;

  /** Set by acquire, turned into {@link #lastUsedNanos} at the end of an invocation. */
  private volatile boolean used;

  /** Clock time of the invocation end that last saw the module used (IDLE only). */
  private volatile long lastUsedNanos;

  /**
   * Creates an empty holder and attaches it to {@code module}, whose gateways release it at the end
   * of an invocation or on request.
   *
   * @param module the module's runtime state
   * @param policy when to release the instance; not {@link UnloadPolicy#NEVER}
   * @param idleSeconds for {@link UnloadPolicy#IDLE}: seconds without a call before release
   * @throws IllegalArgumentException if {@code idleSeconds} is negative, the policy is {@code
   *     NEVER} or the module has a holder already
   */
  // Attaching only stores the reference (and comes last); javac 21+ would warn otherwise.
  @SuppressWarnings("this-escape")
  protected ModuleHolder(ModuleRuntime module, UnloadPolicy policy, long idleSeconds) {
    this.module = Objects.requireNonNull(module, "module");
    this.policy = Objects.requireNonNull(policy, "policy");
    if (policy == UnloadPolicy.NEVER) {
      throw new IllegalArgumentException("A NEVER module has no releasable holder");
    }
    if (idleSeconds < 0) {
      throw new IllegalArgumentException("idleSeconds must not be negative: " + idleSeconds);
    }
    this.idleNanos = Durations.saturatedNanos(idleSeconds);
    // Last, so that the module never sees a holder whose own fields are unset.
    module.attach(this);
  }

  /**
   * Builds a new module instance. Called at most once per load, under the holder's lock.
   *
   * @return the new instance, not {@code null}
   * @throws Exception if the module cannot be built
   */
  protected abstract T create() throws Exception;

  /**
   * Returns the module instance, building it first if there is none, and counts one call in flight
   * that {@link #afterCall()} must end (call it in {@code finally}). Building is timed and recorded
   * as a module load in the statistics.
   *
   * @return the module instance
   * @throws GatewayException "Module 'x' could not be built: ..." if {@link #create()} threw (the
   *     holder stays empty, so the next call tries again), or the circular construction error if
   *     this thread is already building this module
   */
  public final T acquire() {
    inFlight.incrementAndGet();
    T current = instance; // read after the increment: see the class comment
    if (current == null) {
      try {
        current = build();
      } catch (RuntimeException | Error e) {
        inFlight.decrementAndGet(); // the caller's finally does not run afterCall
        throw e;
      }
    }
    if (!used) {
      used = true; // only written when it changes: volatile writes cost a fence
    }
    return current;
  }

  private T build() {
    lock.lock();
    try {
      T current = instance;
      if (current != null) {
        return current; // another thread built it, or a release backed off
      }
      // Throws the cycle error, before any state changes, when this thread is already
      // building this module: the lock is re-entrant, so nothing else would stop it.
      long start = module.constructionStarted();
      try {
        current = create();
      } catch (Throwable e) {
        // Any throwable, Errors too (an AssertionError, a LinkageError of a module class whose
        // initializer fails): the caller learns which module failed, and the next call retries.
        module.constructionFailed(e);
        throw module.unavailable(e);
      } finally {
        module.constructionEnded(start, current != null);
      }
      if (current == null) {
        throw ModuleConstruction.factoryReturnedNull(module.interfaceId());
      }
      instance = current;
      return current;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Ends the call that {@link #acquire()} began. For {@link UnloadPolicy#IMMEDIATE}, the end of the
   * last call in flight releases the instance. Never throws.
   */
  public final void afterCall() {
    if (inFlight.decrementAndGet() == 0 && policy == UnloadPolicy.IMMEDIATE) {
      release();
    }
  }

  /**
   * Releases the instance if there is one and no call is in flight: drops it and, if it is {@link
   * AutoCloseable}, closes it. Exceptions from {@code close()} are swallowed and counted in the
   * statistics ({@code closeFailures}). Never throws an exception.
   *
   * @return whether an instance was released
   */
  public final boolean release() {
    return release(false);
  }

  /**
   * As {@link #release()}; {@code emergency} counts the release as one that memory pressure forced.
   */
  final boolean release(boolean emergency) {
    if (instance == null || inFlight.get() != 0) {
      return false; // cheap early exits; the decision is made under the lock
    }
    T released;
    lock.lock();
    try {
      released = instance;
      if (released == null || inFlight.get() != 0) {
        return false;
      }
      instance = null;
      // A call may have incremented inFlight and read the instance before it was cleared.
      if (inFlight.get() != 0) {
        instance = released;
        return false;
      }
      module.statistics().moduleReleased(emergency);
      // Closed under the lock, so that a new instance is never built while the old one still
      // holds its resources.
      close(released);
    } finally {
      lock.unlock();
    }
    return true;
  }

  private void close(T released) {
    if (released instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        Failures.restoreInterrupt(e);
        module.statistics().moduleCloseFailed();
      }
    }
  }

  /**
   * Whether an instance exists right now.
   *
   * @return {@code true} if the module is built and not released
   */
  public final boolean isLoaded() {
    return instance != null;
  }

  /**
   * The module's unload policy.
   *
   * @return the policy given to the constructor
   */
  public final UnloadPolicy policy() {
    return policy;
  }

  /**
   * Applies the policy at the end of an invocation: {@link UnloadPolicy#IDLE} releases the instance
   * when no call has acquired it for more than the idle time. (Memory pressure releases every
   * holder: see {@link GatewayScope#endInvocation()}.)
   *
   * @param nowNanos the clock's current time
   */
  final void endInvocation(long nowNanos) {
    if (policy == UnloadPolicy.IDLE) {
      // acquire() only sets a flag; the clock is read here, once per invocation, instead.
      if (used) {
        used = false;
        lastUsedNanos = nowNanos;
      } else if (instance != null && nowNanos - lastUsedNanos > idleNanos) {
        release();
      }
    }
  }

  @Override
  public String toString() {
    return "ModuleHolder["
        + module.interfaceId()
        + ", "
        + policy
        + (instance != null ? ", loaded]" : "]");
  }
}
