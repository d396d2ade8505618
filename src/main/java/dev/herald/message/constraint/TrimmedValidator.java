package dev.herald.message.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link Trimmed}. */
public class TrimmedValidator implements ConstraintValidator<Trimmed, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.strip().equals(value)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(ViolationDetail.of(ViolationDetail.PATTERN, null));
        return false;
    }
}
