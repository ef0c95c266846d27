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
import java.util.List;

/** The {@link GatewayException}s generated code throws, with their messages written once. */
public final class Failures {
  private Failures() {}

  /**
   * Wraps a checked exception thrown by an operation, with a message such as {@code "cache.get
   * failed: java.io.IOException: boom"}. When the cause is an {@link InterruptedException}, the
   * current thread's interrupt flag is set again, because catching the exception cleared it and
   * code further up must still see the interruption.
   *
   * @param interfaceId the interface id, or {@code null}
   * @param operation the qualified operation name, or {@code null}
   * @param cause the exception the operation threw
   * @return the exception to throw
   */
  public static GatewayException failed(String interfaceId, String operation, Throwable cause) {
    restoreInterrupt(cause);
    String subject =
        operation != null ? operation : interfaceId != null ? interfaceId : "operation";
    return new GatewayException(interfaceId, operation, subject + " failed: " + cause, cause);
  }

  /**
   * The arguments given to {@code execute} do not fit the operation's parameters, e.g. {@code
   * "cache.get expects (java.lang.String key) but was given (java.lang.Integer); signature:
   * java.lang.String cache.get(java.lang.String key)"}. Each actual argument is described by its
   * class name, or {@code null}.
   *
   * @param operation the operation that was called
   * @param arguments the arguments it was given ({@code null} counts as none)
   * @return the exception to throw
   */
  public static GatewayException argumentMismatch(OperationInfo operation, Object[] arguments) {
    StringBuilder message = new StringBuilder(128);
    message.append(operation.qualifiedName()).append(" expects (");
    List<ParameterInfo> parameters = operation.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (i > 0) {
        message.append(", ");
      }
      message.append(parameters.get(i).type()).append(' ').append(parameters.get(i).name());
    }
    message.append(") but was given (");
    if (arguments != null) {
      for (int i = 0; i < arguments.length; i++) {
        if (i > 0) {
          message.append(", ");
        }
        Object argument = arguments[i];
        message.append(argument == null ? "null" : argument.getClass().getName());
      }
    }
    message.append(')');
    if (arguments != null && arguments.length == parameters.size()) {
      appendPrimitiveHint(message, parameters, arguments);
    }
    if (!parameters.isEmpty() && parameters.get(parameters.size() - 1).type().endsWith("...")) {
      // The metadata shows the parameter as T..., as the source does; execute takes it as one T[].
      message.append("; execute takes the varargs parameter as one array");
    }
    message.append("; signature: ").append(operation.signature());
    return new GatewayException(
        operation.interfaceId(), operation.qualifiedName(), message.toString(), null);
  }

  /**
   * Says why the first primitive parameter that did not fit refused its argument: {@code execute}
   * unboxes, but never widens or converts as the compiler does for a typed call ({@code 2} for a
   * {@code long} parameter), and a primitive cannot be {@code null}.
   */
  private static void appendPrimitiveHint(
      StringBuilder message, List<ParameterInfo> parameters, Object[] arguments) {
    for (int i = 0; i < arguments.length; i++) {
      String type = parameters.get(i).type();
      String wrapper = wrapper(type);
      if (wrapper == null) {
        continue;
      }
      Object argument = arguments[i];
      String name = type + ' ' + parameters.get(i).name();
      if (argument == null) {
        message.append("; ").append(name).append(" cannot be null");
        return;
      }
      String given = argument.getClass().getName();
      if (!given.equals(wrapper) && wrapper(primitive(given)) != null) {
        message
            .append("; execute does not widen or convert numbers as a typed call does: ")
            .append(name)
            .append(" takes a ")
            .append(wrapper);
        return;
      }
    }
  }

  private static String wrapper(String primitive) {
    switch (primitive) {
      case "int":
        return "java.lang.Integer";
      case "long":
        return "java.lang.Long";
      case "double":
        return "java.lang.Double";
      case "float":
        return "java.lang.Float";
      case "short":
        return "java.lang.Short";
      case "byte":
        return "java.lang.Byte";
      case "char":
        return "java.lang.Character";
      case "boolean":
        return "java.lang.Boolean";
      default:
        return null;
    }
  }

  /** The primitive type {@code wrapper} boxes, or an empty string. */
  private static String primitive(String wrapper) {
    for (String primitive :
        List.of("int", "long", "double", "float", "short", "byte", "char", "boolean")) {
      if (wrapper.equals(wrapper(primitive))) {
        return primitive;
      }
    }
    return "";
  }

  /**
   * {@code execute(String, ...)} was called with a name no operation has.
   *
   * @param name the name that was given
   * @return the exception to throw
   */
  public static GatewayException unknownOperation(String name) {
    return new GatewayException(
        null,
        null,
        "No gateway operation named '"
            + name
            + "'; names are '<interface>.<operation>' in snake_case, see Gateway.Operation",
        null);
  }

  /** Catching an {@link InterruptedException} cleared the thread's flag: set it again. */
  static void restoreInterrupt(Throwable caught) {
    if (caught instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }
}
