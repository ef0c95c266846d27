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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.suga.runtime.GatewayException;
import dev.suga.runtime.OperationInfo;
import dev.suga.runtime.Operations;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static final OperationInfo PUT =
      Operations.info("cache|put|-|0|void|key:java.lang.String|value:java.lang.Object|ttl:long");
  private static final String SIGNATURE =
      "void cache.put(java.lang.String key, java.lang.Object value, long ttl)";

  @Test
  void ordersByParameterDeclaration() {
    Map<String, Object> named = new LinkedHashMap<>();
    named.put("ttl", 5L);
    named.put("value", null);
    named.put("key", "k");

    assertArrayEquals(new Object[] {"k", null, 5L}, Arguments.positional(PUT, named));
  }

  @Test
  void nullMapIsEmpty() {
    OperationInfo clear = Operations.info("cache|clear|-|0|void");

    assertSame(Arguments.NONE, Arguments.positional(clear, null));
    assertSame(Arguments.NONE, Arguments.positional(clear, Map.of()));
    assertEquals(0, Arguments.NONE.length);
    GatewayException e =
        assertThrows(GatewayException.class, () -> Arguments.positional(PUT, null));
    assertEquals(
        "cache.put: missing arguments 'key', 'value', 'ttl'; signature: " + SIGNATURE,
        e.getMessage());
  }

  @Test
  void reportsMissingNames() {
    GatewayException e =
        assertThrows(
            GatewayException.class,
            () -> Arguments.positional(PUT, Map.of("key", "k", "value", 1)));

    assertEquals("cache.put: missing argument 'ttl'; signature: " + SIGNATURE, e.getMessage());
    assertEquals("cache.put", e.operation());
    assertEquals("cache", e.interfaceId());
  }

  @Test
  void reportsUnknownNamesSorted() {
    Map<String, Object> named = new HashMap<>(Map.of("key", "k", "value", 1, "ttl", 2L));
    named.put("zeta", 1);
    named.put("alpha", 2);
    named.put(null, 3);

    GatewayException e =
        assertThrows(GatewayException.class, () -> Arguments.positional(PUT, named));

    assertEquals(
        "cache.put: unknown arguments 'alpha', 'null', 'zeta'; signature: " + SIGNATURE,
        e.getMessage());
  }

  @Test
  void reportsMissingAndUnknownTogether() {
    GatewayException e =
        assertThrows(
            GatewayException.class,
            () -> Arguments.positional(PUT, Map.of("key", "k", "value", 1, "tll", 2L)));

    assertEquals(
        "cache.put: missing argument 'ttl'; unknown argument 'tll'; signature: " + SIGNATURE,
        e.getMessage());
  }
}
