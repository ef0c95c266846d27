package dev.suga.example.ha.alexa;

/** The Alexa interfaces this bridge implements, with their interface names. */
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

  private final String interfaceName;

  Capability(String interfaceName) {
    this.interfaceName = interfaceName;
  }

  /** The Alexa interface name, e.g. {@code Alexa.PowerController}. */
  String interfaceName() {
    return interfaceName;
  }
}
