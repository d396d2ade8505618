package dev.herald.sandbox;

import static dev.herald.sandbox.Check.at;
import static dev.herald.sandbox.TemplateValidator.forEachObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Checks an interactive message: header, body, footer and the action of each of the eight interactive types. */
final class InteractiveValidator {

    static final List<String> TYPES = List.of("button", "list", "product", "product_list", "flow", "cta_url",
            "catalog_message", "carousel");
    static final List<String> HEADER_TYPES = List.of("text", "image", "video", "document");
    static final List<String> CARD_HEADER_TYPES = List.of("image", "video");
    static final List<String> FLOW_ACTIONS = List.of("navigate", "data_exchange");
    static final int HEADER_TEXT_MAX = 60;
    static final int BODY_TEXT_MAX = 1024;
    static final int FOOTER_TEXT_MAX = 60;
    static final int CARD_BODY_TEXT_MAX = 160;
    static final int REPLY_ID_MAX = 256;
    static final int REPLY_TITLE_MAX = 20;
    static final int LIST_BUTTON_MAX = 20;
    static final int SECTIONS_MAX = 10;
    static final int ROWS_MAX = 10;
    static final int ROW_ID_MAX = 200;
    static final int ROW_TITLE_MAX = 24;
    static final int ROW_DESCRIPTION_MAX = 72;
    static final int SECTION_TITLE_MAX = 24;
    static final int PRODUCT_ITEMS_MAX = 30;
    static final int CTA_DISPLAY_TEXT_MAX = 20;
    static final int FLOW_CTA_MAX = 30;
    static final int CAROUSEL_CARDS_MIN = 2;
    static final int CAROUSEL_CARDS_MAX = 10;

    private final Check check;
    private final MessageValidator messages;

    InteractiveValidator(Check check, MessageValidator messages) {
        this.check = check;
        this.messages = messages;
    }

    void interactive(ObjectNode interactive, String path) {
        String type = check.oneOf(interactive, "type", path, true, TYPES);
        boolean known = type != null && TYPES.contains(type);
        header(interactive, path, known ? type : "");
        ObjectNode body = check.object(interactive, "body", path, known && !type.equals("product"));
        if (body != null) {
            check.string(body, "text", at(path, "body"), true, BODY_TEXT_MAX);
        }
        ObjectNode footer = check.object(interactive, "footer", path, false);
        if (footer != null) {
            check.string(footer, "text", at(path, "footer"), true, FOOTER_TEXT_MAX);
        }
        ObjectNode action = check.object(interactive, "action", path, true);
        if (action == null || !known) {
            return;
        }
        String actionPath = at(path, "action");
        switch (type) {
        case "button" -> replyButtons(action, actionPath);
        case "list" -> list(action, actionPath);
        case "product" -> product(action, actionPath);
        case "product_list" -> productList(action, actionPath);
        case "flow" -> flow(action, actionPath);
        case "cta_url" -> ctaUrl(action, actionPath);
        case "catalog_message" -> catalogMessage(action, actionPath);
        default -> carousel(action, actionPath);
        }
    }

    private void header(ObjectNode interactive, String path, String type) {
        if (type.equals("product")) {
            if (!Check.absent(interactive.get("header"))) {
                check.fail(at(path, "header"), "is not allowed for product");
            }
            return;
        }
        ObjectNode header = check.object(interactive, "header", path, type.equals("product_list"));
        if (header == null) {
            return;
        }
        List<String> allowed = type.equals("product_list") ? List.of("text") : HEADER_TYPES;
        header(header, at(path, "header"), allowed);
    }

    private void header(ObjectNode header, String path, List<String> allowed) {
        String kind = check.oneOf(header, "type", path, true, allowed);
        if (kind == null || !allowed.contains(kind)) {
            return;
        }
        if (kind.equals("text")) {
            check.string(header, "text", path, true, HEADER_TEXT_MAX);
            return;
        }
        ObjectNode media = check.object(header, kind, path, true);
        if (media != null) {
            messages.media(kind, media, at(path, kind));
        }
    }

    /** 1-3 reply buttons, titles unique. */
    private void replyButtons(ObjectNode action, String path) {
        ArrayNode buttons = check.array(action, "buttons", path, true, 1, 3);
        if (buttons == null) {
            return;
        }
        Set<String> titles = new HashSet<>();
        forEachObject(check, buttons, at(path, "buttons"), (button, itemPath) -> {
            check.equalTo(button, "type", itemPath, "reply");
            ObjectNode reply = check.object(button, "reply", itemPath, true);
            if (reply != null) {
                reply(reply, at(itemPath, "reply"), titles);
            }
        });
    }

    private void reply(ObjectNode reply, String path, Set<String> titles) {
        String id = check.string(reply, "id", path, true, REPLY_ID_MAX);
        if (id != null && !id.equals(id.strip())) {
            check.fail(at(path, "id"), "must not start or end with spaces");
        }
        String title = check.string(reply, "title", path, true, REPLY_TITLE_MAX);
        if (title != null && !titles.add(title)) {
            check.fail(at(path, "title"), "\"" + title + "\" is used by another button");
        }
    }

    /** Button text, 1-10 sections, 1-10 rows in total, unique row ids. */
    private void list(ObjectNode action, String path) {
        check.string(action, "button", path, true, LIST_BUTTON_MAX);
        ArrayNode sections = check.array(action, "sections", path, true, 1, SECTIONS_MAX);
        if (sections == null) {
            return;
        }
        Set<String> rowIds = new HashSet<>();
        int[] rows = { 0 };
        forEachObject(check, sections, at(path, "sections"), (section, sectionPath) -> {
            sectionTitle(section, sectionPath, sections.size());
            ArrayNode sectionRows = check.array(section, "rows", sectionPath, true, 1, Integer.MAX_VALUE);
            if (sectionRows == null) {
                return;
            }
            rows[0] += sectionRows.size();
            forEachObject(check, sectionRows, at(sectionPath, "rows"), (row, rowPath) -> {
                String id = check.string(row, "id", rowPath, true, ROW_ID_MAX);
                if (id != null && !id.isEmpty() && !rowIds.add(id)) {
                    check.fail(at(rowPath, "id"), "\"" + id + "\" is used by another row");
                }
                check.string(row, "title", rowPath, true, ROW_TITLE_MAX);
                check.string(row, "description", rowPath, false, ROW_DESCRIPTION_MAX);
            });
        });
        if (rows[0] > ROWS_MAX) {
            check.fail(at(path, "sections"), "has " + rows[0] + " rows in total, allowed 1-" + ROWS_MAX);
        }
    }

    private void sectionTitle(ObjectNode section, String path, int sectionCount) {
        check.string(section, "title", path, sectionCount > 1, SECTION_TITLE_MAX);
    }

    private void product(ObjectNode action, String path) {
        check.string(action, "catalog_id", path, true);
        check.string(action, "product_retailer_id", path, true);
    }

    /** Catalog id, 1-10 sections, 1-30 product items in total. */
    private void productList(ObjectNode action, String path) {
        check.string(action, "catalog_id", path, true);
        ArrayNode sections = check.array(action, "sections", path, true, 1, SECTIONS_MAX);
        if (sections == null) {
            return;
        }
        int[] items = { 0 };
        forEachObject(check, sections, at(path, "sections"), (section, sectionPath) -> {
            sectionTitle(section, sectionPath, sections.size());
            ArrayNode products = check.array(section, "product_items", sectionPath, true, 1, Integer.MAX_VALUE);
            if (products == null) {
                return;
            }
            items[0] += products.size();
            forEachObject(check, products, at(sectionPath, "product_items"),
                    (item, itemPath) -> check.string(item, "product_retailer_id", itemPath, true));
        });
        if (items[0] > PRODUCT_ITEMS_MAX) {
            check.fail(at(path, "sections"),
                    "has " + items[0] + " product items in total, allowed 1-" + PRODUCT_ITEMS_MAX);
        }
    }

    private void flow(ObjectNode action, String path) {
        check.equalTo(action, "name", path, "flow");
        ObjectNode parameters = check.object(action, "parameters", path, true);
        if (parameters == null) {
            return;
        }
        String parametersPath = at(path, "parameters");
        check.equalTo(parameters, "flow_message_version", parametersPath, "3");
        check.string(parameters, "flow_token", parametersPath, true);
        boolean hasId = !Check.absent(parameters.get("flow_id"));
        boolean hasName = !Check.absent(parameters.get("flow_name"));
        if (hasId == hasName) {
            check.fail(parametersPath, "must have exactly one of flow_id or flow_name");
        }
        check.string(parameters, "flow_id", parametersPath, false);
        check.string(parameters, "flow_name", parametersPath, false);
        check.string(parameters, "flow_cta", parametersPath, true, FLOW_CTA_MAX);
        check.oneOf(parameters, "flow_action", parametersPath, false, FLOW_ACTIONS);
        ObjectNode payload = check.object(parameters, "flow_action_payload", parametersPath, false);
        if (payload != null) {
            String payloadPath = at(parametersPath, "flow_action_payload");
            check.string(payload, "screen", payloadPath, true);
            check.object(payload, "data", payloadPath, false);
        }
    }

    private void ctaUrl(ObjectNode action, String path) {
        check.equalTo(action, "name", path, "cta_url");
        ObjectNode parameters = check.object(action, "parameters", path, true);
        if (parameters != null) {
            check.string(parameters, "display_text", at(path, "parameters"), true, CTA_DISPLAY_TEXT_MAX);
            check.httpUrl(parameters, "url", at(path, "parameters"), true);
        }
    }

    private void catalogMessage(ObjectNode action, String path) {
        check.equalTo(action, "name", path, "catalog_message");
        ObjectNode parameters = check.object(action, "parameters", path, false);
        if (parameters != null) {
            check.string(parameters, "thumbnail_product_retailer_id", at(path, "parameters"), false);
        }
    }

    /**
     * 2-10 cards, each with an image or video header, an optional body of at most 160, and a cta_url action or 1-2
     * quick-reply buttons; all cards use the same button kind and count. The card's own {@code type} is not checked
     * (the provider shows "carousel", Meta "cta_url").
     */
    private void carousel(ObjectNode action, String path) {
        ArrayNode cards = check.array(action, "cards", path, true, CAROUSEL_CARDS_MIN, CAROUSEL_CARDS_MAX);
        if (cards == null) {
            return;
        }
        Set<Long> indexes = new HashSet<>();
        List<String> shapes = new ArrayList<>();
        forEachObject(check, cards, at(path, "cards"), (card, cardPath) -> {
            TemplateValidator.cardIndex(check, card, cardPath, indexes);
            ObjectNode header = check.object(card, "header", cardPath, true);
            if (header != null) {
                header(header, at(cardPath, "header"), CARD_HEADER_TYPES);
            }
            ObjectNode body = check.object(card, "body", cardPath, false);
            if (body != null) {
                check.string(body, "text", at(cardPath, "body"), true, CARD_BODY_TEXT_MAX);
            }
            ObjectNode cardAction = check.object(card, "action", cardPath, true);
            if (cardAction != null) {
                shapes.add(cardAction(cardAction, at(cardPath, "action")));
            }
        });
        if (shapes.stream().distinct().count() > 1) {
            check.fail(at(path, "cards"), "all cards must have the same button kind and count, found " + shapes);
        }
    }

    /** Checks a card's action and names its shape: {@code cta_url} or {@code quick_reply x N}. */
    private String cardAction(ObjectNode action, String path) {
        JsonNode buttons = action.get("buttons");
        if (Check.absent(buttons)) {
            ctaUrl(action, path);
            return "cta_url";
        }
        ArrayNode array = check.array(action, "buttons", path, true, 1, 2);
        if (array == null) {
            return "invalid";
        }
        Set<String> titles = new HashSet<>();
        forEachObject(check, array, at(path, "buttons"), (button, itemPath) -> {
            check.equalTo(button, "type", itemPath, "quick_reply");
            ObjectNode reply = check.object(button, "quick_reply", itemPath, true);
            if (reply != null) {
                reply(reply, at(itemPath, "quick_reply"), titles);
            }
        });
        return "quick_reply x " + array.size();
    }
}
