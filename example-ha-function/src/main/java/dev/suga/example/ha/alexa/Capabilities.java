package dev.suga.example.ha.alexa;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which Alexa interfaces an entity supports, from its domain and attributes. One table shared
 * by discovery (what is announced), ReportState (what is reported) and the controllers (what
 * is accepted), so the three always agree.
 */
final class Capabilities {
  /** light {@code supported_color_modes} that mean hue/saturation control. */
  private static final List<String> COLOR_MODES = List.of("hs", "xy", "rgb", "rgbw", "rgbww");
  /** Legacy light {@code supported_features} bits. */
  private static final long LIGHT_BRIGHTNESS = 1, LIGHT_COLOR_TEMP = 2, LIGHT_COLOR = 16;
  private static final long COVER_SET_POSITION = 4;
  private static final long MEDIA_VOLUME_SET = 4;

  private Capabilities() {}

  /** The interfaces of {@code entity}; empty when the bridge does not expose it. */
  static Set<Capability> of(Entity entity) {
    EnumSet<Capability> capabilities = EnumSet.noneOf(Capability.class);
    switch (entity.domain()) {
      case "light" -> light(entity, capabilities);
      case "switch", "input_boolean", "fan", "automation", "group" -> capabilities.add(Capability.POWER);
      case "lock" -> capabilities.add(Capability.LOCK);
      case "scene", "script", "button" -> capabilities.add(Capability.SCENE);
      case "climate" -> {
        capabilities.add(Capability.THERMOSTAT);
        if (entity.has("current_temperature")) {
          capabilities.add(Capability.TEMPERATURE_SENSOR);
        }
        capabilities.add(Capability.POWER);
      }
      case "cover" -> {
        capabilities.add(Capability.POWER);
        if ((entity.supportedFeatures() & COVER_SET_POSITION) != 0 || entity.has("current_position")) {
          capabilities.add(Capability.RANGE);
        }
      }
      case "sensor" -> {
        if (Temperatures.scaleOfUnit(entity.text("unit_of_measurement")) != null
            && (entity.deviceClass() == null || "temperature".equals(entity.deviceClass()))) {
          capabilities.add(Capability.TEMPERATURE_SENSOR);
        }
      }
      case "binary_sensor" -> {
        String deviceClass = entity.deviceClass();
        if (isContact(deviceClass)) {
          capabilities.add(Capability.CONTACT_SENSOR);
        } else if (isMotion(deviceClass)) {
          capabilities.add(Capability.MOTION_SENSOR);
        }
      }
      case "media_player" -> {
        capabilities.add(Capability.POWER);
        if ((entity.supportedFeatures() & MEDIA_VOLUME_SET) != 0 || entity.has("volume_level")) {
          capabilities.add(Capability.SPEAKER);
        }
      }
      default -> {
        // not exposed
      }
    }
    if (!capabilities.isEmpty() && reportsHealth(entity.domain())) {
      capabilities.add(Capability.ENDPOINT_HEALTH);
    }
    return capabilities;
  }

  /**
   * Whether Home Assistant's availability says something about a device of this domain
   * (helpers, scenes, scripts, automations and groups live inside Home Assistant and are
   * always "reachable").
   */
  static boolean reportsHealth(String domain) {
    return switch (domain) {
      case "light", "switch", "fan", "lock", "climate", "cover", "sensor", "binary_sensor", "media_player" -> true;
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
    return "door".equals(deviceClass) || "window".equals(deviceClass) || "garage_door".equals(deviceClass)
        || "opening".equals(deviceClass);
  }

  static boolean isMotion(String deviceClass) {
    return "motion".equals(deviceClass) || "occupancy".equals(deviceClass) || "presence".equals(deviceClass);
  }

  private static void light(Entity entity, Set<Capability> capabilities) {
    capabilities.add(Capability.POWER);
    List<?> modes = entity.list("supported_color_modes");
    if (!modes.isEmpty()) {
      for (Object mode : modes) {
        if (!"onoff".equals(mode)) {
          capabilities.add(Capability.BRIGHTNESS);
        }
        if ("color_temp".equals(mode)) {
          capabilities.add(Capability.COLOR_TEMPERATURE);
        }
        if (COLOR_MODES.contains(mode)) {
          capabilities.add(Capability.COLOR);
        }
      }
      return;
    }
    long features = entity.supportedFeatures();
    if ((features & LIGHT_BRIGHTNESS) != 0 || entity.has("brightness")) {
      capabilities.add(Capability.BRIGHTNESS);
    }
    if ((features & LIGHT_COLOR_TEMP) != 0) {
      capabilities.add(Capability.COLOR_TEMPERATURE);
    }
    if ((features & LIGHT_COLOR) != 0) {
      capabilities.add(Capability.COLOR);
    }
  }
}
