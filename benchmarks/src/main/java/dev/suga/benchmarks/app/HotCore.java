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
package dev.suga.benchmarks.app;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import java.util.Map;

/**
 * Interface {@code hot}: the trivial and the realistic operation as {@code @HotPath}s, so {@code
 * Gateway.hotAdd} and {@code Gateway.hotEntityState} are direct calls. The baselines (direct call,
 * reflection, registries, Spring Cloud Function) call these same methods on a held instance.
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
