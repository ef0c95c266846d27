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
