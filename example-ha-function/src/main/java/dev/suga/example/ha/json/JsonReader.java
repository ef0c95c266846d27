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
package dev.suga.example.ha.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document (RFC 8259, UTF-8) into the values {@link Json} describes: one instance
 * per document, not thread-safe.
 *
 * <p>It accepts exactly what jackson-core's defaults accept (the function used jackson-core before;
 * {@code JsonDifferentialTest} holds the two side by side): no comments, no single quotes, no
 * leading zeros or {@code NaN}, no unescaped control characters in strings, nesting at most {@value
 * #MAX_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_DIGITS} digits, member names of at most
 * {@value #MAX_NAME_LENGTH} characters (jackson-core counts their UTF-8 bytes: a name of non-ASCII
 * characters may be up to three times longer here) and with no unpaired surrogate escape. Where
 * jackson-core guesses about bytes, this reader refuses: the input is UTF-8 (RFC 8259, section
 * 8.1), never UTF-16 or UTF-32 recognized by zero bytes, and invalid UTF-8 (overlong forms, encoded
 * surrogates, code points above U+10FFFF) is an error, not decoded into garbage.
 *
 * <p>Errors say what was expected and at which byte offset, never what was found: documents carry
 * tokens, and the message goes to the logs.
 */
final class JsonReader {
  static final int MAX_DEPTH = 64;

  /** Digits of a number: integer, fraction and exponent together, as jackson-core counts them. */
  static final int MAX_NUMBER_DIGITS = 1000;

  static final int MAX_NAME_LENGTH = 50_000;

  /** Integers of more digits than this do not fit a {@code long}. */
  private static final int MAX_LONG_DIGITS = 19;

  /** Slots of the member-name cache: a power of two. */
  private static final int NAME_SLOTS = 256;

  private final byte[] in;
  private int pos;
  private int depth;
  private StringBuilder escaped;
  private String[] names;

  JsonReader(byte[] in) {
    this.in = in;
  }

  /** The document's single value. */
  Object readDocument() {
    if (in.length >= 3
        && (in[0] & 0xff) == 0xef
        && (in[1] & 0xff) == 0xbb
        && (in[2] & 0xff) == 0xbf) {
      pos = 3; // a UTF-8 byte order mark, as jackson-core skips it
    }
    skipWhitespace();
    if (pos == in.length) {
      throw new JsonException("empty document");
    }
    Object value = readValue();
    skipWhitespace();
    if (pos != in.length) {
      throw new JsonException("trailing content after the JSON value at offset " + pos);
    }
    return value;
  }

  /** A value starting at {@code pos} (whitespace already skipped). */
  private Object readValue() {
    switch (peek()) {
      case '{':
        return readObject();
      case '[':
        return readArray();
      case '"':
        pos++;
        return readString(false);
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      case '-':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return readNumber();
      default:
        throw expected("a value");
    }
  }

  private Map<String, Object> readObject() {
    enter();
    Map<String, Object> object = new LinkedHashMap<>();
    skipWhitespace();
    if (closes('}')) {
      return object;
    }
    do {
      if (peek() != '"') {
        throw expected("a member name in double quotes");
      }
      pos++;
      String name = readString(true);
      skipWhitespace();
      if (peek() != ':') {
        throw expected("':' after a member name");
      }
      pos++;
      skipWhitespace();
      object.put(name, readValue()); // a repeated name keeps its first place and its last value
    } while (!endsAfterItem('}', "',' or '}' after an object member"));
    return object;
  }

  private List<Object> readArray() {
    enter();
    List<Object> array = new ArrayList<>();
    skipWhitespace();
    if (closes(']')) {
      return array;
    }
    do {
      array.add(readValue());
    } while (!endsAfterItem(']', "',' or ']' after an array element"));
    return array;
  }

  /** Whether the object or array ends here: if so, steps over {@code closer}, one level up. */
  private boolean closes(int closer) {
    if (peek() != closer) {
      return false;
    }
    pos++;
    depth--;
    return true;
  }

  /**
   * After a member or element: true when the container ends there; otherwise steps over the comma
   * and the whitespace after it, or refuses what stands there ({@code what} was expected).
   */
  private boolean endsAfterItem(int closer, String what) {
    skipWhitespace();
    if (closes(closer)) {
      return true;
    }
    if (peek() != ',') {
      throw expected(what);
    }
    pos++;
    skipWhitespace();
    return false;
  }

  /** Steps over the opening bracket of an object or array, one level deeper. */
  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new JsonException("nesting deeper than " + MAX_DEPTH + " levels at offset " + pos);
    }
    pos++;
  }

  /**
   * The rest of a string whose opening quote is behind {@code pos}. A member name ({@code name})
   * also has a length limit and no unpaired surrogate escape.
   */
  private String readString(boolean name) {
    int run = pos; // start of the bytes not yet copied out
    boolean ascii = true; // whether that run is ASCII
    StringBuilder text = null;
    while (true) {
      int b = peek();
      if (b == '"') {
        String value;
        if (text != null) {
          value = appendRun(text, run, ascii).toString();
        } else if (name && ascii) {
          value = asciiName(run, pos);
        } else {
          value = decode(run, pos);
        }
        pos++;
        if (name && value.length() > MAX_NAME_LENGTH) {
          throw new JsonException(
              "member name longer than " + MAX_NAME_LENGTH + " characters at offset " + pos);
        }
        return value;
      } else if (b == '\\') {
        text = appendRun(text == null ? escapedText() : text, run, ascii);
        char c = readEscape();
        text.append(c);
        if (name && Character.isSurrogate(c)) {
          text.append(lowSurrogateEscape(c));
        }
        run = pos;
        ascii = true;
      } else if (b >= 0x80) {
        pos = skipUtf8Sequence(pos);
        ascii = false;
      } else if (b >= 0x20) {
        pos++;
      } else {
        throw expected(
            b < 0 ? "'\"' to close the string" : "an escape, not a control character, in a string");
      }
    }
  }

  /**
   * The escaped low surrogate that must follow {@code c}, an escaped surrogate in a member name:
   * jackson-core refuses an unpaired one there (not in a value), and so does this reader.
   */
  private char lowSurrogateEscape(char c) {
    int at = pos;
    char low = Character.isHighSurrogate(c) && peek() == '\\' ? readEscape() : 0;
    if (!Character.isLowSurrogate(low)) {
      pos = at;
      throw expected("an escaped surrogate pair, not half of one, in a member name");
    }
    return low;
  }

  /**
   * Appends the bytes from {@code run} to {@code pos}: ASCII as it is, without a String per run.
   */
  private StringBuilder appendRun(StringBuilder text, int run, boolean ascii) {
    if (!ascii) {
      return text.append(decode(run, pos));
    }
    for (int i = run; i < pos; i++) {
      text.append((char) in[i]);
    }
    return text;
  }

  /**
   * A member name of ASCII bytes without escapes (nearly all of them), one String per distinct name
   * and document: a Home Assistant state list repeats the same dozen names in every one of its
   * thousands of objects, and sharing them keeps a parsed multi-megabyte list a third smaller.
   */
  private String asciiName(int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + in[i];
    }
    if (names == null) {
      names = new String[NAME_SLOTS];
    }
    int slot = (hash ^ hash >>> 16) & (NAME_SLOTS - 1);
    String cached = names[slot];
    if (cached != null && cached.length() == to - from) {
      int i = 0;
      while (i < to - from && cached.charAt(i) == in[from + i]) {
        i++;
      }
      if (i == to - from) {
        return cached;
      }
    }
    String name = new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    names[slot] = name;
    return name;
  }

  private StringBuilder escapedText() {
    if (escaped == null) {
      escaped = new StringBuilder(64);
    }
    escaped.setLength(0);
    return escaped;
  }

  /** The character an escape at {@code pos} stands for; leaves {@code pos} after it. */
  private char readEscape() {
    pos++; // the backslash
    int kind = peek();
    pos++;
    switch (kind) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        {
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = hexValue(peek());
            if (digit < 0) {
              throw expected("four hex digits after \\u");
            }
            code = code << 4 | digit;
            pos++;
          }
          return (char) code; // a lone surrogate stays a char, as in Java strings and jackson-core
        }
      default:
        pos--;
        throw expected("an escape: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
    }
  }

  private static int hexValue(int b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    } else if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    } else if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  /**
   * The offset after the well-formed UTF-8 sequence of two to four bytes at {@code at} (RFC 3629,
   * table 3-7 of the Unicode standard): validated here so that decoding never substitutes U+FFFD
   * for bytes it could not read.
   */
  private int skipUtf8Sequence(int at) {
    int lead = in[at] & 0xff;
    int length;
    int low = 0x80;
    int high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead == 0xe0) {
        low = 0xa0; // no overlong forms
      } else if (lead == 0xed) {
        high = 0x9f; // no encoded surrogates
      }
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead == 0xf0) {
        low = 0x90;
      } else if (lead == 0xf4) {
        high = 0x8f; // nothing above U+10FFFF
      }
    } else {
      throw expected("valid UTF-8");
    }
    for (int i = 1; i < length; i++) {
      int next = at + i < in.length ? in[at + i] & 0xff : -1;
      if (next < low || next > high) {
        pos = at + i;
        throw expected("valid UTF-8");
      }
      low = 0x80;
      high = 0xbf;
    }
    return at + length;
  }

  private String decode(int from, int to) {
    return new String(in, from, to - from, StandardCharsets.UTF_8);
  }

  private Object readNumber() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    int digitsStart = pos;
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw expected("no leading zero");
      }
    } else if (isDigit(peek())) {
      skipDigits();
    } else {
      throw expected("a digit");
    }
    int integerDigits = pos - digitsStart;
    int digits = integerDigits;
    boolean integral = true;
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw expected("a digit after the decimal point");
      }
      digits += skipDigits();
      integral = false;
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw expected("a digit in the exponent");
      }
      digits += skipDigits();
      integral = false;
    }
    if (digits > MAX_NUMBER_DIGITS) {
      throw new JsonException(
          "number of more than " + MAX_NUMBER_DIGITS + " digits at offset " + start);
    }
    if (!integral) {
      return Double.parseDouble(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
    }
    if (integerDigits <= MAX_LONG_DIGITS) {
      // Accumulated negative, as Long.parseLong does, so that Long.MIN_VALUE fits too.
      long limit = digitsStart == start ? -Long.MAX_VALUE : Long.MIN_VALUE;
      long value = 0;
      int i = digitsStart;
      for (; i < pos; i++) {
        int digit = in[i] - '0';
        if (value < limit / 10 || value * 10 < limit + digit) {
          break; // 19 digits beyond the range: a BigInteger below
        }
        value = value * 10 - digit;
      }
      if (i == pos) {
        return digitsStart == start ? -value : value;
      }
    }
    BigInteger value =
        new BigInteger(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }

  /** Steps over a run of digits; returns how many. */
  private int skipDigits() {
    int from = pos;
    while (isDigit(peek())) {
      pos++;
    }
    return pos - from;
  }

  private static boolean isDigit(int b) {
    return b >= '0' && b <= '9';
  }

  private Object literal(String word, Object value) {
    for (int i = 0; i < word.length(); i++) {
      if (peek() != word.charAt(i)) {
        throw expected("a value");
      }
      pos++;
    }
    return value;
  }

  private void skipWhitespace() {
    while (pos < in.length) {
      byte b = in[pos];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
      pos++;
    }
  }

  /** The byte at {@code pos} as 0..255, or -1 at the end. */
  private int peek() {
    return pos < in.length ? in[pos] & 0xff : -1;
  }

  /** What to throw when the byte at {@code pos} is not what the grammar allows there. */
  private JsonException expected(String what) {
    return new JsonException(
        pos >= in.length
            ? "unexpected end of document, expected " + what
            : "unexpected byte at offset " + pos + ", expected " + what);
  }
}
