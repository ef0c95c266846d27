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
package dev.suga.example.ha.homeassistant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.Gateway;
import org.junit.jupiter.api.Test;

/**
 * Entity ids and service names are checked before they reach a URL. (Security's tests before the
 * core interfaces became a library: the alphabet is Home Assistant's, the safe segment the core's.)
 */
class HomeAssistantValidationTest {
  @Test
  void entityIdsAreDomainDotObjectIdInHomeAssistantsAlphabet() {
    assertTrue(Gateway.homeAssistantValidEntityId("light.kitchen"));
    assertTrue(Gateway.homeAssistantValidEntityId("sensor.temp_2"));
    assertTrue(Gateway.homeAssistantValidEntityId("a." + "b".repeat(253)));
    assertFalse(Gateway.homeAssistantValidEntityId("a." + "b".repeat(254)));
    for (String bad :
        new String[] {
          null,
          "",
          "light",
          ".kitchen",
          "light.",
          "light..kitchen",
          "light.kit.chen",
          "Light.kitchen",
          "light.kitchen/../../api",
          "light.kitchen?x=1",
          "light.küche",
          "light.kitchen ",
          "light.kitchen%2F",
          "light.kitchen#"
        }) {
      assertFalse(Gateway.homeAssistantValidEntityId(bad), String.valueOf(bad));
    }
  }

  @Test
  void servicesAreSafePathSegments() {
    assertTrue(Gateway.homeAssistantValidService("light", "turn_on"));
    assertTrue(Gateway.homeAssistantValidService("input_number", "set_value"));
    assertFalse(Gateway.homeAssistantValidService("light", ""));
    assertFalse(Gateway.homeAssistantValidService("", "turn_on"));
    assertFalse(Gateway.homeAssistantValidService(null, "turn_on"));
    assertFalse(Gateway.homeAssistantValidService("light", null));
    assertFalse(Gateway.homeAssistantValidService("light/../x", "turn_on"));
    assertFalse(Gateway.homeAssistantValidService("light", "turn.on"));
    assertFalse(Gateway.homeAssistantValidService("light", "TurnOn"));
  }
}
