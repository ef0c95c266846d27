package dev.suga.benchmarks.app;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import java.util.Map;

/**
 * Interface {@code counted}: the same two operations as {@link HotCore}, with the same bodies,
 * on the normal path: {@code Gateway.countedAdd} counts every call in the statistics and times
 * one call in {@code suga.statistics.samplePeriod} (default 64).
 */
@GatewayModule
public class CountedCore {
  /** The trivial operation, counted. */
  @GatewayOperation
  public int add(int a, int b) {
    return a + b;
  }

  /** The realistic operation, counted. */
  @GatewayOperation
  public Map<String, Object> entityState(String entityId, int brightness) {
    return EntityStates.state(entityId, brightness);
  }
}
