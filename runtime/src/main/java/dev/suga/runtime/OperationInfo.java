package dev.suga.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Immutable metadata of one gateway operation, as carried by each constant of the generated
 * {@code Gateway.Operation} enum.
 *
 * @param interfaceId the interface id, e.g. {@code "cache"}
 * @param name the operation name within its interface, e.g. {@code "get"}
 * @param hotPath whether the operation has a zero-abstraction fast path ({@code @HotPath})
 * @param cacheTtlSeconds the result cache time to live ({@code @Cached}), 0 if not cached
 * @param returnType the canonical return type text, {@code "void"} for none
 * @param parameters the parameters in declaration order
 */
public record OperationInfo(
    String interfaceId,
    String name,
    boolean hotPath,
    long cacheTtlSeconds,
    String returnType,
    List<ParameterInfo> parameters) {

  private static final char FIELD = '|';
  private static final char NAME_TYPE = ':';
  private static final String FORMAT =
      "interfaceId|name|flags|cacheTtlSeconds|returnType|paramName:paramType...";

  /**
   * Creates the metadata of an operation; generated code usually calls {@link #parse} instead.
   *
   * @param interfaceId the interface id
   * @param name the operation name within its interface
   * @param hotPath whether the operation has a fast path
   * @param cacheTtlSeconds the result cache time to live, 0 if not cached
   * @param returnType the canonical return type text, {@code "void"} for none
   * @param parameters the parameters in declaration order (copied)
   * @throws IllegalArgumentException if {@code cacheTtlSeconds} is negative
   */
  public OperationInfo {
    Objects.requireNonNull(interfaceId, "interfaceId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(returnType, "returnType");
    if (cacheTtlSeconds < 0) {
      throw new IllegalArgumentException(
          "cacheTtlSeconds must not be negative: " + cacheTtlSeconds);
    }
    parameters = List.copyOf(parameters);
  }

  /**
   * Parses the compact descriptor the annotation processor emits, one string constant per
   * operation (that keeps generated initializers small for gateways with thousands of
   * operations). Fields are separated by {@code '|'}:
   *
   * <pre>interfaceId|name|flags|cacheTtlSeconds|returnType|paramName:paramType|...</pre>
   *
   * <p>{@code flags} is {@code "h"} for a hot path, otherwise {@code "-"}. Type texts never
   * contain {@code '|'} or {@code ':'}. An operation without parameters ends after the return
   * type. Example: {@code "cache|get|-|60|java.lang.String|key:java.lang.String"}.
   *
   * @param descriptor the descriptor
   * @return the operation metadata
   * @throws IllegalArgumentException if the descriptor is malformed
   * @see #descriptor()
   */
  public static OperationInfo parse(String descriptor) {
    // Scanned by hand: String.split('|') would compile a regular expression, since '|' is a
    // regex metacharacter, and this runs once per operation while the gateway initializes.
    int end1 = fieldEnd(descriptor, 0, "interfaceId");
    int end2 = fieldEnd(descriptor, end1 + 1, "name");
    int end3 = fieldEnd(descriptor, end2 + 1, "flags");
    int end4 = fieldEnd(descriptor, end3 + 1, "cacheTtlSeconds");
    int end5 = descriptor.indexOf(FIELD, end4 + 1);
    if (end5 < 0) {
      end5 = descriptor.length();
    }
    String interfaceId = nonEmpty(descriptor, 0, end1, "interfaceId");
    String name = nonEmpty(descriptor, end1 + 1, end2, "name");
    boolean hotPath = parseFlags(descriptor, descriptor.substring(end2 + 1, end3));
    long ttl = parseTtl(descriptor, descriptor.substring(end3 + 1, end4));
    String returnType = nonEmpty(descriptor, end4 + 1, end5, "returnType");

    List<ParameterInfo> parameters = new ArrayList<>();
    int start = end5 + 1;
    while (start <= descriptor.length()) {
      int end = descriptor.indexOf(FIELD, start);
      if (end < 0) {
        end = descriptor.length();
      }
      int colon = descriptor.indexOf(NAME_TYPE, start);
      if (colon < 0 || colon >= end) {
        throw malformed(descriptor, "parameter '" + descriptor.substring(start, end)
            + "' is not paramName:paramType");
      }
      parameters.add(new ParameterInfo(
          nonEmpty(descriptor, start, colon, "parameter name"),
          nonEmpty(descriptor, colon + 1, end, "parameter type")));
      start = end + 1;
    }
    return new OperationInfo(interfaceId, name, hotPath, ttl, returnType, parameters);
  }

  private static int fieldEnd(String descriptor, int start, String field) {
    int end = descriptor.indexOf(FIELD, start);
    if (end < 0) {
      throw malformed(descriptor, "it ends before " + field);
    }
    return end;
  }

  private static String nonEmpty(String descriptor, int start, int end, String field) {
    if (start >= end) {
      throw malformed(descriptor, field + " is empty");
    }
    return descriptor.substring(start, end);
  }

  private static boolean parseFlags(String descriptor, String flags) {
    if (flags.equals("h")) {
      return true;
    }
    if (flags.equals("-")) {
      return false;
    }
    throw malformed(descriptor, "flags must be 'h' or '-', not '" + flags + "'");
  }

  private static long parseTtl(String descriptor, String text) {
    try {
      long ttl = Long.parseLong(text);
      if (ttl >= 0) {
        return ttl;
      }
    } catch (NumberFormatException e) {
      // reported below, with the descriptor
    }
    throw malformed(descriptor, "cacheTtlSeconds must be a whole number >= 0, not '" + text + "'");
  }

  private static IllegalArgumentException malformed(String descriptor, String reason) {
    return new IllegalArgumentException(
        "Malformed operation descriptor '" + descriptor + "': " + reason + "; expected " + FORMAT);
  }

  /**
   * Returns the compact descriptor of this operation, the inverse of {@link #parse(String)}.
   *
   * @return e.g. {@code "cache|get|-|60|java.lang.String|key:java.lang.String"}
   */
  public String descriptor() {
    StringBuilder text = new StringBuilder(64);
    text.append(interfaceId).append(FIELD).append(name).append(FIELD)
        .append(hotPath ? "h" : "-").append(FIELD).append(cacheTtlSeconds).append(FIELD)
        .append(returnType);
    for (ParameterInfo parameter : parameters) {
      text.append(FIELD).append(parameter.name()).append(NAME_TYPE).append(parameter.type());
    }
    return text.toString();
  }

  /**
   * The name {@code execute(String, ...)} accepts.
   *
   * @return {@code interfaceId + "." + name}, e.g. {@code "cache.get"}
   */
  public String qualifiedName() {
    return interfaceId + "." + name;
  }

  /**
   * The operation as it reads in source, for messages.
   *
   * @return e.g. {@code "java.lang.String cache.get(java.lang.String key)"}
   */
  public String signature() {
    StringBuilder text = new StringBuilder(64);
    text.append(returnType).append(' ').append(interfaceId).append('.').append(name);
    appendParameterList(text);
    return text.toString();
  }

  /** Appends {@code "(type name, type name)"}. */
  void appendParameterList(StringBuilder text) {
    text.append('(');
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      ParameterInfo parameter = parameters.get(i);
      text.append(parameter.type()).append(' ').append(parameter.name());
    }
    text.append(')');
  }

  /**
   * The parameter names in declaration order.
   *
   * @return an immutable list
   */
  public List<String> parameterNames() {
    String[] names = new String[parameters.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = parameters.get(i).name();
    }
    return List.of(names);
  }

  /**
   * The parameter type texts in declaration order.
   *
   * @return an immutable list
   */
  public List<String> parameterTypes() {
    String[] types = new String[parameters.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = parameters.get(i).type();
    }
    return List.of(types);
  }

  /**
   * Whether results are cached ({@code @Cached}).
   *
   * @return {@code cacheTtlSeconds() > 0}
   */
  public boolean cached() {
    return cacheTtlSeconds > 0;
  }

  // Written out to avoid the invokedynamic bootstrap of the record defaults (see ParameterInfo).

  @Override
  public boolean equals(Object other) {
    return other instanceof OperationInfo that
        && interfaceId.equals(that.interfaceId)
        && name.equals(that.name)
        && hotPath == that.hotPath
        && cacheTtlSeconds == that.cacheTtlSeconds
        && returnType.equals(that.returnType)
        && parameters.equals(that.parameters);
  }

  @Override
  public int hashCode() {
    int hash = interfaceId.hashCode();
    hash = 31 * hash + name.hashCode();
    hash = 31 * hash + Boolean.hashCode(hotPath);
    hash = 31 * hash + Long.hashCode(cacheTtlSeconds);
    hash = 31 * hash + returnType.hashCode();
    return 31 * hash + parameters.hashCode();
  }

  /**
   * Returns the {@linkplain #signature() signature}, followed by {@code " [hot path]"} and
   * {@code " [cached N s]"} where they apply.
   */
  @Override
  public String toString() {
    String text = signature();
    if (hotPath) {
      text += " [hot path]";
    }
    if (cached()) {
      text += " [cached " + cacheTtlSeconds + " s]";
    }
    return text;
  }
}
