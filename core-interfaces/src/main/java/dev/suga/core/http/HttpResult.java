package dev.suga.core.http;

/**
 * The answer to an {@link HttpRequest}: any HTTP status (the caller decides what a 4xx or 5xx
 * means), the body bytes, how long the send took (retries included) and in how many attempts.
 */
public record HttpResult(int status, byte[] body, long elapsedMillis, int attempts) {}
