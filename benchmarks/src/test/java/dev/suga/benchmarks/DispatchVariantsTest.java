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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dispatch benchmarks from rotting without timing anything: every variant is called once
 * with two input sets and must return the expected result, and the report knows every benchmark.
 * The timed smoke pass is {@code DispatchReport --smoke}, a separate CI step.
 */
class DispatchVariantsTest {
  @Test
  void everyVariantReturnsTheExpectedResult() {
    List<String> failures = DispatchVerifier.verify();
    assertEquals(List.of(), failures);
  }

  @Test
  void theReportTabulatesEveryBenchmarkAndNothingElse() {
    Set<String> benchmarks = new TreeSet<>();
    for (Method method : DispatchVerifier.benchmarkMethods()) {
      benchmarks.add(method.getName());
    }
    Set<String> reported = new TreeSet<>();
    for (DispatchReport.Op op : DispatchReport.Op.values()) {
      for (DispatchReport.Variant variant : DispatchReport.Variant.values()) {
        reported.add(op.prefix + variant.suffix);
      }
    }
    assertEquals(benchmarks, reported);
  }
}
