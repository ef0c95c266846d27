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
package dev.suga.example.ha.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * jackson-databind for the large, rarely used documents: discovery (Home Assistant's state list in,
 * the Discover.Response endpoints out) and the custom skill's reply envelopes, as records. Only the
 * modules that handle them call this class ({@code alexa_discovery}, {@code alexa_skill}, both
 * loaded on first use and released when idle), so a JVM whose first event is a TurnOn loads no
 * databind class at all; {@code FirstEventClassLoadingTest} holds that.
 *
 * <p>The mapper reads with the same limits as the streaming path ({@link JsonMaps#CONSTRAINTS}) and
 * the same UTF-8 check, ignores members its records do not name, and reads integers as {@code Long}
 * as {@link JsonMaps} does. Its failures become {@link MalformedJsonException}s without the
 * document's content. Databind's reflection stays inside these modules: the generated gateway
 * itself uses none.
 */
public final class Mappers {
  private Mappers() {}

  /** Initialization-on-demand: the mapper is built on the first document, not before. */
  private static final class Holder {
    static final ObjectMapper MAPPER =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(JsonMaps.CONSTRAINTS)
                    // ASCII out: the text is embedded raw in an answer JsonMaps writes as UTF-8,
                    // where a lone surrogate in a string (from Home Assistant) would not encode.
                    .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /**
   * Reads {@code bytes} as a {@code type}.
   *
   * @throws MalformedJsonException if they are not JSON within the limits, or not of that shape
   */
  public static <T> T read(byte[] bytes, Class<T> type) {
    JsonMaps.checkUtf8(bytes);
    try {
      T value = Holder.MAPPER.readValue(bytes, type);
      if (value == null) {
        throw new MalformedJsonException("expected a JSON value, not null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw JsonMaps.malformed(e);
    } catch (IOException e) {
      throw new MalformedJsonException("unreadable JSON");
    }
  }

  /**
   * {@code value} written by databind, to embed in a streaming-written answer: ASCII, every other
   * character escaped.
   */
  public static RawJson write(Object value) {
    try {
      return new RawJson(Holder.MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
