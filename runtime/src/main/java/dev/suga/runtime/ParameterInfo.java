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
package dev.suga.runtime;

import java.util.Objects;

/**
 * One parameter of an operation.
 *
 * @param name the parameter name in the source method
 * @param type the canonical type text, e.g. {@code java.util.List<java.lang.String>}
 */
public record ParameterInfo(String name, String type) {
  /**
   * Creates the metadata of a parameter.
   *
   * @param name the parameter name
   * @param type the canonical type text
   */
  public ParameterInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  // equals, hashCode and toString are written out: the record defaults bootstrap
  // java.lang.runtime.ObjectMethods through invokedynamic, milliseconds on a cold JVM.

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterInfo that && name.equals(that.name) && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + type.hashCode();
  }

  /** Returns the parameter as it reads in source: {@code "java.lang.String key"}. */
  @Override
  public String toString() {
    return type + " " + name;
  }
}
