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
 * entity supports, from its domain, its {@code supported_features} and its attributes ({@link
 * #of}), as Home Assistant's own Alexa integration decides them (its {@code entities.py}). One
 * table shared by discovery (what is announced), ReportState (what is reported) and the controllers
 * (what is accepted), so the three always agree. (The table is here rather than in a class of its
 * own: every directive and every discovery needs both, and a cold start then loads one class for
 * them, not two.)
 *
 * <p>Every decision reads a few attributes and feature bits and references no other class of the
 * bridge, so a TurnOn decides its endpoint's capabilities without loading the Mode, Range or Step
 * Speaker code it does not use.
 *
 * <p>Where an entity reports no {@code supported_features} at all (a template or a very old
 * integration), its attributes decide, as they did before features were read.
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
  /**
   * A cover's position, a fan's speed or an input_number's value; the instance by domain: {@link
   * #instance}.
   */
  RANGE("Alexa.RangeController"),
  /**
   * Open/closed of a cover without a position (and of every garage door and gate), a fan's preset
   * or an input_select's option; the instance by domain: {@link #instance}.
   */
  MODE("Alexa.ModeController"),
  CONTACT_SENSOR("Alexa.ContactSensor"),
  MOTION_SENSOR("Alexa.MotionSensor"),
  SPEAKER("Alexa.Speaker"),
  /** Volume up/down and mute, for media players that cannot set a volume level. */
  STEP_SPEAKER("Alexa.StepSpeaker"),
  ENDPOINT_HEALTH("Alexa.EndpointHealth");

  /** The RangeController (or, without a position, ModeController) instance of a cover. */
  static final String COVER_POSITION = "Cover.Position";

  /** The RangeController instance of a fan's speed, 0-100 %. */
  static final String FAN_SPEED = "Fan.Speed";

  /** The RangeController instance of an input_number's value. */
  static final String INPUT_NUMBER_VALUE = "InputNumber.Value";

  /** The ModeController instance of a fan's preset mode. */
  static final String FAN_PRESET = "Fan.Preset";

  /** The ModeController instance of an input_select's option. */
  static final String INPUT_SELECT_OPTION = "InputSelect.Option";

  /** light {@code supported_color_modes} that mean hue/saturation control. */
  private static final List<String> COLOR_MODES = List.of("hs", "xy", "rgb", "rgbw", "rgbww");

  /** Legacy light {@code supported_features} bits. */
  private static final long LIGHT_BRIGHTNESS = 1, LIGHT_COLOR_TEMP = 2, LIGHT_COLOR = 16;

  /** {@code CoverEntityFeature} bits. */
  static final long COVER_OPEN = 1, COVER_CLOSE = 2, COVER_SET_POSITION = 4;

  /** {@code FanEntityFeature} bits. */
  static final long FAN_SET_SPEED = 1, FAN_PRESET_MODE = 8;

  /** {@code ClimateEntityFeature} bits. */
  private static final long CLIMATE_TURN_OFF = 128, CLIMATE_TURN_ON = 256;

  /** {@code MediaPlayerEntityFeature} bits. */
  static final long MEDIA_VOLUME_SET = 4,
      MEDIA_VOLUME_MUTE = 8,
      MEDIA_TURN_ON = 128,
      MEDIA_TURN_OFF = 256,
      MEDIA_VOLUME_STEP = 1024,
      MEDIA_STOP = 4096,
      MEDIA_PLAY = 16384;

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
      case "switch", "input_boolean", "automation", "group" -> capabilities.add(POWER);
      case "fan" -> fan(entity, capabilities);
      case "lock" -> capabilities.add(LOCK);
      case "scene", "script", "button" -> capabilities.add(SCENE);
      case "climate" -> climate(entity, capabilities);
      case "cover" -> cover(entity, capabilities);
      case "input_number" -> {
        if (entity.number("min") != null && entity.number("max") != null) {
          capabilities.add(RANGE);
        }
      }
      case "input_select" -> {
        if (entity.list("options").size() >= 2) {
          capabilities.add(MODE);
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
      case "media_player" -> mediaPlayer(entity, capabilities);
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
   * Whether endpoints of this domain carry {@code Alexa.EndpointHealth}: all but scenes and
   * scripts, as in Home Assistant's integration (a scene or a script has no connection of its own
   * to lose; a helper, an automation or a group does say {@code unavailable} when its integration
   * fails, and Alexa shows that).
   */
  static boolean reportsHealth(String domain) {
    return !"scene".equals(domain) && !"script".equals(domain);
  }

  /**
   * The RangeController or ModeController instance of {@code capability} on an entity of {@code
   * domain}, or null when the interface has none.
   */
  static String instance(Capability capability, String domain) {
    if (capability == RANGE) {
      return switch (domain) {
        case "fan" -> FAN_SPEED;
        case "input_number" -> INPUT_NUMBER_VALUE;
        default -> COVER_POSITION;
      };
    }
    if (capability == MODE) {
      return switch (domain) {
        case "fan" -> FAN_PRESET;
        case "input_select" -> INPUT_SELECT_OPTION;
        default -> COVER_POSITION;
      };
    }
    return null;
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

  /** A garage door or a gate: Alexa opens and closes those through a ModeController only. */
  static boolean isGarageDoor(Entity cover) {
    String deviceClass = cover.deviceClass();
    return "garage".equals(deviceClass) || "gate".equals(deviceClass);
  }

  /** Whether the cover can be opened or closed (no features reported: assumed, as before). */
  static boolean coverOpensAndCloses(Entity cover) {
    return !cover.has("supported_features")
        || (cover.supportedFeatures() & (COVER_OPEN | COVER_CLOSE)) != 0;
  }

  /** Whether the fan offers two or more preset modes (one mode is no choice). */
  static boolean fanHasPresets(Entity fan) {
    return (fan.supportedFeatures() & FAN_PRESET_MODE) != 0 && fan.list("preset_modes").size() >= 2;
  }

  /**
   * Whether the media player reports a mute state Alexa can show (Speaker's {@code muted}): it
   * supports muting, or reports no features but does report the state.
   */
  static boolean speakerMutes(Entity player) {
    return player.has("supported_features")
        ? (player.supportedFeatures() & MEDIA_VOLUME_MUTE) != 0
        : player.has("is_volume_muted");
  }

  /**
   * Whether the media player powers on and off by itself ({@code TURN_ON}/{@code TURN_OFF}); one
   * without only plays and stops (see {@link PowerController}).
   */
  static boolean mediaPlayerPowers(Entity player) {
    return !player.has("supported_features")
        || (player.supportedFeatures() & (MEDIA_TURN_ON | MEDIA_TURN_OFF)) != 0;
  }

  /**
   * Whether the climate entity turns on and off: it has an {@code off} HVAC mode, or the {@code
   * TURN_ON}/{@code TURN_OFF} features.
   */
  static boolean climatePowers(Entity climate) {
    return climateHasPowerServices(climate) || climate.listContains("hvac_modes", "off");
  }

  /** Whether the climate entity has the {@code TURN_ON}/{@code TURN_OFF} services. */
  static boolean climateHasPowerServices(Entity climate) {
    return (climate.supportedFeatures() & (CLIMATE_TURN_ON | CLIMATE_TURN_OFF)) != 0;
  }

  private static void climate(Entity entity, Set<Capability> capabilities) {
    if (climatePowers(entity)) {
      capabilities.add(POWER);
    }
    capabilities.add(THERMOSTAT);
    if (entity.has("current_temperature")) {
      capabilities.add(TEMPERATURE_SENSOR);
    }
  }

  /**
   * Power where the cover opens and closes; a position (RangeController) where it can be set, else
   * open/closed (ModeController). Garage doors and gates get the ModeController only: Alexa's
   * GARAGE_DOOR category is opened and closed through one (and not by "turn on").
   */
  private static void cover(Entity entity, Set<Capability> capabilities) {
    boolean opens = coverOpensAndCloses(entity);
    if (isGarageDoor(entity)) {
      if (opens) {
        capabilities.add(MODE);
      }
      return;
    }
    if (opens) {
      capabilities.add(POWER);
    }
    boolean position =
        entity.has("supported_features")
            ? (entity.supportedFeatures() & COVER_SET_POSITION) != 0
            : entity.has("current_position");
    if (position) {
      capabilities.add(RANGE);
    } else if (opens) {
      capabilities.add(MODE);
    }
  }

  /**
   * Power; presets (ModeController) when it has two or more; a speed (RangeController) when it can
   * be set, and also, at 0 or 100 %, when the fan has neither: Home Assistant adds that range
   * because Alexa would not otherwise turn an on/off-only fan on or off.
   */
  private static void fan(Entity entity, Set<Capability> capabilities) {
    capabilities.add(POWER);
    boolean presets = fanHasPresets(entity);
    if (presets) {
      capabilities.add(MODE);
    }
    if ((entity.supportedFeatures() & FAN_SET_SPEED) != 0 || !presets) {
      capabilities.add(RANGE);
    }
  }

  /**
   * Power where the player powers on and off, or plays and stops; a volume level (Speaker), else
   * volume steps (StepSpeaker).
   */
  private static void mediaPlayer(Entity entity, Set<Capability> capabilities) {
    long features = entity.supportedFeatures();
    if (mediaPlayerPowers(entity) || (features & (MEDIA_PLAY | MEDIA_STOP)) != 0) {
      capabilities.add(POWER);
    }
    if (entity.has("supported_features")) {
      if ((features & MEDIA_VOLUME_SET) != 0) {
        capabilities.add(SPEAKER);
      } else if ((features & MEDIA_VOLUME_STEP) != 0) {
        capabilities.add(STEP_SPEAKER);
      }
    } else if (entity.has("volume_level")) {
      capabilities.add(SPEAKER);
    }
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
