package dev.suga.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void replacesControlCharactersAndShortens() {
    assertEquals("null", Printable.of(null));
    assertEquals("a?b?c?", Printable.of("a\nb\u007fc\u0000"));
    assertEquals("ümlaut ok", Printable.of("ümlaut ok"));
    assertEquals("x".repeat(64), Printable.of("x".repeat(64)));
    assertEquals("x".repeat(64) + "...", Printable.of("x".repeat(65)));
  }
}
