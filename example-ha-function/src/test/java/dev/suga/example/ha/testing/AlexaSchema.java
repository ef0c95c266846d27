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

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.suga.example.ha.json.JsonMaps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * The official Alexa Smart Home message schema ({@code shared/alexa/validation_schemas/
 * alexa_smart_home_message_schema.json}, JSON Schema draft-04) and sample messages, found by
 * walking up from the working directory for {@code shared/alexa/} (CI checks the repository out
 * with {@code shared/} beside it; locally it is {@code /work/shared}). The files are third-party
 * data (Amazon Software License) and are never copied into this repository.
 *
 * <p>When they are absent, the tests that need them fail with a message saying where they were
 * looked for: a schema check that cannot run is not a pass. The schema file has one trailing comma;
 * it is read leniently.
 */
public final class AlexaSchema {
  /** Where the files live, relative to an ancestor of the working directory. */
  public static final String SHARED_ALEXA = "shared/alexa";

  private static final String SCHEMA_FILE =
      "validation_schemas/alexa_smart_home_message_schema.json";
  private static final Pattern TRAILING_COMMA = Pattern.compile(",(\\s*[\\]}])");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path ROOT = locate();
  private static volatile Schema schema;

  private AlexaSchema() {}

  /**
   * The {@code shared/alexa} folder.
   *
   * @throws AssertionError saying where it was looked for, when there is none
   */
  public static Path sharedAlexa() {
    requireAvailable();
    return ROOT;
  }

  /** Fails the calling test, saying why, unless the shared Alexa files are present. */
  public static void requireAvailable() {
    Assertions.assertTrue(
        ROOT != null,
        "../shared/alexa not found (searched upwards from "
            + Paths.get("").toAbsolutePath()
            + " for "
            + SHARED_ALEXA
            + "/"
            + SCHEMA_FILE
            + "): check out the shared folder beside the repository; the schema checks need it");
  }

  /**
   * Asserts that {@code document} (a parsed map, JSON bytes or JSON text) is a valid Alexa message:
   * zero validation messages. Skips the test when the schema is absent.
   */
  public static void assertValid(Object document) {
    requireAvailable();
    String json = text(document);
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
    List<Error> errors = schema().validate(node);
    assertTrue(
        errors.isEmpty(),
        () ->
            errors.size()
                + " schema violation(s):\n  "
                + errors.stream().map(Error::toString).collect(Collectors.joining("\n  "))
                + "\nin "
                + json);
  }

  /** The validation messages for {@code document} (for tests that expect some). */
  public static List<String> violations(Object document) {
    requireAvailable();
    try {
      return schema().validate(MAPPER.readTree(text(document))).stream()
          .map(Error::toString)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An official sample message, e.g. {@code "PowerController/PowerController.TurnOn.request.json"},
   * parsed; skips the test when the shared folder is absent.
   */
  public static Map<String, Object> sample(String relativePath) {
    requireAvailable();
    Path file = ROOT.resolve("sample_messages").resolve(relativePath);
    try {
      return JsonMaps.parseObject(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample " + file, e);
    }
  }

  private static String text(Object document) {
    if (document instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (document instanceof String s) {
      return s;
    }
    return JsonMaps.writeString(document);
  }

  private static Schema schema() {
    Schema loaded = schema;
    if (loaded == null) {
      synchronized (AlexaSchema.class) {
        loaded = schema;
        if (loaded == null) {
          try {
            String raw = Files.readString(ROOT.resolve(SCHEMA_FILE), StandardCharsets.UTF_8);
            JsonNode node = MAPPER.readTree(TRAILING_COMMA.matcher(raw).replaceAll("$1"));
            loaded =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(node);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Alexa schema", e);
          }
          schema = loaded;
        }
      }
    }
    return loaded;
  }

  private static Path locate() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SHARED_ALEXA);
      if (Files.isRegularFile(candidate.resolve(SCHEMA_FILE))) {
        return candidate;
      }
    }
    return null;
  }
}
