package dev.suga.benchmarks.app;

import dev.suga.annotations.GatewayRoot;

/**
 * The root of the benchmarked gateway: the processor generates {@code
 * dev.suga.benchmarks.app.Gateway} from {@link HotCore} and {@link CountedCore}.
 */
@GatewayRoot
public final class BenchmarkApp {
  private BenchmarkApp() {}
}
