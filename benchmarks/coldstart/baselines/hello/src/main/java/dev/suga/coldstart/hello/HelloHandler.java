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
package dev.suga.coldstart.hello;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The limit of a Java Lambda cold start: drains the event and answers a constant. Everything a real
 * handler costs on top of this is its own doing.
 */
public final class HelloHandler implements RequestStreamHandler {
  private static final byte[] ANSWER = {
    '{', '"', 'h', 'e', 'l', 'l', 'o', '"', ':', '"', 'w', 'o', 'r', 'l', 'd', '"', '}'
  };

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    byte[] buffer = new byte[4096];
    while (input.read(buffer) > 0) {
      // drain: the runtime hands over the whole event
    }
    output.write(ANSWER);
  }
}
