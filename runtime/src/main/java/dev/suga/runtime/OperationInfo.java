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

import java.util.List;
import java.util.Objects;

/**
 * Immutable metadata of one gateway operation, as the generated {@code Gateway.Operation} constants
 * give it ({@code Gateway.Operation.CACHE_GET.info()}).
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

  /**
   * The name of an interface's fallback ({@code @GatewayFallback}) in statistics: {@code "iface.*"}
   * counts the calls of names the interface does not declare.
   */
  public static final String FALLBACK_NAME = "*";

  /**
   * Creates the metadata of an operation.
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
    text.append(returnType).append(' ').append(interfaceId).append('.').append(name).append('(');
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      ParameterInfo parameter = parameters.get(i);
      text.append(parameter.type()).append(' ').append(parameter.name());
    }
    return text.append(')').toString();
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
   * Whether this stands for an interface's fallback rather than a declared operation.
   *
   * @return {@code name().equals(FALLBACK_NAME)}
   */
  public boolean fallback() {
    return FALLBACK_NAME.equals(name);
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
   * Returns the {@linkplain #signature() signature}, followed by {@code " [hot path]"} and {@code "
   * [cached N s]"} where they apply.
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
