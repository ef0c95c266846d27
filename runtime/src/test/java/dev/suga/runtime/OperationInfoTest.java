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
package dev.suga.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationInfoTest {
  private static final OperationInfo GET =
      new OperationInfo(
          "cache",
          "get",
          false,
          60,
          "java.lang.String",
          List.of(new ParameterInfo("key", "java.lang.String")));

  @Test
  void exposesEveryField() {
    assertEquals("cache", GET.interfaceId());
    assertEquals("get", GET.name());
    assertFalse(GET.hotPath());
    assertEquals(60, GET.cacheTtlSeconds());
    assertTrue(GET.cached());
    assertEquals("java.lang.String", GET.returnType());
    assertEquals(List.of(new ParameterInfo("key", "java.lang.String")), GET.parameters());
    assertEquals("cache.get", GET.qualifiedName());
    assertEquals("java.lang.String cache.get(java.lang.String key)", GET.signature());
  }

  @Test
  void describesGenericTypesAndSeveralParameters() {
    OperationInfo info =
        new OperationInfo(
            "home_assistant",
            "call_service",
            true,
            0,
            "java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>",
            List.of(
                new ParameterInfo("domain", "java.lang.String"),
                new ParameterInfo("data", "java.util.Map<java.lang.String, ?>"),
                new ParameterInfo("retries", "int")));

    assertTrue(info.hotPath());
    assertFalse(info.cached());
    assertEquals(List.of("domain", "data", "retries"), info.parameterNames());
    assertEquals(
        List.of("java.lang.String", "java.util.Map<java.lang.String, ?>", "int"),
        info.parameterTypes());
    assertEquals(
        "java.util.Map<java.lang.String, java.util.List<java.lang.Integer>> "
            + "home_assistant.call_service(java.lang.String domain, "
            + "java.util.Map<java.lang.String, ?> data, int retries)",
        info.signature());
  }

  @Test
  void describesZeroParameters() {
    OperationInfo info = new OperationInfo("cache", "clear", false, 0, "void", List.of());

    assertEquals(List.of(), info.parameters());
    assertEquals("void cache.clear()", info.signature());
  }

  @Test
  void equalsComparesEveryField() {
    OperationInfo same =
        new OperationInfo(
            "cache",
            "get",
            false,
            60,
            "java.lang.String",
            List.of(new ParameterInfo("key", "java.lang.String")));
    assertEquals(GET, same);
    assertEquals(GET.hashCode(), same.hashCode());
    assertNotEquals(
        GET, new OperationInfo("cache", "get", true, 60, "java.lang.String", GET.parameters()));
    assertNotEquals(
        GET, new OperationInfo("cache", "get", false, 0, "java.lang.String", GET.parameters()));
  }

  @Test
  void rejectsANegativeTtl() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new OperationInfo("cache", "get", false, -1, "void", List.of()));
  }

  @Test
  void parametersAreImmutableCopies() {
    List<ParameterInfo> parameters = new ArrayList<>(List.of(new ParameterInfo("x", "int")));
    OperationInfo info = new OperationInfo("a", "b", false, 0, "void", parameters);
    parameters.clear();

    assertEquals(1, info.parameters().size());
    assertThrows(
        UnsupportedOperationException.class,
        () -> info.parameters().add(new ParameterInfo("y", "int")));
    assertThrows(UnsupportedOperationException.class, () -> info.parameterNames().add("y"));
  }

  @Test
  void toStringShowsSignatureAndFlags() {
    assertEquals(
        "java.lang.String cache.get(java.lang.String key) [hot path] [cached 60 s]",
        new OperationInfo("cache", "get", true, 60, "java.lang.String", GET.parameters())
            .toString());
  }
}
