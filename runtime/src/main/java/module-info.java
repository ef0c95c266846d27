/**
 * The runtime of SUGA gateways. {@code dev.suga.runtime} is the API users call (exceptions,
 * statistics, metadata); {@code dev.suga.runtime.internal} is what generated code calls, exported
 * because generated code lives in the application's packages, but not API.
 */
module dev.suga.runtime {
  /*
   * A JDK module, not a dependency: what measures the heap after garbage collections for memory
   * pressure. Not "requires static": the JVM would then resolve it only if something else required
   * it, so on the module path MEMORY_PRESSURE would silently never release unless the application
   * added --add-modules java.management. Requiring a module loads none of its classes; the runtime
   * loads them only when a gateway with a MEMORY_PRESSURE module or a result cache ends an
   * invocation after a collection.
   */
  requires java.management;

  exports dev.suga.runtime;
  exports dev.suga.runtime.internal;
}
