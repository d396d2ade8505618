package dev.herald.compile;

import java.util.List;

/** Cross-checks what a rule writes against every language of the template's mirror (contract section 2.3). */
final class MirrorCheck {

    private final Binder binder;
    private final Mirror mirror;

    MirrorCheck(Binder binder, Mirror mirror) {
        this.binder = binder;
        this.mirror = mirror;
    }

    void check(TemplateBinder.Shape shape) {
        for (Mirror.Variant variant : mirror.languages().values()) {
            String where = "template \"" + mirror.name() + "\" (" + variant.code() + ")";
            checkHeader(shape, variant.headerFormat(), variant.headerParameters(), where);
            checkBody(shape, variant.bodyParameters(), where);
            checkButtons(shape.buttons(), variant.buttons(), where);
            if (!variant.cards().isEmpty()) {
                Mirror.Card card = variant.cards().get(0);
                for (TemplateBinder.Shape cardShape : shape.cards()) {
                    String cardWhere = "card of " + where;
                    checkHeader(cardShape, card.headerFormat(), 0, cardWhere);
                    checkBody(cardShape, Mirror.placeholders(card.body()), cardWhere);
                    checkButtons(cardShape.buttons(), card.buttons(), cardWhere);
                }
            }
        }
    }

    private void checkHeader(TemplateBinder.Shape shape, String format, int textParameters, String where) {
        String written = shape.headerKind();
        if (written == null) {
            if (format != null && (!"text".equals(format) || textParameters > 0)) {
                binder.problem(shape.headerLocation(),
                        "text".equals(format) ? ErrorCode.PARAMETER_COUNT : ErrorCode.HEADER_FORMAT,
                        "the rule has no header parameter, " + where + " has " + article(format)
                                + " header that needs one");
            }
            return;
        }
        if (format == null) {
            binder.problem(shape.headerLocation(), ErrorCode.HEADER_FORMAT,
                    "header is " + written + ", " + where + " has no header");
        } else if (!format.equals(written)) {
            binder.problem(shape.headerLocation(), ErrorCode.HEADER_FORMAT,
                    "header is " + written + ", " + where + " has " + article(format) + " header");
        } else if ("text".equals(format) && textParameters != 1) {
            binder.problem(shape.headerLocation(), ErrorCode.PARAMETER_COUNT,
                    "header has 1 parameter, " + where + " expects " + textParameters);
        }
    }

    private void checkBody(TemplateBinder.Shape shape, int expected, String where) {
        if (shape.bodyParameters() != expected) {
            binder.problem(shape.bodyLocation(), ErrorCode.PARAMETER_COUNT,
                    "body has " + parameters(shape.bodyParameters()) + ", " + where + " expects " + expected);
        }
    }

    private static String article(String format) {
        return ("image".equals(format) ? "an " : "a ") + format;
    }

    private static String parameters(int count) {
        return count + (count == 1 ? " parameter" : " parameters");
    }

    private void checkButtons(List<TemplateBinder.ButtonShape> written, List<Mirror.Button> approved, String where) {
        for (TemplateBinder.ButtonShape button : written) {
            if (button.index() >= approved.size()) {
                binder.problem(button.location(), ErrorCode.BUTTON_MISMATCH,
                        "button " + button.index() + " does not exist in " + where + ", which has " + approved.size()
                                + " button" + (approved.size() == 1 ? "" : "s"));
                continue;
            }
            String type = approved.get(button.index()).type();
            if (!type.equals(button.subType())) {
                binder.problem(button.location(), ErrorCode.BUTTON_MISMATCH,
                        "button " + button.index() + " is " + type + " in " + where + ", not " + button.subType());
            }
        }
        for (int i = 0; i < approved.size(); i++) {
            int index = i;
            if (approved.get(i).takesParameter() && written.stream().noneMatch(b -> b.index() == index)) {
                binder.problem(written.isEmpty() ? mirror.location() : written.get(0).location(),
                        ErrorCode.BUTTON_MISMATCH, "button " + i + " of " + where + " is a " + approved.get(i).type()
                                + " button that takes a parameter; the rule gives none");
            }
        }
    }
}
