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
import java.util.Map;

/**
 * Interface {@code counted}: the same two operations as {@link HotCore}, with the same bodies, on
 * the normal path: {@code Gateway.countedAdd} counts every call in the statistics and times one
 * call in {@code suga.statistics.samplePeriod} (default 64).
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
