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
package dev.suga.example.ha;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The handler of an AOT-cache training run ({@link AotTraining}): as the runtime loads it, {@code
 * Gateway.train()} builds the gateway's {@code @HotPath} modules and runs every
 * {@code @GatewayWarmup}; then every event goes to {@link LambdaHandler}, the function itself.
 * Never deployed as the function's handler: it exists so that the trained JVM is the function's own
 * launch command with nothing but the handler's name changed.
 */
public final class AotTrainingHandler implements RequestStreamHandler {
  /** Built first: its class's initialization installs the bridge's setup, as on Lambda. */
  private static final LambdaHandler FUNCTION = new LambdaHandler();

  static {
    Gateway.train();
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    FUNCTION.handleRequest(input, output, context);
  }
}
