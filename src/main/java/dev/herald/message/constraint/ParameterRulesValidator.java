package dev.herald.message.constraint;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.Parameter;

/**
 * Checks {@link ParameterRules}. A {@code text} parameter carries {@code text} or, for a url button, the provider's
 * {@code cta_link}.
 */
public class ParameterRulesValidator implements ConstraintValidator<ParameterRules, Parameter> {

    @Override
    public boolean isValid(Parameter parameter, ConstraintValidatorContext context) {
        if (parameter == null) {
            return true;
        }
        Report report = new Report(context);
        Map<String, Field> fields = fields(parameter);
        String type = parameter.type();
        if (type != null && fields.containsKey(type)) {
            if (type.equals("text")) {
                if (parameter.ctaLink() == null) {
                    report.required("text", parameter.text());
                }
            } else {
                Field field = fields.get(type);
                report.required(field.path(), field.value());
                report.notAllowed("ctaLink", parameter.ctaLink(), "when type is " + type);
            }
            fields.forEach((name, field) -> {
                if (!name.equals(type)) {
                    report.notAllowed(field.path(), field.value(), "when type is " + type);
                }
            });
        } else {
            report.oneOf("type", type, fields.keySet().toArray(String[]::new));
        }
        HeaderRulesValidator.noFilename(report, "image", parameter.image());
        HeaderRulesValidator.noFilename(report, "video", parameter.video());
        return report.valid();
    }

    /** A parameter field: its Java component name (the path) and its value. */
    private record Field(String path, Object value) {
    }

    /** The field that each parameter type sets, keyed by the type. */
    private static Map<String, Field> fields(Parameter parameter) {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("text", new Field("text", parameter.text()));
        fields.put("currency", new Field("currency", parameter.currency()));
        fields.put("date_time", new Field("dateTime", parameter.dateTime()));
        fields.put("image", new Field("image", parameter.image()));
        fields.put("video", new Field("video", parameter.video()));
        fields.put("document", new Field("document", parameter.document()));
        fields.put("payload", new Field("payload", parameter.payload()));
        fields.put("coupon_code", new Field("couponCode", parameter.couponCode()));
        fields.put("action", new Field("action", parameter.action()));
        fields.put("limited_time_offer", new Field("limitedTimeOffer", parameter.limitedTimeOffer()));
        return fields;
    }
}
