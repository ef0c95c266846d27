package dev.suga.example.ha.alexa;

/**
 * Namespace -> controller. A switch, not a map, so that a directive loads only its own
 * controller class.
 */
final class Controllers {
  private Controllers() {}

  /** The controller of {@code namespace}, or null when the bridge does not implement it. */
  static Controller forNamespace(String namespace) {
    return switch (namespace) {
      case "Alexa.PowerController" -> PowerController.INSTANCE;
      case "Alexa.BrightnessController" -> BrightnessController.INSTANCE;
      case "Alexa.ColorController" -> ColorController.INSTANCE;
      case "Alexa.ColorTemperatureController" -> ColorTemperatureController.INSTANCE;
      case "Alexa.LockController" -> LockController.INSTANCE;
      case "Alexa.SceneController" -> SceneController.INSTANCE;
      case "Alexa.ThermostatController" -> ThermostatController.INSTANCE;
      case "Alexa.RangeController" -> RangeController.INSTANCE;
      case "Alexa.Speaker" -> SpeakerController.INSTANCE;
      default -> null;
    };
  }
}
