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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Json} against jackson-core as the reference, differentially.
 *
 * <p>Why this exists: Json moved from jackson-core to a hand-written parser and writer (start-up
 * cost: ~80 classes fewer on a cold start) and keeps the contract it had on Jackson: the same
 * documents accepted and refused, the same trees, the same bytes out. jackson-core stays on the
 * test classpath (through json-schema-validator), so this test reads and writes with Jackson's
 * streaming API directly and compares; it never goes through Json to build its reference.
 *
 * <p>The reference is jackson-core's defaults with a nesting limit of 64. Those defaults include
 * limits that are easy to miss in a rewrite: numbers of more than 1000 digits and names of more
 * than 50000 chars are refused; an escaped surrogate that does not pair up is kept in a value but
 * refused in a name. The edge tables pin each of them. Json differs in one place, by decision:
 * jackson-core decodes input with a 0x00 in its first bytes or a UTF-16 byte-order mark as
 * UTF-16/32 and some overlong or out-of-range UTF-8 into garbage; Json refuses all of it (see
 * {@code bytesJacksonGuessesAboutAreRefused}). The writer's side (a supplementary character written
 * as two uppercase backslash-u escapes, non-finite doubles as the strings "NaN" and "Infinity") is
 * pinned byte for byte. Every failure prints the input as a Java expression ({@code utf8("...")}
 * or, for bytes that are not UTF-8, {@code latin1("...")}, one char per byte) that can be pasted
 * into a table here.
 */
class JsonDifferentialTest {
  private static final int MAX_DEPTH = 64;
  private static final String REJECTED = "<rejected>";

  /** Reading reference: jackson-core defaults plus the nesting limit Json promises. */
  private static final JsonFactory REFERENCE =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  /**
   * Writing reference: jackson-core defaults, whose escaping and number text Json.write must equal.
   */
  private static final JsonFactory DEFAULT_WRITER = new JsonFactory();

  /**
   * Writers that only produce test documents: more spellings of the same trees than the default
   * writer's.
   */
  private static final List<JsonFactory> DOCUMENT_WRITERS =
      List.of(
          DEFAULT_WRITER,
          new JsonFactoryBuilder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build(),
          new JsonFactoryBuilder()
              .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
              .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
              .build(),
          new JsonFactoryBuilder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build(),
          // Supplementary characters as raw 4-byte UTF-8 (the default escapes them as two \\u
          // escapes).
          new JsonFactoryBuilder()
              .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
              .build());

  // ---------------------------------------------------------------------------------------------
  // 1. Random documents written by Jackson: Json.parse gives the reference reader's tree.

  @Test
  void randomDocumentsParseToTheReferenceTree() {
    SplittableRandom random = new SplittableRandom(0x5EED_0001L);
    for (int i = 0; i < 1000; i++) {
      JsonFactory writer = DOCUMENT_WRITERS.get(i % DOCUMENT_WRITERS.size());
      int layout = (i / DOCUMENT_WRITERS.size()) % 3;
      Document document = randomDocument(random, writer, layout, 60);
      byte[] input = document.bytes;
      String reference = referenceOutcome(input);
      int n = i;
      // The reference reader itself must read what Jackson wrote as the tree that was written.
      assertEquals(
          canon(document.tree),
          reference,
          () -> "reference reader, document " + n + ": " + reproducer(input));
      assertEquals(
          reference,
          jsonOutcome(input),
          () -> "Json.parse, document " + n + ": " + reproducer(input));
      assertEquals(
          objectOutcome(reference),
          jsonObjectOutcome(input),
          () -> "Json.parseObject, document " + n + ": " + reproducer(input));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Round trip: Json.write output is Jackson's output, and Jackson reads it back as the tree.

  @Test
  void writtenTreesAreJacksonsBytesAndReadBackAsTheTree() {
    SplittableRandom random = new SplittableRandom(0x5EED_0002L);
    for (int i = 0; i < 500; i++) {
      Object tree = randomDocument(random, DEFAULT_WRITER, 0, 60).tree;
      String expected = canon(afterWrite(tree));
      int n = i;

      byte[] written = Json.write(tree);
      assertEquals(
          latin1Of(referenceWrite(tree)),
          latin1Of(written),
          () -> "Json.write bytes, tree " + n + ": " + canon(tree));
      assertEquals(
          expected,
          referenceOutcome(written),
          () -> "Jackson reading Json.write, tree " + n + ": " + canon(tree));
      assertEquals(
          expected,
          jsonOutcome(written),
          () -> "Json reading Json.write, tree " + n + ": " + canon(tree));
      assertEquals(
          new String(written, StandardCharsets.UTF_8),
          Json.writeString(tree),
          () -> "Json.writeString, tree " + n + ": " + canon(tree));
      assertEquals(
          expected,
          referenceOutcome(Json.writePretty(tree).getBytes(StandardCharsets.UTF_8)),
          () -> "Jackson reading Json.writePretty, tree " + n + ": " + canon(tree));
    }
  }

  /** The Java types Json.write takes beyond the parse domain, each written as the contract says. */
  @Test
  void everyWritableJavaTypeIsWrittenAsTheContractSays() {
    Map<Object, Object> keys = new LinkedHashMap<>();
    keys.put(1, "int key");
    keys.put(null, "null key");
    keys.put(2.5, "double key");
    keys.put(Thread.State.NEW, "enum key");
    Map<String, Object> sorted = new TreeMap<>(Map.of("b", 2, "a", List.of(1, 2)));
    List<Object> values =
        Arrays.asList(
            7,
            (short) -3,
            (byte) 127,
            Integer.MIN_VALUE,
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            1.5f,
            0.1f,
            2.0f,
            -0.0f,
            Float.MAX_VALUE,
            Float.NaN,
            Float.NEGATIVE_INFINITY,
            2.0,
            -0.0,
            0.1,
            1e15,
            -1e15,
            999_999_999_999_999.0,
            -999_999_999_999_999.0,
            1e15 - 0.5,
            123.0,
            1e20,
            9.223372036854776E18,
            1e-7,
            5e-324,
            Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            BigInteger.valueOf(5),
            BigInteger.TEN.pow(40).negate(),
            true,
            false,
            null,
            "",
            "text",
            new Object[] {1, "a", null, new Object[] {}},
            List.of(List.of(), Map.of()),
            new LinkedHashSet<>(List.of("x", "y")),
            new ArrayDeque<>(List.of(3, 4)),
            keys,
            sorted,
            // Anything else is its toString() as a string, including Numbers not listed in the
            // contract.
            'c',
            new StringBuilder("built"),
            Thread.State.RUNNABLE,
            new AtomicInteger(5),
            new int[] {1, 2},
            new Object() {
              @Override
              public String toString() {
                return "custom \"quoted\" \u00e9\n";
              }
            });
    for (Object value : values) {
      assertEquals(
          latin1Of(referenceWrite(value)),
          latin1Of(Json.write(value)),
          () -> "Json.write of " + describe(value));
      Object inArray = new Object[] {value, value};
      assertEquals(
          latin1Of(referenceWrite(inArray)),
          latin1Of(Json.write(inArray)),
          () -> "Json.write in an array of " + describe(value));
      Map<String, Object> inObject = new LinkedHashMap<>();
      inObject.put("v", value);
      assertEquals(
          latin1Of(referenceWrite(inObject)),
          latin1Of(Json.write(inObject)),
          () -> "Json.write in an object of " + describe(value));
    }
    assertEquals(
        latin1Of(referenceWrite(values)),
        latin1Of(Json.write(values)),
        "Json.write of all of them");
  }

  /** BigDecimal is "a number": its text is not pinned, its value is. */
  @Test
  void bigDecimalsAreWrittenAsTheirNumber() throws IOException {
    for (String text :
        List.of(
            "1E+3",
            "0.000001",
            "1E-10",
            "123.456",
            "-0.00",
            "0",
            "1E+400",
            "-12345678901234567890.5")) {
      BigDecimal value = new BigDecimal(text);
      byte[] written = Json.write(value);
      try (JsonParser parser = REFERENCE.createParser(written)) {
        JsonToken token = parser.nextToken();
        assertTrue(
            token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT,
            () -> text + " written as " + latin1Of(written));
        assertEquals(
            0,
            value.compareTo(parser.getDecimalValue()),
            () -> text + " written as " + latin1Of(written));
        assertEquals(null, parser.nextToken(), () -> text + " written as " + latin1Of(written));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Mutations: Json and the reference agree on accept or refuse, and on the tree.

  @Test
  void mutatedDocumentsAreAcceptedAndRefusedLikeTheReference() {
    SplittableRandom random = new SplittableRandom(0x5EED_0003L);
    List<byte[]> bases = new ArrayList<>();
    for (String text : MUTATION_CORPUS) {
      bases.add(utf8(text));
    }
    for (int i = 0; i < 60; i++) {
      JsonFactory writer = DOCUMENT_WRITERS.get(i % DOCUMENT_WRITERS.size());
      bases.add(randomDocument(random, writer, i % 3, 12).bytes);
    }
    int accepted = 0;
    int rejected = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      byte[] base = bases.get(random.nextInt(bases.size()));
      byte[] input = base;
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        input = mutate(random, input);
      }
      String reference = referenceOutcome(input);
      String json = jsonOutcome(input);
      if (reference.equals(REJECTED)) {
        rejected++;
      } else {
        accepted++;
      }
      if (!reference.equals(json)) {
        disagreements.add(
            "Json.parse " + json + ", Jackson " + reference + " for " + reproducer(input));
      } else if (!reference.equals(REJECTED) || i % 8 == 0) { // parseObject on a sample: time
        String object = jsonObjectOutcome(input);
        if (!objectOutcome(reference).equals(object)) {
          disagreements.add(
              "Json.parseObject "
                  + object
                  + ", Jackson "
                  + objectOutcome(reference)
                  + " for "
                  + reproducer(input));
        }
      }
      if (disagreements.size() >= 20) {
        break;
      }
    }
    if (!disagreements.isEmpty()) {
      fail(
          disagreements.size()
              + " disagreement(s) with Jackson (first 20 at most):\n  "
              + String.join("\n  ", disagreements));
    }
    // The mutations must exercise both sides, or the agreement above says little.
    assertTrue(
        accepted > 250 && rejected > 2500, "accepted " + accepted + ", rejected " + rejected);
  }

  private static final List<String> MUTATION_CORPUS =
      List.of(
          "{\"directive\":{\"header\":{\"namespace\":\"Alexa.PowerController\",\"name\":\"TurnOn\","
              + "\"payloadVersion\":\"3\",\"messageId\":\"1bd5d003-31b9-476f-ad03-71d471922820\"},"
              + "\"endpoint\":{\"scope\":{\"type\":\"BearerToken\",\"token\":\"access-token\"},"
              + "\"endpointId\":\"light.kitchen\",\"cookie\":{}},\"payload\":{}}}",
          "[{\"entity_id\":\"light.kitchen\",\"state\":\"on\",\"attributes\":{\"brightness\":254,"
              + "\"color_temp\":null,\"friendly_name\":\"Kitch\\u00e9n \\ud83d\\udca1\"},\"last_changed\":"
              + "\"2024-01-01T00:00:00.000+00:00\"},{\"entity_id\":\"sensor.t\",\"state\":\"21.5\"}]",
          "{\"a\":[1,-2,3.25,-0.0,1e10,2E-3,9223372036854775807,-9223372036854775809],\"b\":true,\"c\":false,\"d\":null}",
          "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"\\u0000\\u001F\\u007f\",\"é中😀\",\"\\uD83D\\uDE00\"]",
          "{ \"k\" : [ { } , [ ] , \"\" , 0 ] , \"k\" : { \"n\" : [ [ [ 1 ] ] ] } }\n",
          "\t[\r\n  1,\r\n  {\"x\": \"y\"}\r\n]\n",
          "0",
          "-0",
          "\"s\"",
          "true",
          "null",
          "[]",
          "{}",
          "[0.5,10,100e-2,1.0E+2,-1]",
          "{\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}");

  private static final byte[] MUTATION_BYTES = utf8("{}[],:\"\\ 0123456789eE+-.tfn");

  private static byte[] mutate(SplittableRandom random, byte[] input) {
    int length = input.length;
    switch (random.nextInt(6)) {
      case 0:
        { // delete a byte
          if (length == 0) {
            return input;
          }
          int at = random.nextInt(length);
          return concat(
              Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, at + 1, length));
        }
      case 1: // insert one of the JSON-significant bytes
        return insert(
            input,
            random.nextInt(length + 1),
            new byte[] {MUTATION_BYTES[random.nextInt(MUTATION_BYTES.length)]});
      case 2: // insert any byte
        return insert(input, random.nextInt(length + 1), new byte[] {(byte) random.nextInt(256)});
      case 3: // truncate
        return length == 0 ? input : Arrays.copyOf(input, random.nextInt(length));
      case 4:
        { // duplicate a region, at a random place
          if (length == 0) {
            return input;
          }
          int from = random.nextInt(length);
          int to = Math.min(length, from + 1 + random.nextInt(16));
          return insert(input, random.nextInt(length + 1), Arrays.copyOfRange(input, from, to));
        }
      default:
        { // replace a byte with a JSON-significant one
          if (length == 0) {
            return input;
          }
          byte[] copy = input.clone();
          copy[random.nextInt(length)] = MUTATION_BYTES[random.nextInt(MUTATION_BYTES.length)];
          return copy;
        }
    }
  }

  private static byte[] insert(byte[] input, int at, byte[] inserted) {
    return concat(
        concat(Arrays.copyOfRange(input, 0, at), inserted),
        Arrays.copyOfRange(input, at, input.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Hand-picked edge inputs: Jackson's outcome is pinned, and Json must have the same.

  @Test
  void refusedFormsAreRefusedLikeTheReference() {
    List<Edge> edges = new ArrayList<>();
    // Empty, trailing content, structure.
    for (String text :
        List.of(
            "",
            " ",
            " \t\r\n",
            "1 2",
            "{} []",
            "[]]",
            "{}}",
            "1,",
            "1,2",
            "\"a\"\"b\"",
            "truex",
            "nulll",
            "1x",
            "[1]x",
            "{\"a\":1}x",
            "1 x",
            "[",
            "]",
            "{",
            "}",
            "[1,",
            "{\"a\":",
            "{\"a\"}",
            "{\"a\" 1}",
            "{1:1}",
            "{null:1}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            ":",
            ",",
            "[,1]",
            "[1,,2]",
            "{,}",
            "[\"a\":1]",
            "{\"a\",1}",
            "{\"a\"::1}",
            "[}",
            "{]",
            "[1}",
            "{\"a\":1]")) {
      edges.add(reject(text));
    }
    // Numbers: leading zeros, plus sign, bare or dangling point and exponent, non-numbers.
    for (String text :
        List.of(
            "01",
            "-01",
            "00",
            "-00",
            "[01]",
            "00.5",
            "01e1",
            "0123",
            "+1",
            "[+1]",
            "+0",
            "+.5",
            ".5",
            "[.5]",
            "-.5",
            "5.",
            "[5.]",
            "5.e1",
            "1.e",
            "1e",
            "1e+",
            "1e-",
            "1E",
            "[1e]",
            "1e+-1",
            "1e1.5",
            "-",
            "[-]",
            "--1",
            "-a",
            "- 1",
            "0x10",
            "1_000",
            "1.5.5",
            "NaN",
            "Infinity",
            "-Infinity",
            "+Infinity",
            "[NaN]",
            "nan",
            "inf")) {
      edges.add(reject(text));
    }
    // Single quotes, unquoted names, comments, trailing commas, bad literals.
    for (String text :
        List.of(
            "'a'",
            "['a']",
            "{'a':1}",
            "{a:1}",
            "{\"a\":1,b:2}",
            "/*c*/1",
            "1/*c*/",
            "//c\n1",
            "1//c",
            "#c\n1",
            "[1/*c*/]",
            "[1,]",
            "{\"a\":1,}",
            "[1,],",
            "tru",
            "True",
            "NULL",
            "nul",
            "fals",
            "t",
            "f",
            "n",
            "[tru]",
            "[nul")) {
      edges.add(reject(text));
    }
    // Unescaped control characters, in values, in names and between tokens.
    for (char c = 0; c < 0x20; c++) {
      edges.add(reject("\"a" + c + "b\""));
      edges.add(reject("{\"a" + c + "\":1}"));
    }
    for (String text : List.of("[\f1]", "[1\u000b]", "[\u00001]", "{\"a\":\u001f1}")) {
      edges.add(reject(text));
    }
    // Invalid escapes and incomplete or invalid \\u escapes.
    for (String text :
        List.of(
            "\"\\x\"",
            "\"\\U00e9\"",
            "\"\\a\"",
            "\"\\0\"",
            "\"\\'\"",
            "\"\\ \"",
            "\"\\\"",
            "\"\\",
            "\"\\u\"",
            "\"\\u1\"",
            "\"\\u12\"",
            "\"\\u123\"",
            "\"\\u12g4\"",
            "\"\\uZZZZ\"",
            "\"\\u-123\"",
            "\"\\u 123\"",
            "\"\\u+123\"",
            "\"\\u12",
            "{\"\\q\":1}",
            "{\"\\u00\":1}",
            "[\"\\ud83d\\u\"]",
            "\"\\\u00e9\"")) {
      edges.add(reject(text));
    }
    // Unterminated strings.
    for (String text : List.of("\"abc", "[\"abc]", "{\"a", "{\"a\":\"b}", "\"")) {
      edges.add(reject(text));
    }
    // Invalid UTF-8 that Jackson does refuse: stray continuation bytes, bytes never valid, cut-off
    // sequences, a bad continuation byte, UTF-8-encoded surrogates, non-ASCII outside strings.
    for (String bytes :
        List.of(
            "\"\u0080\"",
            "\"\u00bf\"",
            "\"\u00f8\u0080\u0080\u0080\u0080\"",
            "\"\u00ff\"",
            "\"\u00fe\"",
            "\"\u00c3\"",
            "\"\u00e2\u0082\"",
            "\"\u00f0\u009f\u0098\"",
            "\"\u00c3(\"",
            "\"\u00e2(\u00a1\"",
            "\"\u00ed\u00a0\u0080\"",
            "\"\u00ed\u00bf\u00bf\"",
            "\"\u00c3",
            "{\"\u0080\":1}",
            "[\u00c3\u00a9]",
            "\u00c3\u00a9",
            "[\"a\"]\u00ff",
            "\u00ff",
            "\u0080",
            "[1,\u00a0 2]")) {
      edges.add(rejectBytes(latin1(bytes)));
    }
    // Nesting deeper than 64, and numbers and names beyond jackson-core's default length limits
    // (StreamReadConstraints: 1000 digits, counting integer, fraction and exponent digits; 50000
    // chars).
    edges.add(reject("[".repeat(65) + "]".repeat(65)));
    edges.add(reject("{\"a\":".repeat(65) + "1" + "}".repeat(65)));
    edges.add(reject("[{\"a\":".repeat(32) + "[]" + "}]".repeat(32)));
    edges.add(reject("[".repeat(65)));
    edges.add(reject("[".repeat(10_000)));
    edges.add(reject("1".repeat(1001)));
    edges.add(reject("-" + "1".repeat(1001)));
    edges.add(reject("[" + "1".repeat(1001) + "]"));
    edges.add(reject("1." + "1".repeat(1000)));
    edges.add(reject("1".repeat(500) + "." + "1".repeat(501)));
    edges.add(reject("1e" + "1".repeat(1000)));
    edges.add(reject("1".repeat(999) + ".1e5"));
    edges.add(reject("0." + "0".repeat(1000)));
    edges.add(reject("{\"" + "n".repeat(50_001) + "\":1}"));
    assertAgreement(edges);
  }

  @Test
  void acceptedTrickyFormsGiveTheReferenceTree() {
    List<Edge> edges = new ArrayList<>();
    // Numbers.
    edges.add(accept("0", "L0"));
    edges.add(accept("-0", "L0"));
    edges.add(accept("-0.0", "D-0.0"));
    edges.add(accept("0.0", "D0.0"));
    edges.add(accept("0e5", "D0.0"));
    edges.add(accept("0E-5", "D0.0"));
    edges.add(accept("1E+2", "D100.0"));
    edges.add(accept("1e2", "D100.0"));
    edges.add(accept("1e-2", "D0.01"));
    edges.add(accept("1.5e-3", "D0.0015"));
    edges.add(accept("-1.5E+3", "D-1500.0"));
    edges.add(accept("1.0", "D1.0"));
    edges.add(accept("0.1", "D0.1"));
    edges.add(accept("1e400", "DInfinity"));
    edges.add(accept("-1e400", "D-Infinity"));
    edges.add(accept("1.8e308", "DInfinity"));
    edges.add(accept("1e-400", "D0.0"));
    edges.add(accept("-1e-400", "D-0.0"));
    edges.add(accept("4.9e-324", "D4.9E-324"));
    edges.add(accept("2.2250738585072014E-308", "D2.2250738585072014E-308"));
    edges.add(accept("1.7976931348623157e308", "D1.7976931348623157E308"));
    edges.add(accept("100000000000000000000.0", "D1.0E20"));
    edges.add(accept("100000000000000000000", "BI100000000000000000000"));
    edges.add(accept("123456789012345678", "L123456789012345678"));
    edges.add(accept("1234567890123456789", "L1234567890123456789"));
    edges.add(accept("9223372036854775807", "L9223372036854775807"));
    edges.add(accept("-9223372036854775808", "L-9223372036854775808"));
    edges.add(accept("9223372036854775808", "BI9223372036854775808"));
    edges.add(accept("-9223372036854775809", "BI-9223372036854775809"));
    edges.add(accept("9999999999999999999", "BI9999999999999999999"));
    edges.add(accept("[0,-0,0.0,-0.0]", "[L0,L0,D0.0,D-0.0]"));
    edges.add(accept("[1E+2,1e-2,2.5E3]", "[D100.0,D0.01,D2500.0]"));
    // Number lengths just inside jackson-core's 1000-digit limit.
    edges.add(accept("1".repeat(1000), "BI" + "1".repeat(1000)));
    edges.add(accept("-" + "9".repeat(1000), "BI-" + "9".repeat(1000)));
    edges.add(accept("1." + "1".repeat(999), "D1.1111111111111112"));
    edges.add(accept("1e" + "0".repeat(998) + "1", "D10.0"));
    edges.add(accept("0." + "0".repeat(999), "D0.0"));
    // Strings: escapes, surrogates escaped and raw, characters that need no escape.
    edges.add(accept("\"\"", "\"\""));
    edges.add(accept("\"\\u00e9\"", "\"\\u00e9\""));
    edges.add(accept("\"\\u00E9\"", "\"\\u00e9\""));
    edges.add(accept("\"\\u00e9\\u00C9\"", "\"\\u00e9\\u00c9\""));
    edges.add(accept("\"\\ud83d\\ude00\"", "\"\\ud83d\\ude00\""));
    edges.add(accept("\"\\uD83D\\uDE00\"", "\"\\ud83d\\ude00\""));
    edges.add(accept("\"\ud83d\ude00\"", "\"\\ud83d\\ude00\""));
    edges.add(accept("\"\udbff\udfff\"", "\"\\udbff\\udfff\""));
    edges.add(accept("\"\u00e9\u4e2d\"", "\"\\u00e9\\u4e2d\""));
    edges.add(accept("\"\\ud800\"", "\"\\ud800\""));
    edges.add(accept("\"\\udc00\"", "\"\\udc00\""));
    edges.add(accept("\"\\udc00\\ud800\"", "\"\\udc00\\ud800\""));
    edges.add(accept("\"\\ud83dx\"", "\"\\ud83dx\""));
    edges.add(
        accept(
            "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
            "\"\\u0022\\u005c/\\u0008\\u000c\\u000a\\u000d\\u0009\""));
    edges.add(accept("\"\\u0000\"", "\"\\u0000\""));
    edges.add(accept("\"\\u001f\\u0020\"", "\"\\u001f \""));
    edges.add(accept("\"\\u0022\\u005C\"", "\"\\u0022\\u005c\""));
    edges.add(accept("\"\u007f\"", "\"\\u007f\""));
    edges.add(accept("\"\u2028\u2029\"", "\"\\u2028\\u2029\""));
    edges.add(accept("\"\ufeff\uffff\"", "\"\\ufeff\\uffff\""));
    edges.add(accept("\"/\"", "\"/\""));
    // Names, duplicates (last value wins, in the first one's place), whitespace, literals.
    edges.add(accept("{\"\":1}", "{\"\":L1}"));
    edges.add(accept("{\"\\u0061\":1}", "{\"a\":L1}"));
    edges.add(accept("{\"\u00e9\":1}", "{\"\\u00e9\":L1}"));
    edges.add(accept("{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":L3,\"b\":L2}"));
    edges.add(accept("{\"a\":{\"x\":1},\"a\":[2]}", "{\"a\":[L2]}"));
    edges.add(accept("{\"a\":1,\"\\u0061\":null}", "{\"a\":null}"));
    edges.add(accept(" \t\n\r1 \t\n\r", "L1"));
    edges.add(accept("[ ]", "[]"));
    edges.add(accept("{ }", "{}"));
    edges.add(accept("[ 1 , 2 ]", "[L1,L2]"));
    edges.add(accept("{ \"a\" : 1 }", "{\"a\":L1}"));
    edges.add(accept("true", "true"));
    edges.add(accept("false", "false"));
    edges.add(accept("null", "null"));
    edges.add(accept("[true,false,null]", "[true,false,null]"));
    edges.add(accept("[[],{},[[]],{\"a\":{}}]", "[[],{},[[]],{\"a\":{}}]"));
    // Nesting exactly 64 deep, in arrays, objects and both.
    edges.add(accept("[".repeat(64) + "]".repeat(64), "[".repeat(64) + "]".repeat(64)));
    edges.add(
        accept("[".repeat(64) + "1" + "]".repeat(64), "[".repeat(64) + "L1" + "]".repeat(64)));
    edges.add(
        accept(
            "{\"a\":".repeat(63) + "{}" + "}".repeat(63),
            "{\"a\":".repeat(63) + "{}" + "}".repeat(63)));
    edges.add(
        accept(
            "{\"a\":".repeat(64) + "1" + "}".repeat(64),
            "{\"a\":".repeat(64) + "L1" + "}".repeat(64)));
    edges.add(
        accept(
            "[{\"a\":".repeat(32) + "1" + "}]".repeat(32),
            "[{\"a\":".repeat(32) + "L1" + "}]".repeat(32)));
    // A name at jackson-core's 50000-char limit.
    edges.add(accept("{\"" + "n".repeat(50_000) + "\":1}", "{\"" + "n".repeat(50_000) + "\":L1}"));
    assertAgreement(edges);
  }

  /**
   * Escaped surrogates that do not pair up: kept as they are in values, refused in names. Jackson's
   * byte parser checks pairing in names only; Json on Jackson does the same, so a replacement must.
   */
  @Test
  void loneSurrogateEscapesAreRefusedInNamesOnly() {
    List<Edge> edges = new ArrayList<>();
    for (String escapes :
        List.of(
            "\\ud800",
            "\\udc00",
            "a\\ud800b",
            "\\udc00\\ud800",
            "\\ud800\\u0041",
            "\\ud800\\ud800",
            "\\ud800\\n",
            "x\\ude00")) {
      edges.add(reject("{\"" + escapes + "\":1}"));
      edges.add(accept("\"" + escapes + "\"", canon(unescape(escapes))));
    }
    edges.add(accept("{\"\\ud83d\\ude00\":1}", "{\"\\ud83d\\ude00\":L1}"));
    edges.add(accept("{\"\\ud83d\\uDE00\":1}", "{\"\\ud83d\\ude00\":L1}"));
    edges.add(accept("{\"\ud83d\ude00\":1}", "{\"\\ud83d\\ude00\":L1}"));
    assertAgreement(edges);
  }

  /** Just enough JSON-escape decoding for the table above (\\uXXXX and \\n). */
  private static String unescape(String escapes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escapes.length(); i++) {
      char c = escapes.charAt(i);
      if (c != '\\') {
        out.append(c);
      } else if (escapes.charAt(i + 1) == 'n') {
        out.append('\n');
        i++;
      } else {
        out.append((char) Integer.parseInt(escapes.substring(i + 2, i + 6), 16));
        i += 5;
      }
    }
    return out.toString();
  }

  /**
   * Where jackson-core guesses about bytes, Json refuses, by decision (JsonReader's Javadoc): the
   * input is UTF-8 only (RFC 8259, section 8.1), so zero bytes or a UTF-16 byte-order mark do not
   * switch it to UTF-16 or UTF-32, and overlong or out-of-range UTF-8, which jackson-core decodes
   * into NULs and nonsense surrogates, is an error. Each input below is first checked to be one
   * that jackson-core accepts, so the table keeps saying where the two differ.
   */
  @Test
  void bytesJacksonGuessesAboutAreRefused() {
    // A UTF-8 byte-order mark is skipped by both.
    assertAgreement(
        List.of(
            acceptBytes(latin1("\u00ef\u00bb\u00bf1"), "L1"),
            acceptBytes(latin1("\u00ef\u00bb\u00bf{\"a\":[]}"), "{\"a\":[]}"),
            rejectBytes(latin1("\0 1")),
            rejectBytes(latin1("\0\0"))));
    List<byte[]> guessed =
        List.of(
            latin1("\0[\0]"),
            latin1("[\0]\0"),
            latin1("1\0"),
            latin1("\0\0\0001"),
            latin1("\u00fe\u00ff\0001"),
            latin1("\"\u00c0\u0080\""),
            latin1("\"\u00c1\u00bf\""),
            latin1("\"\u00e0\u0080\u0080\""),
            latin1("\"\u00f0\u0080\u0080\u0080\""),
            latin1("\"\u00f4\u0090\u0080\u0080\""),
            latin1("\"\u00f5\u0080\u0080\u0080\""));
    for (byte[] input : guessed) {
      assertNotEquals(
          REJECTED, referenceOutcome(input), "jackson-core accepts " + reproducer(input));
      assertThrows(JsonException.class, () -> Json.parse(input), reproducer(input));
    }
  }

  /** Json's own size limit (not Jackson's): larger documents are refused before parsing. */
  @Test
  void documentsOverTheSizeLimitAreRefused() {
    byte[] atLimit = new byte[Json.MAX_DOCUMENT_BYTES];
    Arrays.fill(atLimit, (byte) ' ');
    atLimit[atLimit.length - 1] = '1';
    assertEquals(1L, Json.parse(atLimit));
    byte[] overLimit = new byte[Json.MAX_DOCUMENT_BYTES + 1];
    Arrays.fill(overLimit, (byte) ' ');
    overLimit[overLimit.length - 1] = '1';
    assertThrows(JsonException.class, () -> Json.parse(overLimit));
  }

  private record Edge(byte[] input, String expected) {}

  private static Edge accept(String text, String expectedCanon) {
    return new Edge(utf8(text), expectedCanon);
  }

  private static Edge reject(String text) {
    return new Edge(utf8(text), REJECTED);
  }

  private static Edge acceptBytes(byte[] input, String expectedCanon) {
    return new Edge(input, expectedCanon);
  }

  private static Edge rejectBytes(byte[] input) {
    return new Edge(input, REJECTED);
  }

  /**
   * Every edge: Jackson gives the pinned outcome, and Json gives Jackson's (parse and parseObject).
   */
  private static void assertAgreement(List<Edge> edges) {
    List<String> failures = new ArrayList<>();
    for (Edge edge : edges) {
      String reference = referenceOutcome(edge.input);
      String json = jsonOutcome(edge.input);
      if (!reference.equals(edge.expected)) {
        failures.add(
            "Jackson itself gave "
                + shorten(reference)
                + ", the table says "
                + shorten(edge.expected)
                + " for "
                + reproducer(edge.input));
      }
      if (!json.equals(reference)) {
        failures.add(
            "Json.parse gave "
                + shorten(json)
                + ", Jackson "
                + shorten(reference)
                + " for "
                + reproducer(edge.input));
      } else if (!jsonObjectOutcome(edge.input).equals(objectOutcome(reference))) {
        failures.add(
            "Json.parseObject gave "
                + shorten(jsonObjectOutcome(edge.input))
                + ", expected "
                + shorten(objectOutcome(reference))
                + " for "
                + reproducer(edge.input));
      }
    }
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " of "
              + edges.size()
              + " edge inputs:\n  "
              + String.join("\n  ", failures));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Json.write escapes exactly as Jackson's generator does.

  @Test
  void writtenStringsAreEscapedExactlyAsJacksonDoes() {
    List<String> strings = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      strings.add(String.valueOf(c));
      strings.add("a" + c + "b");
      all.append(c);
    }
    strings.add(all.toString());
    strings.addAll(
        List.of(
            "\u0080",
            "\u00a0",
            "\u00e9",
            "\u00ff",
            "\u0100",
            "\u07ff",
            "\u0800",
            "\u2028",
            "\u2029",
            "\u4e2d\u6587",
            "\ufeff",
            "\ufffd",
            "\uffff",
            "\ud83d\ude00",
            "a\ud83d\ude00b",
            "\udbff\udfff",
            "\ud800\udc00",
            // Lone and reversed surrogates: not UTF-8-encodable, so they must come out escaped, as
            // Jackson's do.
            "\ud800",
            "\udc00",
            "x\ud83d",
            "\ude00x",
            "\udc00\ud800",
            "\ud83d\ud83d\ude00",
            "mixed \"q\" \\ / \u0000 \u001f \u007f \u00e9 \u2028 \ud83d\ude00 end"));
    for (String s : strings) {
      assertEquals(
          latin1Of(jacksonString(s)),
          latin1Of(Json.write(s)),
          () -> "Json.write of " + javaLiteral(s));
      Map<String, Object> object = new LinkedHashMap<>();
      object.put(s, s);
      assertEquals(
          latin1Of(referenceWrite(object)),
          latin1Of(Json.write(object)),
          () -> "Json.write of a name and value " + javaLiteral(s));
      assertEquals(
          new String(jacksonString(s), StandardCharsets.UTF_8),
          Json.writeString(s),
          () -> "Json.writeString of " + javaLiteral(s));
    }
  }

  @Test
  void writtenNumbersAreJacksonsText() {
    SplittableRandom random = new SplittableRandom(0x5EED_0005L);
    List<Object> numbers = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      numbers.add(randomDouble(random));
      numbers.add(Double.longBitsToDouble(random.nextLong()));
      numbers.add(Float.intBitsToFloat(random.nextInt()));
      numbers.add(random.nextLong());
      numbers.add((double) random.nextLong(-2_000_000_000_000_000L, 2_000_000_000_000_000L));
    }
    for (Object number : numbers) {
      assertEquals(
          latin1Of(referenceWrite(number)),
          latin1Of(Json.write(number)),
          () -> "Json.write of " + describe(number));
    }
  }

  private static byte[] jacksonString(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = DEFAULT_WRITER.createGenerator(out)) {
      generator.writeString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------------------------------------
  // 6. A refusal's message never quotes the document's strings (it is logged).

  @Test
  void refusalMessagesNeverContainTheDocumentsStrings() {
    String secret = "SECRET-abc";
    List<byte[]> inputs = new ArrayList<>();
    for (String text :
        List.of(
            "{\"token\":\"SECRET-abc\",}",
            "{\"token\":\"SECRET-abc\" x}",
            "{\"token\":\"SECRET-abc\"}}",
            "{\"token\":\"SECRET-abc\"} trailing",
            "{\"token\":\"SECRET-abc\"} {}",
            "{\"token\":\"SECRET-abc\",\"n\":01}",
            "{\"token\":\"SECRET-abc\",\"n\":1e}",
            "{\"token\":\"SECRET-abc\",\"n\":tru}",
            "{\"token\":\"SECRET-abc\",\"n\":" + "[".repeat(70) + "]".repeat(70) + "}",
            "{\"token\":\"SECRET-abc\",\"n\":" + "1".repeat(1001) + "}",
            "{\"token\":\"SECRET-abc\",\"n\":\"\\x\"}",
            "{\"token\":\"SECRET-abc\"",
            "{\"token\":\"SECRET-abc",
            "{\"SECRET-abc\" 1}",
            "{\"SECRET-abc\":}",
            "[\"SECRET-abc",
            "[\"SECRET-abc\\q\"]",
            "[\"SECRET-abc\\u12\"]",
            "[\"SECRET-abc\u0001\"]",
            "[\"SECRET-abc\n\"]",
            "{\"SECRET-abc\u0000\":1}",
            "[\"SECRET-abc\",,]",
            "[\"SECRET-abc\":1]")) {
      inputs.add(utf8(text));
    }
    inputs.add(latin1("[\"SECRET-abc\u00c3(\"]"));
    inputs.add(latin1("[\"SECRET-abc\u00ff\"]"));
    inputs.add(latin1("[\"SECRET-abc\"]\u00ff"));
    for (byte[] input : inputs) {
      JsonException e =
          assertThrows(JsonException.class, () -> Json.parse(input), () -> reproducer(input));
      assertSecretNotIn(e, secret, input);
    }
    byte[] notAnObject = utf8("[\"SECRET-abc\"]");
    assertSecretNotIn(
        assertThrows(JsonException.class, () -> Json.parseObject(notAnObject)),
        secret,
        notAnObject);
    byte[] stringRoot = utf8("\"SECRET-abc\"");
    assertSecretNotIn(
        assertThrows(JsonException.class, () -> Json.parseObject(stringRoot)), secret, stringRoot);
  }

  /** Not in the message, and not in any cause's either: a logged stack trace prints them all. */
  private static void assertSecretNotIn(JsonException e, String secret, byte[] input) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = String.valueOf(t.getMessage());
      assertFalse(
          text.contains(secret) || text.contains("SECRET"),
          () -> "message '" + text + "' for " + reproducer(input));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The reference reader and writer: the contract's mapping rules on Jackson's streaming API.

  static Object referenceParse(byte[] bytes) throws IOException {
    try (JsonParser parser = REFERENCE.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException("empty document");
      }
      Object value = referenceValue(parser, first);
      if (parser.nextToken() != null) {
        throw new IOException("trailing content");
      }
      return value;
    }
  }

  private static Object referenceValue(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Object> object = new LinkedHashMap<>();
          for (JsonToken t = parser.nextToken();
              t != JsonToken.END_OBJECT;
              t = parser.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
              throw new IOException("expected a name, got " + t);
            }
            String name = parser.currentName();
            object.put(name, referenceValue(parser, parser.nextToken()));
          }
          return object;
        }
      case START_ARRAY:
        {
          List<Object> array = new ArrayList<>();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            array.add(referenceValue(parser, t));
          }
          return array;
        }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected token " + token);
    }
  }

  private static String referenceOutcome(byte[] input) {
    try {
      return canon(referenceParse(input));
    } catch (IOException e) {
      return REJECTED;
    } catch (RuntimeException e) {
      return "<Jackson threw " + e + ">";
    }
  }

  private static String jsonOutcome(byte[] input) {
    try {
      return canon(Json.parse(input));
    } catch (JsonException e) {
      return REJECTED;
    } catch (RuntimeException | StackOverflowError e) {
      return "<Json.parse threw " + e + " instead of JsonException>";
    }
  }

  private static String jsonObjectOutcome(byte[] input) {
    try {
      return canon(Json.parseObject(input));
    } catch (JsonException e) {
      return REJECTED;
    } catch (RuntimeException | StackOverflowError e) {
      return "<Json.parseObject threw " + e + " instead of JsonException>";
    }
  }

  /** What parseObject must give when parse gives {@code outcome}. */
  private static String objectOutcome(String outcome) {
    return outcome.startsWith("{") ? outcome : REJECTED;
  }

  /** Jackson writing {@code value} by the contract's rules for Json.write. */
  static byte[] referenceWrite(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = DEFAULT_WRITER.createGenerator(out)) {
      referenceWrite(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void referenceWrite(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (isWrittenAsInteger(d)) {
        g.writeNumber((long) d);
      } else {
        g.writeNumber(d);
      }
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        g.writeFieldName(String.valueOf(entry.getKey()));
        referenceWrite(g, entry.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof Iterable<?> iterable) {
      g.writeStartArray();
      for (Object element : iterable) {
        referenceWrite(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Object[] array) {
      g.writeStartArray();
      for (Object element : array) {
        referenceWrite(g, element);
      }
      g.writeEndArray();
    } else {
      g.writeString(value.toString());
    }
  }

  /**
   * The contract: a whole double of magnitude under 1e15 is written as an integer (2.0 as 2, -0.0
   * as 0).
   */
  private static boolean isWrittenAsInteger(double d) {
    return Math.abs(d) < 1e15 && d == Math.floor(d);
  }

  /** The tree Jackson reads back from Json.write(tree), for a tree in the parse domain. */
  private static Object afterWrite(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, afterWrite(v)));
      return copy;
    } else if (tree instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(afterWrite(v)));
      return copy;
    } else if (tree instanceof Double d) {
      if (isWrittenAsInteger(d)) {
        return (long) (double) d;
      }
      // Non-finite doubles are written as Jackson does: as the strings "NaN", "Infinity",
      // "-Infinity".
      return Double.isFinite(d) ? d : d.toString();
    }
    return tree;
  }

  // ---------------------------------------------------------------------------------------------
  // Random documents, written with Jackson; each remembers the tree it spells.

  private record Document(byte[] bytes, Object tree) {}

  /** layout 0: compact; 1: Jackson's default pretty printer; 2: random whitespace everywhere. */
  private static Document randomDocument(
      SplittableRandom random, JsonFactory writer, int layout, int nodes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Object tree;
    if (layout == 2) {
      out.writeBytes(randomWhitespace(random));
    }
    try (JsonGenerator g = writer.createGenerator(out)) {
      if (layout == 1) {
        g.useDefaultPrettyPrinter();
      } else if (layout == 2) {
        g.setPrettyPrinter(new RandomWhitespace(random));
      }
      tree = writeRandomValue(g, random, 0, new int[] {nodes});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (layout == 2) {
      out.writeBytes(randomWhitespace(random));
    }
    return new Document(out.toByteArray(), tree);
  }

  private static Object writeRandomValue(
      JsonGenerator g, SplittableRandom random, int depth, int[] budget) throws IOException {
    budget[0]--;
    boolean container =
        depth < 6 && budget[0] > 0 && random.nextInt(depth == 0 ? 10 : 5) < (depth == 0 ? 9 : 2);
    if (container && random.nextBoolean()) {
      g.writeStartObject();
      Map<String, Object> object = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      int members = random.nextInt(6);
      for (int i = 0; i < members; i++) {
        // Now and then a duplicate name: the last value wins, in the first one's place. Names have
        // no
        // lone surrogates: Jackson writes them as \\u escapes but refuses those escapes in names
        // (not in
        // values), so such a name cannot round-trip through Json.write and Jackson at all; the edge
        // tests pin both halves instead (loneSurrogateEscapesAreRefusedInNamesOnly, and
        // writtenStringsAreEscapedExactlyAsJacksonDoes for the writing).
        String name =
            !names.isEmpty() && random.nextInt(8) == 0
                ? names.get(random.nextInt(names.size()))
                : randomString(random, 6, false);
        names.add(name);
        g.writeFieldName(name);
        object.put(name, writeRandomValue(g, random, depth + 1, budget));
      }
      g.writeEndObject();
      return object;
    } else if (container) {
      g.writeStartArray();
      List<Object> array = new ArrayList<>();
      int elements = random.nextInt(6);
      for (int i = 0; i < elements; i++) {
        array.add(writeRandomValue(g, random, depth + 1, budget));
      }
      g.writeEndArray();
      return array;
    }
    switch (random.nextInt(10)) {
      case 0:
      case 1:
      case 2:
        {
          String s = randomString(random, 12, true);
          g.writeString(s);
          return s;
        }
      case 3:
        {
          long l =
              random.nextInt(4) == 0
                  ? LONG_EDGES[random.nextInt(LONG_EDGES.length)]
                  : random.nextLong() >> random.nextInt(64);
          g.writeNumber(l);
          return l;
        }
      case 4:
        {
          BigInteger big = randomBigInteger(random);
          g.writeNumber(big);
          return big;
        }
      case 5:
        {
          double d = randomDouble(random);
          g.writeNumber(d);
          return d;
        }
      case 6:
      case 7:
        {
          // Number text of every shape the grammar allows, written verbatim.
          String text = randomNumberText(random);
          g.writeNumber(text);
          return numberValue(text);
        }
      case 8:
        {
          boolean b = random.nextBoolean();
          g.writeBoolean(b);
          return b;
        }
      default:
        g.writeNull();
        return null;
    }
  }

  private static final long[] LONG_EDGES = {
    0,
    1,
    -1,
    Long.MAX_VALUE,
    Long.MIN_VALUE,
    Long.MAX_VALUE - 1,
    Long.MIN_VALUE + 1,
    Integer.MAX_VALUE,
    Integer.MIN_VALUE,
    Integer.MAX_VALUE + 1L,
    Integer.MIN_VALUE - 1L,
    999_999_999_999_999L,
    1_000_000_000_000_000L,
    9_999_999_999_999_999L,
    99_999_999_999_999_999L,
    999_999_999_999_999_999L
  };

  private static final double[] DOUBLE_EDGES = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    2.0,
    0.5,
    0.1,
    -0.1,
    1e15,
    -1e15,
    1e15 - 1,
    1e16,
    1e-7,
    1e-3,
    1e7,
    1e21,
    1e22,
    1e300,
    -1e300,
    1e-300,
    Double.MIN_VALUE,
    -Double.MIN_VALUE,
    Double.MIN_NORMAL,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    9.223372036854776E18,
    123456.789,
    4.35,
    0.30000000000000004
  };

  /**
   * Finite doubles: edges, random bit patterns, and decimal-looking values with and without
   * fractions.
   */
  private static double randomDouble(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return DOUBLE_EDGES[random.nextInt(DOUBLE_EDGES.length)];
      case 1:
        {
          double d;
          do {
            d = Double.longBitsToDouble(random.nextLong());
          } while (!Double.isFinite(d));
          return d;
        }
      case 2:
        return (random.nextLong() >> random.nextInt(64)) / Math.pow(10, random.nextInt(12));
      default:
        return random.nextInt(-1_000_000, 1_000_000) * Math.pow(10, random.nextInt(-30, 30));
    }
  }

  private static BigInteger randomBigInteger(SplittableRandom random) {
    BigInteger limit = BigInteger.valueOf(Long.MAX_VALUE);
    BigInteger magnitude =
        switch (random.nextInt(3)) {
          case 0 -> limit.add(BigInteger.ONE);
          case 1 -> limit.add(BigInteger.valueOf(random.nextInt(1, 1_000_000)));
          default ->
              new BigInteger(64 + random.nextInt(140), new java.util.Random(random.nextLong()))
                  .add(limit.add(BigInteger.TWO));
        };
    return random.nextBoolean() ? magnitude : magnitude.negate().subtract(BigInteger.ONE);
  }

  private static String randomNumberText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(3) == 0) {
      text.append('-');
    }
    if (random.nextInt(4) == 0) {
      text.append('0');
    } else {
      text.append((char) ('1' + random.nextInt(9)));
      appendDigits(text, random, random.nextBoolean() ? random.nextInt(4) : random.nextInt(30));
    }
    if (random.nextInt(3) == 0) {
      text.append('.');
      appendDigits(text, random, 1 + random.nextInt(20));
    }
    if (random.nextInt(3) == 0) {
      text.append(random.nextBoolean() ? 'e' : 'E');
      int sign = random.nextInt(3);
      if (sign > 0) {
        text.append(sign == 1 ? '+' : '-');
      }
      appendDigits(text, random, 1 + random.nextInt(3));
    }
    return text.toString();
  }

  private static void appendDigits(StringBuilder text, SplittableRandom random, int count) {
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
  }

  /** The contract's mapping for number text: integers to Long or BigInteger, the rest to Double. */
  private static Object numberValue(String text) {
    if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      return Double.parseDouble(text);
    }
    BigInteger value = new BigInteger(text);
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }

  private static String randomString(
      SplittableRandom random, int maxLength, boolean loneSurrogates) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(9)) {
        case 0, 1, 2 -> s.append((char) (0x20 + random.nextInt(0x5f)));
        case 3 -> s.append("\"\\/\b\f\n\r\t".charAt(random.nextInt(8)));
        case 4 -> s.append(random.nextInt(8) == 0 ? '\u007f' : (char) random.nextInt(0x20));
        case 5 -> s.append((char) (0x80 + random.nextInt(0x780)));
        case 6 ->
            s.append(
                random.nextBoolean()
                    ? (char) (0x800 + random.nextInt(0xd800 - 0x800))
                    : (char) (0xe000 + random.nextInt(0x2000)));
        case 7 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
        default ->
            s.append(
                loneSurrogates && random.nextInt(4) == 0
                    ? (char) (0xd800 + random.nextInt(0x800))
                    : "\u2028\u2029\ufeff\uffff\u00e9".charAt(random.nextInt(5)));
      }
    }
    return s.toString();
  }

  private static byte[] randomWhitespace(SplittableRandom random) {
    byte[] whitespace = new byte[random.nextInt(4)];
    for (int i = 0; i < whitespace.length; i++) {
      whitespace[i] = (byte) " \t\n\r".charAt(random.nextInt(4));
    }
    return whitespace;
  }

  /** Whitespace of random kind and length around every structural character. */
  private static final class RandomWhitespace implements PrettyPrinter {
    private final SplittableRandom random;

    RandomWhitespace(SplittableRandom random) {
      this.random = random;
    }

    private void space(JsonGenerator g) throws IOException {
      for (int n = random.nextInt(4); n > 0; n--) {
        g.writeRaw(" \t\n\r".charAt(random.nextInt(4)));
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      space(g);
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
      space(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      space(g);
      g.writeRaw(':');
      space(g);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      space(g);
      g.writeRaw(',');
      space(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      space(g);
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      space(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      space(g);
      g.writeRaw(',');
      space(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      space(g);
      g.writeRaw(']');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Canonical text of trees (order- and type-exact), and reproducible renderings of inputs.

  /**
   * A tree as text that differs whenever the trees differ: member order, Long vs BigInteger vs
   * Double (and -0.0 vs 0.0), LinkedHashMap and ArrayList as the contract says.
   */
  static String canon(Object value) {
    StringBuilder out = new StringBuilder();
    canon(value, out);
    return out.toString();
  }

  private static void canon(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof LinkedHashMap<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        canon(entry.getKey(), out);
        out.append(':');
        canon(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof ArrayList<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        canon(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
          out.append(c);
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
      out.append('"');
    } else if (value instanceof Long l) {
      out.append('L').append(l);
    } else if (value instanceof BigInteger b) {
      out.append("BI").append(b);
    } else if (value instanceof Double d) {
      out.append('D').append(d);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else {
      out.append("<unexpected ")
          .append(value.getClass().getName())
          .append(' ')
          .append(value)
          .append('>');
    }
  }

  private static String describe(Object value) {
    if (value instanceof Object[] array) {
      return "Object[]" + Arrays.deepToString(array);
    }
    return value == null
        ? "null"
        : value.getClass().getSimpleName() + " " + javaLiteral(String.valueOf(value));
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...(" + s.length() + " chars)";
  }

  /**
   * The input as a Java expression for a table here: utf8("...") if it is UTF-8, else latin1("...")
   * byte per char.
   */
  static String reproducer(byte[] input) {
    String expression;
    try {
      expression =
          "utf8(\""
              + javaLiteral(
                  StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input)).toString())
              + "\")";
    } catch (CharacterCodingException e) {
      expression =
          "latin1(\"" + javaLiteral(new String(input, StandardCharsets.ISO_8859_1)) + "\")";
    }
    return expression.length() <= 2000
        ? expression
        : expression.substring(0, 2000) + "...(" + input.length + " bytes)";
  }

  /**
   * Java string literal body: \\u escapes only where the compiler's unicode pre-pass cannot break
   * it.
   */
  static String javaLiteral(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\%03o", (int) c));
          } else if (c < 0x7f) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return out.toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** One byte per char (each char must be under 0x100): for inputs that are not UTF-8. */
  static byte[] latin1(String bytes) {
    for (int i = 0; i < bytes.length(); i++) {
      if (bytes.charAt(i) > 0xff) {
        throw new IllegalArgumentException("not a byte at " + i);
      }
    }
    return bytes.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Bytes as comparable text (assertEquals on byte[] would print no difference). */
  private static String latin1Of(byte[] bytes) {
    return javaLiteral(new String(bytes, StandardCharsets.ISO_8859_1));
  }
}
