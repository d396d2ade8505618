package dev.herald.message.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link MaxCodePoints}. */
public class MaxCodePointsValidator implements ConstraintValidator<MaxCodePoints, String> {

    private int max;

    @Override
    public void initialize(MaxCodePoints annotation) {
        max = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int length = ViolationDetail.codePoints(value);
        if (length <= max) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(ViolationDetail.maxLength(max, length));
        return false;
    }
}
