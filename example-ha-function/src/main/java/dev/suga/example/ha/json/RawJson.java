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

import java.util.Objects;

/**
 * A JSON value already written, embedded as it is by {@link JsonMaps#write}: how a module that
 * writes its document with databind ({@link Mappers}) hands it to the control path's streaming
 * writer without the control path knowing databind.
 *
 * @param text one complete JSON value
 */
public record RawJson(String text) {
  public RawJson {
    Objects.requireNonNull(text, "text");
  }
}
