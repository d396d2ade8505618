package dev.herald.message.constraint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.Card;
import dev.herald.message.Component;
import dev.herald.message.Parameter;

/** Checks {@link ComponentRules}. */
public class ComponentRulesValidator implements ConstraintValidator<ComponentRules, Component> {

    static final List<String> TYPES = List.of("header", "body", "button", "limited_time_offer", "carousel");
    static final int HEADER_TEXT_MAX = 60;
    static final int BODY_TEXT_MAX = 1024;
    static final int CARDS_MAX = 10;
    /** Meta error 132018: a newline, a tab or more than 4 consecutive spaces in a text parameter. */
    private static final Pattern FORBIDDEN_WHITESPACE = Pattern.compile("[\\n\\r\\t]| {5}");

    @Override
    public boolean isValid(Component component, ConstraintValidatorContext context) {
        if (component == null || component.type() == null) {
            return true;
        }
        Report report = new Report(context);
        if (!TYPES.contains(component.type())) {
            report.oneOf("type", component.type(), TYPES.toArray(String[]::new));
            return false;
        }
        switch (component.type()) {
        case "header" -> textParameters(report, component.parameters(), HEADER_TEXT_MAX);
        case "body" -> textParameters(report, component.parameters(), BODY_TEXT_MAX);
        case "button" -> {
            report.required("subType", component.subType());
            report.required("index", component.index());
        }
        case "carousel" -> cards(report, component.cards());
        default -> {
        }
        }
        if (!component.type().equals("button")) {
            String where = "on a " + component.type() + " component";
            report.notAllowed("subType", component.subType(), where);
            report.notAllowed("index", component.index(), where);
        }
        if (!component.type().equals("carousel")) {
            report.notAllowed("cards", component.cards(), "on a " + component.type() + " component");
        }
        return report.valid();
    }

    private static void textParameters(Report report, List<Parameter> parameters, int max) {
        if (parameters == null) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter == null || !"text".equals(parameter.type()) || parameter.text() == null) {
                continue;
            }
            String path = "parameters[" + i + "].text";
            report.maxLength(path, parameter.text(), max);
            if (FORBIDDEN_WHITESPACE.matcher(parameter.text()).find()) {
                report.add(path, ViolationDetail.of(ViolationDetail.PATTERN, null),
                        "must not contain a newline, a tab or more than 4 consecutive spaces");
            }
        }
    }

    private static void cards(Report report, List<Card> cards) {
        report.count("cards", cards, 1, CARDS_MAX);
        if (cards == null) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i) != null && !seen.add(cards.get(i).cardIndex())) {
                report.unique("cards[" + i + "].cardIndex");
            }
        }
    }
}
