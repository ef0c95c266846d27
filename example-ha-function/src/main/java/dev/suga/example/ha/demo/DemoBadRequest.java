package dev.suga.example.ha.demo;

/**
 * What Home Assistant answers with HTTP 400: an unknown service, or service data its schema
 * rejects (a brightness of 300, an option that is not in the list, a temperature outside the
 * thermostat's range). The message is Home Assistant-like and safe to show.
 */
final class DemoBadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DemoBadRequest(String message) {
    super(message, null, false, false);
  }
}
