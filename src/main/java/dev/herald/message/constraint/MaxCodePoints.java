package dev.herald.message.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Text of at most {@code value} Unicode code points (not UTF-16 units, not bytes); null is valid. */
@Documented
@Constraint(validatedBy = MaxCodePointsValidator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface MaxCodePoints {

    String message() default "must be at most {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The maximum length in code points. */
    int value();
}
