package dev.suga.coldstart.hello;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The limit of a Java Lambda cold start: drains the event and answers a constant. Everything a
 * real handler costs on top of this is its own doing.
 */
public final class HelloHandler implements RequestStreamHandler {
  private static final byte[] ANSWER = {'{', '"', 'h', 'e', 'l', 'l', 'o', '"', ':', '"', 'w', 'o', 'r', 'l', 'd', '"', '}'};

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    byte[] buffer = new byte[4096];
    while (input.read(buffer) > 0) {
      // drain: the runtime hands over the whole event
    }
    output.write(ANSWER);
  }
}
