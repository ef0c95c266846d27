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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.core.CoreGateway;
import dev.suga.core.testing.CoreFixture;
import java.time.Duration;
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
    // The names the JSON fields are redacted under, as query parameters too.
    assertEquals(
        "GET /x?client_secret=<redacted>&apikey=<redacted>&id_token=<redacted>&passwd=<redacted>"
            + "&secret=<redacted>&page=2",
        CoreGateway.securityRedact(
            "GET /x?client_secret=cs-123&apikey=ak-456&id_token=it-789&passwd=pw-000"
                + "&secret=s-111&page=2"));
  }

  @Test
  void redactsConfiguredSecretsWhereverTheyAppear() {
    assertEquals(
        "prefix<redacted>suffix and <redacted>",
        CoreGateway.securityRedact("prefixlong-lived-secretsuffix and diag-secret"));
  }

  @Test
  void aRegisteredSettingIsReadOnEachCall() {
    // (No 8 characters in common: a run of 8 of the current value is redacted wherever it is.)
    fixture.set("SECURITY_TEST_TOKEN", "rotated-token-2");
    assertEquals(
        "now <redacted>, before long-lived-secret",
        CoreGateway.securityRedact("now rotated-token-2, before long-lived-secret"));
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

  /**
   * The audit's leak: a token with a line feed in it. The bearer pattern stops at the blank, so
   * only redaction by value can take the rest, and it takes any 8 characters of it.
   */
  @Test
  void noEightCharactersOfASecretSurvive() {
    SecurityCore security = new SecurityCore();
    String token = "abcd-0123\nSECRETTAIL-0001";
    security.registerTransientSecret(token);
    assertEquals(
        "Illegal value: Bearer <redacted>",
        security.redact("Illegal value: Bearer " + token),
        "whole, newline and all");
    assertEquals("tail <redacted> only", security.redact("tail SECRETTAIL-0001 only"));
    assertEquals("head <redacted>...", security.redact("head abcd-0123..."));
    assertEquals("x <redacted> y", security.redact("x ECRETTAI y"), "8 characters from inside");
    assertEquals(
        "x ECRETTA y", security.redact("x ECRETTA y"), "7 characters say nothing of a token");
    assertEquals(
        "<redacted>:<redacted>",
        security.redact("SECRETTAIL-0001:SECRETTAIL-0001"),
        "each occurrence");
    assertEquals("<redacted>", security.redact("SECRETTAIL-0001SECRETTAIL"), "runs merge");
  }

  @Test
  void fragmentsOfSettingsAndRegisteredValuesAreRedactedToo() {
    assertEquals("cut <redacted> short", CoreGateway.securityRedact("cut long-lived-sec short"));
    SecurityCore security = new SecurityCore();
    security.registerSecret("value-from-a-secrets-store");
    assertEquals("part <redacted>", security.redact("part secrets-store"));
  }

  /**
   * Transient secrets (each request's token) are the 32 most recent: a function serving many
   * callers does not collect their tokens for the life of the JVM.
   */
  @Test
  void transientSecretsAreTheMostRecentOnes() {
    SecurityCore security = new SecurityCore();
    security.registerTransientSecret(null);
    security.registerTransientSecret("abc");
    security.registerTransientSecret(callerToken(0));
    for (int i = 1; i < SecurityCore.MAX_TRANSIENT_SECRETS; i++) {
      security.registerTransientSecret(callerToken(i));
      security.registerTransientSecret(callerToken(i)); // again: kept once
    }
    assertEquals("<redacted>", security.redact(callerToken(0)), "the 32nd most recent");
    assertEquals("<redacted>", security.redact(callerToken(1)));
    security.registerTransientSecret(callerToken(0)); // used again: the most recent
    security.registerTransientSecret(callerToken(99));
    assertEquals("<redacted>", security.redact(callerToken(0)));
    assertEquals(callerToken(1), security.redact(callerToken(1)), "the oldest went");
  }

  /**
   * A token per caller, sharing no run of 8 characters with another (seeded: the same each run).
   */
  private static String callerToken(int caller) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(caller);
    return Long.toHexString(random.nextLong() | Long.MIN_VALUE)
        + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
  }

  @Test
  void theUserInfoOfUrlsIsRedacted() {
    assertEquals(
        "GET http://<redacted>@127.0.0.1:1/api/ failed",
        CoreGateway.securityRedact("GET http://admin:hunter2pw@127.0.0.1:1/api/ failed"));
    assertEquals(
        "https://<redacted>@ha.example.org/x",
        CoreGateway.securityRedact("https://me:p@ss@ha.example.org/x"),
        "to the authority's last @");
    assertEquals(
        "mail me@example.org at https://ha.example.org/a@b",
        CoreGateway.securityRedact("mail me@example.org at https://ha.example.org/a@b"),
        "an @ outside a URL's authority is no user info");
    assertEquals(
        "a://b://<redacted>@host/ and ftp+x.1://<redacted>@h?q",
        CoreGateway.securityRedact("a://b://c:d@host/ and ftp+x.1://u@v@h?q"));
    assertEquals(
        "no scheme ://user@host, 42://n@h",
        CoreGateway.securityRedact("no scheme ://user@host, 42://n@h"));
  }

  @Test
  void aJsonFieldsValueIsRedactedWhateverItsLengthOrEnd() {
    String huge = "{\"token\":\"" + "a\\\"b".repeat(50_000) + "\",\"user\":\"me\"}";
    // An alternation under a star recursed once per character: StackOverflowError.
    assertEquals("{\"token\":\"<redacted>\",\"user\":\"me\"}", CoreGateway.securityRedact(huge));
    assertEquals(
        "cut short: {\"password\": \"<redacted>\"",
        CoreGateway.securityRedact("cut short: {\"password\": \"hunter2hunt"),
        "a value without its closing quote, to the end");
  }

  /**
   * Hostile log text: each of these once took minutes (rescanned from every start) or threw
   * StackOverflowError. The guard is for a hang, minutes against well under a second: no timing.
   */
  @Test
  void hostileTextIsRedactedInOnePass() {
    String[] texts = {
      "\"" + "a.".repeat(500_000), // a scheme-like run rescanned from every start
      "x://" + "@".repeat(200_000) + " ", // one recursion per @
      "eyJ".repeat(300_000), // a JWT scan from every eyJ
    };
    for (String text : texts) {
      String redacted =
          assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CoreGateway.securityRedact(text));
      assertEquals(text.length() > 0, redacted.length() > 0);
    }
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
