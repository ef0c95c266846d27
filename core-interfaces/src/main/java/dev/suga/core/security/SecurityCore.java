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

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;
import dev.suga.core.CoreGateway;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The {@code security} interface: redaction of secrets, validation of names before they reach a
 * URL, constant-time comparison.
 *
 * <p>Redaction is by value first, then by pattern. By value: the secrets registered with it,
 * literal values ({@link #registerSecret}, e.g. a token read from a secrets store), settings
 * ({@link #registerSecretSetting}: the setting's current value, read on each call, so a changed
 * configuration applies at once; {@code DIAGNOSTICS_TOKEN}, the core's own secret, is always one;
 * the example registers {@code HA_TOKEN}) and transient values ({@link #registerTransientSecret}:
 * the token each HTTP request carries), are replaced wherever they appear, whole or in part: no 8
 * consecutive characters of one survive ({@link SecretIndex}). Patterns alone missed a token with a
 * line feed in it ({@code Bearer <redacted>\nSECRETTAIL}). Then the patterns of well-known secret
 * shapes: bearer tokens, JWTs, secret-named JSON fields, query parameters, and the user info of
 * URLs ({@code https://user:password@host}).
 *
 * <p>Validation is hand-written rather than a regular expression: it runs on every request (the
 * example checks every directive's entity id with it), and a character loop costs nothing at cold
 * start. Redaction needs patterns, but they are compiled lazily ({@link RedactionPatterns}) and
 * only consulted when the text contains something one of them could match.
 */
@GatewayModule
public final class SecurityCore {
  /** What a secret is replaced with. */
  public static final String REDACTED = "<redacted>";

  /** Longest {@link #safeSegment}: far beyond any real name; longer input is rejected outright. */
  static final int MAX_SEGMENT_LENGTH = 255;

  /** The setting the core itself keeps a secret in ({@code debug}'s {@code /diagnostics}). */
  static final String DIAGNOSTICS_TOKEN = "DIAGNOSTICS_TOKEN";

  /**
   * Configured secrets shorter than this are not replaced literally: replacing "ab" everywhere
   * would garble every line, and such a value protects nothing anyway.
   */
  static final int MIN_LITERAL_SECRET_LENGTH = 4;

  private static final String[] NONE = {};

  /**
   * Settings whose values are secrets, {@code DIAGNOSTICS_TOKEN} first; copy on write under {@code
   * this}.
   */
  private volatile String[] secretSettings = {DIAGNOSTICS_TOKEN};

  /**
   * A secret of at least this many characters is redacted piece by piece too: no run of this many
   * of its characters survives, wherever it appears (a token split by a line feed, cut short, or
   * quoted in part by an exception).
   */
  static final int FRAGMENT_LENGTH = 8;

  /** Transient secrets kept: the most recently registered ones. */
  static final int MAX_TRANSIENT_SECRETS = 32;

  /** Secret values registered; copy on write under {@code this}. */
  private volatile String[] secretValues = NONE;

  /** Transient secrets, the most recent first; copy on write under {@code this}. */
  private volatile String[] transientSecrets = NONE;

  /** The index of the secrets the last redaction saw; rebuilt when they change. */
  private volatile SecretIndex index = SecretIndex.EMPTY;

  /**
   * {@code text} with secrets replaced by {@code <redacted>}: the registered secrets' values
   * wherever they appear, and every run of 8 or more characters of one ({@link #registerSecret},
   * {@link #registerSecretSetting}, {@link #registerTransientSecret}), URL user info, bearer tokens
   * ({@code Bearer xyz}), JWT-shaped strings (Home Assistant's long-lived tokens are JWTs, as are
   * many others), {@code "token":"..."}-style JSON fields ({@code token}, {@code access_token},
   * {@code password}, {@code code} of an OAuth grant, ...) and {@code access_token=...} in query
   * strings. Null stays null.
   */
  @GatewayOperation
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = secrets().redact(text);
    return mayMatchPattern(result) ? RedactionPatterns.apply(result) : result;
  }

  /**
   * The index of every secret value now: the secret settings' current values, the registered and
   * the transient secrets. Reused while they stay the same (a setting is read on each call, so a
   * rotated value applies at once).
   */
  private SecretIndex secrets() {
    String[] settings = secretSettings;
    String[] values = secretValues;
    String[] transients = transientSecrets;
    String[] current = new String[settings.length + values.length + transients.length];
    for (int i = 0; i < settings.length; i++) {
      current[i] = CoreGateway.configGet(settings[i]);
    }
    System.arraycopy(values, 0, current, settings.length, values.length);
    System.arraycopy(transients, 0, current, settings.length + values.length, transients.length);
    SecretIndex known = index;
    if (!known.covers(current)) {
      known = SecretIndex.of(current);
      index = known;
    }
    return known;
  }

  /**
   * Registers {@code value} as a secret that {@link #redact} replaces wherever it appears, for the
   * life of the JVM. Values shorter than 4 characters are ignored (replacing them would garble
   * every line and protect nothing); registering a value twice keeps one.
   */
  @GatewayOperation
  public synchronized void registerSecret(String value) {
    if (value != null && value.length() >= MIN_LITERAL_SECRET_LENGTH) {
      secretValues = with(secretValues, value);
    }
  }

  /**
   * Registers {@code value} as a secret for a while: a credential that arrives with a request (a
   * bearer token an HTTP request carries: {@code http_client.send} registers each), redacted like
   * the others for as long as it is among the 32 most recently registered, so that a function
   * serving many users does not collect their tokens for the life of the JVM. Null and values
   * shorter than 4 characters are ignored; registering the newest again changes nothing.
   */
  @GatewayOperation
  public void registerTransientSecret(String value) {
    if (value == null || value.length() < MIN_LITERAL_SECRET_LENGTH) {
      return;
    }
    String[] recent = transientSecrets;
    if (recent.length > 0 && recent[0].equals(value)) {
      return; // the usual case: the same caller's token again, without a lock
    }
    synchronized (this) {
      recent = transientSecrets;
      int kept = Math.min(recent.length, MAX_TRANSIENT_SECRETS - 1);
      String[] next = new String[kept + 1];
      next[0] = value;
      int n = 1;
      for (int i = 0; i < recent.length && n <= kept; i++) {
        if (!recent[i].equals(value)) {
          next[n++] = recent[i];
        }
      }
      transientSecrets = n == next.length ? next : java.util.Arrays.copyOf(next, n);
    }
  }

  /**
   * Registers setting {@code name} as holding a secret: {@link #redact} replaces its current value
   * ({@code config.get}, read on each call) wherever it appears. {@code DIAGNOSTICS_TOKEN} is
   * registered from the start.
   */
  @GatewayOperation
  public synchronized void registerSecretSetting(String name) {
    secretSettings = with(secretSettings, Objects.requireNonNull(name, "name"));
  }

  /** {@code values} plus {@code value}, unless it is there already. */
  private static String[] with(String[] values, String value) {
    for (String present : values) {
      if (present.equals(value)) {
        return values;
      }
    }
    String[] grown = new String[values.length + 1];
    System.arraycopy(values, 0, grown, 0, values.length);
    grown[values.length] = value;
    return grown;
  }

  /**
   * Whether {@code text} contains what any {@link RedactionPatterns} pattern needs: {@code eyJ}, a
   * quote, {@code =}, {@code ://} with an {@code @}, or "bearer" in any case. Cheap enough for
   * every line, and it keeps the patterns uncompiled until a line could need them.
   */
  private static boolean mayMatchPattern(String text) {
    if (text.indexOf('"') >= 0
        || text.indexOf('=') >= 0
        || text.contains("eyJ")
        || (text.indexOf('@') >= 0 && text.contains("://"))) {
      return true;
    }
    int limit = text.length() - 6;
    for (int i = 0; i <= limit; i++) {
      char c = text.charAt(i);
      if ((c == 'b' || c == 'B') && text.regionMatches(true, i, "bearer", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} is safe as one segment of a URL path, a key or a name without escaping:
   * non-empty, at most 255 characters, only {@code [a-z0-9_]}. Conservative on purpose: no dot (so
   * no {@code ..}), no slash, no percent, no upper case. A pure character loop, so a hot path.
   */
  @GatewayOperation
  @HotPath
  public boolean safeSegment(String text) {
    return text != null && text.length() <= MAX_SEGMENT_LENGTH && segment(text, 0, text.length());
  }

  /**
   * Whether {@code text[from, to)} is non-empty and all {@code [a-z0-9_]}: {@link #safeSegment} for
   * part of a string (an extension's compound names, such as Home Assistant's {@code
   * domain.object_id}), without a substring.
   */
  public static boolean segment(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares secrets in time independent of where they differ ({@link MessageDigest#isEqual} over
   * UTF-8 bytes; only the length can show); false when either is null.
   */
  @GatewayOperation
  public boolean secretEquals(String expected, String presented) {
    if (expected == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
