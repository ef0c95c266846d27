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
package dev.suga.processor;

import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The naming rules that connect source names, gateway names and generated Java names: {@code
 * HttpClientCore} -> interface {@code http_client}; {@code callService} -> operation {@code
 * call_service}; {@code http_client} + {@code call_service} -> constant {@code
 * HTTP_CLIENT_CALL_SERVICE} and method {@code httpClientCallService}.
 */
final class NameConventions {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private NameConventions() {}

  /** Whether {@code name} is a valid interface id or operation name. */
  static boolean isSnakeCase(String name) {
    return SNAKE_CASE.matcher(name).matches();
  }

  /**
   * A snake_case name close to {@code name}, for a message to suggest: ASCII letters lower-cased,
   * anything else between them an underscore, repeated underscores merged, and leading digits and
   * underscores dropped ({@code x_} -> {@code x}, {@code $dollar} -> {@code dollar}); {@code "..."}
   * when {@code name} has other than ASCII characters or nothing is left of it.
   */
  static String suggestSnakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7f) {
        return "...";
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (out.length() > 0 || Character.isLetter(c)) {
          out.append(Character.toLowerCase(c));
        }
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
    }
    String candidate = out.toString();
    if (candidate.endsWith("_")) {
      candidate = candidate.substring(0, candidate.length() - 1);
    }
    return isSnakeCase(candidate) ? candidate : "...";
  }

  /** Whether {@code name} can be the simple name of a generated class. */
  static boolean isClassName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  /**
   * {@code callService} -> {@code call_service}, {@code getHTTPStatus} -> {@code get_http_status},
   * {@code HttpClient} -> {@code http_client}. An acronym run ends before its last capital when a
   * lower-case letter follows it.
   */
  static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 8);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousIsLowerOrDigit =
            i > 0
                && (Character.isLowerCase(javaName.charAt(i - 1))
                    || Character.isDigit(javaName.charAt(i - 1)));
        boolean acronymEnds =
            i > 0
                && Character.isUpperCase(javaName.charAt(i - 1))
                && i + 1 < javaName.length()
                && Character.isLowerCase(javaName.charAt(i + 1));
        if ((previousIsLowerOrDigit || acronymEnds)
            && out.length() > 0
            && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Default interface id: the simple name without a {@code Core}/{@code Module} suffix. */
  static String defaultInterfaceId(String simpleClassName) {
    String base = simpleClassName;
    for (String suffix : new String[] {"Core", "Module"}) {
      if (base.endsWith(suffix) && base.length() > suffix.length()) {
        base = base.substring(0, base.length() - suffix.length());
        break;
      }
    }
    return snakeCase(base);
  }

  /** {@code http_client} -> {@code HTTP_CLIENT}. */
  static String constantName(String snakeCase) {
    return snakeCase.toUpperCase(Locale.ROOT);
  }

  /** {@code http_client_get} -> {@code httpClientGet}. */
  static String lowerCamel(String snakeCase) {
    String upper = upperCamel(snakeCase);
    return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /** {@code http_client} -> {@code HttpClient}. */
  static String upperCamel(String snakeCase) {
    StringBuilder out = new StringBuilder(snakeCase.length());
    boolean upperNext = true;
    for (int i = 0; i < snakeCase.length(); i++) {
      char c = snakeCase.charAt(i);
      if (c == '_') {
        upperNext = true;
      } else {
        out.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = false;
      }
    }
    return out.toString();
  }
}
