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
package dev.suga.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.testing.CoreFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigCoreTest {
  private final CoreFixture fixture = CoreFixture.with(Map.of());

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void getStripsWhitespaceAndTreatsBlankAsUnset() {
    fixture.environment(Map.of("API_TOKEN", "  abc\n", "MODE", "   ", "EMPTY", ""));
    assertEquals("abc", CoreGateway.configGet("API_TOKEN"));
    assertNull(CoreGateway.configGet("MODE"));
    assertNull(CoreGateway.configGet("EMPTY"));
    assertNull(CoreGateway.configGet("NOT_SET"));
  }

  @Test
  void getOrFallsBackOnlyWhenUnset() {
    fixture.environment(Map.of("MODE", "proxy", "BLANK", " "));
    assertEquals("proxy", CoreGateway.configGetOr("MODE", "native"));
    assertEquals("native", CoreGateway.configGetOr("BLANK", "native"));
    assertEquals("native", CoreGateway.configGetOr("NOT_SET", "native"));
  }

  @Test
  void flagUnderstandsCommonSpellings() {
    for (String yes : new String[] {"true", "TRUE", "1", "yes", "On"}) {
      fixture.environment(Map.of("F", yes));
      assertTrue(CoreGateway.configFlag("F", false), yes);
    }
    for (String no : new String[] {"false", "False", "0", "no", "OFF"}) {
      fixture.environment(Map.of("F", no));
      assertFalse(CoreGateway.configFlag("F", true), no);
    }
    fixture.environment(Map.of("F", "perhaps"));
    assertTrue(CoreGateway.configFlag("F", true));
    assertFalse(CoreGateway.configFlag("F", false));
    assertTrue(CoreGateway.configFlag("NOT_SET", true));
  }

  @Test
  void numberFallsBackWhenNotAWholeNumber() {
    fixture.environment(Map.of("N", " 42 ", "BAD", "4.5", "WORDS", "ten"));
    assertEquals(42, CoreGateway.configNumber("N", 7));
    assertEquals(7, CoreGateway.configNumber("BAD", 7));
    assertEquals(7, CoreGateway.configNumber("WORDS", 7));
    assertEquals(7, CoreGateway.configNumber("NOT_SET", 7));
  }

  @Test
  void aChangedEnvironmentIsSeenAtOnce() {
    fixture.environment(Map.of("BASE_URL", "http://one"));
    assertEquals("http://one", CoreGateway.configGet("BASE_URL"));
    fixture.environment(Map.of("BASE_URL", "http://two"));
    assertEquals("http://two", CoreGateway.configGet("BASE_URL"));
  }

  @Test
  void defaultsApplyOnlyWhenASettingIsUnsetOrBlank() {
    try {
      CoreGateway.configSetDefault("CONFIG_TEST_DEFAULT", " fallback ");
      fixture.environment(Map.of());
      assertEquals(
          "fallback", CoreGateway.configGet("CONFIG_TEST_DEFAULT"), "stripped as values are");
      assertEquals("fallback", CoreGateway.configGetOr("CONFIG_TEST_DEFAULT", "other"));
      fixture.environment(Map.of("CONFIG_TEST_DEFAULT", "  "));
      assertEquals(
          "fallback", CoreGateway.configGet("CONFIG_TEST_DEFAULT"), "blank counts as unset");
      fixture.environment(Map.of("CONFIG_TEST_DEFAULT", "set"));
      assertEquals("set", CoreGateway.configGet("CONFIG_TEST_DEFAULT"));
      CoreGateway.configSetDefault("CONFIG_TEST_NUMBER", "12");
      assertEquals(12, CoreGateway.configNumber("CONFIG_TEST_NUMBER", 7));
    } finally {
      CoreGateway.configSetDefault("CONFIG_TEST_DEFAULT", null);
      CoreGateway.configSetDefault("CONFIG_TEST_NUMBER", null);
    }
    fixture.environment(Map.of());
    assertNull(CoreGateway.configGet("CONFIG_TEST_DEFAULT"), "a null default removes it");
  }

  @Test
  void parseFlagIsWhatFlagAccepts() {
    assertEquals(Boolean.TRUE, ConfigCore.parseFlag("Yes"));
    assertEquals(Boolean.FALSE, ConfigCore.parseFlag("off"));
    assertNull(ConfigCore.parseFlag("maybe"));
    assertNull(ConfigCore.parseFlag(null));
  }
}
