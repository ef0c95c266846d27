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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The function's Jackson configuration ({@link JsonMaps}, streaming; {@link Mappers}, databind):
 * the Java value each JSON token becomes, the limits (size, depth, number and name length), UTF-8
 * refused where jackson-core would guess, errors that never quote the document, and the bytes
 * written.
 */
class JsonMapsTest {
  @Test
  void eachTokenTypeBecomesItsJavaValue() {
    Map<String, Object> document =
        JsonMaps.parseObject(
            bytes(
                "{\"s\":\"x\",\"i\":7,\"big\":123456789012345678901234567890,\"f\":1.5,"
                    + "\"t\":true,\"no\":false,\"n\":null,\"a\":[1,\"two\",[]],\"o\":{\"k\":{}}}"));

    assertEquals("x", document.get("s"));
    assertEquals(7L, document.get("i"));
    assertEquals(new BigInteger("123456789012345678901234567890"), document.get("big"));
    assertEquals(1.5, document.get("f"));
    assertEquals(Boolean.TRUE, document.get("t"));
    assertEquals(Boolean.FALSE, document.get("no"));
    assertTrue(document.containsKey("n"));
    assertNull(document.get("n"));
    assertEquals(List.of(1L, "two", List.of()), document.get("a"));
    assertEquals(Map.of("k", Map.of()), document.get("o"));
    assertEquals(
        List.of("s", "i", "big", "f", "t", "no", "n", "a", "o"),
        List.copyOf(document.keySet()),
        "members keep their order");
    assertEquals(Map.of("a", 2L), JsonMaps.parse("{\"a\":1,\"a\":2}"), "a repeated name: the last");
  }

  @Test
  void malformedEmptyAndTrailingDocumentsAreRefused() {
    for (String text :
        List.of(
            "[1,",
            "{\"a\":",
            "",
            "   ",
            "1 2",
            "{} []",
            "{\"a\" 1}",
            "[]]",
            "01",
            "+1",
            ".5",
            "1.",
            "NaN",
            "'a'",
            "[1,]",
            "{\"a\":1,}",
            "// c\n1",
            "\"\u0001\"",
            "\"\\x\"",
            "tru")) {
      assertThrows(MalformedJsonException.class, () -> JsonMaps.parse(text), "'" + text + "'");
    }
    assertThrows(MalformedJsonException.class, () -> JsonMaps.parseObject(bytes("[1]")));
  }

  @Test
  void integersAreLongsUpToTheLongRangeThenBigIntegers() {
    assertEquals(0L, JsonMaps.parse("-0"));
    assertEquals(Long.MAX_VALUE, JsonMaps.parse("9223372036854775807"));
    assertEquals(Long.MIN_VALUE, JsonMaps.parse("-9223372036854775808"));
    assertEquals(new BigInteger("9223372036854775808"), JsonMaps.parse("9223372036854775808"));
    assertEquals(new BigInteger("-9223372036854775809"), JsonMaps.parse("-9223372036854775809"));
    assertEquals(-0.0, JsonMaps.parse("-0.0"));
    assertEquals(100.0, JsonMaps.parse("1E+2"));
    assertEquals(Double.POSITIVE_INFINITY, JsonMaps.parse("1e400"));
  }

  @Test
  void numbersOfMoreThan1000DigitsAreRefused() {
    assertEquals(new BigInteger("1".repeat(1000)), JsonMaps.parse("1".repeat(1000)));
    assertEquals(10.0, JsonMaps.parse("1e" + "0".repeat(998) + "1"));
    MalformedJsonException tooLong =
        assertThrows(MalformedJsonException.class, () -> JsonMaps.parse("1".repeat(1001)));
    assertTrue(tooLong.getMessage().contains("1000"), tooLong.getMessage());
  }

  @Test
  void nestingIsLimitedTo64Levels() {
    assertEquals(64, depth(JsonMaps.parse("[".repeat(64) + "]".repeat(64))));
    MalformedJsonException tooDeep =
        assertThrows(
            MalformedJsonException.class, () -> JsonMaps.parse("[".repeat(65) + "]".repeat(65)));
    assertTrue(tooDeep.getMessage().contains("(64"), tooDeep.getMessage());
    assertThrows(
        MalformedJsonException.class,
        () -> JsonMaps.parse("[{\"a\":".repeat(33) + "1" + "}]".repeat(33)),
        "objects count as levels too");
  }

  @Test
  void namesOfMoreThan50000CharactersAreRefused() {
    String name = "n".repeat(50_000);
    assertEquals(Map.of(name, 1L), JsonMaps.parse("{\"" + name + "\":1}"));
    assertThrows(MalformedJsonException.class, () -> JsonMaps.parse("{\"" + name + "n\":1}"));
  }

  @Test
  void documentsOverTheSizeLimitAreRefused() {
    byte[] atLimit = new byte[JsonMaps.MAX_DOCUMENT_BYTES];
    Arrays.fill(atLimit, (byte) ' ');
    atLimit[atLimit.length - 1] = '1';
    assertEquals(1L, JsonMaps.parse(atLimit));
    byte[] overLimit = new byte[JsonMaps.MAX_DOCUMENT_BYTES + 1];
    Arrays.fill(overLimit, (byte) ' ');
    overLimit[overLimit.length - 1] = '1';
    assertThrows(MalformedJsonException.class, () -> JsonMaps.parse(overLimit));
  }

  @Test
  void invalidUtf8IsRefusedNotReplaced() {
    byte[][] invalid = {
      latin1("\"\u00c0\u0080\""), // overlong NUL: jackson-core alone would read U+0000
      latin1("\"\u00c1\u00bf\""), // overlong
      latin1("\"\u00e0\u0080\u0080\""), // overlong 3-byte
      latin1("\"\u00f0\u0080\u0080\u0080\""), // overlong 4-byte
      latin1("\"\u00ed\u00a0\u0080\""), // an encoded surrogate
      latin1("\"\u00f4\u0090\u0080\u0080\""), // above U+10FFFF: jackson-core alone would accept it
      latin1("\"\u00f5\u0080\u0080\u0080\""),
      latin1("\"\u00e2\u0082\""), // cut short
      latin1("\"\u0080\""), // a lone continuation byte
      latin1("\"\u00ff\""),
    };
    for (byte[] input : invalid) {
      MalformedJsonException refused =
          assertThrows(MalformedJsonException.class, () -> JsonMaps.parse(input));
      assertTrue(refused.getMessage().startsWith("invalid UTF-8 at offset"), refused.getMessage());
    }
    assertEquals(
        "\u20ac\ud83d\ude00",
        JsonMaps.parse(bytes("\"\u20ac\ud83d\ude00\"")),
        "raw UTF-8 of 3 and 4 bytes");
    assertEquals(
        Map.of(),
        JsonMaps.parse(latin1("\u00ef\u00bb\u00bf{}")),
        "a UTF-8 byte order mark is skipped");
  }

  /**
   * jackson-core reads a document with zero bytes as UTF-16 or UTF-32 (these all parse there); here
   * the input is UTF-8 and nothing else.
   */
  @Test
  void bytesJacksonWouldGuessAboutAreRefused() {
    for (byte[] input :
        List.of(
            latin1("\0[\0]"),
            latin1("[\0]\0"),
            latin1("1\0"),
            latin1("\0\0\0001"),
            latin1("\u00fe\u00ff\0001"),
            latin1("\0 1"))) {
      assertThrows(MalformedJsonException.class, () -> JsonMaps.parse(input));
      assertThrows(MalformedJsonException.class, () -> Mappers.read(input, Object.class));
    }
  }

  @Test
  void escapedSurrogatesThatDoNotPairUpAreKeptInValuesAndRefusedInNames() {
    assertEquals("a\ud800b", JsonMaps.parse("\"a\\ud800b\""));
    assertThrows(MalformedJsonException.class, () -> JsonMaps.parse("{\"a\\ud800b\":1}"));
    assertEquals(Map.of("\ud83d\ude00", 1L), JsonMaps.parse("{\"\\ud83d\\ude00\":1}"));
  }

  /** Jackson's own messages quote the input; the function's never do, nor do their causes. */
  @Test
  void errorsSayWhereAndWhatNeverWhatTheDocumentSays() {
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
            "{\"token\":\"SECRET-abc\",\"n\":SECRET}",
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
            "[\"SECRET-abc\",,]",
            "[\"SECRET-abc\":1]")) {
      inputs.add(bytes(text));
    }
    inputs.add(latin1("[\"SECRET-abc\u00c3(\"]"));
    inputs.add(latin1("[\"SECRET-abc\u00ff\"]"));
    inputs.add(latin1("[\"SECRET-abc\"]\u00ff"));
    for (byte[] input : inputs) {
      String text = new String(input, StandardCharsets.ISO_8859_1);
      assertSecretNotIn(
          assertThrows(MalformedJsonException.class, () -> JsonMaps.parse(input), text), secret);
      assertSecretNotIn(
          assertThrows(MalformedJsonException.class, () -> Mappers.read(input, Map.class), text),
          secret);
    }
    MalformedJsonException located =
        assertThrows(
            MalformedJsonException.class,
            () -> JsonMaps.parse("{\"access_token\":\"SECRET-abc123\" SECRET}"));
    assertEquals("malformed JSON at offset 32", located.getMessage());
    assertSecretNotIn(
        assertThrows(
            MalformedJsonException.class, () -> JsonMaps.parseObject(bytes("[\"SECRET\"]"))),
        secret);
    assertSecretNotIn(
        assertThrows(
            MalformedJsonException.class,
            () -> Mappers.read(bytes("{\"count\":\"SECRET-abc\"}"), Record.class)),
        secret);
  }

  @Test
  void databindReadsRecordsWithTheSameLimits() {
    assertEquals(
        new Record("x", 2L),
        Mappers.read(bytes("{\"name\":\"x\",\"count\":2,\"more\":[1]}"), Record.class));
    assertThrows(
        MalformedJsonException.class,
        () -> Mappers.read(bytes("[".repeat(65) + "]".repeat(65)), Object.class));
    assertThrows(
        MalformedJsonException.class,
        () -> Mappers.read(latin1("\"\u00c0\u0080\""), Object.class),
        "invalid UTF-8");
    assertThrows(
        MalformedJsonException.class,
        () -> Mappers.read(bytes("{\"name\":\"x\"} {}"), Record.class),
        "trailing content");
    assertEquals(
        "{\"name\":\"y\",\"count\":3}", Mappers.write(new Record("y", 3L)).text(), "written");
  }

  record Record(String name, Long count) {}

  /** What databind writes is embedded as it is: escaped to ASCII, so any string survives. */
  @Test
  void databindOutputEmbedsIntoAStreamingAnswer() {
    RawJson raw = Mappers.write(new Record("K\u00fcche \ud83d\ude00 lone \ud800", 1L));
    assertTrue(raw.text().chars().allMatch(c -> c < 0x80), raw.text());
    Map<String, Object> answer = JsonMaps.parseObject(JsonMaps.write(Map.of("raw", raw)));
    assertEquals(
        Map.of("name", "K\u00fcche \ud83d\ude00 lone \ud800", "count", 1L), answer.get("raw"));
  }

  @Test
  void writesCompactJsonWithJacksonsEscapes() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(
        "s",
        "quote \" backslash \\ tab \t nl \n cr \r ff \f bs \b nul \u0000 us \u001f del \u007f é 😀 /");
    document.put(
        "n",
        Arrays.asList(1, 2L, (short) 3, (byte) 4, 2.0, 2.5, 1e15, -0.0, Double.NaN, null, true));
    document.put(
        "big", List.of(new BigInteger("123456789012345678901234567890"), new BigDecimal("1.50")));
    document.put("array", new Object[] {"a", List.of()});
    document.put(null, Map.of());
    document.put("raw", new RawJson("[1,{\"b\":true}]"));
    document.put("other", java.time.Duration.ofSeconds(1));

    assertEquals(
        "{\"s\":\"quote \\\" backslash \\\\ tab \\t nl \\n cr \\r ff \\f bs \\b nul \\u0000 us"
            + " \\u001F del \u007f é \\uD83D\\uDE00 /\","
            + "\"n\":[1,2,3,4,2,2.5,1.0E15,0,\"NaN\",null,true],"
            + "\"big\":[123456789012345678901234567890,1.50],"
            + "\"array\":[\"a\",[]],\"null\":{},\"raw\":[1,{\"b\":true}],\"other\":\"PT1S\"}",
        JsonMaps.writeString(document));
    assertArrayEquals(
        JsonMaps.writeString(document).getBytes(StandardCharsets.UTF_8), JsonMaps.write(document));
  }

  @Test
  void aLoneSurrogateIsEscapedSoNothingIsLost() {
    String broken = "a\ud800b\udc00";
    assertEquals("\"a\\uD800b\\uDC00\"", JsonMaps.writeString(broken));
    assertEquals(broken, JsonMaps.parse(JsonMaps.write(broken)));
  }

  @Test
  void prettyOutputReadsBack() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("a", List.of(1L, Map.of("b", "c")));
    document.put("empty", Map.of());
    document.put("none", List.of());
    String pretty = JsonMaps.writePretty(document);
    assertTrue(pretty.contains("\n  \"empty\""), pretty);
    assertEquals(document, JsonMaps.parse(pretty));
  }

  private static void assertSecretNotIn(MalformedJsonException e, String secret) {
    assertNull(e.getCause(), "no cause: Jackson's message would be in a logged stack trace");
    assertFalse(
        e.getMessage().contains(secret) || e.getMessage().contains("SECRET"), e.getMessage());
  }

  private static int depth(Object value) {
    return value instanceof List<?> list ? 1 + (list.isEmpty() ? 0 : depth(list.get(0))) : 0;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** One byte per char (each under 0x100): for inputs that are not UTF-8. */
  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
