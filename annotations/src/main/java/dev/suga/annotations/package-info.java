/**
 * The annotations of SUGA, the Single Universal Gateway Architecture.
 *
 * <p>Write plain classes ("core modules"), mark the methods other code may call with {@link
 * dev.suga.annotations.GatewayOperation}, and put {@link dev.suga.annotations.GatewayRoot} on one
 * type of the application. At {@code javac} time the SUGA processor writes one {@code Gateway}
 * class next to the root:
 *
 * <pre>{@code
 * @GatewayModule                       // interface id "cache" (CacheCore minus "Core")
 * public class CacheCore {
 *   private final Map<String, String> map = new HashMap<>();
 *
 *   @GatewayOperation @HotPath        // "cache.get" -> Gateway.cacheGet(String)
 *   public String get(String key) { return map.get(key); }
 *
 *   @GatewayOperation                  // "cache.put" -> Gateway.cachePut(String, String)
 *   public void put(String key, String value) { map.put(key, value); }
 * }
 *
 * @GatewayRoot                          // generates com.acme.Gateway
 * public final class App {}
 *
 * String v = Gateway.cacheGet("k");                              // typed, direct
 * Object w = Gateway.execute(Gateway.Operation.CACHE_GET, "k");  // universal
 * Object x = Gateway.execute("cache.get", "k");                  // by name
 * Object y = Gateway.execute(Gateway.Operation.CACHE_GET, Map.of("key", "k"));
 * }</pre>
 *
 * <p>{@code CacheCore} is neither loaded nor built before the first {@code cache.*} call: laziness
 * comes from the JVM's own class initialization, not from reflection. Annotations have {@code
 * CLASS} retention: nothing of them is read at run time.
 *
 * <ul>
 *   <li>{@link dev.suga.annotations.GatewayOperation}: a method becomes an operation.
 *   <li>{@link dev.suga.annotations.HotPath}: the operation's typed method is a plain direct call,
 *       without statistics.
 *   <li>{@link dev.suga.annotations.Cached}: results are kept for a time; a hit neither loads nor
 *       builds the module.
 *   <li>{@link dev.suga.annotations.GatewayModule}: the interface id and when the module's instance
 *       is released ({@link dev.suga.annotations.GatewayModule.Unload}).
 *   <li>{@link dev.suga.annotations.GatewayRoot}: where the gateway is generated. A compilation
 *       without a root is a library: it writes an index of its modules that a root compiled later,
 *       with the library on its class path, takes in.
 * </ul>
 */
package dev.suga.annotations;
