package org.motcua.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks a bean that only triggers scheduled work: it exists unless
 * {@code motcua.scheduling.enabled=false}. Scheduling itself cannot be switched off (a
 * library, Spring Session, turns it on), so each job's trigger carries this condition;
 * the work stays callable directly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "motcua.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public @interface WhenSchedulesRun {

}
