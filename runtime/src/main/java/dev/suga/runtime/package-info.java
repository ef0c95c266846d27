/**
 * What users of SUGA gateways call and see: {@link dev.suga.runtime.GatewayException} (every
 * gateway failure, naming the interface, the operation and the cause), {@link
 * dev.suga.runtime.StatisticsSnapshot} (per-operation and per-module counters, with a {@linkplain
 * dev.suga.runtime.StatisticsSnapshot#report() report} that recommends {@code @HotPath}s), and the
 * metadata the generated {@code Gateway.Operation} and {@code Gateway.Interface} constants give:
 * {@link dev.suga.runtime.OperationInfo}, {@link dev.suga.runtime.ParameterInfo}, {@link
 * dev.suga.runtime.InterfaceInfo}, {@link dev.suga.runtime.UnloadPolicy}.
 *
 * <p>What generated code calls (holders, result caches, statistics counters, argument adapters)
 * lives in {@link dev.suga.runtime.internal}, which is not API.
 *
 * <p>Everything here runs on a cold start, so the code avoids what costs milliseconds on a fresh
 * JVM: lambdas and method references (they bootstrap {@code LambdaMetafactory}), regular
 * expressions, {@code String.format} and reflection.
 */
package dev.suga.runtime;
