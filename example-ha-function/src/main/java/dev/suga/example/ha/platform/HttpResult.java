package dev.suga.example.ha.platform;

/** The answer to an {@link HttpCall}: status, body bytes, and how long it took. */
public record HttpResult(int status, byte[] body, long elapsedMillis, int attempts) {}
