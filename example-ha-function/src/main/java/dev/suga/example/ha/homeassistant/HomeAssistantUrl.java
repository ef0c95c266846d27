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
package dev.suga.example.ha.homeassistant;

import dev.suga.example.ha.Gateway;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code HA_BASE_URL} and the one rule it must pass, for initialization's report, every request to
 * Home Assistant and the {@code /health} probe (two rules once disagreed: a URL with a query passed
 * the start-up check and then failed every request; the probe, which read the raw setting, called a
 * URL with a password in it and logged it, and reported "reachable" for a query every directive
 * refused). Accepted: an absolute {@code http} or {@code https} URL with a host and optionally a
 * path (Home Assistant behind a reverse proxy's sub-path); trailing slashes are dropped. Refused:
 * no user info (it would travel in every URL the client logs and reports; the bridge authenticates
 * with tokens), no query and no fragment (request paths are appended to the URL, so {@code ?x=1}
 * would end up inside the path of every call).
 *
 * <p>Parsed once per distinct value: {@link #fromConfig()} keeps the last value's verdict, so a
 * request costs one string comparison instead of a URI parse, while a changed setting (tests, the
 * local runner) is still seen at once.
 */
public final class HomeAssistantUrl {
  public static final String SETTING = "HA_BASE_URL";

  private static volatile HomeAssistantUrl last;

  private final String raw;
  private final String base;
  private final String problem;

  private HomeAssistantUrl(String raw, String base, String problem) {
    this.raw = raw;
    this.base = base;
    this.problem = problem;
  }

  /** The configured URL's verdict (parsed only when the setting changed since the last call). */
  public static HomeAssistantUrl fromConfig() {
    String raw = Gateway.configGet(SETTING);
    HomeAssistantUrl url = last;
    if (url == null || !Objects.equals(url.raw, raw)) {
      url = parse(raw);
      last = url;
    }
    return url;
  }

  /** The verdict on {@code raw} (the stripped setting, null when unset). */
  static HomeAssistantUrl parse(String raw) {
    if (raw == null) {
      return refused(
          null,
          SETTING
              + " is not set: set it to Home Assistant's URL, e.g. https://ha.example.org:8123");
    }
    // Before anything echoes the value: a password must not reach a log line. The user info is
    // also redacted by value from now on, wherever it might turn up.
    String authority = authority(raw);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      registerUserInfo(authority.substring(0, at));
      return refused(
          raw,
          SETTING
              + " carries a user name or password: remove it; the bridge authenticates with tokens");
    }
    String base = raw;
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      uri = null;
    }
    String scheme =
        uri == null || uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri == null
        || uri.getHost() == null
        || !("http".equals(scheme) || "https".equals(scheme))) {
      // Shown only when it cannot hold user info (an @ without a scheme is not found above).
      return refused(
          raw,
          SETTING
              + " is not an absolute http(s) URL with a host"
              + (raw.indexOf('@') < 0 ? ": " + Gateway.securityRedact(raw) : ""));
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return refused(
          raw,
          SETTING
              + " has a query (?...) or fragment (#...): remove it; request paths are appended"
              + " to the URL, like https://ha.example.org:8123 + /api/states");
    }
    return new HomeAssistantUrl(raw, base, null);
  }

  /** {@code user:password}, and each part, as secrets ({@code security.register_secret}). */
  private static void registerUserInfo(String userInfo) {
    Gateway.securityRegisterSecret(userInfo);
    int colon = userInfo.indexOf(':');
    if (colon >= 0) {
      Gateway.securityRegisterSecret(userInfo.substring(0, colon));
      Gateway.securityRegisterSecret(userInfo.substring(colon + 1));
    }
  }

  private static HomeAssistantUrl refused(String raw, String problem) {
    return new HomeAssistantUrl(raw, null, problem);
  }

  /**
   * What follows {@code ://} up to the first {@code /}, {@code ?} or {@code #}; empty without
   * {@code ://}.
   */
  private static String authority(String url) {
    int start = url.indexOf("://");
    if (start < 0) {
      return "";
    }
    start += 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start, end);
  }

  /**
   * The URL without trailing slashes, to which API paths are appended; null when {@link #problem()}
   * is not.
   */
  public String base() {
    return base;
  }

  /**
   * What is wrong and what to fix, in one sentence with no secret in it; null when the URL is
   * usable.
   */
  public String problem() {
    return problem;
  }

  /** Whether the URL is usable and Home Assistant is reached over TLS. */
  public boolean https() {
    return base != null && base.regionMatches(true, 0, "https:", 0, 6);
  }
}
