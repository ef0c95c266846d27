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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispatch of the same trivial operation ({@code int add(int, int)}) and the same realistic one
 * ({@code Map entityState(String, int)}) through every variant: the direct call that is the limit,
 * the generated gateway's forms, and what users would otherwise write. Each benchmark returns its
 * result, which JMH consumes, and {@link DispatchVerifier} checks every result before anything is
 * timed.
 *
 * <p>The benchmarks are declared once here and run under two JIT settings through the two
 * subclasses: {@link DefaultJit} (tiered C1 + C2) and {@link C1Only} ({@code
 * -XX:TieredStopAtLevel=1}, what the AWS Lambda java17 managed runtime uses), so one JMH run
 * measures both.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public abstract class DispatchBenchmarks {
  /** Tiered compilation with C2, the JVM's default. */
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
  public static class DefaultJit extends DispatchBenchmarks {}

  /** C1 only, as the Lambda java17 managed runtime runs. */
  @Fork(
      value = 2,
      jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:TieredStopAtLevel=1"})
  public static class C1Only extends DispatchBenchmarks {}

  // ---- trivial: int add(int a, int b) ----

  @Benchmark
  public int trivialDirect(DispatchState s) {
    return s.direct.add(s.a, s.b);
  }

  @Benchmark
  public int trivialHotPath(DispatchState s) {
    return Gateway.hotAdd(s.a, s.b);
  }

  @Benchmark
  public int trivialTypedCounted(DispatchState s) {
    return Gateway.countedAdd(s.a, s.b);
  }

  @Benchmark
  public Object trivialExecuteOperation(DispatchState s) {
    return Gateway.execute(s.hotAdd, s.a, s.b);
  }

  @Benchmark
  public Object trivialExecuteOperationCounted(DispatchState s) {
    return Gateway.execute(s.countedAdd, s.a, s.b);
  }

  @Benchmark
  public Object trivialExecuteName(DispatchState s) {
    return Gateway.execute(s.addName, s.a, s.b);
  }

  @Benchmark
  public Object trivialExecuteNameCounted(DispatchState s) {
    return Gateway.execute(s.countedAddName, s.a, s.b);
  }

  @Benchmark
  public Object trivialExecuteMapCounted(DispatchState s) {
    return Gateway.execute(s.countedAdd, s.addArguments);
  }

  @Benchmark
  public Object trivialReflection(DispatchState s) {
    return s.reflective.call(s.addName, s.a, s.b);
  }

  @Benchmark
  public Object trivialFunctionRegistry(DispatchState s) {
    return s.functions.call(s.addName, s.a, s.b);
  }

  @Benchmark
  public Object trivialMethodHandle(DispatchState s) {
    return s.handles.call(s.addName, s.a, s.b);
  }

  @Benchmark
  public Object trivialSpringCloudFunction(DispatchState s) {
    return s.spring.call(s.addName, s.a, s.b);
  }

  @Benchmark
  public Object trivialSpringApplyOnly(DispatchState s) {
    return s.springAdd.apply(new Object[] {s.a, s.b});
  }

  // ---- realistic: Map<String, Object> entityState(String entityId, int brightness) ----

  @Benchmark
  public Map<String, Object> realisticDirect(DispatchState s) {
    return s.direct.entityState(s.entityId, s.brightness);
  }

  @Benchmark
  public Map<String, Object> realisticHotPath(DispatchState s) {
    return Gateway.hotEntityState(s.entityId, s.brightness);
  }

  @Benchmark
  public Map<String, Object> realisticTypedCounted(DispatchState s) {
    return Gateway.countedEntityState(s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticExecuteOperation(DispatchState s) {
    return Gateway.execute(s.hotEntityState, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticExecuteOperationCounted(DispatchState s) {
    return Gateway.execute(s.countedEntityState, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticExecuteName(DispatchState s) {
    return Gateway.execute(s.entityStateName, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticExecuteNameCounted(DispatchState s) {
    return Gateway.execute(s.countedEntityStateName, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticExecuteMapCounted(DispatchState s) {
    return Gateway.execute(s.countedEntityState, s.entityStateArguments);
  }

  @Benchmark
  public Object realisticReflection(DispatchState s) {
    return s.reflective.call(s.entityStateName, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticFunctionRegistry(DispatchState s) {
    return s.functions.call(s.entityStateName, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticMethodHandle(DispatchState s) {
    return s.handles.call(s.entityStateName, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticSpringCloudFunction(DispatchState s) {
    return s.spring.call(s.entityStateName, s.entityId, s.brightness);
  }

  @Benchmark
  public Object realisticSpringApplyOnly(DispatchState s) {
    return s.springEntityState.apply(new Object[] {s.entityId, s.brightness});
  }
}
