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
package dev.suga.example.ha;

import dev.suga.core.ConfigCore;
import dev.suga.core.LogSink;
import dev.suga.example.ha.demo.DemoEvents;
import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.json.JsonMaps;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends one event, the first of its JVM, to a new {@link LambdaHandler} against the demo Home
 * Assistant, and prints the response after {@value #RESPONSE}. {@code args[0]}: {@code turn-on} or
 * {@code discover}. {@link FirstEventClassLoadingTest} runs it in a JVM of its own, so that the
 * classes it loads are those of that one event.
 */
public final class FirstEventDriver {
  static final String RESPONSE = "RESPONSE ";
  private static final String TOKEN = "first-event-token";

  private FirstEventDriver() {}

  public static void main(String[] args) throws Exception {
    try (DemoHomeAssistant home = DemoHomeAssistant.start(TOKEN)) {
      ConfigCore.override(Map.of("HA_BASE_URL", home.baseUrl(), "LOG_LEVEL", "WARN"));
      LogSink.redirect(line -> {});
      DemoEvents events = new DemoEvents();
      Map<String, Object> event =
          args[0].equals("discover")
              ? events.discover(TOKEN)
              : events.directive(
                  "Alexa.PowerController", "TurnOn", "light#living_room", TOKEN, DemoEvents.none());
      byte[] request = JsonMaps.write(event);
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      new LambdaHandler().handleRequest(new ByteArrayInputStream(request), response, null);
      System.out.println(RESPONSE + response.toString(StandardCharsets.UTF_8));
    }
  }
}
