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

import dev.suga.core.testing.RawStandIn;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS that tests control, through the http client's resolver seam ({@link Exchange#resolveWith}):
 * every exchange resolves its host through it before connecting, on the exchange's worker, as the
 * JDK's own look-up would run. Look-ups of {@link #HOST} hang ({@link #slow()}: for {@link
 * RawStandIn#PAUSE_MILLIS}, or until {@link #close()}) or fail at once ({@link #failing()}); other
 * hosts resolve as usual. {@code .invalid} never resolves anywhere (RFC 6761), so nothing real is
 * ever asked for it. In the test-jar, for functions built on the core.
 */
public final class FakeDns implements AutoCloseable {
  /** The host name this DNS controls. */
  public static final String HOST = "ha.invalid";

  private final boolean slow;
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger lookups = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();

  private FakeDns(boolean slow) {
    this.slow = slow;
    Exchange.resolveWith(this::resolve);
  }

  /** Look-ups of {@link #HOST} hang. */
  public static FakeDns slow() {
    return new FakeDns(true);
  }

  /** Look-ups of {@link #HOST} fail at once. */
  public static FakeDns failing() {
    return new FakeDns(false);
  }

  private void resolve(String host) throws UnknownHostException {
    if (!HOST.equalsIgnoreCase(host)) {
      InetAddress.getAllByName(host);
      return;
    }
    lookups.incrementAndGet();
    if (slow) {
      try {
        if (!release.await(RawStandIn.PAUSE_MILLIS, TimeUnit.MILLISECONDS)) {
          completed.incrementAndGet();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new UnknownHostException(host);
  }

  /** Look-ups of {@link #HOST} so far. */
  public int lookups() {
    return lookups.get();
  }

  /** Slow look-ups that ran their whole length (an answer came after them). */
  public int completed() {
    return completed.get();
  }

  /** Releases hanging look-ups and puts the JDK's resolver back. */
  @Override
  public void close() {
    Exchange.resolveWith(null);
    release.countDown();
  }
}
