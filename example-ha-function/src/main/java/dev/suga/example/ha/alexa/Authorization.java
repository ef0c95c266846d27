package dev.suga.example.ha.alexa;

import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.json.JsonPath;
import java.util.Map;

/**
 * Alexa.Authorization AcceptGrant: sent once when a user links the skill. The bridge sends no
 * proactive events, so there is no code to exchange; it checks that Home Assistant accepts the
 * grantee token (the linked account) and answers AcceptGrant.Response, or ACCEPT_GRANT_FAILED
 * so that the user learns at link time, not at the first "turn on".
 */
final class Authorization {
  private Authorization() {}

  static Map<String, Object> acceptGrant(Directive directive) {
    if (JsonPath.string(directive.payload(), "grant", "code") == null) {
      throw AlexaError.invalidDirective("AcceptGrant needs payload.grant.code");
    }
    String token = Settings.credential(directive.token());
    boolean accepted;
    try {
      accepted = Gateway.homeAssistantPing(token);
    } catch (RuntimeException failure) {
      throw AlexaError.acceptGrantFailed("Home Assistant could not be asked to confirm the linked account");
    }
    if (!accepted) {
      throw AlexaError.acceptGrantFailed("Home Assistant did not accept the linked account's token");
    }
    return Messages.acceptGrantResponse(directive, Gateway.utilityMessageId());
  }
}
