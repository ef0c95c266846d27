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
package dev.suga.coldstart.reflective;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * A reflective router, as hand-rolled "mini frameworks" do it: at init the route classes are
 * scanned for {@link Route} methods into a {@code Map<String, Method>} and instantiated
 * reflectively; each directive is dispatched with {@link Method#invoke}. JSON and HTTP are the
 * hand-tuned handler's (jackson-core streaming, HttpURLConnection), so the difference between the
 * two is the reflection alone.
 */
public final class RouterHandler implements RequestStreamHandler {
  static final JsonFactory JSON = new JsonFactory();
  private static final Map<String, Method> ROUTES = new HashMap<>();
  private static final Map<Class<?>, Object> TARGETS = new HashMap<>();

  static {
    for (Class<?> type : new Class<?>[] {PowerRoutes.class}) {
      for (Method method : type.getDeclaredMethods()) {
        Route route = method.getAnnotation(Route.class);
        if (route != null) {
          ROUTES.put(route.value(), method);
        }
      }
      try {
        TARGETS.put(type, type.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException failure) {
        throw new IllegalStateException(failure);
      }
    }
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    Directive directive = Directive.read(JSON, input);
    Method route =
        ROUTES.get(
            new StringBuilder(64)
                .append(directive.namespace)
                .append('/')
                .append(directive.name)
                .toString());
    if (route == null) {
      Answers.error(JSON, output, directive, "INVALID_DIRECTIVE", "unsupported directive");
      return;
    }
    try {
      route.invoke(TARGETS.get(route.getDeclaringClass()), directive, output);
    } catch (IllegalAccessException failure) {
      throw new IllegalStateException(failure);
    } catch (InvocationTargetException failure) {
      if (failure.getCause() instanceof IOException) {
        throw (IOException) failure.getCause();
      }
      throw new IllegalStateException(failure.getCause());
    }
  }
}
