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
package dev.suga.processor;

/**
 * A module's {@code @GatewayWarmup} method, {@code void name()}: what {@code Gateway.train()} runs
 * through the module's holder.
 *
 * @param methodName the source method's name
 * @param isStatic whether it is static (no module instance needed)
 * @param throwsChecked whether it declares a checked exception (wrapped when thrown)
 */
record WarmupModel(String methodName, boolean isStatic, boolean throwsChecked) {}
