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
package dev.suga.example.ha.alexa;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.JsonMaps;
import java.util.Map;

/**
 * Alexa.Authorization AcceptGrant: sent once when a user links the skill. The bridge sends no
 * proactive events, so there is no code to exchange; it checks that Home Assistant accepts the
 * grantee token (the linked account) and answers AcceptGrant.Response, or ACCEPT_GRANT_FAILED so
 * that the user learns at link time, not at the first "turn on".
 */
final class Authorization {
  private Authorization() {}

  static Map<String, Object> acceptGrant(Directive directive) {
    if (JsonMaps.string(directive.payload(), "grant", "code") == null) {
      throw AlexaError.invalidDirective("AcceptGrant needs payload.grant.code");
    }
    String token = Settings.credential(directive.token());
    boolean accepted;
    try {
      accepted = Gateway.homeAssistantPing(token);
    } catch (RuntimeException failure) {
      throw AlexaError.acceptGrantFailed(
          "Home Assistant could not be asked to confirm the linked account");
    }
    if (!accepted) {
      throw AlexaError.acceptGrantFailed(
          "Home Assistant did not accept the linked account's token");
    }
    return Messages.acceptGrantResponse(directive, Gateway.utilityMessageId());
  }
}
