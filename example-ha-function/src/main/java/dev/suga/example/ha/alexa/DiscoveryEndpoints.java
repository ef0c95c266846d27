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
package dev.suga.example.ha.alexa;

import dev.suga.core.Printable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entity as a Discover.Response endpoint: id, names, display category and capability documents.
 * Every announced property is retrievable and not proactively reported (the bridge sends no
 * ChangeReports).
 */
final class DiscoveryEndpoints {
  static final String MANUFACTURER = "Home Assistant";
  private static final int MAX_TEXT = 128;

  private DiscoveryEndpoints() {}

  static Map<String, Object> endpoint(Entity entity, Set<Capability> capabilities) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("endpointId", entity.endpointId());
    endpoint.put("manufacturerName", MANUFACTURER);
    endpoint.put("friendlyName", clip(entity.friendlyName()));
    endpoint.put("description", clip(entity.entityId() + " via Home Assistant"));
    endpoint.put("displayCategories", List.of(category(entity)));
    List<Map<String, Object>> documents = new ArrayList<>();
    documents.add(base("Alexa"));
    for (Capability capability : capabilities) {
      documents.add(capability(entity, capability));
    }
    endpoint.put("capabilities", documents);
    return endpoint;
  }

  /**
   * The Alexa display category of the entity, as Home Assistant's integration chooses it:
   * automations, scripts and buttons are activities, garage doors and gates GARAGE_DOOR, and
   * helpers and groups OTHER.
   */
  static String category(Entity entity) {
    String deviceClass = entity.deviceClass();
    return switch (entity.domain()) {
      case "light" -> "LIGHT";
      case "switch" -> "outlet".equals(deviceClass) ? "SMARTPLUG" : "SWITCH";
      case "fan" -> "FAN";
      case "lock" -> "SMARTLOCK";
      case "scene" -> "SCENE_TRIGGER";
      case "automation", "script", "button" -> "ACTIVITY_TRIGGER";
      case "climate" -> "THERMOSTAT";
      case "sensor" -> "TEMPERATURE_SENSOR";
      case "binary_sensor" -> Capability.isMotion(deviceClass) ? "MOTION_SENSOR" : "CONTACT_SENSOR";
      case "media_player" ->
          "speaker".equals(deviceClass) || "receiver".equals(deviceClass) ? "SPEAKER" : "TV";
      case "cover" -> coverCategory(deviceClass);
      default -> "OTHER";
    };
  }

  private static String coverCategory(String deviceClass) {
    if (deviceClass == null) {
      return "OTHER";
    }
    return switch (deviceClass) {
      case "garage", "gate" -> "GARAGE_DOOR";
      case "door" -> "DOOR";
      case "blind", "curtain", "shade" -> "INTERIOR_BLIND";
      case "awning", "shutter", "window" -> "EXTERIOR_BLIND";
      default -> "OTHER";
    };
  }

  private static Map<String, Object> capability(Entity entity, Capability capability) {
    return switch (capability) {
      case POWER -> retrievable(capability, "powerState");
      case BRIGHTNESS -> retrievable(capability, "brightness");
      case COLOR -> retrievable(capability, "color");
      case COLOR_TEMPERATURE -> retrievable(capability, "colorTemperatureInKelvin");
      case LOCK -> retrievable(capability, "lockState");
      case TEMPERATURE_SENSOR -> retrievable(capability, "temperature");
      case CONTACT_SENSOR, MOTION_SENSOR -> retrievable(capability, "detectionState");
      case SPEAKER ->
          Capability.speakerMutes(entity)
              ? retrievable(capability, "volume", "muted")
              : retrievable(capability, "volume");
      case STEP_SPEAKER -> base(capability.interfaceName());
      case ENDPOINT_HEALTH -> retrievable(capability, "connectivity");
      case SCENE -> {
        Map<String, Object> scene = base(capability.interfaceName());
        scene.put("supportsDeactivation", Capability.supportsDeactivation(entity.domain()));
        yield scene;
      }
      case THERMOSTAT -> thermostat(entity);
      case RANGE -> Ranges.capability(entity);
      case MODE -> Modes.capability(entity);
    };
  }

  private static Map<String, Object> thermostat(Entity entity) {
    List<String> supported = new ArrayList<>();
    if (Climate.singleSetpoint(entity)) {
      supported.add("targetSetpoint");
    }
    if (Climate.rangeSetpoints(entity)) {
      supported.add("lowerSetpoint");
      supported.add("upperSetpoint");
    }
    supported.add("thermostatMode");
    Map<String, Object> thermostat =
        retrievable(Capability.THERMOSTAT, supported.toArray(new String[0]));
    List<String> modes = Climate.supportedModes(entity);
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("supportsScheduling", false);
    if (!modes.isEmpty()) {
      configuration.put("supportedModes", modes);
    }
    thermostat.put("configuration", configuration);
    return thermostat;
  }

  /** {@code {"type": "AlexaInterface", "interface": name, "version": "3"}}. */
  static Map<String, Object> base(String interfaceName) {
    Map<String, Object> capability = new LinkedHashMap<>();
    capability.put("type", "AlexaInterface");
    capability.put("interface", interfaceName);
    capability.put("version", "3");
    return capability;
  }

  /** A capability whose {@code names} are retrievable, not proactively reported. */
  static Map<String, Object> retrievable(Capability capability, String... names) {
    Map<String, Object> document = base(capability.interfaceName());
    document.put("properties", properties(names));
    return document;
  }

  static Map<String, Object> properties(String... names) {
    List<Map<String, Object>> supported = new ArrayList<>();
    for (String name : names) {
      supported.add(Map.of("name", name));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("supported", supported);
    properties.put("proactivelyReported", false);
    properties.put("retrievable", true);
    return properties;
  }

  /**
   * {@code text} for a name or description: control characters (a line feed, an escape) as spaces,
   * stripped, at most {@link #MAX_TEXT} characters and never cut between the two halves of a
   * surrogate pair (an emoji at the limit would leave half a character, text that is not Unicode).
   */
  static String clip(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      clean.append(Character.isISOControl(c) ? ' ' : c);
    }
    String trimmed = clean.toString().strip();
    if (trimmed.isEmpty()) {
      trimmed = "Home Assistant device";
    }
    return Printable.cut(trimmed, MAX_TEXT).strip();
  }
}
