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
package dev.suga.example.ha.homeassistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.suga.example.ha.demo.DemoHomeAssistant;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.AlexaSchema;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's canned {@code /api/alexa/smart_home} answers are valid Alexa messages: proxy-mode
 * tests pass them through the function and validate them. Needs {@code ../shared/alexa} (skipped,
 * saying so, without it).
 */
class DemoAlexaSchemaTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "PowerController/PowerController.TurnOn.request.json",
        "PowerController/PowerController.TurnOff.request.json",
        "StateReport/ReportState.json",
        "Discovery/Discovery.request.json",
        "Authorization/Authorization.AcceptGrant.request.json"
      })
  void cannedAnswerToAnOfficialSampleIsSchemaValid(String sample) {
    Map<String, Object> directive = AlexaSchema.sample(sample);
    try (DemoHomeAssistant demo = DemoHomeAssistant.start("schema-token")) {
      DemoClient.Answer answer =
          new DemoClient(demo.baseUrl(), "schema-token").post("/api/alexa/smart_home", directive);
      assertEquals(200, answer.status());
      AlexaSchema.assertValid(answer.body());
      assertEquals(
          JsonMaps.string(directive, "directive", "header", "correlationToken"),
          JsonMaps.string(answer.json(), "event", "header", "correlationToken"));
    }
  }
}
