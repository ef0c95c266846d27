package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HandlerTest {
  @Test
  void greetsByName() throws IOException {
    assertEquals("{\"greeting\":\"Hello, Ada!\"}", invoke("{\"name\": \"Ada\"}"));
    assertEquals("{\"greeting\":\"Hello, world!\"}", invoke("{}"));
  }

  @Test
  void theGatewayCountsTheCoreCallsTheModuleMakes() throws IOException {
    invoke("{\"name\": \"Grace\"}");
    assertTrue(Gateway.statistics().operation("logging.info").calls() >= 1);
    assertTrue(Gateway.loadedInterfaces().contains(Gateway.Interface.GREETER));
  }

  private static String invoke(String event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Handler().handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, new TestContext());
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the Lambda runtime passes: a request id, the time left, the memory size. */
  private static final class TestContext implements Context {
    @Override public String getAwsRequestId() { return "test-request"; }
    @Override public String getLogGroupName() { return "test"; }
    @Override public String getLogStreamName() { return "test"; }
    @Override public String getFunctionName() { return "test"; }
    @Override public String getFunctionVersion() { return "1"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:test"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 5_000; }
    @Override public int getMemoryLimitInMB() { return 512; }
    @Override public LambdaLogger getLogger() { return null; }
  }
}
