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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suga.core.testing.CoreFixture;
import dev.suga.core.testing.LambdaContext;
import dev.suga.core.testing.RawStandIn;
import dev.suga.core.testing.RawStandIn.Reply;
import dev.suga.core.testing.TestJson;
import dev.suga.example.ha.LambdaHandler;
import dev.suga.example.ha.testing.AlexaSchema;
import dev.suga.example.ha.testing.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proxy mode returns Home Assistant's answer only when it has the shape Alexa requires ({@link
 * ProxyAnswers}); otherwise a schema-valid INTERNAL_ERROR. Amazon's own sample answers pass
 * unchanged; the audit's {@code {"event":{}}} and every other broken envelope do not.
 */
class ProxyAnswersTest {
  private static final String TOKEN = "proxy-shape-token-3c9e1d";

  /** Answers that fail the schema, each with what is wrong. */
  private static final List<String> BROKEN =
      List.of(
          "{\"event\":{}}",
          "{\"event\":null}",
          "{\"event\":[]}",
          "{\"event\":{\"header\":{},\"payload\":{}}}",
          header("\"namespace\":\"Alexa\",\"name\":\"Response\",\"payloadVersion\":\"2\"", "{}"),
          header("\"namespace\":\"Alexa\",\"name\":\"Response\",\"payloadVersion\":3", "{}"),
          header("\"namespace\":\"Alexa\",\"name\":\"Nonsense\",\"payloadVersion\":\"3\"", "{}"),
          header(
              "\"namespace\":\"Alexa\",\"name\":\"ChangeReport\",\"payloadVersion\":\"3\"", "{}"),
          header("\"namespace\":\"Alexa\",\"name\":\"Response\",\"payloadVersion\":\"3\"", "[]"),
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"has spaces\"},\"payload\":{}}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\",\"extra\":1},\"payload\":{}}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\",\"correlationToken\":\"\"},"
              + "\"payload\":{}}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\"},\"payload\":{},"
              + "\"endpoint\":{\"endpointId\":\"light kitchen\"}}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\"},\"payload\":{},\"extra\":{}}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"ErrorResponse\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\"},\"payload\":{}}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"ErrorResponse\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\"},\"payload\":"
              + "{\"type\":\"INTERNAL_ERROR\",\"message\":\"x\"}},\"context\":{}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa.Discovery\",\"name\":\"Discover.Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\"},\"payload\":{}}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\"},\"payload\":{}},"
              + "\"context\":{\"properties\":[{\"namespace\":\"Alexa.PowerController\"}]}}",
          "{\"event\":{\"header\":{\"namespace\":\"Alexa\",\"name\":\"Response\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"m-1\"},\"payload\":{}},\"more\":1}",
          "[]",
          "\"event\"");

  private static String header(String fields, String payload) {
    return "{\"event\":{\"header\":{"
        + fields
        + ",\"messageId\":\"m-1\"},\"payload\":"
        + payload
        + "}}";
  }

  /** Amazon's sample answers (responses, errors, state reports) pass the check unchanged. */
  @Test
  void amazonsSampleAnswersPass() throws IOException {
    AlexaSchema.requireAvailable();
    List<Path> answers;
    try (Stream<Path> files = Files.walk(AlexaSchema.sharedAlexa().resolve("sample_messages"))) {
      answers =
          files
              .filter(Files::isRegularFile)
              .filter(
                  file -> {
                    String name = file.getFileName().toString();
                    return name.contains("response")
                        || name.startsWith("ErrorResponse")
                        || name.equals("StateReport.json")
                        || name.equals("DeferredResponse.json")
                        || name.contains("Started.message");
                  })
              .sorted()
              .toList();
    }
    assertTrue(answers.size() >= 25, answers::toString);
    for (Path file : answers) {
      Object answer = TestJson.parse(Files.readString(file, StandardCharsets.UTF_8));
      assertNull(ProxyAnswers.problem(answer), file::toString);
    }
    Path changeReport = AlexaSchema.sharedAlexa().resolve("sample_messages/ChangeReport");
    Object proactive =
        TestJson.parse(
            Files.readString(changeReport.resolve("ChangeReport.json"), StandardCharsets.UTF_8));
    assertNotNull(ProxyAnswers.problem(proactive), "a ChangeReport answers no directive");
  }

  @Test
  void brokenEnvelopesAreRefused() {
    for (String broken : BROKEN) {
      assertNotNull(ProxyAnswers.problem(TestJson.parse(broken)), broken);
      if (broken.startsWith("{")) {
        assertFalse(AlexaSchema.violations(broken).isEmpty(), "the schema refuses " + broken);
      }
    }
    assertNotNull(ProxyAnswers.problem(null));
  }

  /** End to end: each broken answer from Home Assistant reaches Alexa as a valid error. */
  @Test
  void aBrokenAnswerBecomesASchemaValidError() throws IOException {
    try (RawStandIn home = RawStandIn.http()) {
      CoreFixture fixture =
          CoreFixture.with(Map.of("HA_BASE_URL", home.baseUrl(), "HA_MODE", "proxy"));
      try {
        Handler.reset();
        List<Reply> replies = new ArrayList<>();
        for (String broken : BROKEN) {
          replies.add(Reply.json(200, broken));
        }
        home.script(replies.toArray(new Reply[0]));
        for (String broken : BROKEN) {
          String answer = invokeTurnOn();
          Map<String, Object> response = TestJson.parseObject(answer);
          assertEquals("INTERNAL_ERROR", TestJson.at(response, "event", "payload", "type"), broken);
          assertEquals(
              "proxy-correlation",
              TestJson.at(response, "event", "header", "correlationToken"),
              "the directive's correlation token, not Home Assistant's");
          AlexaSchema.assertValid(answer);
        }
        assertEquals(BROKEN.size(), home.received().size());
      } finally {
        Handler.reset();
        fixture.close();
      }
    }
  }

  private static String invokeTurnOn() throws IOException {
    Map<String, Object> event =
        Map.of(
            "directive",
            Map.of(
                "header",
                Map.of(
                    "namespace",
                    "Alexa.PowerController",
                    "name",
                    "TurnOn",
                    "payloadVersion",
                    "3",
                    "messageId",
                    "proxy-message",
                    "correlationToken",
                    "proxy-correlation"),
                "endpoint",
                Map.of(
                    "scope",
                    Map.of("type", "BearerToken", "token", TOKEN),
                    "endpointId",
                    "light#kitchen"),
                "payload",
                Map.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LambdaHandler()
        .handleRequest(
            new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(event)),
            out,
            LambdaContext.of("proxy-shape"));
    return out.toString(StandardCharsets.UTF_8);
  }
}
