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

/**
 * A document is not the JSON that was expected: malformed, beyond a limit, or of another shape. The
 * message says what and where, never what the document contains (documents carry tokens, and
 * messages go to the logs); it has no cause, so a logged stack trace cannot print Jackson's own
 * message, which quotes the input.
 */
public final class MalformedJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedJsonException(String message) {
    super(message);
  }

  /**
   * A new instance, typed as the {@link RuntimeException} it is: {@link JsonMaps} throws through
   * this, so that verifying JsonMaps (on every cold start) does not load this class, which only a
   * malformed document needs. Catch it by its own type as usual.
   */
  static RuntimeException of(String message) {
    return new MalformedJsonException(message);
  }
}
