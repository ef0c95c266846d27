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
 * ({@code entity_id} first), made {@code times} times in a row (a StepSpeaker's "three steps up" is
 * three {@code volume_up} calls: Home Assistant's step service takes no count).
 *
 * <p>Immutable by copying, in and out, rather than through {@code Collections.unmodifiableMap}:
 * writing that view as JSON loads three more JDK classes on a cold start.
 */
record ServiceCall(String domain, String service, Map<String, Object> data, int times) {
  ServiceCall {
    data = new LinkedHashMap<>(data);
    if (times < 1) {
      throw new IllegalArgumentException("a service call is made at least once");
    }
  }

  /** A call made once. */
  ServiceCall(String domain, String service, Map<String, Object> data) {
    this(domain, service, data, 1);
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
    return new ServiceCall(domain, service, more, times);
  }

  /** This call, made {@code count} times. */
  ServiceCall times(int count) {
    return new ServiceCall(domain, service, data, count);
  }
}
