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
package dev.suga.coldstart.reflective;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/** The fields of a Smart Home directive the handler needs, read in one streaming pass. */
final class Directive {
  String namespace;
  String name;
  String messageId;
  String correlationToken;
  String endpointId;
  String token;

  static Directive read(JsonFactory json, InputStream input) throws IOException {
    Directive directive = new Directive();
    try (JsonParser parser = json.createParser(input)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return directive;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (parser.nextToken() == JsonToken.START_OBJECT && "directive".equals(field)) {
          directive.directive(parser);
        } else {
          parser.skipChildren();
        }
      }
    }
    return directive;
  }

  private void directive(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT && "header".equals(field)) {
        header(parser);
      } else if (value == JsonToken.START_OBJECT && "endpoint".equals(field)) {
        endpoint(parser);
      } else {
        parser.skipChildren();
      }
    }
  }

  private void header(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        parser.skipChildren();
        continue;
      }
      switch (field) {
        case "namespace":
          namespace = parser.getText();
          break;
        case "name":
          name = parser.getText();
          break;
        case "messageId":
          messageId = parser.getText();
          break;
        case "correlationToken":
          correlationToken = parser.getText();
          break;
        default:
          break;
      }
    }
  }

  private void endpoint(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_STRING && "endpointId".equals(field)) {
        endpointId = parser.getText();
      } else if (value == JsonToken.START_OBJECT && "scope".equals(field)) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String scopeField = parser.currentName();
          if (parser.nextToken() == JsonToken.VALUE_STRING && "token".equals(scopeField)) {
            token = parser.getText();
          } else {
            parser.skipChildren();
          }
        }
      } else {
        parser.skipChildren();
      }
    }
  }
}
