package dev.suga.example.ha.platform;

/**
 * One HTTP request to Home Assistant.
 *
 * @param method GET or POST
 * @param url absolute URL; built only from validated entity ids and service names
 * @param bearerToken the credential; never logged ({@link #toString()} redacts it)
 * @param body request body (JSON) or null
 * @param idempotent whether the call may be retried (reads only)
 */
public record HttpCall(String method, String url, String bearerToken, byte[] body, boolean idempotent) {
  @Override
  public String toString() {
    return "HttpCall[" + method + " " + url + (bearerToken == null ? "" : ", token=<redacted>") + "]";
  }
}
