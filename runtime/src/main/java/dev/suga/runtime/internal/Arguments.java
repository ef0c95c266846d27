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
package dev.suga.runtime.internal;

import dev.suga.runtime.GatewayException;
import dev.suga.runtime.OperationInfo;
import dev.suga.runtime.ParameterInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Turns named arguments into positional ones, for {@code Gateway.execute(Operation, Map)}. */
public final class Arguments {
  /**
   * No arguments: the one empty array that generated code passes, and that {@link #positional}
   * returns for an operation without parameters, instead of a new one per call. An empty array
   * cannot be changed, so sharing it is safe.
   */
  public static final Object[] NONE = {};

  private Arguments() {}

  /**
   * Orders named arguments by the operation's parameters. Every parameter must be named (a {@code
   * null} value is fine) and every name must be a parameter; otherwise the exception names the
   * operation, the missing and the unknown names, and the signature.
   *
   * @param operation the operation to call
   * @param named argument values by parameter name; {@code null} counts as empty
   * @return the arguments in parameter order
   * @throws GatewayException if a parameter is missing or a name is not a parameter
   */
  public static Object[] positional(OperationInfo operation, Map<String, ?> named) {
    Map<String, ?> values = named != null ? named : Map.of();
    List<ParameterInfo> parameters = operation.parameters();
    Object[] positional = parameters.isEmpty() ? NONE : new Object[parameters.size()];
    List<String> missing = null;
    for (int i = 0; i < positional.length; i++) {
      String name = parameters.get(i).name();
      if (values.containsKey(name)) {
        positional[i] = values.get(name);
      } else {
        missing = add(missing, name);
      }
    }
    // Every name matched a distinct parameter if the counts agree and none is missing.
    if (missing == null && values.size() == positional.length) {
      return positional;
    }
    List<String> unknown = null;
    List<String> parameterNames = operation.parameterNames();
    for (Object key : values.keySet()) {
      // List.of(...).contains(null) throws, and a null key is never a parameter name.
      if (key == null || !parameterNames.contains(key)) {
        unknown = add(unknown, String.valueOf(key));
      }
    }
    throw mismatch(operation, missing, unknown);
  }

  private static List<String> add(List<String> names, String name) {
    List<String> list = names != null ? names : new ArrayList<>();
    list.add(name);
    return list;
  }

  private static GatewayException mismatch(
      OperationInfo operation, List<String> missing, List<String> unknown) {
    StringBuilder message = new StringBuilder(128);
    message.append(operation.qualifiedName()).append(':');
    if (missing != null) {
      message.append(" missing argument");
      appendNames(message, missing);
    }
    if (unknown != null) {
      if (missing != null) {
        message.append(';');
      }
      message.append(" unknown argument");
      // Sorted so that the message does not depend on the map's iteration order.
      Collections.sort(unknown);
      appendNames(message, unknown);
    }
    message.append("; signature: ").append(operation.signature());
    return new GatewayException(
        operation.interfaceId(), operation.qualifiedName(), message.toString(), null);
  }

  private static void appendNames(StringBuilder message, List<String> names) {
    message.append(names.size() == 1 ? " " : "s ");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        message.append(", ");
      }
      message.append('\'').append(names.get(i)).append('\'');
    }
  }
}
