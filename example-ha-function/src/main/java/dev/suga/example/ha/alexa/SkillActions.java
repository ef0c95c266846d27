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

import dev.suga.example.ha.BridgeSettings;
import dev.suga.example.ha.Gateway;
import dev.suga.example.ha.homeassistant.HomeAssistantException;
import dev.suga.example.ha.json.JsonMaps;
import dev.suga.example.ha.json.RawJson;
import java.text.Normalizer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The custom skill's operations ({@link SkillIntent}): each reads its slots, finds the Home
 * Assistant entity the user named, calls one of {@code home_assistant}'s operations ({@code
 * run_script}, {@code trigger_automation}, {@code set_input}, {@code notify}, {@code timer}, {@code
 * area_entities} and {@code call_service}) and says what it did. Loaded by {@code alexa_skill}
 * only.
 *
 * <p>A spoken name becomes an entity id the way Home Assistant makes ids from names ("Good Morning"
 * -> {@code script.good_morning}), unless the model resolved the slot to a value with an id (a user
 * who adds their own scripts to the model's {@code ScriptName} type can give each the entity id).
 * Entities the {@code DISCOVERY_*} settings hide from Alexa are hidden here too. What Home
 * Assistant does not have, or does not accept, is said, not apologised for: "I couldn't find a
 * script called ...". Failures of Home Assistant itself are {@link AlexaSkillCore}'s apologies.
 *
 * <p>An area is looked up through Home Assistant's template endpoint, which it opens to
 * administrators only: for any other account the skill explains that instead of failing.
 */
final class SkillActions {
  static final String ASK_SCRIPT = "Which script should I run?";
  static final String ASK_AUTOMATION = "Which automation should I trigger?";
  static final String ASK_HELPER = "Which setting should I change, and to what?";
  static final String ASK_MESSAGE = "What should the notification say?";
  static final String ASK_TIMER = "Which timer?";
  static final String ASK_AREA = "Which room, and should I turn it on or off?";
  static final String NOT_FOUND = "I couldn't find %s called %s in Home Assistant.";
  static final String RAN = "Running %s.";
  static final String TRIGGERED = "Triggered %s.";
  static final String SET = "%s is now %s.";
  static final String CHOICES = "%s can be %s.";
  static final String BETWEEN = "%s can be set from %s to %s.";
  static final String ON_OR_OFF = "%s can be on or off.";
  static final String NOTIFIED = "I sent the notification.";
  static final String STARTED = "Started the %s timer%s.";
  static final String PAUSED = "Paused the %s timer.";
  static final String CANCELLED = "Cancelled the %s timer.";
  static final String NO_DURATION = "Sorry, I didn't catch how long the timer should run.";
  static final String AREA_DONE = "Turned %s %d %s in the %s.";
  static final String AREA_EMPTY = "I found nothing to turn %s in the %s.";
  static final String NOT_ADMIN =
      "Home Assistant shows the devices of a room only to administrators, and the account linked"
          + " to this skill is not one. Ask for the devices by name, or link an administrator's"
          + " account in the Alexa app.";
  static final String REFUSED = "Home Assistant did not accept that for %s.";

  /** The domains "turn off the kitchen" switches: not covers, locks or thermostats. */
  static final List<String> AREA_DOMAINS =
      List.of("light", "switch", "fan", "media_player", "input_boolean");

  /** The input helpers "set ... to ..." looks for, in this order. */
  static final List<String> HELPER_DOMAINS =
      List.of("input_select", "input_number", "input_boolean", "input_text");

  private SkillActions() {}

  /** One intent request's slots, read by the names its {@link SkillIntent} declares. */
  record Slots(SkillIntent intent, Map<String, Object> slots) {
    static Slots of(SkillIntent intent, Map<String, Object> envelope) {
      Map<String, Object> slots = JsonMaps.object(envelope, "request", "intent", "slots");
      return new Slots(intent, slots == null ? Map.of() : slots);
    }

    /** What the user said for {@code slot}, stripped; null when nothing (or Alexa's "?"). */
    String value(String slot) {
      String value = JsonMaps.string(slots, declared(slot), "value");
      return value == null || value.isBlank() || "?".equals(value.strip()) ? null : value.strip();
    }

    /**
     * The id (else the name) of the model's value the slot resolved to ({@code ER_SUCCESS_MATCH}),
     * or null.
     */
    String resolved(String slot) {
      Object authorities =
          JsonMaps.at(slots, declared(slot), "resolutions", "resolutionsPerAuthority");
      if (!(authorities instanceof List<?> list)) {
        return null;
      }
      for (Object authority : list) {
        List<Object> values = JsonMaps.array(authority, "values");
        if ("ER_SUCCESS_MATCH".equals(JsonMaps.string(authority, "status", "code"))
            && values != null
            && !values.isEmpty()) {
          String id = JsonMaps.string(values.get(0), "value", "id");
          String name = JsonMaps.string(values.get(0), "value", "name");
          String chosen = id != null && !id.isBlank() ? id : name;
          if (chosen != null && !chosen.isBlank()) {
            return chosen.strip();
          }
        }
      }
      return null;
    }

    private String declared(String slot) {
      if (!intent.slots().contains(slot)) {
        throw new IllegalArgumentException(intent.intentName() + " has no slot " + slot);
      }
      return slot;
    }
  }

  /** Carries out {@code intent} (not {@link SkillIntent#ASK}) for the linked {@code token}. */
  static RawJson run(
      SkillIntent intent,
      Map<String, Object> envelope,
      String token,
      Map<String, Object> attributes) {
    Slots slots = Slots.of(intent, envelope);
    return switch (intent) {
      case RUN_SCRIPT -> runScript(slots, token, attributes);
      case TRIGGER_AUTOMATION -> triggerAutomation(slots, token, attributes);
      case SET_INPUT -> setInput(slots, token, attributes);
      case NOTIFY -> notify(slots, token, attributes);
      case START_TIMER, PAUSE_TIMER, CANCEL_TIMER -> timer(intent, slots, token, attributes);
      case AREA_POWER -> areaPower(envelope, slots, token, attributes);
      case ASK -> throw new IllegalArgumentException("the conversation is AlexaSkillCore's");
    };
  }

  private static RawJson runScript(Slots slots, String token, Map<String, Object> attributes) {
    String spoken = slots.value("script");
    if (spoken == null && slots.resolved("script") == null) {
      return SkillReplies.ask(ASK_SCRIPT, ASK_SCRIPT, attributes);
    }
    Map<String, Object> script = find(token, "script", slots, "script");
    if (script == null) {
      return notFound("a script", spoken, attributes);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    Number number = number(slots.value("number"));
    if (number != null) {
      variables.put("number", number);
    }
    Duration duration = duration(slots.value("duration"));
    if (duration != null) {
      variables.put("duration", hoursMinutesSeconds(duration));
    }
    String room = slots.value("room");
    if (room != null) {
      variables.put("room", room);
    }
    String entityId = JsonMaps.string(script, "entity_id");
    try {
      Gateway.homeAssistantRunScript(token, entityId, variables);
    } catch (HomeAssistantException refused) {
      return refusedOr(refused, friendlyName(script, spoken), attributes);
    }
    return SkillReplies.tell(
        String.format(Locale.ROOT, RAN, friendlyName(script, spoken)), attributes);
  }

  private static RawJson triggerAutomation(
      Slots slots, String token, Map<String, Object> attributes) {
    String spoken = slots.value("automation");
    if (spoken == null && slots.resolved("automation") == null) {
      return SkillReplies.ask(ASK_AUTOMATION, ASK_AUTOMATION, attributes);
    }
    Map<String, Object> automation = find(token, "automation", slots, "automation");
    if (automation == null) {
      return notFound("an automation", spoken, attributes);
    }
    String name = friendlyName(automation, spoken);
    try {
      Gateway.homeAssistantTriggerAutomation(token, JsonMaps.string(automation, "entity_id"));
    } catch (HomeAssistantException refused) {
      return refusedOr(refused, name, attributes);
    }
    return SkillReplies.tell(String.format(Locale.ROOT, TRIGGERED, name), attributes);
  }

  /**
   * "set house mode to away": the first input helper of that name ({@link #HELPER_DOMAINS}), and
   * the value in its terms: one of a select's options (whatever the case), a number within the
   * helper's range, on or off, or the text as said.
   */
  private static RawJson setInput(Slots slots, String token, Map<String, Object> attributes) {
    String spoken = slots.value("helper");
    String said = slots.value("number") != null ? slots.value("number") : slots.value("value");
    if ((spoken == null && slots.resolved("helper") == null) || said == null) {
      return SkillReplies.ask(ASK_HELPER, ASK_HELPER, attributes);
    }
    Map<String, Object> helper = null;
    for (String domain : HELPER_DOMAINS) {
      helper = find(token, domain, slots, "helper");
      if (helper != null) {
        break;
      }
    }
    if (helper == null) {
      return notFound("a setting", spoken, attributes);
    }
    String entityId = JsonMaps.string(helper, "entity_id");
    String name = friendlyName(helper, spoken);
    Object value;
    String spokenValue;
    switch (entityId.substring(0, entityId.indexOf('.'))) {
      case "input_select" -> {
        List<Object> options = JsonMaps.array(helper, "attributes", "options");
        String option = option(options == null ? List.of() : options, said);
        if (option == null) {
          return SkillReplies.tell(
              String.format(Locale.ROOT, CHOICES, name, choices(options)), attributes);
        }
        value = option;
        spokenValue = option;
      }
      case "input_number" -> {
        Number number = number(said);
        Double minimum = JsonMaps.number(helper, "attributes", "min");
        Double maximum = JsonMaps.number(helper, "attributes", "max");
        if (number == null
            || (minimum != null && number.doubleValue() < minimum)
            || (maximum != null && number.doubleValue() > maximum)) {
          return SkillReplies.tell(
              String.format(
                  Locale.ROOT,
                  BETWEEN,
                  name,
                  spokenNumber(minimum == null ? 0 : minimum),
                  spokenNumber(maximum == null ? 100 : maximum)),
              attributes);
        }
        value = number;
        spokenValue = spokenNumber(number.doubleValue());
      }
      case "input_boolean" -> {
        Boolean on = onOff(said);
        if (on == null) {
          return SkillReplies.tell(String.format(Locale.ROOT, ON_OR_OFF, name), attributes);
        }
        value = on;
        spokenValue = on ? "on" : "off";
      }
      default -> {
        value = said;
        spokenValue = said;
      }
    }
    try {
      Gateway.homeAssistantSetInput(token, entityId, value);
    } catch (HomeAssistantException refused) {
      return refusedOr(refused, name, attributes);
    }
    return SkillReplies.tell(String.format(Locale.ROOT, SET, name, spokenValue), attributes);
  }

  private static RawJson notify(Slots slots, String token, Map<String, Object> attributes) {
    String message = slots.value("message");
    if (message == null) {
      return SkillReplies.ask(ASK_MESSAGE, ASK_MESSAGE, attributes);
    }
    String service = Gateway.configGet(BridgeSettings.HA_NOTIFY_SERVICE);
    try {
      Gateway.homeAssistantNotify(
          token,
          service == null || service.isBlank()
              ? BridgeSettings.DEFAULT_NOTIFY_SERVICE
              : service.strip(),
          message,
          null);
    } catch (HomeAssistantException refused) {
      return refusedOr(refused, "the notification", attributes);
    }
    return SkillReplies.tell(NOTIFIED, attributes);
  }

  private static RawJson timer(
      SkillIntent intent, Slots slots, String token, Map<String, Object> attributes) {
    String spoken = slots.value("timer");
    if (spoken == null && slots.resolved("timer") == null) {
      return SkillReplies.ask(ASK_TIMER, ASK_TIMER, attributes);
    }
    Map<String, Object> timer = find(token, "timer", slots, "timer");
    if (timer == null) {
      return notFound("a timer", spoken, attributes);
    }
    String name = friendlyName(timer, spoken);
    String entityId = JsonMaps.string(timer, "entity_id");
    String action =
        intent == SkillIntent.START_TIMER
            ? "start"
            : intent == SkillIntent.PAUSE_TIMER ? "pause" : "cancel";
    Duration duration = null;
    if (intent == SkillIntent.START_TIMER && slots.value("duration") != null) {
      duration = duration(slots.value("duration"));
      if (duration == null || duration.isZero()) {
        return SkillReplies.tell(NO_DURATION, attributes);
      }
    }
    try {
      Gateway.homeAssistantTimer(
          token, entityId, action, duration == null ? null : hoursMinutesSeconds(duration));
    } catch (HomeAssistantException refused) {
      return refusedOr(refused, name, attributes);
    }
    String speech =
        switch (action) {
          case "start" ->
              String.format(
                  Locale.ROOT,
                  STARTED,
                  name,
                  duration == null ? "" : " for " + spokenDuration(duration));
          case "pause" -> String.format(Locale.ROOT, PAUSED, name);
          default -> String.format(Locale.ROOT, CANCELLED, name);
        };
    return SkillReplies.tell(speech, attributes);
  }

  /**
   * "turn off the kitchen": the area's entities ({@code area_entities}) of {@link #AREA_DOMAINS}
   * that Alexa may control, switched in one {@code homeassistant.turn_on|turn_off} call. An area
   * Home Assistant does not know is most likely a device Alexa took for a room: the words go to the
   * conversation agent instead.
   */
  private static RawJson areaPower(
      Map<String, Object> envelope, Slots slots, String token, Map<String, Object> attributes) {
    String area = slots.value("area");
    String power = slots.resolved("power") != null ? slots.resolved("power") : slots.value("power");
    Boolean on = power == null ? null : onOff(power);
    if (area == null || on == null) {
      return SkillReplies.ask(ASK_AREA, ASK_AREA, attributes);
    }
    String onOrOff = on ? "on" : "off";
    List<String> ids;
    try {
      ids = Gateway.homeAssistantAreaEntities(token, area);
    } catch (HomeAssistantException failure) {
      if (failure.kind() == HomeAssistantException.Kind.UNAUTHORIZED
          && Gateway.homeAssistantPing(token)) {
        // The token works, the template endpoint refused it: @require_admin.
        Gateway.loggingInfo("Area lookup refused: the linked account is not an administrator");
        return SkillReplies.tell(NOT_ADMIN, attributes);
      }
      if (failure.kind() != HomeAssistantException.Kind.REJECTED) {
        throw failure;
      }
      ids = List.of(); // a name that cannot be an area (quotes, braces): no such area
    }
    List<String> targets = new ArrayList<>();
    for (String id : ids) {
      int dot = id.indexOf('.');
      if (dot > 0 && AREA_DOMAINS.contains(id.substring(0, dot)) && exposed(id)) {
        targets.add(id);
      }
    }
    if (ids.isEmpty()) {
      // No such area: Alexa heard a room where the user named a device ("turn off the coffee
      // maker"). Home Assistant's conversation agent knows devices by name.
      return AlexaSkillCore.converse(
          envelope, token, "turn " + onOrOff + " the " + area, attributes);
    }
    if (targets.isEmpty()) {
      return SkillReplies.tell(String.format(Locale.ROOT, AREA_EMPTY, onOrOff, area), attributes);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("entity_id", targets);
    Gateway.homeAssistantCallService(token, "homeassistant", on ? "turn_on" : "turn_off", data);
    return SkillReplies.tell(
        String.format(
            Locale.ROOT,
            AREA_DONE,
            onOrOff,
            targets.size(),
            targets.size() == 1 ? "device" : "devices",
            area),
        attributes);
  }

  // ---- finding entities ---------------------------------------------------------------------

  /**
   * The state of the {@code domain} entity the slot names, or null when Home Assistant has none
   * Alexa may see.
   */
  static Map<String, Object> find(String token, String domain, Slots slots, String slot) {
    String entityId = entityId(domain, slots.resolved(slot), slots.value(slot));
    if (entityId == null || !Gateway.homeAssistantValidEntityId(entityId) || !exposed(entityId)) {
      return null;
    }
    try {
      return Gateway.homeAssistantState(token, entityId);
    } catch (HomeAssistantException failure) {
      if (failure.kind() == HomeAssistantException.Kind.NOT_FOUND) {
        return null;
      }
      throw failure;
    }
  }

  /**
   * {@code domain.<id>} from a resolved id ({@code script.good_morning} or {@code good_morning}),
   * else from the spoken name; null when neither names one of {@code domain}.
   */
  static String entityId(String domain, String resolved, String spoken) {
    if (resolved != null && resolved.startsWith(domain + ".")) {
      return resolved;
    }
    if (resolved != null && resolved.indexOf('.') < 0 && !slug(resolved).isEmpty()) {
      return domain + "." + slug(resolved);
    }
    String slug = spoken == null ? "" : slug(spoken);
    return slug.isEmpty() ? null : domain + "." + slug;
  }

  /** Whether the {@code DISCOVERY_*} settings let Alexa see the entity. */
  private static boolean exposed(String entityId) {
    return !Settings.discoveryFiltered() || DiscoveryFilter.fromConfig().exposes(entityId);
  }

  /**
   * Lower-case Latin letters that NFKD does not decompose, as unidecode (under Home Assistant's
   * slugify) writes them in ASCII.
   */
  private static final Map<Character, String> LETTERS_WITHOUT_ACCENT =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('ø', "o"),
          Map.entry('ł', "l"),
          Map.entry('đ', "d"),
          Map.entry('ð', "d"),
          Map.entry('þ', "th"),
          Map.entry('ı', "i"),
          Map.entry('ħ', "h"));

  /**
   * Home Assistant's object id for a name: lower case, accents dropped, every run of other
   * characters one underscore ("Mom's Good Morning!" -> {@code mom_s_good_morning}). Letters that
   * have no accent to drop are spelled as Home Assistant's slugify (unidecode) spells them: "Gute
   * Grüße" -> {@code gute_grusse}, "Kæledyr" -> {@code kaeledyr}, "Łódź" -> {@code lodz}.
   */
  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      String spelled = LETTERS_WITHOUT_ACCENT.get(c);
      if (spelled != null) {
        slug.append(spelled);
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '_') {
        slug.append('_');
      }
    }
    int end = slug.length();
    while (end > 0 && slug.charAt(end - 1) == '_') {
      end--;
    }
    return slug.substring(0, end);
  }

  private static String friendlyName(Map<String, Object> state, String spoken) {
    String name = JsonMaps.string(state, "attributes", "friendly_name");
    return name != null && !name.isBlank() ? name.strip() : spoken != null ? spoken : "it";
  }

  // ---- values -------------------------------------------------------------------------------

  /** The option the user meant: equal ignoring case, spaces and underscores; null when none. */
  static String option(List<Object> options, String said) {
    String wanted = slug(said);
    for (Object option : options) {
      if (option instanceof String text && slug(text).equals(wanted)) {
        return text;
      }
    }
    return null;
  }

  private static String choices(List<Object> options) {
    List<String> names = new ArrayList<>();
    if (options != null) {
      for (Object option : options) {
        names.add(String.valueOf(option));
      }
    }
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /** On or off in the words people use; null for anything else. */
  static Boolean onOff(String said) {
    return switch (said.strip().toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true", "enable", "enabled", "active", "start" -> Boolean.TRUE;
      case "off", "no", "false", "disable", "disabled", "inactive", "stop" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** A number as said ("45", "-2.5"), as an integer when it is one; null when not a number. */
  static Number number(String said) {
    if (said == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(said.strip());
      return Double.isFinite(value) ? Ranges.plain(value) : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String spokenNumber(double value) {
    Number plain = Ranges.plain(value);
    return plain.toString();
  }

  /**
   * An {@code AMAZON.DURATION} value ({@code PT45M}, {@code P1DT2H}); null when it is not one.
   * Alexa never resolves a negative duration, and Home Assistant has no form for one ({@code
   * 0:-5:00} is not a duration), so {@code PT-5M} is not one either.
   */
  static Duration duration(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      Duration duration = Duration.parse(iso.strip());
      return duration.isNegative() ? null : duration;
    } catch (DateTimeParseException notADuration) {
      return null;
    }
  }

  /** Home Assistant's duration form: {@code 0:45:00}. */
  static String hoursMinutesSeconds(Duration duration) {
    long seconds = duration.getSeconds();
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }

  /** "1 hour 30 minutes", "45 seconds". */
  static String spokenDuration(Duration duration) {
    long seconds = duration.getSeconds();
    List<String> parts = new ArrayList<>();
    add(parts, seconds / 3600, "hour");
    add(parts, (seconds / 60) % 60, "minute");
    add(parts, seconds % 60, "second");
    return String.join(" ", parts);
  }

  private static void add(List<String> parts, long count, String unit) {
    if (count > 0) {
      parts.add(count + " " + unit + (count == 1 ? "" : "s"));
    }
  }

  // ---- answers ------------------------------------------------------------------------------

  private static RawJson notFound(String what, String spoken, Map<String, Object> attributes) {
    return SkillReplies.tell(
        String.format(Locale.ROOT, NOT_FOUND, what, spoken == null ? "that" : spoken), attributes);
  }

  /**
   * What to say when Home Assistant refused ({@code REJECTED}: a value it does not take); any other
   * failure is the caller's to apologise for.
   */
  private static RawJson refusedOr(
      HomeAssistantException failure, String name, Map<String, Object> attributes) {
    if (failure.kind() != HomeAssistantException.Kind.REJECTED) {
      throw failure;
    }
    Gateway.loggingWarn("Skill request refused by Home Assistant: " + failure.getMessage());
    return SkillReplies.tell(String.format(Locale.ROOT, REFUSED, name), attributes);
  }
}
