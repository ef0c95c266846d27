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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the SAM schema cannot see: that every {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub}
 * placeholder of a template (long form, {@link CloudFormationYaml}) names a parameter, a resource
 * (with an attribute that resource type has), a condition or a pseudo parameter; that every {@code
 * Condition} and {@code Fn::If} names a condition; that every parameter and condition is used; and
 * that parameter defaults pass their own constraints. CloudFormation finds these only when a
 * deployment is under way.
 */
public final class TemplateReferences {
  private static final Set<String> PSEUDO_PARAMETERS =
      Set.of(
          "AWS::AccountId",
          "AWS::NotificationARNs",
          "AWS::NoValue",
          "AWS::Partition",
          "AWS::Region",
          "AWS::StackId",
          "AWS::StackName",
          "AWS::URLSuffix");

  /**
   * The {@code Fn::GetAtt} attributes of the resource types this project's template uses (from the
   * CloudFormation and SAM references). A type missing here is reported, so that it is added with
   * its real attributes rather than accepted blindly.
   */
  private static final Map<String, Set<String>> ATTRIBUTES =
      Map.of(
          "AWS::Serverless::Function", Set.of("Arn"),
          "AWS::Lambda::Url", Set.of("FunctionArn", "FunctionUrl"),
          "AWS::Lambda::Permission", Set.of(),
          "AWS::Logs::LogGroup", Set.of("Arn"),
          "AWS::SNS::Topic", Set.of("TopicArn", "TopicName"),
          "AWS::CloudWatch::Alarm", Set.of("Arn"),
          "AWS::Budgets::Budget", Set.of());

  /** {@code ${Name}} or {@code ${Resource.Attribute}}; {@code ${!Literal}} is text. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private final JsonNode parameters;
  private final JsonNode resources;
  private final JsonNode conditions;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> usedParameters = new TreeSet<>();
  private final Set<String> usedConditions = new TreeSet<>();

  private TemplateReferences(JsonNode template) {
    this.parameters = template.path("Parameters");
    this.resources = template.path("Resources");
    this.conditions = template.path("Conditions");
  }

  /** Every problem found, one line each, naming where it is; empty when there is none. */
  public static List<String> problems(JsonNode template) {
    TemplateReferences check = new TemplateReferences(template);
    check.run(template);
    return List.copyOf(check.problems);
  }

  private void run(JsonNode template) {
    for (Map.Entry<String, JsonNode> condition : conditions.properties()) {
      walk(condition.getValue(), "Conditions." + condition.getKey(), true);
    }
    for (Map.Entry<String, JsonNode> resource : resources.properties()) {
      String where = "Resources." + resource.getKey();
      if (!ATTRIBUTES.containsKey(resource.getValue().path("Type").asText())) {
        problems.add(
            where
                + ": type "
                + resource.getValue().path("Type").asText()
                + " is not in TemplateReferences.ATTRIBUTES; add it with its GetAtt attributes");
      }
      conditionName(resource.getValue().get("Condition"), where + ".Condition");
      walk(resource.getValue().path("Properties"), where + ".Properties", false);
    }
    for (Map.Entry<String, JsonNode> output : template.path("Outputs").properties()) {
      String where = "Outputs." + output.getKey();
      conditionName(output.getValue().get("Condition"), where + ".Condition");
      walk(output.getValue().path("Value"), where + ".Value", false);
    }
    for (Iterator<String> it = parameters.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!usedParameters.contains(name)) {
        problems.add("Parameters." + name + ": never used (a setting that reaches nothing)");
      }
      defaults(name, parameters.get(name));
    }
    for (Iterator<String> it = conditions.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!usedConditions.contains(name)) {
        problems.add("Conditions." + name + ": never used");
      }
    }
  }

  private void walk(JsonNode node, String where, boolean inConditions) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), where + "[" + i + "]", inConditions);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.size() == 1) {
      String function = node.fieldNames().next();
      JsonNode argument = node.get(function);
      switch (function) {
        case "Ref":
          ref(argument, where, Set.of());
          return;
        case "Fn::GetAtt":
          getAtt(argument, where);
          return;
        case "Fn::Sub":
          sub(argument, where, inConditions);
          return;
        case "Fn::If":
          if (argument.isArray() && argument.size() == 3) {
            conditionName(argument.get(0), where + " (Fn::If)");
            walk(argument.get(1), where + "[1]", inConditions);
            walk(argument.get(2), where + "[2]", inConditions);
          } else {
            problems.add(where + ": Fn::If takes [condition, then, else]");
          }
          return;
        case "Condition":
          if (inConditions) {
            conditionName(argument, where);
            return;
          }
          break;
        default:
          break;
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      walk(field.getValue(), where + "." + field.getKey(), inConditions);
    }
  }

  private void ref(JsonNode argument, String where, Set<String> locals) {
    if (!argument.isTextual()) {
      problems.add(where + ": Ref takes a name, not " + argument);
      return;
    }
    String name = argument.asText();
    if (locals.contains(name) || PSEUDO_PARAMETERS.contains(name) || resources.has(name)) {
      return;
    }
    if (parameters.has(name)) {
      usedParameters.add(name);
      return;
    }
    // SAM: a function with AutoPublishAlias has the references <Function>.Alias and .Version.
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      JsonNode function = resources.path(name.substring(0, dot));
      String suffix = name.substring(dot + 1);
      if (function.path("Type").asText().equals("AWS::Serverless::Function")
          && function.path("Properties").has("AutoPublishAlias")
          && (suffix.equals("Alias") || suffix.equals("Version"))) {
        return;
      }
    }
    problems.add(where + ": Ref " + name + " names no parameter, resource or pseudo parameter");
  }

  private void getAtt(JsonNode argument, String where) {
    if (!argument.isArray()
        || argument.size() != 2
        || !argument.get(0).isTextual()
        || !argument.get(1).isTextual()) {
      problems.add(where + ": Fn::GetAtt takes [resource, attribute], not " + argument);
      return;
    }
    attribute(argument.get(0).asText(), argument.get(1).asText(), where);
  }

  private void attribute(String resource, String attribute, String where) {
    JsonNode target = resources.get(resource);
    if (target == null) {
      problems.add(where + ": GetAtt " + resource + "." + attribute + " names no resource");
      return;
    }
    Set<String> known = ATTRIBUTES.get(target.path("Type").asText());
    if (known != null && !known.contains(attribute)) {
      problems.add(
          where
              + ": GetAtt "
              + resource
              + "."
              + attribute
              + ": a "
              + target.path("Type").asText()
              + " has no such attribute (it has "
              + known
              + ")");
    }
  }

  private void sub(JsonNode argument, String where, boolean inConditions) {
    String text;
    Set<String> locals = new LinkedHashSet<>();
    if (argument.isTextual()) {
      text = argument.asText();
    } else if (argument.isArray()
        && argument.size() == 2
        && argument.get(0).isTextual()
        && argument.get(1).isObject()) {
      text = argument.get(0).asText();
      argument.get(1).fieldNames().forEachRemaining(locals::add);
      walk(argument.get(1), where + "[1]", inConditions);
    } else {
      problems.add(where + ": Fn::Sub takes a string or [string, {variables}], not " + argument);
      return;
    }
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      String name = placeholder.group(1).trim();
      if (name.startsWith("!")) {
        continue; // ${!Literal}
      }
      int dot = name.indexOf('.');
      if (dot > 0 && !locals.contains(name)) {
        attribute(name.substring(0, dot), name.substring(dot + 1), where + " (Fn::Sub)");
      } else {
        ref(TextNode.valueOf(name), where + " (Fn::Sub)", locals);
      }
    }
  }

  private void conditionName(JsonNode name, String where) {
    if (name == null) {
      return;
    }
    if (!name.isTextual() || !conditions.has(name.asText())) {
      problems.add(where + ": " + name + " names no condition");
      return;
    }
    usedConditions.add(name.asText());
  }

  /**
   * A default the parameter's own constraints would refuse fails every deployment that keeps it.
   */
  private void defaults(String name, JsonNode parameter) {
    JsonNode value = parameter.get("Default");
    if (value == null) {
      return;
    }
    String where = "Parameters." + name + ".Default " + value;
    String text = value.asText();
    JsonNode allowed = parameter.get("AllowedValues");
    if (allowed != null) {
      boolean found = false;
      for (JsonNode candidate : allowed) {
        found |= candidate.asText().equals(text);
      }
      if (!found) {
        problems.add(where + ": not among its AllowedValues " + allowed);
      }
    }
    JsonNode pattern = parameter.get("AllowedPattern");
    if (pattern != null && !Pattern.compile(pattern.asText()).matcher(text).matches()) {
      problems.add(where + ": does not match its AllowedPattern " + pattern.asText());
    }
    if (parameter.path("Type").asText().equals("Number")) {
      try {
        double number = Double.parseDouble(text);
        if (parameter.has("MinValue") && number < parameter.get("MinValue").asDouble()) {
          problems.add(where + ": below its MinValue");
        }
        if (parameter.has("MaxValue") && number > parameter.get("MaxValue").asDouble()) {
          problems.add(where + ": above its MaxValue");
        }
      } catch (NumberFormatException e) {
        problems.add(where + ": not a number, though the parameter is a Number");
      }
    }
  }
}
