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

/**
 * Reads the runtime's tuning properties. A malformed value falls back to the default rather than
 * failing: these are read while a gateway class initializes, where an exception would make every
 * operation unusable.
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
