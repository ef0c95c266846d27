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
package dev.suga.benchmarks;

import dev.suga.benchmarks.app.Gateway;
import dev.suga.benchmarks.app.HotCore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Inputs and routers of the dispatch benchmarks. Every input is a non-final field, so the JIT
 * cannot fold the operations away. Every router is built once per fork, and then several routes of
 * each router and of the gateway are run {@code suga.bench.profileRounds} times (default 2,000;
 * Spring Cloud Function's a fiftieth of that, as each of its calls costs microseconds), so that
 * each shared call site carries the profile of a real router serving several operations
 * (megamorphic, not a single inlined target) before the measured operation is timed.
 */
@State(Scope.Thread)
public class DispatchState {
  /** System property: how often setup runs every route to shape the JIT's profiles. */
  public static final String PROFILE_ROUNDS_PROPERTY = "suga.bench.profileRounds";

  // Inputs of the trivial operation (small ints: boxing them allocates nothing).
  public int a = 17;
  public int b = 25;
  // Inputs of the realistic operation.
  public String entityId = "light.living_room_2";
  public int brightness = 102;

  public HotCore direct;
  public String addName;
  public String entityStateName;
  public String countedAddName;
  public String countedEntityStateName;
  public Gateway.Operation hotAdd;
  public Gateway.Operation hotEntityState;
  public Gateway.Operation countedAdd;
  public Gateway.Operation countedEntityState;
  public Map<String, Object> addArguments;
  public Map<String, Object> entityStateArguments;

  public Routers.ReflectiveRouter reflective;
  public Routers.FunctionRegistry functions;
  public Routers.HandleRegistry handles;
  public Routers.SpringCatalog spring;

  /** Spring Cloud Function wrappers looked up once, to separate look-up from apply. */
  public Function<Object, Object> springAdd;

  public Function<Object, Object> springEntityState;

  /**
   * Builds what the benchmark uses and gives every shared call site a realistic, multi-operation
   * profile. Spring Cloud Function is only built in the forks that measure it, so its class loading
   * (a second and more) does not slow every other fork's start.
   *
   * @param benchmark the benchmark this fork runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams benchmark) {
    setUp(benchmark.getBenchmark().contains("Spring"));
  }

  /** Builds everything, Spring Cloud Function included: for verification outside JMH. */
  public void setUp() {
    setUp(true);
  }

  private void setUp(boolean withSpring) {
    direct = new HotCore();
    addName = Routers.ADD;
    entityStateName = Routers.ENTITY_STATE;
    countedAddName = "counted.add";
    countedEntityStateName = "counted.entity_state";
    hotAdd = Gateway.Operation.HOT_ADD;
    hotEntityState = Gateway.Operation.HOT_ENTITY_STATE;
    countedAdd = Gateway.Operation.COUNTED_ADD;
    countedEntityState = Gateway.Operation.COUNTED_ENTITY_STATE;
    addArguments = new LinkedHashMap<>();
    addArguments.put("a", a);
    addArguments.put("b", b);
    entityStateArguments = new LinkedHashMap<>();
    entityStateArguments.put("entityId", entityId);
    entityStateArguments.put("brightness", brightness);
    reflective = new Routers.ReflectiveRouter(direct);
    functions = new Routers.FunctionRegistry(direct);
    handles = new Routers.HandleRegistry(direct);
    if (withSpring) {
      spring = new Routers.SpringCatalog(direct);
      springAdd = spring.lookup(addName);
      springEntityState = spring.lookup(entityStateName);
    }
    int rounds = Integer.getInteger(PROFILE_ROUNDS_PROPERTY, 2_000);
    for (int i = 0; i < rounds; i++) {
      exerciseEveryRoute(withSpring && i % 50 == 0);
    }
  }

  private static final String[] ADD_LIKE = {Routers.ADD, "counted.add", "aux.sum01", "misc.sum29"};
  private static final String[] ENTITY_LIKE = {
    Routers.ENTITY_STATE, "counted.entity_state", "aux.tag02", "misc.tag30"
  };

  private void exerciseEveryRoute(boolean withSpring) {
    for (String name : ADD_LIKE) {
      reflective.call(name, a, b);
      functions.call(name, a, b);
      handles.call(name, a, b);
      if (withSpring) {
        this.spring.call(name, a, b);
      }
      Gateway.execute(name, a, b);
    }
    for (String name : ENTITY_LIKE) {
      reflective.call(name, entityId, brightness);
      functions.call(name, entityId, brightness);
      handles.call(name, entityId, brightness);
      if (withSpring) {
        this.spring.call(name, entityId, brightness);
      }
      Gateway.execute(name, entityId, brightness);
    }
    for (Gateway.Operation operation :
        new Gateway.Operation[] {hotAdd, countedAdd, Gateway.Operation.AUX_SUM01}) {
      Gateway.execute(operation, a, b);
      Gateway.execute(operation, Map.of("a", a, "b", b));
    }
    for (Gateway.Operation operation :
        new Gateway.Operation[] {hotEntityState, countedEntityState}) {
      Gateway.execute(operation, entityId, brightness);
      Gateway.execute(operation, entityStateArguments);
    }
  }
}
