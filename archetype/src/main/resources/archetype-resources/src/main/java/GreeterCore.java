package ${package};

import dev.suga.annotations.GatewayModule;
import dev.suga.annotations.GatewayOperation;
import dev.suga.annotations.HotPath;

/**
 * This function's own module, interface {@code greeter}: the processor turns its operations into
 * {@code Gateway.greeterGreet(String)} and {@code Gateway.execute("greeter.greet", ...)}.
 */
@GatewayModule
public class GreeterCore {
  private final String salutation = Gateway.configGetOr("GREETING_SALUTATION", "Hello");

  /** {@code @HotPath}: a direct call, as cheap as calling this class yourself (not counted). */
  @GatewayOperation
  @HotPath
  public String greet(String name) {
    String who = name == null || name.isBlank() ? "world" : name.strip();
    Gateway.metricsCount("Greetings", 1);
    Gateway.loggingInfo("Greeting " + who);
    return salutation + ", " + who + "!";
  }
}
