package dev.suga.example.ha.platform;

import java.net.HttpURLConnection;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Cuts a connection when its deadline passes. Socket timeouts bound each {@code read()}, not
 * the whole answer: a server trickling one byte every few seconds would otherwise keep a reply
 * past Alexa's 8-second budget (seen in review: 9.2 s). One daemon timer thread, started on the
 * first request, disconnects the connection; the blocked read then fails at once.
 */
final class DeadlineWatchdog {
  /**
   * The timer thread, started when this class initializes: on the first {@link #arm} call, the
   * first request (a separate holder class would only add a class to load; referring to {@link
   * Guard} does not initialize this class).
   */
  private static final Timer TIMER = new Timer("ha-http-deadline", true);

  private DeadlineWatchdog() {}

  /** Disconnects {@code connection} after {@code delayMillis} unless the returned guard is disarmed first. */
  static Guard arm(HttpURLConnection connection, long delayMillis) {
    Guard guard = new Guard(connection);
    TIMER.schedule(guard, Math.max(1, delayMillis));
    return guard;
  }

  /** One armed deadline. */
  static final class Guard extends TimerTask {
    private final HttpURLConnection connection;
    private volatile boolean fired;

    private Guard(HttpURLConnection connection) {
      this.connection = connection;
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
}
