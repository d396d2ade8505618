package dev.herald.message.constraint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
            notAllowed(report, "subType", component.subType(), component);
            notAllowed(report, "index", component.index(), component);
        }
        if (!component.type().equals("carousel")) {
            notAllowed(report, "cards", component.cards(), component);
        }
        return report.valid();
    }

    private static void notAllowed(Report report, String path, Object value, Component component) {
        if (value != null) {
            report.notAllowed(path, value, "on a " + component.type() + " component");
        }
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
            boolean tooLong = ViolationDetail.codePoints(parameter.text()) > max;
            boolean forbiddenWhitespace = hasForbiddenWhitespace(parameter.text());
            if (!tooLong && !forbiddenWhitespace) {
                continue;
            }
            String path = "parameters[" + i + "].text";
            report.maxLength(path, parameter.text(), max);
            if (forbiddenWhitespace) {
                report.add(path, ViolationDetail.of(ViolationDetail.PATTERN, null),
                        "must not contain a newline, a tab or more than 4 consecutive spaces");
            }
        }
    }

    /** Meta error 132018: a newline, a carriage return, a tab, or 5 spaces in a row. */
    static boolean hasForbiddenWhitespace(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
            spaces = c == ' ' ? spaces + 1 : 0;
            if (spaces == 5) {
                return true;
            }
        }
        return false;
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
