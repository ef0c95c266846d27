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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * The core modules' JSON output (log lines, EMF records, diagnostics), written with jackson-core's
 * streaming {@link JsonGenerator}: the JSON library the project names, without databind.
 *
 * <p>Cold start: one {@link JsonFactory} for the JVM, created when this class initializes, that is
 * on the first line or record written, not before (a factory is thread-safe and costly to build; a
 * generator is cheap and per document). Generators write to a {@link StringWriter}: the output is a
 * {@code String} (a log line, a response body), and the writer-based generator writes any {@code
 * String} it is given, where the UTF-8 one refuses a lone surrogate, which a hostile input could
 * put into a log message.
 *
 * <p>Whole doubles below 10^15 are written as integers ({@code 3.0} as {@code 3}): a whole EMF
 * value or count reads as a count, and the example function writes its own JSON the same way.
 */
final class CoreJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Whole doubles below this magnitude are written as integers. */
  private static final double LARGEST_WRITTEN_AS_INTEGER = 1e15;

  private CoreJson() {}

  /** A generator writing compact JSON into {@code out}. */
  static JsonGenerator generator(StringWriter out) {
    try {
      return FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code value} as compact JSON: maps (keys by {@code String.valueOf}), iterables and {@code
   * Object[]}, strings, numbers, booleans and null; anything else as its {@code toString()} in a
   * string.
   */
  static String write(Object value) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = generator(out)) {
      writeValue(json, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes one value (see {@link #write}). */
  static void writeValue(JsonGenerator json, Object value) throws IOException {
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
      writeNumber(json, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof BigInteger integer) {
      json.writeNumber(integer);
    } else {
      json.writeString(value.toString());
    }
  }

  /** A double, whole ones as integers; NaN and infinities quoted (JSON has no such numbers). */
  static void writeNumber(JsonGenerator json, double d) throws IOException {
    // The cast, not Math.rint, which loads StrictMath on a cold start.
    if (Math.abs(d) < LARGEST_WRITTEN_AS_INTEGER && d == (long) d) {
      json.writeNumber((long) d);
    } else if (Double.isNaN(d) || Double.isInfinite(d)) {
      json.writeString(Double.toString(d));
    } else {
      json.writeNumber(d);
    }
  }
}
