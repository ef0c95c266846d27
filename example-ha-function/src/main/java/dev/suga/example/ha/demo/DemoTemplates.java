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
package dev.suga.example.ha.demo;

import dev.suga.example.ha.json.JsonMaps;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two Jinja templates the function renders: {@code {{ area_entities('<area>') | tojson }}} and
 * {@code {{ states('<entity_id>') }}}. Anything else is a 400, which is what Home Assistant answers
 * for a template it cannot render; a demo that guessed would hide bugs.
 */
final class DemoTemplates {
  private static final String QUOTED = "\\s*(['\"])([^'\"{}]*)\\1\\s*";
  private static final Pattern AREA_ENTITIES =
      Pattern.compile("\\{\\{\\s*area_entities\\(" + QUOTED + "\\)\\s*\\|\\s*tojson\\s*}}");
  private static final Pattern STATES =
      Pattern.compile("\\{\\{\\s*states\\(" + QUOTED + "\\)\\s*}}");

  private DemoTemplates() {}

  static String render(DemoHome home, String template) {
    String trimmed = template == null ? "" : template.strip();
    Matcher area = AREA_ENTITIES.matcher(trimmed);
    if (area.matches()) {
      return JsonMaps.writeString(home.areaEntities(area.group(2)));
    }
    Matcher states = STATES.matcher(trimmed);
    if (states.matches()) {
      Map<String, Object> state = home.state(states.group(2));
      return state == null ? "unknown" : String.valueOf(state.get("state"));
    }
    throw new DemoBadRequest(
        "Error rendering template: TemplateSyntaxError: the demo renders only"
            + " area_entities('<area>') | tojson and states('<entity_id>')");
  }
}
