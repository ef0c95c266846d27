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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Calls every {@code @Benchmark} method of {@link DispatchBenchmarks} once, outside JMH, with two
 * sets of inputs, and checks each result against an expected value written out by hand. A variant
 * that throws or returns something else is a failure: the unit test and {@code DispatchReport}
 * (before it times anything) both use this, so the benchmarks cannot rot into measuring an
 * exception path.
 */
public final class DispatchVerifier {
  private DispatchVerifier() {}

  /** Every benchmark method, in declaration-independent (name) order. */
  public static List<Method> benchmarkMethods() {
    List<Method> methods = new ArrayList<>();
    for (Method method : DispatchBenchmarks.class.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Benchmark.class)) {
        methods.add(method);
      }
    }
    methods.sort(Comparator.comparing(Method::getName));
    return methods;
  }

  /**
   * Runs every variant and returns one line per failure; empty when all are right.
   *
   * @return the failures
   */
  public static List<String> verify() {
    List<String> failures = new ArrayList<>();
    DispatchBenchmarks benchmarks = new DispatchBenchmarks.DefaultJit();
    DispatchState first = new DispatchState();
    first.setUp();
    check(
        benchmarks,
        first,
        42,
        expectedState("light.living_room_2", "light", "living_room_2", "Living Room 2", "on", 40),
        failures);
    DispatchState second = new DispatchState();
    second.a = 1_000;
    second.b = -2_345;
    second.entityId = "switch.garage_door_opener";
    second.brightness = 0;
    second.setUp();
    check(
        benchmarks,
        second,
        -1_345,
        expectedState(
            "switch.garage_door_opener",
            "switch",
            "garage_door_opener",
            "Garage Door Opener",
            "off",
            0),
        failures);
    return failures;
  }

  private static Map<String, Object> expectedState(
      String id, String domain, String objectId, String name, String state, int percent) {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("entity_id", id);
    expected.put("domain", domain);
    expected.put("object_id", objectId);
    expected.put("friendly_name", name);
    expected.put("state", state);
    expected.put("brightness_pct", percent);
    return expected;
  }

  private static void check(
      DispatchBenchmarks benchmarks,
      DispatchState state,
      int sum,
      Map<String, Object> entity,
      List<String> failures) {
    for (Method method : benchmarkMethods()) {
      Object expected = method.getName().startsWith("trivial") ? (Object) sum : entity;
      Object actual;
      try {
        actual = method.invoke(benchmarks, state);
      } catch (InvocationTargetException e) {
        failures.add(method.getName() + " threw " + e.getCause());
        continue;
      } catch (ReflectiveOperationException e) {
        failures.add(method.getName() + ": " + e);
        continue;
      }
      if (!expected.equals(actual)) {
        failures.add(
            method.getName()
                + " returned "
                + describe(actual)
                + ", expected "
                + describe(expected));
      }
    }
  }

  private static String describe(Object value) {
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    }
    return value == null ? "null" : value + " (" + value.getClass().getName() + ")";
  }

  /**
   * Verifies and prints the outcome; exits with status 1 on any failure.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<String> failures = verify();
    failures.forEach(System.err::println);
    System.out.println(
        benchmarkMethods().size() + " variants checked, " + failures.size() + " failed");
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }
}
