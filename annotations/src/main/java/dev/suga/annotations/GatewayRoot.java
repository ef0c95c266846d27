package dev.suga.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the universal gateway in this type's package.
 *
 * <p>The gateway covers every module of the compilation plus every module indexed by the
 * SUGA libraries on the class path (jars whose own compilation had modules but no root).
 * Put it on any type of the application, typically the class with {@code main} or the
 * Lambda handler. Two roots may not generate the same class name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GatewayRoot {
  /** Simple name of the generated class; a Java identifier. Default {@code "Gateway"}. */
  String name() default "Gateway";
}
