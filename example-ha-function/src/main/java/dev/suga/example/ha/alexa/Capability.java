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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Alexa interfaces this bridge implements, with their interface names, and which of them an
 * entity supports, from its domain and attributes ({@link #of}). One table shared by discovery
 * (what is announced), ReportState (what is reported) and the controllers (what is accepted), so
 * the three always agree. (The table is here rather than in a class of its own: every directive and
 * every discovery needs both, and a cold start then loads one class for them, not two.)
 */
enum Capability {
  POWER("Alexa.PowerController"),
  BRIGHTNESS("Alexa.BrightnessController"),
  COLOR("Alexa.ColorController"),
  COLOR_TEMPERATURE("Alexa.ColorTemperatureController"),
  LOCK("Alexa.LockController"),
  SCENE("Alexa.SceneController"),
  THERMOSTAT("Alexa.ThermostatController"),
  TEMPERATURE_SENSOR("Alexa.TemperatureSensor"),
  /** Cover position: RangeController instance {@link #COVER_POSITION}. */
  RANGE("Alexa.RangeController"),
  CONTACT_SENSOR("Alexa.ContactSensor"),
  MOTION_SENSOR("Alexa.MotionSensor"),
  SPEAKER("Alexa.Speaker"),
  ENDPOINT_HEALTH("Alexa.EndpointHealth");

  /** The RangeController instance of a cover's position. */
  static final String COVER_POSITION = "Cover.Position";

  /** light {@code supported_color_modes} that mean hue/saturation control. */
  private static final List<String> COLOR_MODES = List.of("hs", "xy", "rgb", "rgbw", "rgbww");

  /** Legacy light {@code supported_features} bits. */
  private static final long LIGHT_BRIGHTNESS = 1, LIGHT_COLOR_TEMP = 2, LIGHT_COLOR = 16;

  private static final long COVER_SET_POSITION = 4;
  private static final long MEDIA_VOLUME_SET = 4;

  private final String interfaceName;

  Capability(String interfaceName) {
    this.interfaceName = interfaceName;
  }

  /** The Alexa interface name, e.g. {@code Alexa.PowerController}. */
  String interfaceName() {
    return interfaceName;
  }

  /** The interfaces of {@code entity}; empty when the bridge does not expose it. */
  static Set<Capability> of(Entity entity) {
    EnumSet<Capability> capabilities = EnumSet.noneOf(Capability.class);
    switch (entity.domain()) {
      case "light" -> light(entity, capabilities);
      case "switch", "input_boolean", "fan", "automation", "group" -> capabilities.add(POWER);
      case "lock" -> capabilities.add(LOCK);
      case "scene", "script", "button" -> capabilities.add(SCENE);
      case "climate" -> {
        capabilities.add(THERMOSTAT);
        if (entity.has("current_temperature")) {
          capabilities.add(TEMPERATURE_SENSOR);
        }
        capabilities.add(POWER);
      }
      case "cover" -> {
        capabilities.add(POWER);
        if ((entity.supportedFeatures() & COVER_SET_POSITION) != 0
            || entity.has("current_position")) {
          capabilities.add(RANGE);
        }
      }
      case "sensor" -> {
        if (Temperatures.scaleOfUnit(entity.text("unit_of_measurement")) != null
            && (entity.deviceClass() == null || "temperature".equals(entity.deviceClass()))) {
          capabilities.add(TEMPERATURE_SENSOR);
        }
      }
      case "binary_sensor" -> {
        String deviceClass = entity.deviceClass();
        if (isContact(deviceClass)) {
          capabilities.add(CONTACT_SENSOR);
        } else if (isMotion(deviceClass)) {
          capabilities.add(MOTION_SENSOR);
        }
      }
      case "media_player" -> {
        capabilities.add(POWER);
        if ((entity.supportedFeatures() & MEDIA_VOLUME_SET) != 0 || entity.has("volume_level")) {
          capabilities.add(SPEAKER);
        }
      }
      default -> {
        // not exposed
      }
    }
    if (!capabilities.isEmpty() && reportsHealth(entity.domain())) {
      capabilities.add(ENDPOINT_HEALTH);
    }
    return capabilities;
  }

  /**
   * Whether Home Assistant's availability says something about a device of this domain (helpers,
   * scenes, scripts, automations and groups live inside Home Assistant and are always "reachable").
   */
  static boolean reportsHealth(String domain) {
    return switch (domain) {
      case "light",
          "switch",
          "fan",
          "lock",
          "climate",
          "cover",
          "sensor",
          "binary_sensor",
          "media_player" ->
          true;
      default -> false;
    };
  }

  /**
   * Whether the scene-like entity of {@code domain} can be deactivated: only a script ({@code
   * turn_off} stops it). Here rather than in {@link SceneController}, so that discovery, which
   * announces it, does not load the controller classes.
   */
  static boolean supportsDeactivation(String domain) {
    return "script".equals(domain);
  }

  static boolean isContact(String deviceClass) {
    return "door".equals(deviceClass)
        || "window".equals(deviceClass)
        || "garage_door".equals(deviceClass)
        || "opening".equals(deviceClass);
  }

  static boolean isMotion(String deviceClass) {
    return "motion".equals(deviceClass)
        || "occupancy".equals(deviceClass)
        || "presence".equals(deviceClass);
  }

  private static void light(Entity entity, Set<Capability> capabilities) {
    capabilities.add(POWER);
    List<?> modes = entity.list("supported_color_modes");
    if (!modes.isEmpty()) {
      for (Object mode : modes) {
        if (!"onoff".equals(mode)) {
          capabilities.add(BRIGHTNESS);
        }
        if ("color_temp".equals(mode)) {
          capabilities.add(COLOR_TEMPERATURE);
        }
        if (COLOR_MODES.contains(mode)) {
          capabilities.add(COLOR);
        }
      }
      return;
    }
    long features = entity.supportedFeatures();
    if ((features & LIGHT_BRIGHTNESS) != 0 || entity.has("brightness")) {
      capabilities.add(BRIGHTNESS);
    }
    if ((features & LIGHT_COLOR_TEMP) != 0) {
      capabilities.add(COLOR_TEMPERATURE);
    }
    if ((features & LIGHT_COLOR) != 0) {
      capabilities.add(COLOR);
    }
  }
}
