package dev.suga.coldstart;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Settings shared by the harness's HTTP servers. */
final class Servers {
  private Servers() {}

  /**
   * Before the first {@code com.sun.net.httpserver} server of this JVM: TCP_NODELAY on accepted
   * sockets (off by default in the JDK's server), otherwise Nagle's algorithm and delayed ACKs
   * add up to 40 ms to small request/response exchanges and the timings measure the kernel.
   */
  static void configure() {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
