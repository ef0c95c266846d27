package dev.suga.coldstart.reflective;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a directive handler method: {@code "Alexa.PowerController/TurnOn"}. Read by reflection at init. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Route {
  String value();
}
