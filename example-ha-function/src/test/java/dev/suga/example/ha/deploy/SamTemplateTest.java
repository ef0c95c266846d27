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
package dev.suga.example.ha.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.suga.example.ha.testing.CloudFormationYaml;
import dev.suga.example.ha.testing.SamSchema;
import dev.suga.example.ha.testing.TemplateReferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code example-ha-function/template.yaml} (zip + SnapStart) and {@code template-image.yaml} (a
 * container image with an AOT cache, issue 15) are templates SAM accepts (its JSON schema,
 * short-form tags read as their long form), whose references all resolve, and which offer every
 * setting of the README's settings table as a parameter with the README's default, plus the guards
 * of issue 13 (optional reserved concurrency, alarm e-mails, log retention, a cost budget); and the
 * image template is the zip template but for the function's package.
 */
class SamTemplateTest {
  /** README defaults that mean "unset": the parameter's default is then empty. */
  private static final Set<String> UNSET_WORDS =
      Set.of("unset", "none", "all", "asked from Home Assistant");

  /** Environment variables the template sets that are not settings of the function. */
  private static final Set<String> NOT_SETTINGS = Set.of("JAVA_TOOL_OPTIONS");

  /** The zip deployment's template, and the container image's. */
  static final String ZIP = "template.yaml";

  static final String IMAGE = "template-image.yaml";

  private static Path root;
  private static JsonNode template;
  private static JsonNode imageTemplate;

  @BeforeAll
  static void read() throws IOException {
    root = repositoryRoot();
    template = CloudFormationYaml.read(root.resolve("example-ha-function/" + ZIP));
    imageTemplate = CloudFormationYaml.read(root.resolve("example-ha-function/" + IMAGE));
  }

  private static JsonNode template(String name) {
    return name.equals(IMAGE) ? imageTemplate : template;
  }

  @ParameterizedTest
  @ValueSource(strings = {ZIP, IMAGE})
  void theTemplateIsValidForSamsSchema(String name) {
    List<String> violations = SamSchema.violations(template(name));
    assertTrue(violations.isEmpty(), () -> name + ":\n" + String.join("\n", violations));
  }

  @ParameterizedTest
  @ValueSource(strings = {ZIP, IMAGE})
  void everyReferenceResolvesAndEveryParameterIsUsed(String name) {
    List<String> problems = TemplateReferences.problems(template(name));
    assertTrue(problems.isEmpty(), () -> name + ":\n" + String.join("\n", problems));
  }

  /**
   * The two templates stay in step: the image template is the zip template with the function's
   * package changed (no Runtime parameter, handler, code URI, SnapStart or JAVA_TOOL_OPTIONS; a
   * container image built by SAM from the staged directory) and its description, nothing else.
   */
  @Test
  void theImageTemplateIsTheZipTemplateButForThePackage() {
    ObjectNode expected = template.deepCopy();
    ((ObjectNode) expected.get("Parameters")).remove("Runtime");
    ObjectNode function = (ObjectNode) expected.at("/Resources/BridgeFunction");
    ObjectNode properties = (ObjectNode) function.get("Properties");
    properties.remove(List.of("Handler", "Runtime", "CodeUri", "SnapStart"));
    ((ObjectNode) properties.at("/Environment/Variables")).remove("JAVA_TOOL_OPTIONS");
    properties.put("PackageType", "Image");
    function.set("Metadata", imageTemplate.at("/Resources/BridgeFunction/Metadata"));
    expected.set("Description", imageTemplate.get("Description"));
    assertEquals(expected, imageTemplate);
  }

  @Test
  void theImageIsBuiltFromTheStagedDirectoryWhoseDockerfileTrainsTheCache() throws IOException {
    JsonNode metadata = imageTemplate.at("/Resources/BridgeFunction/Metadata");
    assertEquals("Dockerfile", metadata.path("Dockerfile").asText());
    assertEquals("./target/image", metadata.path("DockerContext").asText());
    assertTrue(metadata.path("DockerTag").isTextual(), metadata.toString());
    assertTrue(
        imageTemplate.at("/Resources/BridgeFunction/Properties/SnapStart").isMissingNode(),
        "Lambda offers no SnapStart for container images");
    // The Maven profile aot copies src/main/docker into the staged directory, Dockerfile included.
    String dockerfile =
        Files.readString(root.resolve("example-ha-function/src/main/docker/Dockerfile"));
    assertTrue(dockerfile.contains("\nFROM public.ecr.aws/lambda/java:25\n"), dockerfile);
    assertTrue(dockerfile.contains("/var/task/bootstrap --train"), dockerfile);
    assertTrue(dockerfile.contains("ENTRYPOINT [\"/var/task/bootstrap\"]"), dockerfile);
    assertTrue(
        dockerfile.contains("CMD [\"dev.suga.example.ha.LambdaHandler::handleRequest\"]"),
        dockerfile);
  }

  @Test
  void shortFormTagsAreReadAsTheirLongForm() {
    JsonNode function = template.at("/Resources/BridgeFunction/Properties");
    assertEquals("Runtime", function.at("/Runtime/Ref").asText());
    assertEquals(
        "HasReservedConcurrency", function.at("/ReservedConcurrentExecutions/Fn::If/0").asText());
    assertEquals(
        "AWS::NoValue", function.at("/ReservedConcurrentExecutions/Fn::If/2/Ref").asText());
    assertEquals(
        "SmartHomeSkillId",
        template.at("/Conditions/HasSmartHomeSkill/Fn::Not/0/Fn::Equals/0/Ref").asText());
    assertTrue(template.at("/Outputs/HealthUrl/Value/Fn::Sub").isTextual());
  }

  /** The checks have teeth: a misspelt property and a dangling reference are both caught. */
  @Test
  void aMisspeltPropertyAndADanglingReferenceAreCaught() {
    ObjectNode broken = template.deepCopy();
    ObjectNode function = (ObjectNode) broken.at("/Resources/BridgeFunction/Properties");
    function.set("ReservedConcurrentExecution", function.remove("ReservedConcurrentExecutions"));
    List<String> violations = SamSchema.violations(broken);
    assertTrue(
        violations.stream().anyMatch(v -> v.contains("'ReservedConcurrentExecution'")),
        () -> "a misspelt function property: " + violations);

    ObjectNode alarm = (ObjectNode) broken.at("/Resources/ErrorAlarm/Properties");
    alarm.set("Namespace", template.at("/Resources/ErrorAlarm/Properties/Namespace").deepCopy());
    ((ObjectNode) alarm.get("Namespace")).set("Ref", TextNode.valueOf("MetricNamespace"));
    ((ObjectNode) broken.at("/Outputs/HealthUrl/Value"))
        .set("Fn::Sub", TextNode.valueOf("${BridgeFunctionUrl.Url}health"));
    List<String> problems = TemplateReferences.problems(broken);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("Ref MetricNamespace names no parameter")),
        problems::toString);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("BridgeFunctionUrl.Url")), problems::toString);
  }

  @Test
  void unknownTagsAndRepeatedKeysAreErrors(@TempDir Path dir) throws IOException {
    Path unknown = dir.resolve("unknown.yaml");
    Files.writeString(unknown, "Resources:\n  A:\n    Type: !Reff X\n");
    IOException tag = assertThrows(IOException.class, () -> CloudFormationYaml.read(unknown));
    assertTrue(tag.getMessage().contains("unknown tag !Reff"), tag.getMessage());

    Path twice = dir.resolve("twice.yaml");
    Files.writeString(twice, "Resources:\n  A:\n    Type: X\n  A:\n    Type: Y\n");
    IOException key = assertThrows(IOException.class, () -> CloudFormationYaml.read(twice));
    assertTrue(key.getMessage().contains("key A given twice"), key.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {ZIP, IMAGE})
  void everySettingOfTheReadmeIsAParameterWithTheReadmesDefault(String file) throws IOException {
    JsonNode template = template(file);
    Map<String, String> settings = readmeSettings();
    assertTrue(settings.size() >= 20, "the README's settings table: " + settings);
    JsonNode variables = template.at("/Resources/BridgeFunction/Properties/Environment/Variables");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      String name = setting.getKey();
      JsonNode value = variables.get(name);
      if (value == null
          || !value.has("Ref")
          || !template.at("/Parameters").has(value.get("Ref").asText())) {
        problems.add(name + ": not set from a parameter (" + value + ")");
        continue;
      }
      JsonNode parameter = template.at("/Parameters").get(value.get("Ref").asText());
      JsonNode actual = parameter.get("Default");
      String expected = setting.getValue();
      if (expected == null) {
        if (actual != null) {
          problems.add(name + ": required in the README, but its parameter has a default");
        }
      } else if (actual == null || !actual.asText().equals(expected)) {
        problems.add(name + ": README default \"" + expected + "\", parameter default " + actual);
      }
    }
    Set<String> undocumented = new TreeSet<>();
    variables.fieldNames().forEachRemaining(undocumented::add);
    undocumented.removeAll(settings.keySet());
    undocumented.removeAll(NOT_SETTINGS);
    if (!undocumented.isEmpty()) {
      problems.add("set by the template but not in the README's table: " + undocumented);
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @ParameterizedTest
  @ValueSource(strings = {ZIP, IMAGE})
  void theGuardsAreThere(String file) {
    JsonNode template = template(file);
    JsonNode resources = template.at("/Resources");
    // Reserved concurrency: only when given (accounts with a concurrency quota of 10 refuse any).
    assertEquals("", template.at("/Parameters/ReservedConcurrency/Default").asText());
    assertEquals(
        "HasReservedConcurrency",
        resources.at("/BridgeFunction/Properties/ReservedConcurrentExecutions/Fn::If/0").asText());
    // Every alarm tells someone.
    for (String alarm : List.of("InvocationAlarm", "ThrottleAlarm", "ErrorAlarm")) {
      assertEquals(
          "AlarmTopic",
          resources.at("/" + alarm + "/Properties/AlarmActions/0/Ref").asText(),
          alarm + " has the SNS topic as its action");
    }
    assertEquals(
        "AlarmEmail", resources.at("/AlarmTopic/Properties/Subscription/0/Endpoint/Ref").asText());
    assertNull(template.at("/Parameters/AlarmEmail").get("Default"), "the owner must give one");
    // The error alarm reads the namespace and dimension the function's EMF records carry.
    assertEquals("MetricsNamespace", resources.at("/ErrorAlarm/Properties/Namespace/Ref").asText());
    assertEquals(
        "BridgeFunction", resources.at("/ErrorAlarm/Properties/Dimensions/0/Value/Ref").asText());
    // Logs: the stack's own group, with a retention.
    assertEquals(
        "BridgeLogGroup",
        resources.at("/BridgeFunction/Properties/LoggingConfig/LogGroup/Ref").asText());
    assertEquals(
        "LogRetentionDays",
        resources.at("/BridgeLogGroup/Properties/RetentionInDays/Ref").asText());
    // The account-level cost guard e-mails the owner on actual cost.
    JsonNode budget = resources.get("CostBudget");
    assertNotNull(budget);
    assertEquals("AWS::Budgets::Budget", budget.path("Type").asText());
    assertEquals(
        "ACTUAL",
        budget
            .at("/Properties/NotificationsWithSubscribers/0/Notification/NotificationType")
            .asText());
    assertEquals(
        "AlarmEmail",
        budget.at("/Properties/NotificationsWithSubscribers/0/Subscribers/0/Address/Ref").asText());
  }

  @Test
  void theZipTemplateOffersJava25AndSnapStart() {
    assertTrue(
        template.at("/Parameters/Runtime/AllowedValues").toString().contains("\"java25\""),
        template.at("/Parameters/Runtime").toString());
    assertEquals(
        "PublishedVersions",
        template.at("/Resources/BridgeFunction/Properties/SnapStart/ApplyOn").asText());
  }

  /**
   * The README's "Settings (environment variables)" table: name to default, null for "required", ""
   * for the words that mean unset.
   */
  private static Map<String, String> readmeSettings() throws IOException {
    List<String> lines = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf("### Settings (environment variables)");
    assertTrue(start >= 0, "README.md has no \"### Settings (environment variables)\" section");
    Map<String, String> settings = new LinkedHashMap<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("### ") || line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String name = cells[1].trim().replace("`", "");
      String value = cells[2].trim();
      String unquoted = value.replace("`", "");
      if (value.equals("required")) {
        settings.put(name, null);
      } else if (UNSET_WORDS.contains(value)) {
        settings.put(name, "");
      } else if (value.matches("`[^`]*`|[0-9]+")) {
        settings.put(name, unquoted);
      } else {
        fail(
            "README default of "
                + name
                + " is \""
                + value
                + "\": neither `a value`, a number, \"required\" nor one of "
                + UNSET_WORDS
                + " (teach SamTemplateTest the new word)");
      }
    }
    return settings;
  }

  private static Path repositoryRoot() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("example-ha-function/template.yaml"))
          && Files.isRegularFile(dir.resolve("README.md"))) {
        return dir;
      }
    }
    return fail("no example-ha-function/template.yaml above " + Paths.get("").toAbsolutePath());
  }
}
