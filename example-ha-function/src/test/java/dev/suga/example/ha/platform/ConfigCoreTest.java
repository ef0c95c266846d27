package dev.suga.example.ha.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigCoreTest {
  private final PlatformFixture fixture = PlatformFixture.with(Map.of());

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void getStripsWhitespaceAndTreatsBlankAsUnset() {
    fixture.environment(Map.of("HA_TOKEN", "  abc\n", "HA_MODE", "   ", "EMPTY", ""));
    assertEquals("abc", Gateway.configGet("HA_TOKEN"));
    assertNull(Gateway.configGet("HA_MODE"));
    assertNull(Gateway.configGet("EMPTY"));
    assertNull(Gateway.configGet("NOT_SET"));
  }

  @Test
  void getOrFallsBackOnlyWhenUnset() {
    fixture.environment(Map.of("HA_MODE", "proxy", "BLANK", " "));
    assertEquals("proxy", Gateway.configGetOr("HA_MODE", "native"));
    assertEquals("native", Gateway.configGetOr("BLANK", "native"));
    assertEquals("native", Gateway.configGetOr("NOT_SET", "native"));
  }

  @Test
  void flagUnderstandsCommonSpellings() {
    for (String yes : new String[] {"true", "TRUE", "1", "yes", "On"}) {
      fixture.environment(Map.of("F", yes));
      assertTrue(Gateway.configFlag("F", false), yes);
    }
    for (String no : new String[] {"false", "False", "0", "no", "OFF"}) {
      fixture.environment(Map.of("F", no));
      assertFalse(Gateway.configFlag("F", true), no);
    }
    fixture.environment(Map.of("F", "perhaps"));
    assertTrue(Gateway.configFlag("F", true));
    assertFalse(Gateway.configFlag("F", false));
    assertTrue(Gateway.configFlag("NOT_SET", true));
  }

  @Test
  void numberFallsBackWhenNotAWholeNumber() {
    fixture.environment(Map.of("N", " 42 ", "BAD", "4.5", "WORDS", "ten"));
    assertEquals(42, Gateway.configNumber("N", 7));
    assertEquals(7, Gateway.configNumber("BAD", 7));
    assertEquals(7, Gateway.configNumber("WORDS", 7));
    assertEquals(7, Gateway.configNumber("NOT_SET", 7));
  }

  @Test
  void aChangedEnvironmentIsSeenAtOnce() {
    fixture.environment(Map.of("HA_BASE_URL", "http://one"));
    assertEquals("http://one", Gateway.configGet("HA_BASE_URL"));
    fixture.environment(Map.of("HA_BASE_URL", "http://two"));
    assertEquals("http://two", Gateway.configGet("HA_BASE_URL"));
  }
}
