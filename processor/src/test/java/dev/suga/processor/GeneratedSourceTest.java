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
package dev.suga.processor;

import static dev.suga.processor.Compiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Properties of the generated sources themselves: deterministic, annotated, reflection-free. */
class GeneratedSourceTest {
  private static final Pattern DYNAMIC =
      Pattern.compile(
          "java\\.lang\\.reflect|MethodHandle|Class\\.forName|ServiceLoader|Proxy\\.|getDeclared|\\.class\\.get");

  private static JavaFileObject[] sample() {
    return new JavaFileObject[] {
      GatewayBehaviourTest.APP,
      GatewayBehaviourTest.CACHE,
      GatewayBehaviourTest.MATH,
      EdgeCaseSources.ALL_KINDS
    };
  }

  static Map<String, String> sources(Compilation compilation) {
    assertEquals(
        Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
    Map<String, String> out = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        out.put(file.getName(), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  @Test
  void compilingTwiceGivesByteIdenticalSources() {
    Map<String, String> first = sources(compile(sample()));
    Map<String, String> second = sources(compile(sample()));
    assertFalse(first.isEmpty());
    assertEquals(first, second);
  }

  @Test
  void largeGatewaysAreDeterministicToo() {
    JavaFileObject[] sources = ScaleTest.sources().subList(0, 12).toArray(new JavaFileObject[0]);
    assertEquals(sources(compile(sources)), sources(compile(sources)));
  }

  @Test
  void everyGeneratedFileIsMarkedGeneratedAndUsesNoReflection() {
    Map<String, String> generated = sources(compile(sample()));
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertTrue(
          file.getValue().contains("@Generated(\"dev.suga.processor.GatewayProcessor\")"),
          file.getKey());
      assertFalse(
          DYNAMIC.matcher(file.getValue()).find(),
          () -> file.getKey() + " uses reflection or dynamic lookup");
    }
  }

  @Test
  void aLibraryCompilationWritesEachModulesHolderAndIndexEntry() {
    Map<String, String> generated = sources(compile(GatewayBehaviourTest.CACHE));
    assertEquals(
        List.of(
            "/SOURCE_OUTPUT/dev/suga/aggregated/test_CacheCore.java",
            "/SOURCE_OUTPUT/test/CacheCore_Holder.java"),
        generated.keySet().stream().sorted().toList());
    String index = generated.get("/SOURCE_OUTPUT/dev/suga/aggregated/test_CacheCore.java");
    assertTrue(index.contains("@Generated(\"dev.suga.processor.GatewayProcessor\")"), index);
    assertTrue(index.contains("\"get(java.lang.String)=key\""), index);
    assertFalse(index.contains("roots"), "a library's entry is everyone's: " + index);
  }

  @Test
  void anApplicationsIndexEntriesNameItsRoots() {
    Map<String, String> generated =
        sources(compile(GatewayBehaviourTest.APP, GatewayBehaviourTest.CACHE));
    String index = generated.get("/SOURCE_OUTPUT/dev/suga/aggregated/test_CacheCore.java");
    assertTrue(index.contains("roots = \"test.App\""), index);
  }
}
