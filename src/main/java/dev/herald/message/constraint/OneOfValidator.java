package dev.herald.message.constraint;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link OneOf}. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private List<String> allowed;

    @Override
    public void initialize(OneOf annotation) {
        allowed = List.of(annotation.value().split("\\|"));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || allowed.contains(value)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(ViolationDetail.of(ViolationDetail.ONE_OF, String.join("|", allowed)));
        return false;
    }
}
