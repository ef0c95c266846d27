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

  /** Three base64url parts, the first a JSON header ({@code eyJ} is base64 of <code>{"</code>). */
  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  /** A JSON string field whose name says it holds a secret. */
  private static final Pattern JSON_FIELD =
      Pattern.compile(
          "(?i)(\"(?:token|access_token|refresh_token|id_token|password|passwd|secret|client_secret|api_key|apikey"
              + "|authorization|code)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  /** A query-string or form parameter whose name says it holds a secret. */
  private static final Pattern PARAMETER =
      Pattern.compile(
          "(?i)\\b(access_token|refresh_token|id_token|token|password|passwd|secret|client_secret"
              + "|api_key|apikey)=[^&\\s\"']+");

  /**
   * The user info of a URL ({@code https://user:password@host}): everything between {@code ://} and
   * the authority's last {@code @}.
   */
  private static final Pattern USER_INFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s@]*(?:@[^/?#\\s@]*)*@");

  private RedactionPatterns() {}

  static String apply(String text) {
    String result = USER_INFO.matcher(text).replaceAll("$1" + SecurityCore.REDACTED + "@");
    result = JWT.matcher(result).replaceAll(SecurityCore.REDACTED);
    result = BEARER.matcher(result).replaceAll("$1 " + SecurityCore.REDACTED);
    result = JSON_FIELD.matcher(result).replaceAll("$1\"" + SecurityCore.REDACTED + "\"");
    return PARAMETER.matcher(result).replaceAll("$1=" + SecurityCore.REDACTED);
  }
}
