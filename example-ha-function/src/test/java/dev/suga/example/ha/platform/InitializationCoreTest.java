package dev.suga.example.ha.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uses its own instances: the gateway's runs once per JVM. */
class InitializationCoreTest {
  private final PlatformFixture fixture = PlatformFixture.with(Map.of());

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void aGoodConfigurationHasNoProblemsAndLogsInitialized() {
    fixture.environment(Map.of("HA_BASE_URL", "https://ha.example.org:8123", "HA_MODE", "proxy"));
    List<String> problems = new InitializationCore().initialize();
    assertEquals(List.of(), problems);
    List<Map<String, Object>> infos = fixture.logs("INFO");
    assertEquals(1, infos.size());
    assertEquals("initialized: mode proxy, configuration ok", infos.get(0).get("message"));
    assertTrue(fixture.logs("WARN").isEmpty());
  }

  @Test
  void runsOncePerInstance() {
    InitializationCore initialization = new InitializationCore();
    List<String> first = initialization.initialize();
    int lines = fixture.lines().size();
    assertSame(first, initialization.initialize());
    assertEquals(lines, fixture.lines().size());
  }

  @Test
  void reportsEachProblemWithWhatToFix() {
    fixture.environment(Map.of("HA_MODE", "bridge", "HA_VERIFY_TLS", "maybe", "HA_READ_TIMEOUT_MS", "5s",
        "CIRCUIT_OPEN_SECONDS", "-1", "LOG_LEVEL", "LOUD", "HA_TOKEN_FALLBACK", "true"));
    List<String> problems = new InitializationCore().initialize();
    assertEquals(7, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("HA_BASE_URL is not set"));
    assertTrue(problems.contains("HA_MODE must be native or proxy, not bridge"));
    assertTrue(problems.contains("HA_VERIFY_TLS must be true or false, not maybe"));
    assertTrue(problems.contains("HA_READ_TIMEOUT_MS must be a whole number of at least 0, not 5s"));
    assertTrue(problems.contains("CIRCUIT_OPEN_SECONDS must be a whole number of at least 0, not -1"));
    assertTrue(problems.contains("LOG_LEVEL must be DEBUG, INFO, WARN or ERROR, not LOUD"));
    assertTrue(problems.get(6).startsWith("HA_TOKEN_FALLBACK=true needs HA_TOKEN"));
    assertEquals(7, fixture.logs("WARN").size());
  }

  @Test
  void baseUrlMustBeAbsoluteHttp() {
    for (String url : new String[] {"ha.local:8123", "ftp://ha.local", "http://", "/api", "http://exa mple"}) {
      fixture.environment(Map.of("HA_BASE_URL", url));
      List<String> problems = new InitializationCore().initialize();
      assertEquals(1, problems.size(), url);
      assertTrue(problems.get(0).startsWith("HA_BASE_URL is not an absolute http(s) URL"), problems.get(0));
    }
  }

  /** The rule every request applies (HomeAssistantRest): a URL refused there is reported here, at start-up. */
  @Test
  void baseUrlWithCredentialsQueryOrFragmentIsRefusedWithWhatToFix() {
    Map<String, String> refused = Map.of(
        "https://ha.local:8123/?api_password=secret", "HA_BASE_URL has a query (?...) or fragment (#...): remove it",
        "https://ha.local:8123#secret", "HA_BASE_URL has a query (?...) or fragment (#...): remove it",
        "https://admin:secret@ha.local:8123", "HA_BASE_URL carries a user name or password: remove it",
        "https://admin:p@ss@ha.local:8123", "HA_BASE_URL carries a user name or password: remove it");
    refused.forEach((url, expected) -> {
      fixture.environment(Map.of("HA_BASE_URL", url));
      List<String> problems = new InitializationCore().initialize();
      assertEquals(1, problems.size(), url);
      assertTrue(problems.get(0).startsWith(expected), problems.get(0));
    });
    for (String line : fixture.lines()) {
      assertTrue(!line.contains("secret") && !line.contains("p@ss"), line);
    }
  }

  @Test
  void baseUrlWithAPathOrTrailingSlashIsFine() {
    for (String url : new String[] {"https://ha.local:8123/", "http://192.168.1.2:8123", "https://example.org/ha//"}) {
      fixture.environment(Map.of("HA_BASE_URL", url));
      assertEquals(List.of(), new InitializationCore().initialize(), url);
    }
  }

  @Test
  void tlsVerificationOffIsAWarningNotAProblem() {
    fixture.environment(Map.of("HA_BASE_URL", "https://ha.local:8123", "HA_VERIFY_TLS", "false"));
    assertEquals(List.of(), new InitializationCore().initialize());
    List<Map<String, Object>> warnings = fixture.logs("WARN");
    assertEquals(1, warnings.size());
    assertTrue(((String) warnings.get(0).get("message")).startsWith("HA_VERIFY_TLS=false"));
  }

  @Test
  void problemsNeverShowTheToken() {
    fixture.environment(Map.of("HA_TOKEN", "the-secret-token", "HA_BASE_URL", "the-secret-token"));
    List<String> problems = new InitializationCore().initialize();
    assertTrue(problems.get(0).endsWith("<redacted>"), problems.get(0));
    for (String line : fixture.lines()) {
      assertTrue(!line.contains("the-secret-token"), line);
    }
  }
}
