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
package dev.suga.processor;

import static dev.suga.processor.Compiler.source;

import javax.tools.JavaFileObject;

/** Sources with the shapes real code has and toy examples lack. */
final class EdgeCaseSources {
  private EdgeCaseSources() {}

  /** One module with every kind of parameter and result, nested in an outer class. */
  static final JavaFileObject ALL_KINDS =
      source(
          "test.kinds.Outer",
          "package test.kinds;",
          "import dev.suga.annotations.*;",
          "import java.util.*;",
          "public final class Outer {",
          "  private Outer() {}",
          "  public record Point(int x, int y) {}",
          "  public static class Failure extends Exception {",
          "    private static final long serialVersionUID = 1L;",
          "    public Failure(String m) { super(m); }",
          "  }",
          "  @GatewayModule(\"kinds\")",
          "  public static final class KindsCore {",
          "    @GatewayOperation public Point move(Point p, int dx) { return new Point(p.x() + dx, p.y()); }",
          "    @GatewayOperation public int count(List<Map<String, Integer>> rows) {",
          "      int n = 0; for (Map<String, Integer> r : rows) n += r.size(); return n;",
          "    }",
          "    @GatewayOperation public int[] reverse(int[] values) {",
          "      int[] out = new int[values.length];",
          "      for (int i = 0; i < values.length; i++) out[i] = values[values.length - 1 - i];",
          "      return out;",
          "    }",
          "    @GatewayOperation public String grid(String[][] cells) { return Arrays.deepToString(cells); }",
          "    @GatewayOperation public String primitives(boolean z, byte b, short s, char c, int i, long l, float f, double d) {",
          "      return \"\" + z + b + s + c + i + l + f + d;",
          "    }",
          "    @GatewayOperation public int sum(int... values) { int n = 0; for (int v : values) n += v; return n; }",
          "    @GatewayOperation public String risky(String m) throws Failure, java.io.IOException {",
          "      if (m.isEmpty()) throw new java.io.IOException(\"empty\");",
          "      throw new Failure(m);",
          "    }",
          "    @GatewayOperation public List<? extends CharSequence> words(Set<? super String> sink) {",
          "      sink.add(\"x\"); return List.of(\"a\", \"b\");",
          "    }",
          "    @GatewayOperation(\"new\") public String create(String args, Object operation, int ordinal) {",
          "      return args + operation + ordinal;",
          "    }",
          "    @GatewayOperation public static long twice(long x) { return 2 * x; }",
          "    @GatewayOperation public Optional<Point> origin() { return Optional.of(new Point(0, 0)); }",
          "    @GatewayOperation @Cached(ttlSeconds = 60) public List<String> names(int n) {",
          "      List<String> out = new ArrayList<>(); for (int i = 0; i < n; i++) out.add(\"n\" + i); return out;",
          "    }",
          "  }",
          "}");

  /** A module whose interface id and class name are Java keywords once camel-cased. */
  static final JavaFileObject KEYWORDS =
      source(
          "test.other.Switch",
          "package test.other;",
          "import dev.suga.annotations.*;",
          "@GatewayModule(\"class\")",
          "public class Switch {",
          "  @GatewayOperation(\"for\") public String loop(String in) { return in + in; }",
          "  @GatewayOperation(\"int\") public int value() { return 42; }",
          "}");

  /**
   * A module whose signatures carry what generated code must reproduce or tolerate: type-use
   * annotations (as JSpecify's {@code @Nullable}), raw and deprecated types, a deprecated
   * operation, a deprecated module class and a generic varargs parameter.
   */
  static final JavaFileObject NULLABLE =
      source(
          "test.lint.Nullable",
          "package test.lint;",
          "import java.lang.annotation.*;",
          "@Target(ElementType.TYPE_USE) @Retention(RetentionPolicy.CLASS)",
          "public @interface Nullable {}");

  static final JavaFileObject OLD_TYPE =
      source("test.lint.OldType", "package test.lint;", "@Deprecated public class OldType {}");
  static final JavaFileObject DOOMED_TYPE =
      source(
          "test.lint.DoomedType",
          "package test.lint;",
          "@Deprecated(forRemoval = true) public class DoomedType {",
          // A cached operation's parameter must compare by content ([SUGA/CachedKey]).
          "  @Override public boolean equals(Object other) { return other instanceof DoomedType; }",
          "  @Override public int hashCode() { return 1; }",
          "}");
  static final JavaFileObject LINT =
      source(
          "test.lint.LintCore",
          "package test.lint;",
          "import dev.suga.annotations.*;",
          "import java.util.List;",
          "@Deprecated",
          "@GatewayModule",
          "public class LintCore {",
          "  @GatewayOperation public @Nullable String find(@Nullable String key, List<@Nullable String> values) {",
          "    return key == null ? null : key + values.size();",
          "  }",
          "  @SuppressWarnings(\"rawtypes\")",
          "  @GatewayOperation public int raw(List values) { return values.size(); }",
          "  @SuppressWarnings(\"deprecation\")",
          "  @GatewayOperation public String old(OldType value) { return \"old\"; }",
          "  @SuppressWarnings(\"removal\")",
          "  @GatewayOperation @Cached(ttlSeconds = 5) public DoomedType doomed(DoomedType value) { return value; }",
          "  @Deprecated @GatewayOperation public int gone() { return 1; }",
          "  @SafeVarargs @GatewayOperation public final int lists(List<String>... lists) { return lists.length; }",
          "}");
}
