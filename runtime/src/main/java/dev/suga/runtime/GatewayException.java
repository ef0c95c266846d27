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

/**
 * Every failure of a gateway call: an operation that threw a checked exception, arguments that do
 * not fit, an unknown operation name or a module that could not be built. It names the interface
 * and the operation (either may be {@code null} when the failure is not about one) and keeps the
 * original exception as its {@linkplain #getCause() cause}.
 *
 * <p>Unchecked exceptions thrown by an operation are not wrapped: callers see them as thrown.
 */
public final class GatewayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The interface id, or {@code null}. */
  private final String interfaceId;

  /** The qualified operation name, or {@code null}. */
  private final String operation;

  /**
   * Creates an exception.
   *
   * @param interfaceId the interface id, e.g. {@code "cache"}, or {@code null}
   * @param operation the qualified operation name, e.g. {@code "cache.get"}, or {@code null}
   * @param message the message
   * @param cause the cause, or {@code null}
   */
  public GatewayException(String interfaceId, String operation, String message, Throwable cause) {
    super(message, cause);
    this.interfaceId = interfaceId;
    this.operation = operation;
  }

  /**
   * The interface the failure is about.
   *
   * @return the interface id, e.g. {@code "cache"}, or {@code null}
   */
  public String interfaceId() {
    return interfaceId;
  }

  /**
   * The operation the failure is about.
   *
   * @return the qualified operation name, e.g. {@code "cache.get"}, or {@code null}
   */
  public String operation() {
    return operation;
  }
}
