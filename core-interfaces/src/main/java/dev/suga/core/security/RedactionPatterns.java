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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns behind {@link SecurityCore#redact}: a holder class, so that {@code java.util.regex}
 * is loaded and the patterns compiled only when a text first contains a character sequence one of
 * them could match (most log lines do not). That test lives in {@link SecurityCore}: a static
 * method here would initialise this class.
 */
final class RedactionPatterns {
  /**
   * {@code Bearer <token>}, any case. The token runs to a blank, quote, separator or closing
   * bracket (Alexa's tokens contain {@code |}, so not just RFC 6750's alphabet); {@code <} ends it
   * too, so that an already redacted text stays as it is.
   */
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[^\\s\"',;)\\]}<>]+");

  /**
   * Three base64url parts, the first a JSON header ({@code eyJ} is base64 of <code>{"</code>), not
   * inside a longer run of such characters: without that, each {@code eyJ} of {@code eyJeyJeyJ...}
   * started a scan to the run's end, and 120 KB of them took 19 s.
   */
  private static final Pattern JWT =
      Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  /**
   * The start of a JSON string field whose name says it holds a secret, to its value's opening
   * quote. The value is scanned without a regular expression ({@link #redactJsonFields}): as an
   * alternation under a star, it recursed once per character, and a 100 KB token value threw {@code
   * StackOverflowError} out of a log call.
   */
  private static final Pattern JSON_FIELD =
      Pattern.compile(
          "(?i)(\"(?:token|access_token|refresh_token|id_token|password|passwd|secret|client_secret|api_key|apikey"
              + "|authorization|code)\"\\s*:\\s*)\"");

  /** A query-string or form parameter whose name says it holds a secret. */
  private static final Pattern PARAMETER =
      Pattern.compile(
          "(?i)\\b(access_token|refresh_token|id_token|token|password|passwd|secret|client_secret"
              + "|api_key|apikey)=[^&\\s\"']+");

  private RedactionPatterns() {}

  static String apply(String text) {
    String result = redactUserInfo(text);
    result = JWT.matcher(result).replaceAll(SecurityCore.REDACTED);
    result = BEARER.matcher(result).replaceAll("$1 " + SecurityCore.REDACTED);
    result = redactJsonFields(result);
    return PARAMETER.matcher(result).replaceAll("$1=" + SecurityCore.REDACTED);
  }

  /**
   * The user info of every URL ({@code https://user:password@host}) replaced: everything between
   * {@code ://} and the authority's last {@code @} (the authority ends at {@code /}, {@code ?},
   * {@code #} or a blank), after a scheme (letters, digits, {@code + . -}, one letter at least).
   * One pass, no regular expression: the pattern this replaces rescanned from every scheme-like
   * start ({@code a.a.a.a...}, 160 KB: 54 s) and recursed once per {@code @} (10,000 of them:
   * {@code StackOverflowError}).
   */
  static String redactUserInfo(String text) {
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    int floor = 0; // a scheme may end the previous authority (b in a://b://c@host), not precede it
    for (int separator; (separator = text.indexOf("://", from)) >= 0; ) {
      int authority = separator + 3;
      int end = authority;
      int lastAt = -1;
      for (; end < text.length(); end++) {
        char c = text.charAt(end);
        if (c == '/' || c == '?' || c == '#' || blank(c)) {
          break;
        }
        if (c == '@') {
          lastAt = end;
        }
      }
      if (lastAt >= 0 && scheme(text, separator, floor)) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, authority).append(SecurityCore.REDACTED);
        copied = lastAt;
      }
      // The authority holds no '/', so the next "://" starts at its last character at the
      // earliest (b in a://b://c@host).
      from = Math.max(end - 1, separator + 1);
      floor = authority;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** Whether a scheme ends at {@code end}: scheme characters, one a letter, after {@code floor}. */
  private static boolean scheme(String text, int end, int floor) {
    for (int i = end - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
      }
      if (!((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
        return false;
      }
    }
    return false;
  }

  /** What {@code \\s} matches. */
  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
  }

  /**
   * Every secret-named JSON string field's value replaced; a value without its closing quote (a
   * text cut short) to the end of the text.
   */
  static String redactJsonFields(String text) {
    Matcher field = JSON_FIELD.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < text.length() && field.find(from)) {
      int end = field.end();
      while (end < text.length() && text.charAt(end) != '"') {
        end += text.charAt(end) == '\\' ? 2 : 1;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, field.end(1)).append('"').append(SecurityCore.REDACTED).append('"');
      copied = Math.min(end + 1, text.length());
      from = copied;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }
}
