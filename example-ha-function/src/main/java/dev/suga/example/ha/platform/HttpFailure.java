package dev.suga.example.ha.platform;

/** No HTTP answer: could not connect, timed out, or the connection dropped. Never carries a token. */
public final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind { CONNECT, TIMEOUT, IO, NO_TIME_LEFT }

  private final Kind kind;

  public HttpFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
