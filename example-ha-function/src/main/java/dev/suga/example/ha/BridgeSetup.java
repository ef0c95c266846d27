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
package dev.suga.example.ha;

import dev.suga.core.StartupCheck;
import dev.suga.example.ha.homeassistant.HomeAssistantUrl;
import java.util.List;
import java.util.Locale;

/**
 * What the bridge adds to the core interfaces, once per JVM ({@link #install}, from {@link
 * LambdaHandler}'s static initializer, before the first invocation begins):
 *
 * <ul>
 *   <li>its start-up check ({@code initialization.add_check}: this class): {@code HA_BASE_URL} by
 *       {@link HomeAssistantUrl}'s rule (the one every request applies); {@code HA_MODE} {@code
 *       native} or {@code proxy}; {@code HA_VERIFY_TLS} and {@code HA_TOKEN_FALLBACK} spelled as
 *       booleans; {@code HA_CONNECT_TIMEOUT_MS}, {@code HA_READ_TIMEOUT_MS}, {@code HA_MAX_RETRIES}
 *       whole numbers of at least 0; {@code HA_TOKEN_FALLBACK=true} only with an {@code HA_TOKEN}.
 *       {@code HA_VERIFY_TLS=false} over https is not a problem but a warning. The {@code
 *       initialized} line names the mode;
 *   <li>{@code HA_TOKEN} as a secret setting ({@code security.register_secret_setting}): its value
 *       is redacted wherever it appears ({@code DIAGNOSTICS_TOKEN} is the core's own);
 *   <li>the defaults of the core's metric settings ({@code config.set_default}): namespace {@code
 *       SugaHomeAssistant} and service {@code ha-bridge}, which the SAM template's alarm reads.
 * </ul>
 *
 * <p>One class for the three, and a named one: it is loaded on every cold start, where each class
 * and the first lambda cost time.
 */
final class BridgeSetup implements StartupCheck {
  static final String METRICS_NAMESPACE = BridgeSettings.DEFAULT_METRICS_NAMESPACE;
  static final String METRICS_SERVICE = "ha-bridge";

  private static final BridgeSetup INSTANCE = new BridgeSetup();
  private static final String[] BOOLEAN_SETTINGS = {
    BridgeSettings.HA_VERIFY_TLS, BridgeSettings.HA_TOKEN_FALLBACK
  };
  private static final String[] NUMBER_SETTINGS = {
    BridgeSettings.HA_CONNECT_TIMEOUT_MS,
    BridgeSettings.HA_READ_TIMEOUT_MS,
    BridgeSettings.HA_MAX_RETRIES
  };

  private static volatile boolean installed;

  private BridgeSetup() {}

  /** Installs the check, the secret and the defaults (once; later calls do nothing). */
  static synchronized void install() {
    if (installed) {
      return;
    }
    Gateway.configSetDefault(BridgeSettings.METRICS_NAMESPACE, METRICS_NAMESPACE);
    Gateway.configSetDefault("METRICS_SERVICE", METRICS_SERVICE);
    Gateway.securityRegisterSecretSetting(BridgeSettings.HA_TOKEN);
    Gateway.initializationAddCheck(INSTANCE);
    installed = true;
  }

  /** The check itself, for tests that run it on an initialization of their own. */
  static StartupCheck check() {
    return INSTANCE;
  }

  @Override
  public void check(List<String> problems) {
    HomeAssistantUrl url = HomeAssistantUrl.fromConfig();
    if (url.problem() != null) {
      problems.add(url.problem());
    }
    String mode = Gateway.configGet(BridgeSettings.HA_MODE);
    if (mode != null
        && !mode.equalsIgnoreCase(BridgeSettings.NATIVE)
        && !mode.equalsIgnoreCase(BridgeSettings.PROXY)) {
      problems.add("HA_MODE must be native or proxy, not " + Gateway.securityRedact(mode));
    }
    for (String name : BOOLEAN_SETTINGS) {
      StartupCheck.checkFlag(problems, name);
    }
    for (String name : NUMBER_SETTINGS) {
      StartupCheck.checkWholeNumber(problems, name);
    }
    if (Gateway.configFlag(BridgeSettings.HA_TOKEN_FALLBACK, false)
        && Gateway.configGet(BridgeSettings.HA_TOKEN) == null) {
      problems.add(
          "HA_TOKEN_FALLBACK=true needs HA_TOKEN: set the long-lived token or turn the fallback off");
    }
    if (url.https() && !Gateway.configFlag(BridgeSettings.HA_VERIFY_TLS, true)) {
      Gateway.loggingWarn(
          "HA_VERIFY_TLS=false: Home Assistant's certificate is not verified; the token can be"
              + " intercepted. Install a valid certificate and remove the setting.");
    }
  }

  @Override
  public String summary() {
    return "mode "
        + Gateway.configGetOr(BridgeSettings.HA_MODE, BridgeSettings.NATIVE)
            .toLowerCase(Locale.ROOT);
  }
}
