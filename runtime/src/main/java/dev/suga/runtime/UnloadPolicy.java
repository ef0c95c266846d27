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

/**
 * When a module instance is released so that its memory can be reclaimed; mirrors the annotation's
 * {@code GatewayModule.Unload}.
 */
public enum UnloadPolicy {
  /** Built once and kept for the life of the JVM (generated code uses a holder class). */
  NEVER,
  /** Built for a call and released (closed) when the last call in flight returns. */
  IMMEDIATE,
  /**
   * Released at the end of an invocation ({@code Gateway.endInvocation()}) when no call has used it
   * for longer than the module's idle seconds.
   */
  IDLE,
  /**
   * Released at the end of an invocation when the heap is under pressure: when long-lived objects,
   * as the last garbage collection that measured them left them, fill more than a share of the
   * space they can fill (see {@code GatewayScope.memoryPressure()} in {@code
   * dev.suga.runtime.internal}).
   */
  MEMORY_PRESSURE
}
