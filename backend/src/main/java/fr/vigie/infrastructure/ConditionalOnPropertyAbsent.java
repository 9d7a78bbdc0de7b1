package fr.vigie.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the named property is not set at all. An embedded server is started only when
 * the user has not pointed Vigie at an external one: setting the property, to any value, means
 * "use that one".
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnPropertyAbsentCondition.class)
public @interface ConditionalOnPropertyAbsent {

    /** The property whose absence enables the annotated configuration. */
    String value();
}
