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
package dev.suga.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Test shorthand for operation metadata: {@code
 * "cache|get|-|60|java.lang.String|key:java.lang.String"}.
 */
public final class Operations {
  private Operations() {}

  /**
   * {@code interfaceId|name|flags|cacheTtlSeconds|returnType|param:type|...}, flags {@code h} for a
   * hot path, else {@code -}.
   */
  public static OperationInfo info(String shorthand) {
    String[] fields = shorthand.split("\\|");
    List<ParameterInfo> parameters = new ArrayList<>();
    for (int i = 5; i < fields.length; i++) {
      int colon = fields[i].indexOf(':');
      parameters.add(
          new ParameterInfo(fields[i].substring(0, colon), fields[i].substring(colon + 1)));
    }
    return new OperationInfo(
        fields[0],
        fields[1],
        fields[2].equals("h"),
        Long.parseLong(fields[3]),
        fields[4],
        parameters);
  }
}
