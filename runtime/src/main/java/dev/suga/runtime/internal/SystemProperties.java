package dev.suga.runtime.internal;

/**
 * Reads the runtime's tuning properties. A malformed value falls back to the default rather
 * than failing: these are read while a gateway class initializes, where an exception would
 * make every operation unusable.
 */
final class SystemProperties {
  private SystemProperties() {}

  /** An int property that must be at least 1. */
  static int positiveInt(String name, int defaultValue) {
    int value = Integer.getInteger(name, defaultValue);
    return value >= 1 ? value : defaultValue;
  }

  /** A non-negative int property. */
  static int nonNegativeInt(String name, int defaultValue) {
    int value = Integer.getInteger(name, defaultValue);
    return value >= 0 ? value : defaultValue;
  }

  /** A double property between 0 and 1. */
  static double fraction(String name, double defaultValue) {
    String text = System.getProperty(name);
    if (text == null) {
      return defaultValue;
    }
    try {
      double value = Double.parseDouble(text.trim());
      return value >= 0.0 && value <= 1.0 ? value : defaultValue;
    } catch (NumberFormatException e) {
      return defaultValue;
    }
  }
}
