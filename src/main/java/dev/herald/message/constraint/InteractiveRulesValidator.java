package dev.herald.message.constraint;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.herald.message.Action;
import dev.herald.message.ActionParameters;
import dev.herald.message.Interactive;
import dev.herald.message.InteractiveCard;
import dev.herald.message.ReplyButton;
import dev.herald.message.Row;
import dev.herald.message.Section;

/**
 * Checks {@link InteractiveRules}: the rules that depend on the interactive {@code type}. Limits that hold in every
 * context (reply title 20, row title 24, ...) sit on the records' components instead.
 */
public class InteractiveRulesValidator implements ConstraintValidator<InteractiveRules, Interactive> {

    static final int BODY_MAX = 1024;
    static final int FOOTER_MAX = 60;

    static final List<String> TYPES = List.of("button", "list", "product", "product_list", "flow", "cta_url",
            "catalog_message", "carousel");

    /** The action fields (Java names) that each interactive type may set. */
    private static final Map<String, Set<String>> ACTION_FIELDS = Map.of("button", Set.of("buttons"), "list",
            Set.of("button", "sections"), "product", Set.of("catalogId", "productRetailerId"), "product_list",
            Set.of("catalogId", "sections"), "cta_url", Set.of("name", "parameters"), "flow",
            Set.of("name", "parameters"), "catalog_message", Set.of("name", "parameters"), "carousel", Set.of("cards"));

    @Override
    public boolean isValid(Interactive interactive, ConstraintValidatorContext context) {
        String type = interactive == null ? null : interactive.type();
        if (type == null) {
            return true;
        }
        Report report = new Report(context);
        if (!ACTION_FIELDS.containsKey(type)) {
            report.oneOf("type", type, TYPES.toArray(String[]::new));
            return false;
        }
        texts(report, interactive);
        Action action = interactive.action();
        if (report.required("action", action)) {
            actionFields(action).forEach((name, value) -> {
                if (!ACTION_FIELDS.get(type).contains(name)) {
                    report.notAllowed("action." + name, value, "for interactive type " + type);
                }
            });
            switch (type) {
            case "button" -> buttons(report, action.buttons());
            case "list" -> list(report, action);
            case "product" -> {
                report.required("action.catalogId", action.catalogId());
                report.required("action.productRetailerId", action.productRetailerId());
            }
            case "product_list" -> productList(report, action);
            case "cta_url" -> ctaUrl(report, action);
            case "flow" -> flow(report, action);
            case "catalog_message" -> actionName(report, action, "catalog_message");
            case "carousel" -> carousel(report, action.cards());
            default -> throw new IllegalStateException(type);
            }
        }
        return report.valid();
    }

    private static void texts(Report report, Interactive interactive) {
        String type = interactive.type();
        if (type.equals("product")) {
            report.notAllowed("header", interactive.header(), "for interactive type product");
        } else if (type.equals("product_list")) {
            report.required("header", interactive.header());
        }
        if (!type.equals("product")) {
            report.required("body", interactive.body());
        }
        if (interactive.body() != null && report.required("body.text", interactive.body().text())) {
            report.maxLength("body.text", interactive.body().text(), BODY_MAX);
        }
        if (interactive.footer() != null && report.required("footer.text", interactive.footer().text())) {
            report.maxLength("footer.text", interactive.footer().text(), FOOTER_MAX);
        }
    }

    private static void buttons(Report report, List<ReplyButton> buttons) {
        report.count("action.buttons", buttons, 1, 3);
        if (buttons == null) {
            return;
        }
        Set<String> titles = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < buttons.size(); i++) {
            ReplyButton button = buttons.get(i);
            if (button == null || button.reply() == null) {
                continue;
            }
            String path = "action.buttons[" + i + "].reply.";
            if (button.reply().title() != null && !titles.add(button.reply().title())) {
                report.unique(path + "title");
            }
            if (button.reply().id() != null && !ids.add(button.reply().id())) {
                report.unique(path + "id");
            }
        }
    }

    private static void list(Report report, Action action) {
        report.required("action.button", action.button());
        List<Section> sections = action.sections();
        if (!report.count("action.sections", sections, 1, 10)) {
            return;
        }
        int rows = 0;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section == null) {
                continue;
            }
            String path = "action.sections[" + i + "]";
            sectionTitle(report, path, section, sections.size());
            report.notAllowed(path + ".productItems", section.productItems(), "in a list section");
            if (section.rows() == null || section.rows().isEmpty()) {
                report.count(path + ".rows", section.rows(), 1, 10);
                continue;
            }
            rows += section.rows().size();
            for (int j = 0; j < section.rows().size(); j++) {
                Row row = section.rows().get(j);
                if (row != null && row.id() != null && !ids.add(row.id())) {
                    report.unique(path + ".rows[" + j + "].id");
                }
            }
        }
        if (rows > 0) {
            report.countOf("action.sections", ViolationDetail.TOTAL_COUNT, rows, 1, 10);
        }
    }

    private static void productList(Report report, Action action) {
        report.required("action.catalogId", action.catalogId());
        List<Section> sections = action.sections();
        if (!report.count("action.sections", sections, 1, 10)) {
            return;
        }
        int items = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section == null) {
                continue;
            }
            String path = "action.sections[" + i + "]";
            sectionTitle(report, path, section, sections.size());
            report.notAllowed(path + ".rows", section.rows(), "in a product_list section");
            if (section.productItems() == null || section.productItems().isEmpty()) {
                report.count(path + ".productItems", section.productItems(), 1, 30);
                continue;
            }
            items += section.productItems().size();
        }
        if (items > 0) {
            report.countOf("action.sections", ViolationDetail.TOTAL_COUNT, items, 1, 30);
        }
    }

    private static void sectionTitle(Report report, String path, Section section, int sectionCount) {
        if (sectionCount > 1) {
            report.required(path + ".title", section.title());
        }
    }

    private static void ctaUrl(Report report, Action action) {
        actionName(report, action, "cta_url");
        ActionParameters parameters = action.parameters();
        if (report.required("action.parameters", parameters)) {
            report.required("action.parameters.displayText", parameters.displayText());
            report.required("action.parameters.url", parameters.url());
        }
    }

    private static void flow(Report report, Action action) {
        actionName(report, action, "flow");
        ActionParameters parameters = action.parameters();
        if (!report.required("action.parameters", parameters)) {
            return;
        }
        report.required("action.parameters.flowMessageVersion", parameters.flowMessageVersion());
        report.required("action.parameters.flowToken", parameters.flowToken());
        if ((parameters.flowId() == null) == (parameters.flowName() == null)) {
            report.add("action.parameters", ViolationDetail.of(ViolationDetail.EXACTLY_ONE_OF, "flow_id|flow_name"),
                    "must have exactly one of flow_id and flow_name");
        }
        report.required("action.parameters.flowCta", parameters.flowCta());
    }

    private static void actionName(Report report, Action action, String name) {
        if (report.required("action.name", action.name())) {
            report.oneOf("action.name", action.name(), name);
        }
    }

    private static void carousel(Report report, List<InteractiveCard> cards) {
        report.count("action.cards", cards, 2, 10);
        if (cards == null) {
            return;
        }
        Set<Integer> indexes = new HashSet<>();
        String firstShape = null;
        for (int i = 0; i < cards.size(); i++) {
            InteractiveCard card = cards.get(i);
            if (card == null) {
                continue;
            }
            if (!indexes.add(card.cardIndex())) {
                report.unique("action.cards[" + i + "].cardIndex");
            }
            String shape = actionShape(card.action());
            if (firstShape == null) {
                firstShape = shape;
            } else if (!Objects.equals(shape, firstShape)) {
                report.add("action.cards[" + i + "].action", ViolationDetail.of(ViolationDetail.CONSISTENT, null),
                        "must have the same action kind and button count as the first card");
            }
        }
    }

    /** The kind and button count of a card's action: {@code cta_url:1}, {@code quick_reply:2}. */
    private static String actionShape(Action action) {
        if (action == null) {
            return "none:0";
        }
        if (action.name() != null) {
            return action.name() + ":1";
        }
        return "quick_reply:" + (action.buttons() == null ? 0 : action.buttons().size());
    }

    private static Map<String, Object> actionFields(Action action) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("button", action.button());
        fields.put("buttons", action.buttons());
        fields.put("sections", action.sections());
        fields.put("catalogId", action.catalogId());
        fields.put("productRetailerId", action.productRetailerId());
        fields.put("name", action.name());
        fields.put("parameters", action.parameters());
        fields.put("cards", action.cards());
        return fields;
    }
}
