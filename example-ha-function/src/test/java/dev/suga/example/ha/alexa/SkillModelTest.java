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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.suga.example.ha.json.JsonMaps;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped interaction model ({@code skill/interaction-model.en-US.json}, the file the deploy
 * guide pastes into the Alexa console) and the function agree: every intent of the model is one the
 * function handles, with exactly the slots it reads, and every intent the function handles is in
 * the model. Also the model's own rules the console would refuse it for: slots used in samples are
 * declared, custom slot types are defined (and used), an {@code AMAZON.SearchQuery} slot is alone
 * in its sample with a carrier phrase, samples are unique and spelled in words.
 */
class SkillModelTest {
  static final String MODEL = "skill/interaction-model.en-US.json";
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_]+)}");
  private static final Set<String> REQUIRED_BUILT_INS =
      Set.of(
          "AMAZON.CancelIntent",
          "AMAZON.HelpIntent",
          "AMAZON.StopIntent",
          "AMAZON.NavigateHomeIntent");

  @Test
  void everyIntentAndSlotOfTheModelIsHandledAndEveryHandledIntentIsInTheModel() {
    Set<String> inModel = new TreeSet<>();
    for (Object intent : intents()) {
      String name = JsonMaps.string(intent, "name");
      inModel.add(name);
      if (name.startsWith("AMAZON.")) {
        assertTrue(
            AlexaSkillCore.BUILT_IN_INTENTS.contains(name), name + " is not answered by the skill");
        continue;
      }
      SkillIntent handled = SkillIntent.of(name);
      assertNotNull(handled, name + " is in the model but the function has no handler for it");
      assertEquals(
          new TreeSet<>(handled.slots()),
          new TreeSet<>(slotNames(intent)),
          name + ": the model's slots and the slots the handler reads differ");
    }
    for (SkillIntent intent : SkillIntent.values()) {
      assertTrue(
          inModel.contains(intent.intentName()), intent + " is handled but not in the model");
    }
    assertTrue(inModel.containsAll(REQUIRED_BUILT_INS), "Alexa requires " + REQUIRED_BUILT_INS);
  }

  @Test
  void theModelIsOneTheConsoleAccepts() {
    Map<String, Object> languageModel = languageModel();
    String invocation = JsonMaps.string(languageModel, "invocationName");
    assertTrue(
        invocation.matches("[a-z]+( [a-z]+)+"), "two or more lower-case words: " + invocation);
    Set<String> customTypes = new HashSet<>();
    for (Object type : JsonMaps.array(languageModel, "types")) {
      customTypes.add(JsonMaps.string(type, "name"));
      assertFalse(JsonMaps.array(type, "values").isEmpty(), type::toString);
    }
    Set<String> usedTypes = new HashSet<>();
    Set<String> samples = new HashSet<>();
    for (Object intent : intents()) {
      String name = JsonMaps.string(intent, "name");
      Map<String, String> slotTypes = new HashMap<>();
      List<Object> slots = JsonMaps.array(intent, "slots");
      for (Object slot : slots == null ? List.of() : slots) {
        String type = JsonMaps.string(slot, "type");
        slotTypes.put(JsonMaps.string(slot, "name"), type);
        usedTypes.add(type);
        assertTrue(
            type.startsWith("AMAZON.") || customTypes.contains(type),
            name + ": slot type " + type + " is not defined");
      }
      Set<String> sampled = new HashSet<>();
      for (Object sample : JsonMaps.array(intent, "samples")) {
        String text = (String) sample;
        assertTrue(
            SLOT.matcher(text).replaceAll("slot").matches("[a-z']+( [a-z']+)*"),
            name + ": '" + text + "' (lower-case words, no digits or punctuation)");
        assertTrue(samples.add(text), "'" + text + "' is a sample of two intents");
        List<String> used = new ArrayList<>();
        Matcher slot = SLOT.matcher(text);
        while (slot.find()) {
          used.add(slot.group(1));
        }
        for (String slotName : used) {
          assertTrue(slotTypes.containsKey(slotName), name + ": '" + text + "' uses " + slotName);
          if ("AMAZON.SearchQuery".equals(slotTypes.get(slotName))) {
            assertEquals(1, used.size(), name + ": a SearchQuery slot is alone: " + text);
            assertFalse(text.equals("{" + slotName + "}"), name + ": needs a carrier phrase");
          }
        }
        sampled.addAll(used);
      }
      assertEquals(
          slotTypes.keySet(), sampled, name + ": every slot appears in at least one sample");
    }
    for (String type : customTypes) {
      assertTrue(usedTypes.contains(type), type + " is defined but no slot uses it");
    }
  }

  static Map<String, Object> languageModel() {
    try (InputStream in = SkillModelTest.class.getClassLoader().getResourceAsStream(MODEL)) {
      assertNotNull(in, MODEL + " is not on the class path (src/main/resources)");
      return JsonMaps.object(
          JsonMaps.parse(in.readAllBytes()), "interactionModel", "languageModel");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static List<Object> intents() {
    return JsonMaps.array(languageModel(), "intents");
  }

  private static Set<String> slotNames(Object intent) {
    Set<String> names = new LinkedHashSet<>();
    List<Object> slots = JsonMaps.array(intent, "slots");
    for (Object slot : slots == null ? List.of() : slots) {
      names.add(JsonMaps.string(slot, "name"));
    }
    return names;
  }
}
