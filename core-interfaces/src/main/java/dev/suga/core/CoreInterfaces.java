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
package dev.suga.core;

import dev.suga.annotations.GatewayLibrary;

/**
 * The SUGA core interfaces as a library: {@code cache}, {@code logging}, {@code security}, {@code
 * metrics}, {@code singleton}, {@code http_client}, {@code utility}, {@code initialization}, {@code
 * lambda}, {@code circuit_breaker}, {@code config}, {@code debug} and {@code free_tier}. Their
 * modules call each other through the library's own gateway, {@link CoreGateway} (generated here),
 * because the gateway of the function that uses them does not exist when this library compiles.
 *
 * <p>A function adds this jar and compiles its {@code @GatewayRoot} with the SUGA processor: its
 * gateway then includes these thirteen interfaces beside its own, and both gateways reach the same
 * module instances (one per JVM) and count into the same statistics. Extensions plug in through the
 * operations the interfaces offer for it: settings' defaults ({@code config.set_default}), secrets
 * to redact ({@code security.register_secret}, {@code security.register_secret_setting}), start-up
 * checks ({@code initialization.add_check}) and component checks for {@code /health} ({@code
 * debug.health}). See {@code core-interfaces/README.md} for every operation, setting and the
 * classes each loads first.
 */
@GatewayLibrary(name = "CoreGateway")
public final class CoreInterfaces {
  private CoreInterfaces() {}
}
