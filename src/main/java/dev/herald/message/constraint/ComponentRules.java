package dev.herald.message.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On {@link dev.herald.message.Component}: {@code type} is header, body, button, limited_time_offer or carousel; text
 * parameter limits of header (60) and body (1024) and their forbidden whitespace; button {@code sub_type} and
 * {@code index}; carousel cards (1-10, unique {@code card_index}). Class-level because the rules depend on sibling
 * fields; each violation names the offending field.
 */
@Documented
@Constraint(validatedBy = ComponentRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ComponentRules {

    String message() default "does not meet the rules of its component type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
