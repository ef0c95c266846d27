/**
 * The runtime of SUGA gateways. {@code dev.suga.runtime} is the API users call (exceptions,
 * statistics, metadata); {@code dev.suga.runtime.internal} is what generated code calls, exported
 * because generated code lives in the application's packages, but not API.
 */
module dev.suga.runtime {
  exports dev.suga.runtime;
  exports dev.suga.runtime.internal;
}
