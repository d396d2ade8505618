package dev.herald.message.constraint;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.Parameter;

/**
 * Checks {@link ParameterRules}. A {@code text} parameter carries {@code text} or, for a url button, the provider's
 * {@code cta_link}.
 */
public class ParameterRulesValidator implements ConstraintValidator<ParameterRules, Parameter> {

    /** The parameter types, each with the field it sets (by Java component name: the violation path). */
    private static final List<String> TYPES = List.of("text", "currency", "date_time", "image", "video", "document",
            "payload", "coupon_code", "action", "limited_time_offer");
    private static final List<String> PATHS = List.of("text", "currency", "dateTime", "image", "video", "document",
            "payload", "couponCode", "action", "limitedTimeOffer");

    @Override
    public boolean isValid(Parameter parameter, ConstraintValidatorContext context) {
        if (parameter == null) {
            return true;
        }
        Report report = new Report(context);
        String type = parameter.type();
        int typed = type == null ? -1 : TYPES.indexOf(type);
        if (typed >= 0) {
            if (typed == 0) {
                if (parameter.ctaLink() == null) {
                    report.required("text", parameter.text());
                }
            } else {
                report.required(PATHS.get(typed), field(parameter, typed));
                report.notAllowedWhenType("ctaLink", parameter.ctaLink(), type);
            }
            for (int i = 0; i < TYPES.size(); i++) {
                if (i != typed) {
                    report.notAllowedWhenType(PATHS.get(i), field(parameter, i), type);
                }
            }
        } else {
            report.oneOf("type", type, TYPES.toArray(String[]::new));
        }
        HeaderRulesValidator.noFilename(report, "image", parameter.image());
        HeaderRulesValidator.noFilename(report, "video", parameter.video());
        return report.valid();
    }

    /** The field that the type at {@code index} of {@link #TYPES} sets. */
    private static Object field(Parameter parameter, int index) {
        return switch (index) {
        case 0 -> parameter.text();
        case 1 -> parameter.currency();
        case 2 -> parameter.dateTime();
        case 3 -> parameter.image();
        case 4 -> parameter.video();
        case 5 -> parameter.document();
        case 6 -> parameter.payload();
        case 7 -> parameter.couponCode();
        case 8 -> parameter.action();
        case 9 -> parameter.limitedTimeOffer();
        default -> throw new IllegalArgumentException("no parameter type at " + index);
        };
    }
}
