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
package dev.suga.example.ha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.homeassistant.HomeAssistantUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's settings table is {@link BridgeSettings#all()}, row by row. */
class BridgeSettingsTest {
  private static final String TABLE = "### Settings (environment variables)";

  @Test
  void theReadmeTableListsEverySettingWithItsDefault() throws IOException {
    List<String> readme = new ArrayList<>();
    for (String[] row : readmeRows()) {
      readme.add(row[0] + " = " + row[1]);
    }
    List<String> listed = new ArrayList<>();
    for (BridgeSettings.Setting setting : BridgeSettings.all()) {
      listed.add(setting.name() + " = " + setting.defaultValue());
      assertFalse(setting.meaning().isBlank(), setting.name());
    }
    assertEquals(listed, readme);
  }

  @Test
  void theDefaultsAreTheOnesTheCodeUses() {
    assertEquals(BridgeSettings.DEFAULT_METRICS_NAMESPACE, BridgeSetup.METRICS_NAMESPACE);
    assertEquals(BridgeSettings.HA_BASE_URL, HomeAssistantUrl.SETTING);
  }

  /** Each row of the README's settings table: name and default, without Markdown's backticks. */
  private static List<String[]> readmeRows() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("..", "README.md").toAbsolutePath(), StandardCharsets.UTF_8);
    int start = lines.indexOf(TABLE);
    assertTrue(start >= 0, "the README has no '" + TABLE + "' section");
    List<String[]> rows = new ArrayList<>();
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        break;
      }
      if (!line.startsWith("| ") || line.startsWith("| name") || line.startsWith("| ---")) {
        continue;
      }
      String[] cells = line.split("\\|");
      rows.add(new String[] {plain(cells[1]), plain(cells[2])});
    }
    return rows;
  }

  private static String plain(String cell) {
    return cell.strip().replace("`", "");
  }
}
