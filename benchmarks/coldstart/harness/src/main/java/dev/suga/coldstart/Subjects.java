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
package dev.suga.coldstart;

import dev.suga.coldstart.Subject.EventKind;
import dev.suga.coldstart.Subject.Initialization;
import dev.suga.coldstart.Subject.Transport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The subjects of issue 4's cold-start table, in table order. */
final class Subjects {
  static final String HELLO = "hello";
  static final String HAND_TUNED = "hand-tuned";
  static final String HAND_TUNED_HTTPS = "hand-tuned-https";
  static final String READ_TREE = "readtree";
  static final String REFLECTIVE = "reflective";
  static final String MICRONAUT = "micronaut";
  static final String SPRING = "spring-cloud-function";
  static final String EXAMPLE_TURN_ON = "example-turnon";
  static final String EXAMPLE_DISCOVER = "example-discover";
  static final String EXAMPLE_TURN_ON_HTTPS = "example-turnon-https";
  static final String EXAMPLE_DISCOVER_HTTPS = "example-discover-https";
  static final String EXAMPLE_TURN_ON_SNAPSTART = "example-turnon-snapstart";
  static final String EXAMPLE_TURN_ON_SNAPSTART_UNPRIMED = "example-turnon-snapstart-unprimed";

  static final String EXAMPLE_HANDLER = "dev.suga.example.ha.LambdaHandler::handleRequest";

  /** What {@code --aot} adds after each on-demand subject ({@code aot-main} with --aot-main). */
  static final List<String> AOT_VARIANTS =
      List.of("image", "aot", "aot-main", "aot-otherpath", "aot-otherjvm", "aot-corrupt");

  private Subjects() {}

  /** Every subject; the example's six only with its jar. */
  static List<Subject> all(Path baselines, Path exampleJar, Map<String, Path> variants) {
    List<Subject> all = new ArrayList<>();
    all.add(
        baseline(
            baselines,
            HELLO,
            "hello",
            "hello-world RequestStreamHandler (the limit)",
            "dev.suga.coldstart.hello.HelloHandler::handleRequest",
            EventKind.HELLO,
            Transport.NONE,
            Map.of()));
    all.add(
        baseline(
            baselines,
            HAND_TUNED,
            "streaming",
            "hand-tuned TurnOn: jackson-core streaming + HttpURLConnection",
            "dev.suga.coldstart.streaming.TurnOnHandler::handleRequest",
            EventKind.TURN_ON,
            Transport.HTTP,
            Map.of()));
    all.add(
        baseline(
            baselines,
            HAND_TUNED_HTTPS,
            "streaming",
            "hand-tuned TurnOn, Home Assistant over HTTPS",
            "dev.suga.coldstart.streaming.TurnOnHandler::handleRequest",
            EventKind.TURN_ON,
            Transport.HTTPS,
            Map.of()));
    all.add(
        baseline(
            baselines,
            READ_TREE,
            "readtree",
            "Jackson databind readTree + switch router",
            "dev.suga.coldstart.readtree.TreeRouterHandler::handleRequest",
            EventKind.TURN_ON,
            Transport.HTTP,
            Map.of()));
    all.add(
        baseline(
            baselines,
            REFLECTIVE,
            "reflective",
            "reflective router: Map<String, Method> + Method.invoke",
            "dev.suga.coldstart.reflective.RouterHandler::handleRequest",
            EventKind.TURN_ON,
            Transport.HTTP,
            Map.of()));
    all.add(
        baseline(
            baselines,
            MICRONAUT,
            "micronaut",
            "Micronaut 4.7 function (MicronautRequestHandler)",
            "dev.suga.coldstart.micronaut.FunctionRequestHandler",
            EventKind.TURN_ON,
            Transport.HTTP,
            Map.of()));
    all.add(
        baseline(
            baselines,
            SPRING,
            "spring",
            "Spring Cloud Function 4.3 AWS adapter, 2 routed functions",
            "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest",
            EventKind.TURN_ON,
            Transport.HTTP,
            Map.of("MAIN_CLASS", "dev.suga.coldstart.spring.AlexaApplication")));
    if (exampleJar != null) {
      all.add(
          new Subject(
              EXAMPLE_TURN_ON,
              "example function, TurnOn first (HTTP)",
              exampleJar,
              EXAMPLE_HANDLER,
              EventKind.TURN_ON,
              Transport.HTTP,
              Map.of()));
      all.add(
          new Subject(
              EXAMPLE_DISCOVER,
              "example function, Discover first (HTTP)",
              exampleJar,
              EXAMPLE_HANDLER,
              EventKind.DISCOVER,
              Transport.HTTP,
              Map.of()));
      all.add(
          new Subject(
              EXAMPLE_TURN_ON_HTTPS,
              "example function, TurnOn first (HTTPS)",
              exampleJar,
              EXAMPLE_HANDLER,
              EventKind.TURN_ON,
              Transport.HTTPS,
              Map.of()));
      all.add(
          new Subject(
              EXAMPLE_DISCOVER_HTTPS,
              "example function, Discover first (HTTPS)",
              exampleJar,
              EXAMPLE_HANDLER,
              EventKind.DISCOVER,
              Transport.HTTPS,
              Map.of()));
      // SnapStart simulated (no snapshot: the same JVM goes on after restore/next); its first
      // response includes the pre-snapshot init, which a restored environment does not repeat.
      all.add(
          new Subject(
              EXAMPLE_TURN_ON_SNAPSTART,
              "example function, TurnOn first (HTTP), SnapStart init with"
                  + " its priming hook (snapshot simulated)",
              exampleJar,
              EXAMPLE_HANDLER,
              EventKind.TURN_ON,
              Transport.HTTP,
              Map.of(),
              Initialization.SNAP_START));
      // The same init without the org.crac bridge: the example's hook is registered with org.crac,
      // which then finds no implementation, so priming does not run (and the example is unchanged).
      all.add(
          new Subject(
              EXAMPLE_TURN_ON_SNAPSTART_UNPRIMED,
              "example function, TurnOn first (HTTP), SnapStart init"
                  + " without -Dorg.crac.Core.Compat, so its priming hook never runs",
              exampleJar,
              EXAMPLE_HANDLER,
              EventKind.TURN_ON,
              Transport.HTTP,
              Map.of(),
              Initialization.SNAP_START_WITHOUT_CRAC_BRIDGE));
    }
    variants.forEach(
        (label, jar) ->
            all.add(
                new Subject(
                    EXAMPLE_TURN_ON + "@" + label,
                    "example function build '" + label + "', TurnOn first (HTTP)",
                    jar,
                    EXAMPLE_HANDLER,
                    EventKind.TURN_ON,
                    Transport.HTTP,
                    Map.of())));
    return all;
  }

  /** {@code baselines/<project>/target/coldstart-<project>.jar}. */
  static Path baselineJar(Path baselines, String project) {
    return baselines.resolve(project).resolve("target").resolve("coldstart-" + project + ".jar");
  }

  private static Subject baseline(
      Path baselines,
      String name,
      String project,
      String description,
      String handler,
      EventKind events,
      Transport transport,
      Map<String, String> environment) {
    return new Subject(
        name,
        description,
        baselineJar(baselines, project),
        handler,
        events,
        transport,
        environment);
  }
}
