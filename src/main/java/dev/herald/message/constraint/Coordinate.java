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

/**
 * A decimal number, sent as a string, within {@code -max..max}; null and blank are valid (pair it with
 * {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = CoordinateValidator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface Coordinate {

    String message() default "must be a decimal number from -{max} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The largest absolute value: 90 for latitude, 180 for longitude. */
    int max();
}
