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
package dev.suga.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suga.benchmarks.app.AuxCore;
import dev.suga.benchmarks.app.HotCore;
import dev.suga.benchmarks.app.MiscCore;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.catalog.FunctionTypeUtils;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry;
import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;

/**
 * The baselines: what users would write instead of a generated gateway. Each router calls the very
 * same {@link HotCore} methods on a held instance, and knows 60 names, as many as the gateway has
 * operations: the two measured ones, the 56 {@link AuxCore} and {@link MiscCore} operations and the
 * two {@code counted.*} names (mapped to the same methods), none of which is measured. Each router
 * has one call site shared by all operations, as a real router has.
 */
public final class Routers {
  /** Qualified name of the trivial operation in every router. */
  static final String ADD = "hot.add";

  /** Qualified name of the realistic operation in every router. */
  static final String ENTITY_STATE = "hot.entity_state";

  private Routers() {}

  /** The measured operations as hand-written functions over an argument array. */
  static Map<String, Function<Object[], Object>> handWritten(HotCore core) {
    Map<String, Function<Object[], Object>> functions = new LinkedHashMap<>();
    functions.put(ADD, args -> core.add((Integer) args[0], (Integer) args[1]));
    functions.put(ENTITY_STATE, args -> core.entityState((String) args[0], (Integer) args[1]));
    return functions;
  }

  /** The 58 names that are registered but never measured, with their methods. */
  static Map<String, Method> padding() {
    Map<String, Method> methods = new LinkedHashMap<>();
    for (Class<?> module : List.of(AuxCore.class, MiscCore.class)) {
      String prefix = module == AuxCore.class ? "aux." : "misc.";
      for (Method method : module.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          methods.put(prefix + method.getName(), method);
        }
      }
    }
    for (String name : List.of("counted.add", "counted.entity_state")) {
      methods.put(name, method(HotCore.class, name.substring("counted.".length())));
    }
    return methods;
  }

  static Method method(Class<?> type, String operation) {
    String javaName = operation.equals("entity_state") ? "entityState" : operation;
    for (Method method : type.getMethods()) {
      if (method.getName().equals(javaName)) {
        return method;
      }
    }
    throw new IllegalArgumentException(type + " has no " + javaName);
  }

  private static Object target(Method method, HotCore core) {
    Class<?> type = method.getDeclaringClass();
    return type == HotCore.class ? core : type == AuxCore.class ? new AuxCore() : new MiscCore();
  }

  /** A reflective router: {@code Map<String, Method>} plus the held instance. */
  public static final class ReflectiveRouter {
    private final Map<String, Method> methods = new HashMap<>();
    private final Map<String, Object> targets = new HashMap<>();

    ReflectiveRouter(HotCore core) {
      add(ADD, method(HotCore.class, "add"), core);
      add(ENTITY_STATE, method(HotCore.class, "entity_state"), core);
      padding().forEach((name, method) -> add(name, method, target(method, core)));
    }

    private void add(String name, Method method, Object target) {
      methods.put(name, method);
      targets.put(name, target);
    }

    public Object call(String name, Object... args) {
      Method method = methods.get(name);
      if (method == null) {
        throw new IllegalArgumentException("No operation " + name);
      }
      try {
        return method.invoke(targets.get(name), args);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(name + " failed", e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A hand-written {@code Map<String, Function<Object[], Object>>} registry. */
  public static final class FunctionRegistry {
    private final Map<String, Function<Object[], Object>> functions = new HashMap<>();

    FunctionRegistry(HotCore core) {
      functions.putAll(handWritten(core));
      padding()
          .forEach((name, method) -> functions.put(name, reflective(method, target(method, core))));
    }

    public Object call(String name, Object... args) {
      Function<Object[], Object> function = functions.get(name);
      if (function == null) {
        throw new IllegalArgumentException("No operation " + name);
      }
      return function.apply(args);
    }
  }

  /**
   * A {@code Map<String, MethodHandle>} registry. Each handle is bound to its instance, spread over
   * an {@code Object[]} and typed {@code (Object[])Object}, so the call is one {@code invokeExact}
   * with no per-call adaptation: the fastest honest form for a handle that comes out of a map (a
   * non-constant handle; {@code invokeWithArguments} builds an invoker per call and is many times
   * slower).
   */
  public static final class HandleRegistry {
    private static final MethodType GENERIC = MethodType.methodType(Object.class, Object[].class);
    private final Map<String, MethodHandle> handles = new HashMap<>();

    HandleRegistry(HotCore core) {
      add(ADD, method(HotCore.class, "add"), core);
      add(ENTITY_STATE, method(HotCore.class, "entity_state"), core);
      padding().forEach((name, method) -> add(name, method, target(method, core)));
    }

    private void add(String name, Method method, Object target) {
      try {
        MethodHandle handle = MethodHandles.publicLookup().unreflect(method).bindTo(target);
        handles.put(
            name, handle.asSpreader(Object[].class, method.getParameterCount()).asType(GENERIC));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    public Object call(String name, Object... args) {
      MethodHandle handle = handles.get(name);
      if (handle == null) {
        throw new IllegalArgumentException("No operation " + name);
      }
      try {
        return (Object) handle.invokeExact(args);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(name + " failed", e);
      }
    }
  }

  /**
   * Spring Cloud Function's catalog: the same hand-written functions registered in a {@link
   * SimpleFunctionRegistry} (no Spring Boot application context), looked up by name and applied on
   * every call, as the AWS adapter's routing does per event.
   */
  public static final class SpringCatalog {
    private final SimpleFunctionRegistry catalog;

    SpringCatalog(HotCore core) {
      List<MessageConverter> converters = new ArrayList<>();
      converters.add(new StringMessageConverter());
      catalog =
          new SimpleFunctionRegistry(
              new DefaultConversionService(),
              new CompositeMessageConverter(converters),
              new JacksonMapper(new ObjectMapper()));
      handWritten(core).forEach(this::register);
      padding().forEach((name, method) -> register(name, reflective(method, target(method, core))));
    }

    private void register(String name, Function<Object[], Object> function) {
      catalog.register(
          new FunctionRegistration<>(function, name)
              .type(FunctionTypeUtils.functionType(Object[].class, Object.class)));
    }

    public Object call(String name, Object... args) {
      return lookup(name).apply(args);
    }

    /** The catalog's look-up alone: a {@code FunctionInvocationWrapper}. */
    public Function<Object, Object> lookup(String name) {
      Function<Object, Object> function = catalog.lookup(name);
      if (function == null) {
        throw new IllegalArgumentException("No operation " + name);
      }
      return function;
    }
  }

  private static Function<Object[], Object> reflective(Method method, Object target) {
    return args -> {
      try {
        return method.invoke(target, args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
