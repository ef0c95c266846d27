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

import java.util.List;
import java.util.Map;

/**
 * Typed, null-safe reads from parsed JSON: {@code JsonPath.string(doc, "directive", "header",
 * "name")}.
 */
public final class JsonPath {
  private JsonPath() {}

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

  public static String string(Object root, String... path) {
    return at(root, path) instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object root, String... path) {
    return at(root, path) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> array(Object root, String... path) {
    return at(root, path) instanceof List<?> list ? (List<Object>) list : null;
  }

  /** A number at {@code path} as a double, or null. */
  public static Double number(Object root, String... path) {
    return at(root, path) instanceof Number n ? n.doubleValue() : null;
  }
}
