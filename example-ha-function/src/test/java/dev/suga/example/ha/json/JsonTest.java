package dev.suga.example.ha.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every JSON token type in, the Java type it becomes, and the documents that are refused. */
class JsonTest {
  @Test
  void eachTokenTypeBecomesItsJavaValue() {
    Map<String, Object> document = Json.parseObject(bytes(
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
    assertEquals(List.of("s", "i", "big", "f", "t", "no", "n", "a", "o"),
        List.copyOf(document.keySet()), "members keep their order");
  }

  @Test
  void malformedEmptyAndTrailingDocumentsAreRefused() {
    for (String text : List.of("[1,", "{\"a\":", "", "   ", "1 2", "{} []", "{\"a\" 1}")) {
      assertThrows(JsonException.class, () -> Json.parse(bytes(text)), "'" + text + "'");
    }
    assertThrows(JsonException.class, () -> Json.parseObject(bytes("[1]")), "not an object");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
