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

import java.net.HttpURLConnection;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Cuts a connection when its deadline passes. Socket timeouts bound each {@code read()}, not the
 * whole answer: a server trickling one byte every few seconds would otherwise keep a reply past the
 * invocation's deadline (seen in review: 9.2 s against Alexa's 8-second budget). One daemon timer
 * thread, started on the first request, disconnects the connection; the blocked read then fails at
 * once.
 *
 * <p>An instance is one armed deadline (the timer's task itself, not a separate guard class: one
 * class fewer to load on a cold start).
 */
final class DeadlineWatchdog extends TimerTask {
  /**
   * The timer thread, started when this class initializes: on the first {@link #arm} call, the
   * first request (a holder class would delay nothing and only add a class to load).
   */
  private static final Timer TIMER = new Timer("suga-http-deadline", true);

  private final HttpURLConnection connection;
  private volatile boolean fired;

  private DeadlineWatchdog(HttpURLConnection connection) {
    this.connection = connection;
  }

  /**
   * Disconnects {@code connection} after {@code delayMillis} unless the returned watchdog is
   * disarmed first.
   */
  static DeadlineWatchdog arm(HttpURLConnection connection, long delayMillis) {
    DeadlineWatchdog watchdog = new DeadlineWatchdog(connection);
    TIMER.schedule(watchdog, Math.max(1, delayMillis));
    return watchdog;
  }

  @Override
  public void run() {
    fired = true;
    connection.disconnect();
  }

  /** Whether the deadline passed and the connection was cut. */
  boolean fired() {
    return fired;
  }

  /** The attempt ended in time: the connection is left alone. */
  void disarm() {
    cancel();
  }
}
