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

import static dev.suga.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library compiled on its own (modules, no root) and a root compiled later with the library's
 * classes on its class path, as two jars would be: the root's gateway includes the library's
 * modules, with their parameter names.
 */
class LibraryAggregationTest {
  @TempDir Path libraryClasses;

  @Test
  void aRootAggregatesTheModulesOfALibraryOnItsClassPath() throws IOException {
    JavaFileObject weather =
        source(
            "lib.weather.WeatherCore",
            "package lib.weather;",
            "import dev.suga.annotations.*;",
            "@GatewayModule(unload = GatewayModule.Unload.IDLE)",
            "public class WeatherCore {",
            "  @GatewayOperation public String forecast(String city, int days) { return city + \":\" + days; }",
            "}");
    JavaFileObject units =
        source(
            "lib.units.Units",
            "package lib.units;",
            "import dev.suga.annotations.*;",
            "public final class Units {",
            "  private Units() {}",
            "  @GatewayOperation public static double celsius(double fahrenheit) { return (fahrenheit - 32) * 5 / 9; }",
            "}");
    Compilation library = Compiler.compile(weather, units);
    assertEquals(Compilation.Status.SUCCESS, library.status(), library.diagnostics()::toString);
    assertTrue(
        library.generatedSourceFile("dev.suga.aggregated.lib_weather_WeatherCore").isPresent());
    Compiler.writeClasses(library, libraryClasses);

    JavaFileObject app =
        source(
            "app.App",
            "package app;",
            "@dev.suga.annotations.GatewayRoot(name = \"AppGateway\")",
            "public final class App {}");
    JavaFileObject local =
        source(
            "app.GreetingCore",
            "package app;",
            "import dev.suga.annotations.*;",
            "public class GreetingCore {",
            "  @GatewayOperation public String hello(String name) { return \"hello \" + name; }",
            "}");
    JavaFileObject driver =
        source(
            "app.Run",
            "package app;",
            "import java.util.*;",
            "public class Run implements java.util.function.Function<Object, Object> {",
            "  public Object apply(Object in) {",
            "    List<Object> out = new ArrayList<>();",
            "    out.add(AppGateway.weatherForecast(\"Oslo\", 3));",
            "    out.add(AppGateway.execute(AppGateway.Operation.WEATHER_FORECAST, Map.of(\"city\", \"Rome\", \"days\", 2)));",
            "    out.add(AppGateway.execute(\"units.celsius\", 212.0));",
            "    out.add(AppGateway.greetingHello(\"you\"));",
            "    out.add(AppGateway.Operation.WEATHER_FORECAST.info().parameterNames());",
            "    out.add(Arrays.toString(AppGateway.Interface.values()));",
            "    return out;",
            "  }",
            "}");
    Compilation root = Compiler.compileAgainst(List.of(libraryClasses), app, local, driver);
    assertEquals(Compilation.Status.SUCCESS, root.status(), root.diagnostics()::toString);
    assertTrue(
        root.generatedSourceFiles().stream().noneMatch(f -> f.getName().contains("Weather")),
        "the library's holders and entries are the library's, not written again");

    try (URLClassLoader libraryLoader =
        Compiler.loader(libraryClasses, getClass().getClassLoader())) {
      Object out = Drivers.of(root, libraryLoader).run("app.Run");
      assertEquals(
          List.of(
              "Oslo:3",
              "Rome:2",
              100.0,
              "hello you",
              List.of("city", "days"),
              "[GREETING, UNITS, WEATHER]"),
          out);
    }
  }
}
