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
package dev.suga.core.http;

/**
 * The daemon thread an {@link Exchange} runs on. One idle worker is kept and reused, so a function
 * that calls one dependency at a time (a Lambda serves one invocation at a time) starts one thread
 * for its life; another is started only while that one is busy: with a concurrent request, or with
 * an abandoned exchange whose server has not let go yet. A worker that finds another idle on
 * finishing ends.
 *
 * <p>Hand-written rather than an {@code ExecutorService}: a thread and a monitor are all it needs,
 * and a cold start pays for every class ({@code ThreadPoolExecutor} and its queue are ~15).
 */
final class ExchangeWorker extends Thread {
  /** The worker waiting for a task, if any; guarded by {@code ExchangeWorker.class}. */
  private static ExchangeWorker idle;

  /** Workers started in this JVM; guarded by {@code ExchangeWorker.class}. */
  private static int started;

  /** The next task; guarded by {@code this}. */
  private Runnable task;

  /** The exchange running now, for {@link NoDelayTls}; read and written by this thread only. */
  private Exchange exchange;

  /** Whether this worker became the idle one before its task ended; this thread only. */
  private boolean offered;

  private ExchangeWorker(Runnable first) {
    super("suga-http-exchange");
    setDaemon(true);
    task = first;
  }

  /** Runs {@code task} on the idle worker, or on a new one. */
  static void execute(Runnable task) {
    ExchangeWorker worker;
    synchronized (ExchangeWorker.class) {
      worker = idle;
      idle = null;
    }
    if (worker == null) {
      synchronized (ExchangeWorker.class) {
        started++;
      }
      new ExchangeWorker(task).start();
      return;
    }
    synchronized (worker) {
      worker.task = task;
      worker.notifyAll();
    }
  }

  /**
   * Called by an exchange on its worker just before it hands its outcome over: the worker becomes
   * the idle one already, so that the caller's next request (a service call right after a state
   * read) finds it instead of starting a thread. That request waits in {@link #task} while this
   * one's last clean-up finishes.
   */
  static void finishing() {
    if (Thread.currentThread() instanceof ExchangeWorker worker) {
      synchronized (ExchangeWorker.class) {
        if (idle == null) {
          idle = worker;
          worker.offered = true;
        }
      }
    }
  }

  /** Workers started so far (tests check that one is reused). */
  static synchronized int started() {
    return started;
  }

  /** The exchange the calling thread runs, or null when it is not a worker running one. */
  static Exchange current() {
    return Thread.currentThread() instanceof ExchangeWorker worker ? worker.exchange : null;
  }

  @Override
  public void run() {
    Runnable next = take();
    while (true) {
      exchange = next instanceof Exchange running ? running : null;
      try {
        next.run();
      } catch (RuntimeException | Error ignored) {
        // an exchange reports its own failures; nothing else runs here
      }
      exchange = null;
      if (!offered) {
        synchronized (ExchangeWorker.class) {
          if (idle != null) {
            return; // one idle worker is enough
          }
          idle = this;
        }
      }
      offered = false;
      next = take();
    }
  }

  /** The next task, waiting for it (interrupts are not a reason to stop: nothing sends one). */
  private synchronized Runnable take() {
    while (task == null) {
      try {
        wait();
      } catch (InterruptedException ignored) {
        // keep waiting: the worker lives as long as the JVM, as a daemon
      }
    }
    Runnable next = task;
    task = null;
    return next;
  }
}
