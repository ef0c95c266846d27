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

import java.nio.charset.StandardCharsets;

/**
 * The events the subjects get, as Alexa sends them (the shapes of the example's {@code
 * DemoEvents}): a {@code PowerController.TurnOn} for {@code switch#coffee_maker} and an {@code
 * Alexa.Discovery/Discover}, each with a bearer token the stand-in accepts and a fresh message id;
 * and the checks that a response is the right answer.
 */
final class Events {
  static final String ENDPOINT = "switch#coffee_maker";

  private Events() {}

  static byte[] event(Subject.EventKind kind, int sequence, String token) {
    String json =
        switch (kind) {
          case HELLO, TURN_ON ->
              "{\"directive\":{\"header\":{\"namespace\":\"Alexa.PowerController\",\"name\":\"TurnOn\","
                  + "\"payloadVersion\":\"3\",\"messageId\":\""
                  + messageId(sequence)
                  + "\",\"correlationToken\":"
                  + "\"coldstart-correlation-"
                  + sequence
                  + "\"},\"endpoint\":{\"scope\":{\"type\":\"BearerToken\",\"token\":\""
                  + token
                  + "\"},\"endpointId\":\""
                  + ENDPOINT
                  + "\",\"cookie\":{}},\"payload\":{}}}";
          case DISCOVER ->
              "{\"directive\":{\"header\":{\"namespace\":\"Alexa.Discovery\",\"name\":\"Discover\","
                  + "\"payloadVersion\":\"3\",\"messageId\":\""
                  + messageId(sequence)
                  + "\"},\"payload\":{\"scope\":"
                  + "{\"type\":\"BearerToken\",\"token\":\""
                  + token
                  + "\"}}}}";
        };
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Null when {@code response} is the right answer to an event of {@code kind}, else what is wrong.
   */
  static String check(Subject.EventKind kind, String response) {
    boolean ok =
        switch (kind) {
          case HELLO -> response.contains("\"hello\"");
          case TURN_ON ->
              response.contains("\"Response\"")
                  && response.contains("\"powerState\"")
                  && response.contains("\"ON\"")
                  && !response.contains("ErrorResponse");
          case DISCOVER ->
              response.contains("\"Discover.Response\"")
                  && response.contains("\"endpointId\"")
                  && !response.contains("ErrorResponse");
        };
    if (ok) {
      return null;
    }
    return "unexpected answer to "
        + kind
        + ": "
        + (response.length() > 400 ? response.substring(0, 400) + "..." : response);
  }

  private static String messageId(int sequence) {
    return String.format("00000000-0000-4000-8000-%012d", sequence);
  }
}
