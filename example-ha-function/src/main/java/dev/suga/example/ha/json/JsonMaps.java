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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The function's JSON on the control path (a directive in, Home Assistant's states, the answer
 * out), read and written with jackson-core's streaming API as plain values: {@code Map<String,
 * Object>} (insertion order kept), {@code List<Object>}, String, Long, BigInteger, Double, Boolean
 * and null. No databind here: a TurnOn-first start loads none of it (the large, rarely used
 * documents, discovery and the custom skill, use databind in their own modules through {@link
 * Mappers}).
 *
 * <p>What a document must be, held by Jackson's {@link StreamReadConstraints} ({@link
 * #CONSTRAINTS}, shared with {@link Mappers}): at most {@value #MAX_DOCUMENT_BYTES} bytes, nesting
 * at most {@value #MAX_DEPTH} deep, numbers of at most 1,000 digits and names of at most 50,000
 * (Jackson's defaults); one value and nothing after it. Before Jackson sees the bytes, {@link
 * #checkUtf8} refuses what jackson-core would otherwise guess about: it decodes overlong UTF-8 and
 * code points above U+10FFFF into wrong characters, and reads a document with zero bytes as UTF-16
 * or UTF-32. Input is UTF-8 (RFC 8259, section 8.1); a UTF-8 byte order mark is skipped.
 *
 * <p>Errors ({@link MalformedJsonException}, thrown as a {@code RuntimeException} so that this
 * class does not load it before one happens) say what went wrong and at which byte offset, never
 * what the document says: Jackson's own messages quote the offending token (a document carries
 * bearer tokens, and the message goes to the logs), so they are not passed on, nor kept as a cause.
 *
 * <p>Output is compact UTF-8 from Jackson's byte generator, with its escapes (a character outside
 * the BMP as two {@code \\u} escapes, a lone surrogate escaped rather than lost); whole doubles
 * below 10^15 are written as integers ({@code 2.0} as {@code 2}), as the core's log lines and EMF
 * records are.
 */
public final class JsonMaps {
  /**
   * Largest document accepted: Alexa directives are a few KB; Home Assistant state lists can be
   * large.
   */
  public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  /** Deepest nesting of objects and arrays accepted. */
  public static final int MAX_DEPTH = 64;

  /** The limits every reader of the function applies, streaming or databind. */
  public static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(MAX_DEPTH)
          .build();

  /** Whole doubles below this magnitude are written as integers. */
  private static final double LARGEST_WRITTEN_AS_INTEGER = 1e15;

  /**
   * One factory for the JVM, created when this class is first used (a factory is thread-safe and
   * costly to build; parsers and generators are cheap and per document).
   */
  private static final JsonFactory FACTORY =
      new JsonFactory().setStreamReadConstraints(CONSTRAINTS);

  private JsonMaps() {}

  // ---- reading --------------------------------------------------------------------------------

  /**
   * Parses one JSON document.
   *
   * @throws MalformedJsonException if the bytes are not exactly one well-formed JSON value within
   *     the limits; its message never contains the document's content
   */
  public static Object parse(byte[] bytes) {
    checkUtf8(bytes);
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw MalformedJsonException.of("empty document");
      }
      Object value = read(parser, first);
      if (parser.nextToken() != null) {
        throw MalformedJsonException.of(
            "trailing content after the JSON value at offset " + offset(parser.currentLocation()));
      }
      return value;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw MalformedJsonException.of("unreadable JSON"); // a byte array does not fail to read
    }
  }

  public static Object parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses a document that must be an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(byte[] bytes) {
    Object value = parse(bytes);
    if (!(value instanceof Map)) {
      throw MalformedJsonException.of("expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  /** The value whose first token {@code token} the parser has just read. */
  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) { // Jackson reports an early end itself; this is only a guard
      throw MalformedJsonException.of("unexpected end of document");
    }
    // By id, not a switch on the enum: that would compile to a synthetic switch-map class, one
    // more to load on a cold start.
    switch (token.id()) {
      case JsonTokenId.ID_START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.put(name, read(parser, parser.nextToken())); // a repeated name: the last value
        }
        return object;
      case JsonTokenId.ID_START_ARRAY:
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          array.add(read(parser, next));
        }
        return array;
      case JsonTokenId.ID_STRING:
        return parser.getText();
      case JsonTokenId.ID_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      case JsonTokenId.ID_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case JsonTokenId.ID_TRUE:
        return Boolean.TRUE;
      case JsonTokenId.ID_FALSE:
        return Boolean.FALSE;
      default: // JsonTokenId.ID_NULL: the parser reports anything else as an error before it gets
        // here
        return null;
    }
  }

  /**
   * Refuses bytes that are not UTF-8, or that jackson-core would decode by guessing: invalid
   * sequences (RFC 3629; Jackson decodes overlong forms and code points above U+10FFFF into wrong
   * characters) and zero bytes (JSON text has none; Jackson takes them as UTF-16 or UTF-32).
   *
   * @throws MalformedJsonException naming the offset of the first offending byte
   */
  public static void checkUtf8(byte[] bytes) {
    int i = 0;
    int length = bytes.length;
    while (i < length) {
      int b = bytes[i];
      if (b > 0) {
        i++;
        continue;
      }
      if (b == 0) {
        throw MalformedJsonException.of("a zero byte at offset " + i + ": JSON here is UTF-8");
      }
      i = utf8Sequence(bytes, i);
    }
  }

  /**
   * The offset after the well-formed UTF-8 sequence of two to four bytes at {@code at} (table 3-7
   * of the Unicode standard: no overlong forms, no encoded surrogates, nothing above U+10FFFF).
   */
  private static int utf8Sequence(byte[] bytes, int at) {
    int lead = bytes[at] & 0xff;
    int count;
    int low = 0x80;
    int high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      count = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      count = 3;
      if (lead == 0xe0) {
        low = 0xa0;
      } else if (lead == 0xed) {
        high = 0x9f;
      }
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      count = 4;
      if (lead == 0xf0) {
        low = 0x90;
      } else if (lead == 0xf4) {
        high = 0x8f;
      }
    } else {
      throw invalidUtf8(at);
    }
    for (int i = 1; i < count; i++) {
      int next = at + i < bytes.length ? bytes[at + i] & 0xff : -1;
      if (next < low || next > high) {
        throw invalidUtf8(at + i);
      }
      low = 0x80;
      high = 0xbf;
    }
    return at + count;
  }

  private static RuntimeException invalidUtf8(int offset) {
    return MalformedJsonException.of("invalid UTF-8 at offset " + offset);
  }

  /**
   * The error for a failure Jackson reported: a limit's own message (it names the limit and
   * numbers, never content), else what kind of failure and where. Also for databind's failures
   * ({@link Mappers}), which are {@link JsonProcessingException}s too.
   */
  public static RuntimeException malformed(JsonProcessingException failure) {
    if (failure instanceof StreamConstraintsException) {
      return MalformedJsonException.of(failure.getOriginalMessage());
    }
    String what = failure.getOriginalMessage();
    String kind =
        what != null && what.startsWith("Invalid UTF-8")
            ? "invalid UTF-8"
            : what != null && what.startsWith("Unexpected end-of-input")
                ? "unexpected end of document"
                : failure instanceof JsonParseException
                    ? "malformed JSON"
                    : "JSON of an unexpected shape";
    return MalformedJsonException.of(kind + " at offset " + offset(failure.getLocation()));
  }

  private static long offset(JsonLocation location) {
    return location == null ? -1 : location.getByteOffset();
  }

  // ---- writing --------------------------------------------------------------------------------

  /**
   * Writes {@code value} as compact JSON (UTF-8): maps (keys by {@code String.valueOf}), iterables
   * and arrays of Object, strings, numbers, booleans, null and {@link RawJson}; anything else as
   * its {@code toString()} in a string.
   */
  public static byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      writeValue(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /** {@link #write} as a String. */
  public static String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /**
   * Indented JSON for people (the local runner; never on the Lambda path): two spaces a level, one
   * member or element a line, {@code "name": value}.
   */
  public static String writePretty(Object value) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
      writeValue(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    // Containers and strings first: they are most of any document, and the numeric tests below
    // would load BigDecimal and BigInteger for every value that reaches them.
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof Iterable<?> iterable) {
      json.writeStartArray();
      for (Object element : iterable) {
        writeValue(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof Object[] array) {
      json.writeStartArray();
      for (Object element : array) {
        writeValue(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      writeDouble(json, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof BigInteger integer) {
      json.writeNumber(integer);
    } else if (value instanceof RawJson raw) {
      json.writeRawValue(raw.text());
    } else {
      json.writeString(value.toString());
    }
  }

  /** A double, whole ones as integers; NaN and infinities quoted (JSON has no such numbers). */
  private static void writeDouble(JsonGenerator json, double d) throws IOException {
    // The cast, not Math.rint, which loads StrictMath on a cold start.
    if (Math.abs(d) < LARGEST_WRITTEN_AS_INTEGER && d == (long) d) {
      json.writeNumber((long) d);
    } else if (Double.isNaN(d) || Double.isInfinite(d)) {
      json.writeString(Double.toString(d));
    } else {
      json.writeNumber(d);
    }
  }

  // ---- reading parsed values ------------------------------------------------------------------

  /** The value at {@code path}, or null when any step is missing or of the wrong kind. */
  public static Object at(Object root, String... path) {
    Object current = root;
    for (String step : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(step);
    }
    return current;
  }

  /** The string at {@code path}, or null. */
  public static String string(Object root, String... path) {
    return at(root, path) instanceof String s ? s : null;
  }

  /** The object at {@code path}, or null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object root, String... path) {
    return at(root, path) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  /** The array at {@code path}, or null. */
  @SuppressWarnings("unchecked")
  public static List<Object> array(Object root, String... path) {
    return at(root, path) instanceof List<?> list ? (List<Object>) list : null;
  }

  /** A number at {@code path} as a double, or null. */
  public static Double number(Object root, String... path) {
    return at(root, path) instanceof Number n ? n.doubleValue() : null;
  }
}
