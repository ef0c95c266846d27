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

import java.util.List;

/**
 * The custom skill's own intents, with the slots each one reads: the function's half of the
 * interaction model it ships ({@code skill/interaction-model.en-US.json}; {@code SkillModelTest}
 * holds the two together, intent by intent and slot by slot). Intent and slot names are the
 * contract with the model: a translated model keeps them.
 */
enum SkillIntent {
  /**
   * "run good morning [with five / for ten minutes / in the kitchen]": the other slots as
   * variables.
   */
  RUN_SCRIPT("RunScriptIntent", "script", "number", "duration", "room"),
  /** "trigger lights at sunset". */
  TRIGGER_AUTOMATION("TriggerAutomationIntent", "automation"),
  /** "set house mode to away", "set target humidity to fifty". */
  SET_INPUT("SetInputIntent", "helper", "value", "number"),
  /** "send a notification saying dinner is ready". */
  NOTIFY("NotifyIntent", "message"),
  /** "start the laundry timer [for forty minutes]". */
  START_TIMER("StartTimerIntent", "timer", "duration"),
  /** "pause the laundry timer". */
  PAUSE_TIMER("PauseTimerIntent", "timer"),
  /** "cancel the laundry timer". */
  CANCEL_TIMER("CancelTimerIntent", "timer"),
  /** "turn off the kitchen": the area's lights, switches, fans and players. */
  AREA_POWER("AreaPowerIntent", "power", "area"),
  /** Free speech, the fallback: Home Assistant's conversation agent. */
  ASK("AskHomeAssistantIntent", "query");

  private final String intentName;
  private final List<String> slots;

  SkillIntent(String intentName, String... slots) {
    this.intentName = intentName;
    this.slots = List.of(slots);
  }

  /** The intent's name in the interaction model. */
  String intentName() {
    return intentName;
  }

  /** The names of the slots this intent reads. */
  List<String> slots() {
    return slots;
  }

  /** The intent named {@code name} in the model, or null when it is none of these. */
  static SkillIntent of(String name) {
    for (SkillIntent intent : values()) {
      if (intent.intentName.equals(name)) {
        return intent;
      }
    }
    return null;
  }
}
