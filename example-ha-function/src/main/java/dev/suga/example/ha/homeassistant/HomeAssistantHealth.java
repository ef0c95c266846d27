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

import dev.suga.core.ComponentCheck;
import dev.suga.core.http.HttpResult;
import dev.suga.example.ha.Gateway;
import java.util.Map;

/**
 * Home Assistant's reachability, the component the function adds to the core's {@code /health}
 * ({@code debug.handle_http}, which caches the answer 30 s and skips the probe near the free-tier
 * limit): {@code GET /api/} without a token. Any HTTP answer below 500 (Home Assistant answers 401
 * without a token) proves it is up, so {@code /health} works with account linking alone and never
 * needs a long-lived token.
 *
 * <p>The probe bypasses the circuit breaker (it names no dependency): it must tell the truth while
 * the circuit is open, and must not open or close it. Healthy unless {@code unreachable} or {@code
 * not configured}.
 */
public final class HomeAssistantHealth implements ComponentCheck {
  /** What {@code /health} probes, by component name. */
  public static final Map<String, ComponentCheck> COMPONENTS =
      Map.of("home_assistant", new HomeAssistantHealth());

  private HomeAssistantHealth() {}

  @Override
  public String probe() {
    // The rule every request applies: a URL they would refuse is not probed either.
    HomeAssistantUrl url = HomeAssistantUrl.fromConfig();
    if (url.problem() != null) {
      return "not configured";
    }
    try {
      HttpResult result =
          Gateway.httpClientSend(
              HomeAssistantRest.request(null, "GET", url.base() + "/api/", null, null));
      return result.status() < 500 ? "reachable" : "unreachable";
    } catch (RuntimeException e) {
      return "unreachable";
    }
  }

  @Override
  public boolean healthy(String status) {
    return !"unreachable".equals(status) && !"not configured".equals(status);
  }
}
