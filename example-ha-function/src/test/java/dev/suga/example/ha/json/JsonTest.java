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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every JSON token type in, the Java type it becomes, and the documents that are refused. */
class JsonTest {
  @Test
  void eachTokenTypeBecomesItsJavaValue() {
    Map<String, Object> document =
        Json.parseObject(
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
  }

  @Test
  void malformedEmptyAndTrailingDocumentsAreRefused() {
    for (String text : List.of("[1,", "{\"a\":", "", "   ", "1 2", "{} []", "{\"a\" 1}")) {
      assertThrows(JsonException.class, () -> Json.parse(bytes(text)), "'" + text + "'");
    }
    assertThrows(JsonException.class, () -> Json.parseObject(bytes("[1]")), "not an object");
  }

  @Test
  void integersAreLongsUpToTheLongRangeThenBigIntegers() {
    assertEquals(0L, Json.parse("-0"));
    assertEquals(Long.MAX_VALUE, Json.parse("9223372036854775807"));
    assertEquals(Long.MIN_VALUE, Json.parse("-9223372036854775808"));
    assertEquals(new BigInteger("9223372036854775808"), Json.parse("9223372036854775808"));
    assertEquals(new BigInteger("-9223372036854775809"), Json.parse("-9223372036854775809"));
    assertEquals(-0.0, Json.parse("-0.0"));
    assertEquals(100.0, Json.parse("1E+2"));
    assertThrows(
        JsonException.class, () -> Json.parse("1" + "0".repeat(1000)), "longer than 1000 digits");
  }

  @Test
  void nestingIsLimitedTo64Levels() {
    assertEquals(64, depth(Json.parse("[".repeat(64) + "]".repeat(64))));
    JsonException tooDeep =
        assertThrows(JsonException.class, () -> Json.parse("[".repeat(65) + "]".repeat(65)));
    assertEquals("nesting deeper than 64 levels at offset 64", tooDeep.getMessage());
  }

  @Test
  void invalidUtf8IsRefusedNotReplaced() {
    byte[][] invalid = {
      {'"', (byte) 0xc0, (byte) 0x80, '"'}, // overlong NUL
      {'"', (byte) 0xe0, (byte) 0x80, (byte) 0x80, '"'}, // overlong 3-byte
      {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}, // an encoded surrogate
      {'"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // above U+10FFFF
      {'"', (byte) 0xe2, (byte) 0x82, '"'}, // cut short
      {'"', (byte) 0x80, '"'}, // a lone continuation byte
      {'"', (byte) 0xff, '"'},
    };
    for (byte[] bytes : invalid) {
      JsonException refused = assertThrows(JsonException.class, () -> Json.parse(bytes));
      assertTrue(refused.getMessage().endsWith("expected valid UTF-8"), refused.getMessage());
    }
    assertEquals(
        "\u20ac\ud83d\ude00",
        Json.parse(bytes("\"\u20ac\ud83d\ude00\"")),
        "raw UTF-8 of 3 and 4 bytes");
    assertEquals(
        Map.of(),
        Json.parse(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'}),
        "a UTF-8 byte order mark is skipped");
  }

  @Test
  void errorsSayWhereAndWhatWasExpectedNeverWhatTheDocumentSays() {
    JsonException error =
        assertThrows(
            JsonException.class, () -> Json.parse("{\"access_token\":\"SECRET-abc123\" SECRET}"));
    assertEquals(
        "unexpected byte at offset 32, expected ',' or '}' after an object member",
        error.getMessage());
    JsonException cut = assertThrows(JsonException.class, () -> Json.parse("{\"token\":\"SECRET"));
    assertEquals("unexpected end of document, expected '\"' to close the string", cut.getMessage());
    assertFalse(cut.getMessage().contains("SECRET"));
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
    document.put("other", java.time.Duration.ofSeconds(1));

    assertEquals(
        "{\"s\":\"quote \\\" backslash \\\\ tab \\t nl \\n cr \\r ff \\f bs \\b nul \\u0000 us \\u001F"
            + " del \u007f é \\uD83D\\uDE00 /\","
            + "\"n\":[1,2,3,4,2,2.5,1.0E15,0,\"NaN\",null,true],"
            + "\"big\":[123456789012345678901234567890,1.50],"
            + "\"array\":[\"a\",[]],\"null\":{},\"other\":\"PT1S\"}",
        Json.writeString(document));
    assertArrayEquals(
        Json.writeString(document).getBytes(StandardCharsets.UTF_8), Json.write(document));
  }

  @Test
  void aLoneSurrogateIsEscapedSoNothingIsLost() {
    String broken = "a\ud800b\udc00";
    assertEquals("\"a\\uD800b\\uDC00\"", Json.writeString(broken));
    assertEquals(broken, Json.parse(Json.write(broken)));
  }

  @Test
  void prettyOutputIndentsTwoSpacesALevel() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("a", List.of(1L, Map.of("b", "c")));
    document.put("empty", Map.of());
    document.put("none", List.of());
    assertEquals(
        "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"c\"\n    }\n  ],\n"
            + "  \"empty\": {},\n  \"none\": []\n}",
        Json.writePretty(document));
    assertEquals(document, Json.parse(Json.writePretty(document)), "pretty output reads back");
  }

  @Test
  void aRepeatedMemberNameIsOneStringPerDocument() {
    List<?> states =
        (List<?>) Json.parse("[{\"entity_id\":1,\"state\":2},{\"entity_id\":3,\"state\":4}]");
    List<?> first = List.copyOf(((Map<?, ?>) states.get(0)).keySet());
    List<?> second = List.copyOf(((Map<?, ?>) states.get(1)).keySet());
    assertEquals(List.of("entity_id", "state"), second);
    assertSame(first.get(0), second.get(0));
    assertSame(first.get(1), second.get(1));
    Map<String, ?> again = Json.parseObject(bytes("{\"entity_id\":5}"));
    assertNotSame(first.get(0), again.keySet().iterator().next(), "not shared across documents");
  }

  private static int depth(Object value) {
    return value instanceof List<?> list ? 1 + (list.isEmpty() ? 0 : depth(list.get(0))) : 0;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
