package dev.suga.example.ha.platform;

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.example.ha.Gateway;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Redaction of secrets, validation of names before they reach a URL, constant-time comparison.
 *
 * <p>Validation is hand-written rather than a regular expression: it runs on every directive,
 * and a character loop costs nothing at cold start. Redaction needs patterns, but they are
 * compiled lazily ({@link RedactionPatterns}) and only consulted when the text contains
 * something one of them could match.
 */
@GatewayModule
public final class SecurityCore {
  /** What a secret is replaced with. */
  public static final String REDACTED = "<redacted>";

  /** Home Assistant's limit on entity ids is far below this; longer input is rejected outright. */
  static final int MAX_ENTITY_ID_LENGTH = 255;

  /**
   * Configured secrets shorter than this are not replaced literally: replacing "ab" everywhere
   * would garble every line, and such a value protects nothing anyway.
   */
  static final int MIN_LITERAL_SECRET_LENGTH = 4;

  /**
   * {@code text} with secrets replaced by {@code <redacted>}: bearer tokens ({@code Bearer
   * xyz}), JWT-shaped strings (Home Assistant's long-lived tokens are JWTs), {@code
   * "token":"..."}-style JSON fields ({@code token}, {@code access_token}, {@code password},
   * {@code code} of an Alexa grant, ...), {@code access_token=...} in query strings, and the
   * configured {@code HA_TOKEN} and {@code DIAGNOSTICS_TOKEN} values wherever they appear.
   * Null stays null.
   */
  @GatewayOperation
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = replaceLiteral(text, Gateway.configGet("HA_TOKEN"));
    result = replaceLiteral(result, Gateway.configGet("DIAGNOSTICS_TOKEN"));
    return mayMatchPattern(result) ? RedactionPatterns.apply(result) : result;
  }

  /**
   * Whether {@code text} contains what any {@link RedactionPatterns} pattern needs: {@code eyJ},
   * a quote, {@code =}, or "bearer" in any case. Cheap enough for every line, and it keeps the
   * patterns uncompiled until a line could need them.
   */
  private static boolean mayMatchPattern(String text) {
    if (text.indexOf('"') >= 0 || text.indexOf('=') >= 0 || text.contains("eyJ")) {
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

  private static String replaceLiteral(String text, String secret) {
    if (secret == null || secret.length() < MIN_LITERAL_SECRET_LENGTH) {
      return text;
    }
    return text.contains(secret) ? text.replace(secret, REDACTED) : text;
  }

  /**
   * Whether {@code entityId} is {@code domain.object_id} in Home Assistant's alphabet: both parts
   * non-empty {@code [a-z0-9_]+}, exactly one dot, at most 255 characters.
   */
  @GatewayOperation
  public boolean validEntityId(String entityId) {
    if (entityId == null || entityId.length() > MAX_ENTITY_ID_LENGTH) {
      return false;
    }
    int dot = entityId.indexOf('.');
    return dot > 0 && segment(entityId, 0, dot) && segment(entityId, dot + 1, entityId.length());
  }

  /** Whether {@code domain} and {@code service} are safe path segments ({@code [a-z0-9_]+}). */
  @GatewayOperation
  public boolean validService(String domain, String service) {
    return domain != null && service != null && domain.length() <= MAX_ENTITY_ID_LENGTH
        && service.length() <= MAX_ENTITY_ID_LENGTH
        && segment(domain, 0, domain.length()) && segment(service, 0, service.length());
  }

  /** Whether {@code text[from, to)} is non-empty and all {@code [a-z0-9_]}. */
  private static boolean segment(String text, int from, int to) {
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
   * Compares secrets in time independent of where they differ ({@link MessageDigest#isEqual}
   * over UTF-8 bytes; only the length can show); false when either is null.
   */
  @GatewayOperation
  public boolean secretEquals(String expected, String presented) {
    if (expected == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
