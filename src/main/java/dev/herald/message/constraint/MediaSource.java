package dev.herald.message.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On {@link dev.herald.message.Media}: exactly one of {@code link} and {@code id}. Class-level because the rules depend
 * on sibling fields; each violation names the offending field.
 */
@Documented
@Constraint(validatedBy = MediaSourceValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MediaSource {

    String message() default "must have exactly one of link and id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
