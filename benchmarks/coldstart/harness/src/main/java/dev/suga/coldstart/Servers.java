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
package dev.suga.coldstart;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Settings shared by the harness's HTTP servers. */
final class Servers {
  private Servers() {}

  /**
   * Before the first {@code com.sun.net.httpserver} server of this JVM: TCP_NODELAY on accepted
   * sockets (off by default in the JDK's server), otherwise Nagle's algorithm and delayed ACKs add
   * up to 40 ms to small request/response exchanges and the timings measure the kernel.
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
