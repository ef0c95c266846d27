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
 * Immutable metadata of one gateway interface, that is, of one core module.
 *
 * @param id the interface id in snake_case, e.g. {@code "http_client"}
 * @param moduleClass the module's fully qualified class name
 * @param unload when the module instance is released
 * @param idleSeconds for {@link UnloadPolicy#IDLE}: seconds without a call before release
 */
public record InterfaceInfo(String id, String moduleClass, UnloadPolicy unload, long idleSeconds) {
  /**
   * Creates the metadata of an interface.
   *
   * @param id the interface id in snake_case
   * @param moduleClass the module's fully qualified class name
   * @param unload when the module instance is released
   * @param idleSeconds for {@link UnloadPolicy#IDLE}: seconds without a call before release
   * @throws IllegalArgumentException if {@code idleSeconds} is negative
   */
  public InterfaceInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(moduleClass, "moduleClass");
    Objects.requireNonNull(unload, "unload");
    if (idleSeconds < 0) {
      throw new IllegalArgumentException("idleSeconds must not be negative: " + idleSeconds);
    }
  }

  // Written out to avoid the invokedynamic bootstrap of the record defaults (see ParameterInfo).

  @Override
  public boolean equals(Object other) {
    return other instanceof InterfaceInfo that
        && id.equals(that.id)
        && moduleClass.equals(that.moduleClass)
        && unload == that.unload
        && idleSeconds == that.idleSeconds;
  }

  @Override
  public int hashCode() {
    int hash = id.hashCode();
    hash = 31 * hash + moduleClass.hashCode();
    hash = 31 * hash + unload.hashCode();
    return 31 * hash + Long.hashCode(idleSeconds);
  }

  @Override
  public String toString() {
    return "InterfaceInfo["
        + id
        + ", "
        + moduleClass
        + ", "
        + unload
        + ", idleSeconds="
        + idleSeconds
        + "]";
  }
}
