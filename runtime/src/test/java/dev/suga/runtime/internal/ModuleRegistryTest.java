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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** The registry holds modules weakly, and forgets the names of modules that were collected. */
class ModuleRegistryTest {
  @Test
  void theNameOfACollectedModuleIsDroppedAtTheNextRegistration() throws Exception {
    String gone = "registry.GoneCore";
    WeakReference<ModuleRuntime> collected = registerUnreferenced(gone);
    assertTrue(ModuleRegistry.registered(gone));
    ModuleRuntime kept =
        new ModuleRuntime(
            "kept", "registry.KeptCore", loader(), new String[] {"op"}, NanoClock.SYSTEM);

    assertTrue(
        Collection.until(
            () -> {
              ModuleRegistry.add(kept); // what drops the entries of collected modules
              return !ModuleRegistry.registered(gone);
            }),
        "the registry still holds the name of a collected module");
    assertTrue(collected.get() == null);
    assertSame(kept, ModuleRegistry.find("registry.KeptCore", loader()));
    assertFalse(ModuleRegistry.registered(gone));
  }

  /** Registers a module that nothing else references. */
  private static WeakReference<ModuleRuntime> registerUnreferenced(String moduleClass) {
    ModuleRuntime module =
        new ModuleRuntime("gone", moduleClass, loader(), new String[] {"op"}, NanoClock.SYSTEM);
    ModuleRegistry.add(module);
    return new WeakReference<>(module);
  }

  private static ClassLoader loader() {
    return ModuleRegistryTest.class.getClassLoader();
  }
}
