package dev.herald.message.constraint;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link Coordinate}: plain decimal notation (no exponent), then the range; blank is left to {@code @NotBlank}.
 */
public class CoordinateValidator implements ConstraintValidator<Coordinate, String> {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private int max;

    @Override
    public void initialize(Coordinate annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true; // @NotBlank reports it
        }
        if (!DECIMAL.matcher(value).matches()) {
            return invalid(context, ViolationDetail.NUMBER);
        }
        if (new BigDecimal(value).abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            return invalid(context, ViolationDetail.RANGE);
        }
        return true;
    }

    private boolean invalid(ConstraintValidatorContext context, String rule) {
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(ViolationDetail.of(rule, -max + ".." + max));
        return false;
    }
}
