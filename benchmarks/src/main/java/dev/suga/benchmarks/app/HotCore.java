package dev.suga.benchmarks.app;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import java.util.Map;

/**
 * Interface {@code hot}: the trivial and the realistic operation as {@code @HotPath}s, so
 * {@code Gateway.hotAdd} and {@code Gateway.hotEntityState} are direct calls. The baselines
 * (direct call, reflection, registries, Spring Cloud Function) call these same methods on a
 * held instance.
 */
@GatewayModule
public class HotCore {
  /** The trivial operation. */
  @GatewayOperation
  @HotPath
  public int add(int a, int b) {
    return a + b;
  }

  /** The realistic operation: parse an entity id, build a small response map. */
  @GatewayOperation
  @HotPath
  public Map<String, Object> entityState(String entityId, int brightness) {
    return EntityStates.state(entityId, brightness);
  }
}
