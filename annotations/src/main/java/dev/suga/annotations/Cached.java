package dev.suga.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Cache-first execution of a {@link GatewayOperation}: results are kept, per distinct
 * arguments (compared with {@code equals}, arrays by content), for {@link #ttlSeconds()}.
 * A hit returns without loading or building the module, which is what makes caching pay
 * for modules that are released after use.
 *
 * <p>The cache is bounded (least recently used entries go first; the bound is the system
 * property {@code suga.cache.maxEntries}, default 1024). {@code null} results are cached
 * too; thrown exceptions are not. Arguments and results should be immutable. Not allowed on
 * {@code void} methods.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Cached {
  /** How long a result stays valid, in seconds; must be positive. */
  long ttlSeconds() default 60;
}
