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

/** An absolute http or https URL with a host; null is valid. */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface HttpUrl {

    String message() default "must be an http or https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
