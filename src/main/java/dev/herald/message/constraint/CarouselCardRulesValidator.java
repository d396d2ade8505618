package dev.herald.message.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.InteractiveCard;

/** Checks {@link CarouselCardRules}. */
public class CarouselCardRulesValidator implements ConstraintValidator<CarouselCardRules, InteractiveCard> {

    static final int BODY_MAX = 160;

    @Override
    public boolean isValid(InteractiveCard card, ConstraintValidatorContext context) {
        if (card == null) {
            return true;
        }
        Report report = new Report(context);
        if (report.required("header", card.header())) {
            report.oneOf("header.type", card.header().type(), "image", "video");
        }
        if (card.body() != null) {
            report.maxLength("body.text", card.body().text(), BODY_MAX);
        }
        return report.valid();
    }
}
