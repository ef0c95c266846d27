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
import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.suga.processor.testing.Events;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @GatewayWarmup} and {@code Gateway.train()}: a training run (an AOT cache recording, a
 * checkpoint) builds the hot modules and runs each module's warm-up through its holder, uncounted.
 */
class WarmupTest {
  static final JavaFileObject APP =
      source(
          "test.App",
          "package test;",
          "@dev.suga.annotations.GatewayRoot",
          "public final class App {}");

  static final JavaFileObject RENDER =
      source(
          "test.RenderCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "@GatewayModule(unload = GatewayModule.Unload.IDLE)",
          "public class RenderCore {",
          "  public RenderCore() { Events.record(\"render:new\"); }",
          "  @GatewayOperation public String render(String text) { return \"<\" + text + \">\"; }",
          "  @GatewayWarmup void warmUp() { Events.record(\"render:warm \" + render(\"sample\")); }",
          "}");
  static final JavaFileObject HOT =
      source(
          "test.HotCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "public class HotCore {",
          "  public HotCore() { Events.record(\"hot:new\"); }",
          "  @GatewayOperation @HotPath public int one() { return 1; }",
          "  @GatewayWarmup static void tables() { Events.record(\"hot:static warm\"); }",
          "}");
  static final JavaFileObject FAILING =
      source(
          "test.DiskCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "public class DiskCore {",
          "  @GatewayOperation public int size() { return 0; }",
          "  @GatewayWarmup public void warmUp() throws java.io.IOException {",
          "    throw new java.io.IOException(\"no disk in training\");",
          "  }",
          "}");
  static final JavaFileObject COLD =
      source(
          "test.ColdCore",
          "package test;",
          "import dev.suga.annotations.*;",
          "import dev.suga.processor.testing.Events;",
          "public class ColdCore {",
          "  public ColdCore() { Events.record(\"cold:new\"); }",
          "  @GatewayOperation public int two() { return 2; }",
          "}");

  @BeforeEach
  void clearEvents() {
    Events.drain();
  }

  @Test
  void trainBuildsHotModulesAndRunsWarmUpsUncounted() {
    JavaFileObject run =
        source(
            "test.Run",
            "package test;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    int trained = Gateway.train();",
            "    return java.util.List.of(trained, Gateway.loadedInterfaces().toString(),",
            "        Gateway.statistics().operation(\"render.render\").calls(),",
            "        Gateway.statistics().module(\"render\").loads());",
            "  }",
            "}");
    Compilation compilation = compile(APP, RENDER, HOT, COLD, run);
    assertEquals(List.of(2, "[HOT, RENDER]", 0L, 1L), Drivers.of(compilation).run("test.Run"));
    assertEquals(
        List.of("hot:new", "hot:static warm", "render:new", "render:warm <sample>"),
        Events.drain());
  }

  @Test
  void aWarmUpsCheckedExceptionIsAGatewayExceptionNamingTheInterface() {
    JavaFileObject run =
        source(
            "test.Run",
            "package test;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    try {",
            "      Gateway.train();",
            "      return \"trained\";",
            "    } catch (dev.suga.runtime.GatewayException e) {",
            "      return e.getMessage() + \" / \" + e.interfaceId();",
            "    }",
            "  }",
            "}");
    assertEquals(
        "disk.warmup failed: java.io.IOException: no disk in training / disk",
        Drivers.of(compile(APP, FAILING, run)).run("test.Run"));
  }
}
