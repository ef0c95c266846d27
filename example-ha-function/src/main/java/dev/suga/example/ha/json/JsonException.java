package dev.suga.example.ha.json;

/** The input is not the JSON that was expected. The message never contains the input itself. */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JsonException(String message) {
    super(message);
  }

  public JsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
