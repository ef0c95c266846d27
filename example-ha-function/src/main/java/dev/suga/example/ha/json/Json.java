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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * JSON as plain {@code Map<String, Object>} / {@code List<Object>} / String / Long / BigInteger /
 * Double / Boolean / null: read by {@link JsonReader}, written here. Maps keep insertion order so
 * that output is stable.
 *
 * <p>Why hand-written and not jackson-core's streaming API (which the function used until
 * 2026-11-23): on a cold Lambda JVM, jackson-core loads about 80 classes before the first document
 * is read (factory, buffer recyclers, constraints, parser and generator hierarchies), measured at
 * ~40 ms of a TurnOn-first start, the largest single item after the JDK's own HTTP client. These
 * two classes do the same job with none of that; docs/coldstart.md has the A/B run. jackson-core
 * stays the reference the tests compare against ({@code JsonDifferentialTest}). (Databind was never
 * an option: +115 ms and +500 classes over streaming, measured for issue 4's hand-tuned handler.)
 */
public final class Json {
  /**
   * Largest document accepted: Alexa directives are a few KB; Home Assistant state lists can be
   * large.
   */
  public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  /** Whole doubles below this magnitude are written as integers: {@code 2.0} as {@code 2}. */
  private static final double LARGEST_WRITTEN_AS_INTEGER = 1e15;

  private static final String HEX = "0123456789ABCDEF";

  private Json() {}

  /**
   * Parses one JSON document (UTF-8).
   *
   * @throws JsonException if the bytes are not exactly one well-formed JSON value; its message says
   *     what was expected where, never what the document contains
   */
  public static Object parse(byte[] bytes) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new JsonException(
          "document of " + bytes.length + " bytes exceeds " + MAX_DOCUMENT_BYTES);
    }
    return new JsonReader(bytes).readDocument();
  }

  public static Object parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses a document that must be an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(byte[] bytes) {
    Object value = parse(bytes);
    if (!(value instanceof Map)) {
      throw new JsonException("expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  /**
   * Writes {@code value} as compact JSON (UTF-8): maps (keys by {@code String.valueOf}), iterables
   * and arrays of Object, strings, numbers, booleans and null; anything else as its {@code
   * toString()} in a string.
   */
  public static byte[] write(Object value) {
    return writeString(value).getBytes(StandardCharsets.UTF_8);
  }

  public static String writeString(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value, -1);
    return out.toString();
  }

  /** Indented JSON for people (the local runner); never on the Lambda path. */
  public static String writePretty(Object value) {
    StringBuilder out = new StringBuilder(1024);
    write(out, value, 0);
    return out.toString();
  }

  /** {@code indent} < 0: compact; otherwise the current depth, two spaces a level. */
  private static void write(StringBuilder out, Object value, int indent) {
    // Containers and strings first: they are most of any document, and the numeric tests below
    // would load BigDecimal and BigInteger for every value that reaches them.
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(out, s);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(out, map, indent);
    } else if (value instanceof Iterable<?> iterable) {
      writeArray(out, iterable, indent);
    } else if (value instanceof Object[] array) {
      write(out, Arrays.asList(array), indent);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      out.append(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      writeDouble(out, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal || value instanceof BigInteger) {
      out.append(value);
    } else {
      writeString(out, value.toString());
    }
  }

  private static void writeObject(StringBuilder out, Map<?, ?> map, int indent) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      beforeItem(out, first, indent);
      writeString(out, String.valueOf(entry.getKey()));
      out.append(indent < 0 ? ":" : ": ");
      write(out, entry.getValue(), deeper(indent));
      first = false;
    }
    close(out, indent, !first, '}');
  }

  private static void writeArray(StringBuilder out, Iterable<?> elements, int indent) {
    out.append('[');
    boolean first = true;
    for (Object element : elements) {
      beforeItem(out, first, indent);
      write(out, element, deeper(indent));
      first = false;
    }
    close(out, indent, !first, ']');
  }

  private static int deeper(int indent) {
    return indent < 0 ? indent : indent + 1;
  }

  /**
   * The comma before any but the first member or element; pretty output puts each on its own line.
   */
  private static void beforeItem(StringBuilder out, boolean first, int indent) {
    if (!first) {
      out.append(',');
    }
    if (indent >= 0) {
      lineBreak(out, indent + 1);
    }
  }

  private static void close(StringBuilder out, int indent, boolean hadItems, char bracket) {
    if (hadItems && indent >= 0) {
      lineBreak(out, indent);
    }
    out.append(bracket);
  }

  /** A new line indented {@code depth} levels of two spaces (pretty output only). */
  private static void lineBreak(StringBuilder out, int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private static void writeDouble(StringBuilder out, double d) {
    // Whole numbers as integers; the cast, not Math.rint, which loads StrictMath on a cold start.
    if (Math.abs(d) < LARGEST_WRITTEN_AS_INTEGER && d == (long) d) {
      out.append((long) d);
    } else if (Double.isNaN(d) || Double.isInfinite(d)) {
      writeString(
          out, Double.toString(d)); // JSON has no such numbers; jackson-core quotes them too
    } else {
      out.append(d);
    }
  }

  /**
   * A string with exactly the escapes jackson-core writes, so that output did not change when the
   * function stopped using it: {@code \" \\ \b \t \n \f \r}, other control characters and every
   * surrogate as {@code \\uXXXX} (a character outside the BMP as its escaped pair; a lone
   * surrogate, which has no UTF-8 form, escaped instead of lost).
   */
  private static void writeString(StringBuilder out, String s) {
    out.append('"');
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
        continue;
      }
      out.append(s, run, i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default ->
            out.append("\\u")
                .append(HEX.charAt(c >> 12 & 0xf))
                .append(HEX.charAt(c >> 8 & 0xf))
                .append(HEX.charAt(c >> 4 & 0xf))
                .append(HEX.charAt(c & 0xf));
      }
      run = i + 1;
    }
    out.append(s, run, s.length()).append('"');
  }
}
