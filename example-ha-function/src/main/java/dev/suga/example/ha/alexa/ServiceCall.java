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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Home Assistant service call: {@code POST /api/services/<domain>/<service>} with {@code data}
 * ({@code entity_id} first).
 *
 * <p>Immutable by copying, in and out, rather than through {@code Collections.unmodifiableMap}:
 * writing that view as JSON loads three more JDK classes on a cold start.
 */
record ServiceCall(String domain, String service, Map<String, Object> data) {
  ServiceCall {
    data = new LinkedHashMap<>(data);
  }

  /** The data, a copy in the call's order. */
  @Override
  public Map<String, Object> data() {
    return new LinkedHashMap<>(data);
  }

  /** {@code domain.service} for {@code entityId} ({@code {"entity_id": ...}}). */
  static ServiceCall of(String domain, String service, String entityId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("entity_id", entityId);
    return new ServiceCall(domain, service, data);
  }

  /** This call with one more data field. */
  ServiceCall with(String key, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(data);
    more.put(key, value);
    return new ServiceCall(domain, service, more);
  }
}
