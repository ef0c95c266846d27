/**
 * The small, dependency-free runtime that generated SUGA gateways call.
 *
 * <ul>
 *   <li>{@link dev.suga.runtime.ModuleHolder}: a thread-safe lazy module instance that can be
 *       released again (unload policies other than {@code NEVER}, which generated code
 *       implements with the initialization-on-demand holder idiom);
 *   <li>{@link dev.suga.runtime.ResultCache}: the bounded TTL cache behind {@code @Cached}
 *       operations, consulted before the module is even loaded;
 *   <li>{@link dev.suga.runtime.GatewayStatistics}: per-operation and per-module counters
 *       cheap enough to stay on in production, with a {@linkplain
 *       dev.suga.runtime.StatisticsSnapshot#report() report} that recommends {@code @HotPath}s;
 *   <li>{@link dev.suga.runtime.GatewayException}: every gateway failure, naming the interface,
 *       the operation and the cause;
 *   <li>{@link dev.suga.runtime.OperationInfo} and {@link dev.suga.runtime.InterfaceInfo}: the
 *       metadata the generated enums carry.
 * </ul>
 *
 * <p>Everything here runs on a cold start, so the code avoids what costs milliseconds on a
 * fresh JVM: lambdas and method references (they bootstrap {@code LambdaMetafactory}), regular
 * expressions, {@code String.format} and reflection.
 */
package dev.suga.runtime;
