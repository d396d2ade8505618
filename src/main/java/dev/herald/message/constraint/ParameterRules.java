package dev.herald.message.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On {@link dev.herald.message.Parameter}: {@code type} is a known parameter type, the field named by {@code type} is
 * set and no other; {@code filename} only on a document. Class-level because the rules depend on sibling fields; each
 * violation names the offending field.
 */
@Documented
@Constraint(validatedBy = ParameterRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ParameterRules {

    String message() default "must have exactly the field named by type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
