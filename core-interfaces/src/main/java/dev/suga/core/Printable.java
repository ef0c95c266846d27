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
package dev.suga.core;

/**
 * A caller-supplied value made fit for an error message: at most {@link #MAX_CHARS} characters
 * (then {@code ...}) and no control characters (each becomes {@code ?}), so a hostile request can
 * neither flood a log line nor forge a new one. A char loop, not {@code replaceAll}: that compiles
 * a regular expression on every call, on paths that answer bad input.
 */
public final class Printable {
  static final int MAX_CHARS = 64;

  private Printable() {}

  /** {@code text} shortened and with control characters replaced; {@code "null"} for null. */
  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    if (text.length() <= MAX_CHARS) {
      return withoutControls(text);
    }
    return withoutControls(text.substring(0, MAX_CHARS)) + "...";
  }

  /**
   * {@code text} cut to at most {@code max} characters, not between the two halves of a surrogate
   * pair (half an emoji is not Unicode text); null for null.
   */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /** {@code text} whole, with control characters replaced by {@code ?}. */
  public static String withoutControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
