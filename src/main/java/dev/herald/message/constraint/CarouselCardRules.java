package dev.herald.message.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On {@link dev.herald.message.InteractiveCard}: an image or video header is required and the body is at most 160
 * characters. Class-level because the rules depend on sibling fields; each violation names the offending field.
 */
@Documented
@Constraint(validatedBy = CarouselCardRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CarouselCardRules {

    String message() default "does not meet the carousel card rules";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
