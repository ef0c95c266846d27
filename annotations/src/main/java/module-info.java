/**
 * The annotations of SUGA, the Single Universal Gateway Architecture: {@code @GatewayOperation},
 * {@code @GatewayModule}, {@code @HotPath}, {@code @Cached}, {@code @GatewayRoot},
 * {@code @GatewayLibrary}, {@code @GatewayFallback}. CLASS retention: nothing of them is read at
 * run time, so applications usually {@code requires static} this module.
 */
module dev.suga.annotations {
  exports dev.suga.annotations;
  /** Written by the processor into library indexes; not for hand-written code. */
  exports dev.suga.annotations.internal;
}
