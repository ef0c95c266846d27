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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.suga.runtime.GatewayException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ModuleConstructionTest {
  private static final String HINT =
      ". A module's constructor calls an operation that "
          + "(indirectly) needs the module itself; move that call out of the constructor or into "
          + "the operation that needs it.";

  @Test
  void enteringAModuleTwiceIsACycle() {
    ModuleConstruction.enter("a");
    try {
      ModuleConstruction.enter("b");
      try {
        GatewayException e =
            assertThrows(GatewayException.class, () -> ModuleConstruction.enter("a"));
        assertEquals("Circular module construction: a -> b -> a" + HINT, e.getMessage());
        assertEquals("a", e.interfaceId());
        assertNull(e.operation());
      } finally {
        ModuleConstruction.exit("b");
      }
    } finally {
      ModuleConstruction.exit("a");
    }
    // The stack is empty again: a new construction of "a" is fine.
    ModuleConstruction.enter("a");
    ModuleConstruction.exit("a");
  }

  @Test
  void exitOfAnotherModuleLeavesTheStackAlone() {
    ModuleConstruction.enter("a");
    try {
      ModuleConstruction.exit("b");
      GatewayException e = ModuleConstruction.unavailable("a", null);
      assertEquals("Circular module construction: a -> a" + HINT, e.getMessage());
    } finally {
      ModuleConstruction.exit("a");
    }
  }

  @Test
  void unavailableWithFailureSaysTheModuleCouldNotBeBuilt() {
    IOException cause = new IOException("no config");

    GatewayException e = ModuleConstruction.unavailable("config", cause);

    assertEquals(
        "Module 'config' could not be built: java.io.IOException: no config", e.getMessage());
    assertSame(cause, e.getCause());
    assertEquals("config", e.interfaceId());
  }

  @Test
  void unavailableDuringOwnConstructionIsACycle() {
    ModuleConstruction.enter("a");
    try {
      ModuleConstruction.enter("b");
      try {
        assertEquals(
            "Circular module construction: a -> b -> a" + HINT,
            ModuleConstruction.unavailable("a", null).getMessage());
      } finally {
        ModuleConstruction.exit("b");
      }
    } finally {
      ModuleConstruction.exit("a");
    }
  }

  @Test
  void unavailableOtherwiseSaysTheFactoryReturnedNull() {
    GatewayException e = ModuleConstruction.unavailable("cache", null);

    // Neither a failure nor a cycle: construction ended without an instance, as only a create()
    // that returns null does. The same words as ModuleHolder's for the other policies.
    assertEquals("Module 'cache' could not be built: its factory returned null", e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void stacksArePerThread() throws Exception {
    ModuleConstruction.enter("a");
    try {
      GatewayException[] seen = new GatewayException[1];
      Thread other = new Thread(() -> seen[0] = ModuleConstruction.unavailable("a", null));
      other.start();
      other.join();
      assertEquals(
          "Module 'a' could not be built: its factory returned null",
          seen[0].getMessage(),
          "another thread's construction is not this thread's cycle");
    } finally {
      ModuleConstruction.exit("a");
    }
  }
}
