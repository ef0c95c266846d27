package dev.suga.example.ha.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain {@code Map<String, Object>} / {@code List<Object>} / String / Long / Double /
 * Boolean / null, read and written with jackson-core's streaming API.
 *
 * <p>Why not databind: on a cold Lambda JVM it costs about 115 ms and 500 classes more than
 * streaming (measured for issue 4's hand-tuned handler), and the function's documents are
 * small and schemaless. Maps keep insertion order so that output is stable.
 */
public final class Json {
  /** Largest document accepted: Alexa directives are a few KB; Home Assistant state lists can be large. */
  public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
      .build();

  private Json() {}

  /** The shared factory (thread-safe, built once). */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * Parses one JSON document.
   *
   * @throws JsonException if the bytes are not exactly one well-formed JSON value
   */
  public static Object parse(byte[] bytes) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new JsonException("document of " + bytes.length + " bytes exceeds " + MAX_DOCUMENT_BYTES);
    }
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonException("empty document");
      }
      Object value = read(parser, first);
      if (parser.nextToken() != null) {
        throw new JsonException("trailing content after the JSON value");
      }
      return value;
    } catch (IOException e) {
      throw new JsonException("malformed JSON: " + firstLine(e.getMessage()), e);
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
      throw new JsonException("expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    // On the token's int id (Jackson's own idiom), not the enum: a switch on an enum compiles to a
    // synthetic switch-map class, one more class every cold start would load and verify.
    switch (token.id()) {
      case JsonTokenId.ID_START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          object.put(name, read(parser, parser.nextToken()));
        }
        return object;
      }
      case JsonTokenId.ID_START_ARRAY: {
        List<Object> array = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(read(parser, t));
        }
        return array;
      }
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
      case JsonTokenId.ID_NULL:
        return null;
      default:
        throw new JsonException("unexpected token " + token);
    }
  }

  /** Writes {@code value} (maps, iterables, arrays of Object, strings, numbers, booleans, null) as compact JSON. */
  public static byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /** Indented JSON for people (the local runner); never on the Lambda path. */
  public static String writePretty(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.useDefaultPrettyPrinter();
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String s) {
      generator.writeString(s);
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // Whole numbers as integers; the cast, not Math.rint, which loads StrictMath on a cold start.
      if (Math.abs(d) < 1e15 && d == (long) d) {
        generator.writeNumber((long) d);
      } else {
        generator.writeNumber(d);
      }
    } else if (value instanceof BigDecimal d) {
      generator.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      generator.writeNumber(i);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof Iterable<?> iterable) {
      generator.writeStartArray();
      for (Object element : iterable) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof Object[] array) {
      generator.writeStartArray();
      for (Object element : array) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else {
      generator.writeString(value.toString());
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
