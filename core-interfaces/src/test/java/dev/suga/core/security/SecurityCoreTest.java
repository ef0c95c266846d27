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
package dev.suga.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.CoreGateway;
import dev.suga.core.testing.CoreFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecurityCoreTest {
  // A made-up JWT ({"iss":"abc"}), assembled here so that secret scanners do not flag the source.
  private static final String JWT =
      String.join(
          ".",
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
          "eyJpc3MiOiJhYmMifQ",
          "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
  private final CoreFixture fixture =
      CoreFixture.with(
          Map.of("SECURITY_TEST_TOKEN", "long-lived-secret", "DIAGNOSTICS_TOKEN", "diag-secret"));

  SecurityCoreTest() {
    CoreGateway.securityRegisterSecretSetting(
        "SECURITY_TEST_TOKEN"); // as the example registers HA_TOKEN
  }

  @AfterEach
  void restore() {
    fixture.close();
  }

  @Test
  void redactsBearerTokensInAnyCase() {
    assertEquals(
        "Authorization: Bearer <redacted>",
        CoreGateway.securityRedact("Authorization: Bearer abc.def-123"));
    assertEquals("bearer <redacted>, next", CoreGateway.securityRedact("bearer xyz, next"));
    assertEquals("BEARER <redacted>", CoreGateway.securityRedact("BEARER t0k3n"));
    assertEquals(
        "{\"h\":\"Bearer <redacted>\"}", CoreGateway.securityRedact("{\"h\":\"Bearer qwerty\"}"));
    assertEquals(
        "(Bearer <redacted>) ok", CoreGateway.securityRedact("(Bearer Atza|IwEBIA-x_y/z+w==) ok"));
    assertEquals("Bearer <redacted>", CoreGateway.securityRedact("Bearer <redacted>"));
  }

  @Test
  void redactsJwtShapedStrings() {
    assertEquals("token <redacted> used", CoreGateway.securityRedact("token " + JWT + " used"));
    assertEquals("<redacted>", CoreGateway.securityRedact(JWT));
  }

  @Test
  void redactsSecretJsonFields() {
    assertEquals(
        "{\"token\":\"<redacted>\",\"type\":\"BearerToken\"}",
        CoreGateway.securityRedact(
            "{\"token\":\"access-token-from-alexa\",\"type\":\"BearerToken\"}"));
    assertEquals(
        "{\"access_token\" : \"<redacted>\"}",
        CoreGateway.securityRedact("{\"access_token\" : \"a\\\"b\"}"));
    assertEquals(
        "{\"password\":\"<redacted>\",\"user\":\"me\"}",
        CoreGateway.securityRedact("{\"password\":\"hunter2\",\"user\":\"me\"}"));
    assertEquals(
        "{\"grant\":{\"type\":\"OAuth2.AuthorizationCode\",\"code\":\"<redacted>\"}}",
        CoreGateway.securityRedact(
            "{\"grant\":{\"type\":\"OAuth2.AuthorizationCode\",\"code\":\"VGhpcyBpcyBhbiBhdXRo\"}}"));
  }

  @Test
  void redactsSecretQueryParameters() {
    assertEquals(
        "GET /x?access_token=<redacted>&a=1",
        CoreGateway.securityRedact("GET /x?access_token=abc123&a=1"));
  }

  @Test
  void redactsConfiguredSecretsWhereverTheyAppear() {
    assertEquals(
        "prefix<redacted>suffix and <redacted>",
        CoreGateway.securityRedact("prefixlong-lived-secretsuffix and diag-secret"));
  }

  @Test
  void aRegisteredSettingIsReadOnEachCall() {
    fixture.set("SECURITY_TEST_TOKEN", "rotated-secret");
    assertEquals(
        "now <redacted>, before long-lived-secret",
        CoreGateway.securityRedact("now rotated-secret, before long-lived-secret"));
  }

  @Test
  void diagnosticsTokenIsASecretWithoutRegistration() {
    SecurityCore security = new SecurityCore();
    assertEquals("x <redacted> y", security.redact("x diag-secret y"));
    assertEquals(
        "x long-lived-secret y",
        security.redact("x long-lived-secret y"),
        "not registered with this one");
  }

  @Test
  void registeredValuesAreRedactedForTheLifeOfTheInstance() {
    SecurityCore security = new SecurityCore();
    security.registerSecret("value-from-a-secrets-store");
    security.registerSecret("value-from-a-secrets-store");
    security.registerSecret("abc"); // too short to replace literally: ignored
    security.registerSecret(null);
    assertEquals(
        "got <redacted> and abc", security.redact("got value-from-a-secrets-store and abc"));
    fixture.environment(Map.of());
    assertEquals(
        "<redacted>",
        security.redact("value-from-a-secrets-store"),
        "not a setting: stays registered");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "Turned on light.kitchen in 12 ms (status 200)";
    assertEquals(text, CoreGateway.securityRedact(text));
    assertEquals("", CoreGateway.securityRedact(""));
    assertNull(CoreGateway.securityRedact(null));
    assertEquals(
        "{\"entity_id\":\"light.kitchen\",\"state\":\"on\"}",
        CoreGateway.securityRedact("{\"entity_id\":\"light.kitchen\",\"state\":\"on\"}"));
  }

  @Test
  void shortConfiguredSecretsAreNotReplacedLiterally() {
    fixture.environment(Map.of("SECURITY_TEST_TOKEN", "on"));
    assertEquals("the light is on", CoreGateway.securityRedact("the light is on"));
  }

  @Test
  void safeSegmentsAreLowerCaseLettersDigitsAndUnderscores() {
    assertTrue(CoreGateway.securitySafeSegment("turn_on"));
    assertTrue(CoreGateway.securitySafeSegment("input_number"));
    assertTrue(CoreGateway.securitySafeSegment("b".repeat(255)));
    assertFalse(CoreGateway.securitySafeSegment("b".repeat(256)));
    for (String bad :
        new String[] {
          null, "", "turn.on", "TurnOn", "light/../x", "a b", "a%2F", "k\u00fcche", "x?y=1", "x#"
        }) {
      assertFalse(CoreGateway.securitySafeSegment(bad), String.valueOf(bad));
    }
  }

  @Test
  void segmentChecksPartOfAString() {
    assertTrue(SecurityCore.segment("light.kitchen", 0, 5));
    assertTrue(SecurityCore.segment("light.kitchen", 6, 13));
    assertFalse(SecurityCore.segment("light.kitchen", 0, 6), "the dot");
    assertFalse(SecurityCore.segment("light.kitchen", 5, 5), "empty");
  }

  @Test
  void secretEqualsComparesWholeValues() {
    assertTrue(CoreGateway.securitySecretEquals("s3cret", "s3cret"));
    assertFalse(CoreGateway.securitySecretEquals("s3cret", "s3cret "));
    assertFalse(CoreGateway.securitySecretEquals("s3cret", "S3cret"));
    assertFalse(CoreGateway.securitySecretEquals("s3cret", ""));
    assertFalse(CoreGateway.securitySecretEquals(null, "s3cret"));
    assertFalse(CoreGateway.securitySecretEquals("s3cret", null));
    assertFalse(CoreGateway.securitySecretEquals(null, null));
    assertTrue(CoreGateway.securitySecretEquals("\u00e9t\u00e9", "\u00e9t\u00e9"));
  }
}
