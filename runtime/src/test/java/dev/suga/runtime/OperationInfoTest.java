package dev.suga.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationInfoTest {

  @Test
  void parsesEveryField() {
    OperationInfo info =
        OperationInfo.parse("cache|get|-|60|java.lang.String|key:java.lang.String");

    assertEquals("cache", info.interfaceId());
    assertEquals("get", info.name());
    assertFalse(info.hotPath());
    assertEquals(60, info.cacheTtlSeconds());
    assertTrue(info.cached());
    assertEquals("java.lang.String", info.returnType());
    assertEquals(List.of(new ParameterInfo("key", "java.lang.String")), info.parameters());
    assertEquals("cache.get", info.qualifiedName());
    assertEquals("java.lang.String cache.get(java.lang.String key)", info.signature());
  }

  @Test
  void parsesGenericTypesHotFlagAndSeveralParameters() {
    String descriptor = "home_assistant|call_service|h|0"
        + "|java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>"
        + "|domain:java.lang.String|data:java.util.Map<java.lang.String, ?>|retries:int";

    OperationInfo info = OperationInfo.parse(descriptor);

    assertTrue(info.hotPath());
    assertFalse(info.cached());
    assertEquals("java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>",
        info.returnType());
    assertEquals(List.of("domain", "data", "retries"), info.parameterNames());
    assertEquals(List.of("java.lang.String", "java.util.Map<java.lang.String, ?>", "int"),
        info.parameterTypes());
    assertEquals("java.util.Map<java.lang.String, java.util.List<java.lang.Integer>> "
            + "home_assistant.call_service(java.lang.String domain, "
            + "java.util.Map<java.lang.String, ?> data, int retries)",
        info.signature());
    assertEquals(descriptor, info.descriptor());
    assertEquals(info, OperationInfo.parse(info.descriptor()));
  }

  @Test
  void parsesZeroParameters() {
    OperationInfo info = OperationInfo.parse("cache|clear|-|0|void");

    assertEquals(List.of(), info.parameters());
    assertEquals("void cache.clear()", info.signature());
    assertEquals("cache|clear|-|0|void", info.descriptor());
  }

  @Test
  void descriptorIsTheInverseOfParse() {
    OperationInfo info = new OperationInfo("metrics", "record", true, 5, "long",
        List.of(new ParameterInfo("values", "long[]"),
            new ParameterInfo("tags", "java.lang.String...")));

    assertEquals(info, OperationInfo.parse(info.descriptor()));
    assertEquals(info.hashCode(), OperationInfo.parse(info.descriptor()).hashCode());
  }

  @Test
  void rejectsMalformedDescriptors() {
    for (String bad : List.of(
        "cache|get|-|60",                       // no return type field
        "cache|get|-|60|",                      // empty return type
        "cache|get|x|60|void",                  // bad flags
        "cache|get|-|sixty|void",               // bad ttl
        "cache|get|-|-1|void",                  // negative ttl
        "|get|-|0|void",                        // empty interface
        "cache|get|-|0|void|key",               // parameter without type
        "cache|get|-|0|void|:java.lang.String", // parameter without name
        "cache|get|-|0|void|")) {               // trailing separator
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> OperationInfo.parse(bad), bad);
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void parametersAreImmutable() {
    OperationInfo info = OperationInfo.parse("a|b|-|0|void|x:int");
    assertThrows(UnsupportedOperationException.class,
        () -> info.parameters().add(new ParameterInfo("y", "int")));
    assertThrows(UnsupportedOperationException.class, () -> info.parameterNames().add("y"));
  }

  @Test
  void toStringShowsSignatureAndFlags() {
    assertEquals("java.lang.String cache.get(java.lang.String key) [hot path] [cached 60 s]",
        OperationInfo.parse("cache|get|h|60|java.lang.String|key:java.lang.String").toString());
  }
}
