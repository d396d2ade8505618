package dev.herald.message.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On {@link dev.herald.message.Message}: {@code type} is a known kind, the kind field named by {@code type} is set and
 * no other; {@code caption} only on image, video and document; {@code filename} only on document. Class-level because
 * the rules depend on sibling fields; each violation names the offending field.
 */
@Documented
@Constraint(validatedBy = MessageRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MessageRules {

    String message() default "must have exactly the kind field named by type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
