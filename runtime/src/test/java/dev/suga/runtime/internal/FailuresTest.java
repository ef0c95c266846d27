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
package dev.suga.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.runtime.GatewayException;
import dev.suga.runtime.OperationInfo;
import dev.suga.runtime.ParameterInfo;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private static final OperationInfo GET =
      new OperationInfo(
          "cache",
          "get",
          false,
          60,
          "java.lang.String",
          List.of(new ParameterInfo("key", "java.lang.String")));

  @Test
  void argumentMismatchDescribesExpectedAndActualArguments() {
    GatewayException e = Failures.argumentMismatch(GET, new Object[] {42});

    assertEquals(
        "cache.get expects (java.lang.String key) but was given (java.lang.Integer); "
            + "signature: java.lang.String cache.get(java.lang.String key)",
        e.getMessage());
    assertEquals("cache", e.interfaceId());
    assertEquals("cache.get", e.operation());
  }

  @Test
  void argumentMismatchDescribesNullAndMissingArguments() {
    OperationInfo put =
        new OperationInfo(
            "cache",
            "put",
            false,
            0,
            "void",
            List.of(
                new ParameterInfo("key", "java.lang.String"), new ParameterInfo("value", "int")));

    assertEquals(
        "cache.put expects (java.lang.String key, int value) but was given "
            + "(null, java.lang.String); "
            + "signature: void cache.put(java.lang.String key, int value)",
        Failures.argumentMismatch(put, new Object[] {null, "x"}).getMessage());
    assertTrue(Failures.argumentMismatch(put, null).getMessage().contains("but was given ();"));
  }

  @Test
  void argumentMismatchSaysThatExecuteNeitherWidensNorUnboxesNull() {
    OperationInfo add =
        new OperationInfo(
            "math",
            "add",
            false,
            0,
            "long",
            List.of(new ParameterInfo("a", "int"), new ParameterInfo("b", "long")));

    assertEquals(
        "math.add expects (int a, long b) but was given (java.lang.Integer, java.lang.Integer);"
            + " execute does not widen or convert numbers as a typed call does: long b takes a"
            + " java.lang.Long; signature: long math.add(int a, long b)",
        Failures.argumentMismatch(add, new Object[] {1, 2}).getMessage());
    assertEquals(
        "math.add expects (int a, long b) but was given (null, java.lang.Long); int a cannot be"
            + " null; signature: long math.add(int a, long b)",
        Failures.argumentMismatch(add, new Object[] {null, 2L}).getMessage());
    assertFalse(
        Failures.argumentMismatch(add, new Object[] {"1", 2L}).getMessage().contains("; int a"),
        "a String is no number to convert");
    assertFalse(
        Failures.argumentMismatch(add, new Object[] {1}).getMessage().contains("widen"),
        "a missing argument is the mistake, not its type");
  }

  @Test
  void argumentMismatchOfAVarargsOperationSaysExecuteTakesAnArray() {
    OperationInfo join =
        new OperationInfo(
            "text",
            "join",
            false,
            0,
            "java.lang.String",
            List.of(
                new ParameterInfo("separator", "java.lang.String"),
                new ParameterInfo("parts", "java.lang.String...")));

    assertEquals(
        "text.join expects (java.lang.String separator, java.lang.String... parts) but was given"
            + " (java.lang.String, java.lang.String, java.lang.String); execute takes the varargs"
            + " parameter as one array; signature: java.lang.String text.join(java.lang.String"
            + " separator, java.lang.String... parts)",
        Failures.argumentMismatch(join, new Object[] {"-", "a", "b"}).getMessage());
  }

  @Test
  void failedWrapsTheCause() {
    IOException boom = new IOException("boom");

    GatewayException e = Failures.failed("cache", "cache.get", boom);

    assertEquals("cache.get failed: java.io.IOException: boom", e.getMessage());
    assertSame(boom, e.getCause());
    assertEquals("cache", e.interfaceId());
    assertEquals("cache.get", e.operation());
  }

  @Test
  void failedRestoresTheInterruptFlag() {
    assertFalse(Thread.currentThread().isInterrupted());
    try {
      Failures.failed("cache", "cache.get", new InterruptedException("stop"));
      assertTrue(Thread.interrupted()); // also clears it again for the next test
    } finally {
      Thread.interrupted();
    }
    Failures.failed("cache", "cache.get", new IOException("not an interrupt"));
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void unknownOperationExplainsTheNameFormat() {
    GatewayException e = Failures.unknownOperation("x.y");

    assertEquals(
        "No gateway operation named 'x.y'; names are '<interface>.<operation>' in "
            + "snake_case, see Gateway.Operation",
        e.getMessage());
    assertNull(e.interfaceId());
    assertNull(e.operation());
  }
}
