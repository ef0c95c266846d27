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
package dev.suga.example.ha.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.testing.AlexaSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema helper itself: it accepts Amazon's own sample events and rejects broken ones. */
class AlexaSchemaTest {
  @Test
  void everyOfficialSampleEventValidates() throws IOException {
    AlexaSchema.requireAvailable();
    List<Path> events;
    try (Stream<Path> files = Files.walk(AlexaSchema.sharedAlexa().resolve("sample_messages"))) {
      events = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    int checked = 0;
    for (Path file : events) {
      Map<String, Object> message = JsonMaps.parseObject(Files.readAllBytes(file));
      if (message.containsKey("event")) {
        AlexaSchema.assertValid(message);
        checked++;
      }
    }
    assertEquals(34, checked, "the README of shared/alexa promises 34 sample events");
  }

  @Test
  void brokenMessagesAreReported() {
    Map<String, Object> sample = AlexaSchema.sample("ErrorResponse/ErrorResponse.General.json");
    assertTrue(AlexaSchema.violations(sample).isEmpty());
    String text = JsonMaps.writeString(sample);
    assertFalse(
        AlexaSchema.violations(text.replace("ENDPOINT_UNREACHABLE", "NOT_A_TYPE")).isEmpty());
    assertFalse(AlexaSchema.violations(text.replace("\"payloadVersion\":\"3\",", "")).isEmpty());
    assertFalse(
        AlexaSchema.violations(text.replace("endpoint-001", "light.kitchen")).isEmpty(),
        "dots are not allowed in endpoint ids");
  }
}
