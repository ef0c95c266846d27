package dev.suga.runtime;

/**
 * Every failure of a gateway call: an operation that threw a checked exception, arguments that
 * do not fit, an unknown operation name or a module that could not be built. It names the
 * interface and the operation (either may be {@code null} when the failure is not about one)
 * and keeps the original exception as its {@linkplain #getCause() cause}.
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

  /**
   * Wraps a checked exception thrown by an operation, with a message such as {@code "cache.get
   * failed: java.io.IOException: boom"}. When the cause is an {@link InterruptedException}, the
   * current thread's interrupt flag is set again, because catching the exception cleared it
   * and code further up must still see the interruption.
   *
   * @param interfaceId the interface id, or {@code null}
   * @param operation the qualified operation name, or {@code null}
   * @param cause the exception the operation threw
   * @return the exception to throw
   */
  public static GatewayException failed(String interfaceId, String operation, Throwable cause) {
    restoreInterrupt(cause);
    String subject =
        operation != null ? operation : interfaceId != null ? interfaceId : "operation";
    return new GatewayException(interfaceId, operation, subject + " failed: " + cause, cause);
  }

  /**
   * The arguments given to {@code execute} do not fit the operation's parameters, e.g. {@code
   * "cache.get expects (java.lang.String key) but was given (java.lang.Integer); signature:
   * java.lang.String cache.get(java.lang.String key)"}. Each actual argument is described by its
   * class name, or {@code null}.
   *
   * @param operation the operation that was called
   * @param arguments the arguments it was given ({@code null} counts as none)
   * @return the exception to throw
   */
  public static GatewayException argumentMismatch(OperationInfo operation, Object[] arguments) {
    StringBuilder message = new StringBuilder(128);
    message.append(operation.qualifiedName()).append(" expects ");
    operation.appendParameterList(message);
    message.append(" but was given (");
    if (arguments != null) {
      for (int i = 0; i < arguments.length; i++) {
        if (i > 0) {
          message.append(", ");
        }
        Object argument = arguments[i];
        message.append(argument == null ? "null" : argument.getClass().getName());
      }
    }
    message.append("); signature: ").append(operation.signature());
    return new GatewayException(
        operation.interfaceId(), operation.qualifiedName(), message.toString(), null);
  }

  /**
   * {@code execute(String, ...)} was called with a name no operation has.
   *
   * @param name the name that was given
   * @return the exception to throw
   */
  public static GatewayException unknownOperation(String name) {
    return new GatewayException(
        null,
        null,
        "No gateway operation named '"
            + name
            + "'; names are '<interface>.<operation>' in snake_case, see Gateway.Operation",
        null);
  }

  /** Catching an {@link InterruptedException} cleared the thread's flag: set it again. */
  static void restoreInterrupt(Throwable caught) {
    if (caught instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }
}
