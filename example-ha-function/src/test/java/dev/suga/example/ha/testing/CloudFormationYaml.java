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
package dev.suga.example.ha.testing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads a CloudFormation/SAM template written in YAML as the JSON CloudFormation sees: the
 * short-form tags become their long form ({@code !Ref X} is {@code {"Ref": "X"}}, {@code !Sub s} is
 * {@code {"Fn::Sub": s}}, {@code !GetAtt A.B} is {@code {"Fn::GetAtt": ["A", "B"]}}, {@code
 * !Condition C} is {@code {"Condition": "C"}}). An unknown tag or a key given twice in one mapping
 * is an error, as it is for CloudFormation.
 */
public final class CloudFormationYaml {
  /** Intrinsic functions with a short form {@code !Name} for {@code Fn::Name}. */
  private static final Set<String> FUNCTIONS =
      Set.of(
          "And",
          "Base64",
          "Cidr",
          "Equals",
          "FindInMap",
          "ForEach",
          "GetAZs",
          "If",
          "ImportValue",
          "Join",
          "Length",
          "Not",
          "Or",
          "Select",
          "Split",
          "Sub",
          "ToJsonString",
          "Transform");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CloudFormationYaml() {}

  /** The template in {@code file}, in long form. */
  public static JsonNode read(Path file) throws IOException {
    try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
      if (parser.nextToken() == null) {
        throw new IOException(file + " is empty");
      }
      JsonNode template = value(parser);
      if (parser.nextToken() != null) {
        throw new IOException(file + " holds more than one YAML document");
      }
      return template;
    }
  }

  private static JsonNode value(YAMLParser parser) throws IOException {
    String tag = parser.getTypeId(); // read at the value's first token, before descending
    JsonLocation where = parser.currentLocation();
    JsonToken token = parser.currentToken();
    JsonNode value;
    switch (token) {
      case START_OBJECT:
        value = object(parser);
        break;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        value = array;
        break;
      case VALUE_STRING:
        value = NODES.textNode(parser.getText());
        break;
      case VALUE_NUMBER_INT:
        value = NODES.numberNode(parser.getBigIntegerValue());
        break;
      case VALUE_NUMBER_FLOAT:
        value = NODES.numberNode(parser.getDecimalValue());
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        value = NODES.booleanNode(token == JsonToken.VALUE_TRUE);
        break;
      case VALUE_NULL:
        value = NODES.nullNode();
        break;
      default:
        throw new IOException("unexpected " + token + " at " + line(where));
    }
    return tag == null || tag.startsWith("tag:yaml.org,2002:")
        ? value
        : longForm(tag, value, where);
  }

  private static ObjectNode object(YAMLParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() != JsonToken.END_OBJECT) {
      String key = parser.currentName();
      JsonLocation where = parser.currentLocation();
      parser.nextToken();
      if (object.replace(key, value(parser)) != null) {
        throw new IOException("key " + key + " given twice, at " + line(where));
      }
    }
    return object;
  }

  private static JsonNode longForm(String tag, JsonNode value, JsonLocation where)
      throws IOException {
    ObjectNode form = NODES.objectNode();
    if (tag.equals("Ref") || tag.equals("Condition")) {
      form.set(tag, value);
    } else if (tag.equals("GetAtt") && value.isTextual()) {
      String text = value.asText();
      int dot = text.indexOf('.');
      if (dot <= 0 || dot == text.length() - 1) {
        throw new IOException("!GetAtt " + text + " is not Resource.Attribute, at " + line(where));
      }
      form.set(
          "Fn::GetAtt", NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1)));
    } else if (tag.equals("GetAtt") || FUNCTIONS.contains(tag)) {
      form.set("Fn::" + tag, value);
    } else {
      throw new IOException("unknown tag !" + tag + " at " + line(where));
    }
    return form;
  }

  private static String line(JsonLocation where) {
    return "line " + where.getLineNr();
  }
}
