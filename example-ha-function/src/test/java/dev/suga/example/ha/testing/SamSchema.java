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

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * AWS SAM's template schema ({@code shared/aws/sam.schema.json}, JSON Schema draft-04, from
 * aws/serverless-application-model), found as {@link AlexaSchema} finds the Alexa files: walking up
 * from the working directory (CI checks the repository out with {@code shared/} beside it; locally
 * it is {@code /work/shared}). Third-party data, never copied into this repository.
 *
 * <p>Unlike the Alexa files, its absence fails the test that needs it, saying where it was looked
 * for: the template check is the only thing between a template typo and a failed deployment, and CI
 * has the file.
 */
public final class SamSchema {
  /** Where the file lives, relative to an ancestor of the working directory. */
  public static final String SHARED_SAM_SCHEMA = "shared/aws/sam.schema.json";

  private static volatile Schema schema;

  private SamSchema() {}

  /** The schema file; fails the calling test, saying so, when there is none. */
  public static Path file() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SHARED_SAM_SCHEMA);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return fail(
        "AWS SAM's schema not found: searched upwards from "
            + Paths.get("").toAbsolutePath()
            + " for "
            + SHARED_SAM_SCHEMA
            + ". Check out the shared folder beside the repository (CI does); the template cannot be"
            + " checked without it.");
  }

  /** The schema's complaints about {@code template} (long form), one line each; empty if valid. */
  public static List<String> violations(JsonNode template) {
    return schema().validate(template).stream().map(Error::toString).toList();
  }

  private static Schema schema() {
    Schema loaded = schema;
    if (loaded == null) {
      synchronized (SamSchema.class) {
        loaded = schema;
        if (loaded == null) {
          Path file = file();
          try {
            JsonNode node = new ObjectMapper().readTree(file.toFile());
            loaded =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(node);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
          }
          schema = loaded;
        }
      }
    }
    return loaded;
  }
}
