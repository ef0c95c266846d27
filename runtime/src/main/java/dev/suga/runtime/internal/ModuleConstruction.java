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
import java.util.ArrayList;

/**
 * Detects circular module construction: a module whose constructor calls an operation that,
 * directly or through other modules, needs the module itself. Each thread keeps the stack of
 * interfaces whose modules it is building.
 *
 * <p>Generated code and {@link ModuleHolder} bracket every construction:
 *
 * <pre>{@code
 * ModuleConstruction.enter("cache");   // before the try: if it throws, nothing was pushed
 * try {
 *   instance = new CacheCore();
 * } finally {
 *   ModuleConstruction.exit("cache");
 * }
 * }</pre>
 *
 * <p>Only cycles on one thread are detected; two threads that each build one module of a cycle wait
 * for each other, as the JVM's own class initialization would.
 */
public final class ModuleConstruction {
  /** Interfaces under construction on this thread, outermost first; null when none. */
  private static final ThreadLocal<ArrayList<String>> STACK = new ThreadLocal<>();

  private ModuleConstruction() {}

  /**
   * Records that this thread starts building the module of {@code interfaceId}.
   *
   * @param interfaceId the interface id
   * @throws GatewayException if this thread is already building that module (a cycle)
   */
  public static void enter(String interfaceId) {
    ArrayList<String> stack = STACK.get();
    if (stack == null) {
      stack = new ArrayList<>(4);
      STACK.set(stack);
    } else if (stack.contains(interfaceId)) {
      throw circular(stack, interfaceId);
    }
    stack.add(interfaceId);
  }

  /**
   * Records that this thread has finished (or failed) building the module of {@code interfaceId};
   * call it in a {@code finally} block. Does nothing unless {@code interfaceId} is the innermost
   * construction, so a stray call cannot corrupt the stack.
   *
   * @param interfaceId the interface id given to {@link #enter(String)}
   */
  public static void exit(String interfaceId) {
    ArrayList<String> stack = STACK.get();
    if (stack == null) {
      return;
    }
    int top = stack.size() - 1;
    if (top >= 0 && stack.get(top).equals(interfaceId)) {
      stack.remove(top);
    }
    if (stack.isEmpty()) {
      STACK.remove(); // no per-thread garbage left on pooled threads
    }
  }

  /**
   * Explains why a module instance is missing; generated code calls it when the instance of an
   * initialization-on-demand holder is {@code null}. If {@code failure} is not {@code null}, the
   * module's construction threw it: "Module 'x' could not be built: ...". Otherwise, if this thread
   * is building that module right now, construction is circular. Otherwise construction ended
   * without an exception and without an instance, which only a factory ({@code create()}) returning
   * {@code null} does: the same message as {@link ModuleHolder}'s for the releasable policies.
   *
   * @param interfaceId the interface id
   * @param failure what construction threw, or {@code null}
   * @return the exception to throw: {@code throw ModuleConstruction.unavailable(...)}
   */
  public static GatewayException unavailable(String interfaceId, Throwable failure) {
    if (failure != null) {
      String message = "Module '" + interfaceId + "' could not be built: " + failure;
      return new GatewayException(interfaceId, null, message, failure);
    }
    ArrayList<String> stack = STACK.get();
    if (stack != null && stack.contains(interfaceId)) {
      return circular(stack, interfaceId);
    }
    return factoryReturnedNull(interfaceId);
  }

  /** "Module 'x' could not be built: its factory returned null", whatever the unload policy. */
  static GatewayException factoryReturnedNull(String interfaceId) {
    return new GatewayException(
        interfaceId,
        null,
        "Module '" + interfaceId + "' could not be built: its factory returned null",
        null);
  }

  private static GatewayException circular(ArrayList<String> stack, String interfaceId) {
    StringBuilder message = new StringBuilder(256).append("Circular module construction: ");
    for (int i = 0; i < stack.size(); i++) {
      message.append(stack.get(i)).append(" -> ");
    }
    message
        .append(interfaceId)
        .append(
            ". A module's constructor calls an operation that (indirectly) needs the module itself;"
                + " move that call out of the constructor or into the operation that needs it.");
    return new GatewayException(interfaceId, null, message.toString(), null);
  }
}
