package dev.herald.message.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On {@link dev.herald.message.Interactive}: {@code type} is a known interactive type; header, body, footer and action
 * rules of each interactive {@code type}. Class-level because the rules depend on sibling fields; each violation names
 * the offending field.
 */
@Documented
@Constraint(validatedBy = InteractiveRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface InteractiveRules {

    String message() default "does not meet the rules of its interactive type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
