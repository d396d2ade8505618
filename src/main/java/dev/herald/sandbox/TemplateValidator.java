package dev.herald.sandbox;

import static dev.herald.sandbox.Check.at;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Checks a template message: name, language (policy differs per API version) and components. */
final class TemplateValidator {

    static final List<String> COMPONENT_TYPES = List.of("header", "body", "button", "carousel", "limited_time_offer");
    static final List<String> CARD_COMPONENT_TYPES = List.of("header", "body", "button");
    static final List<String> HEADER_PARAMETER_TYPES = List.of("text", "currency", "date_time", "image", "video",
            "document", "location");
    static final List<String> BODY_PARAMETER_TYPES = List.of("text", "currency", "date_time");
    static final List<String> BUTTON_SUB_TYPES = List.of("url", "quick_reply", "copy_code", "flow");
    static final List<String> V2_POLICIES = List.of("deterministic", "fallback");
    static final int HEADER_TEXT_MAX = 60;
    static final int BODY_TEXT_MAX = 1024;
    static final int CAROUSEL_CARDS_MAX = 10;

    private static final Pattern BUTTON_INDEX = Pattern.compile("^[0-9]$");
    private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}$");

    private final Check check;
    private final ApiVersion api;
    private final MessageValidator messages;

    TemplateValidator(Check check, ApiVersion api, MessageValidator messages) {
        this.check = check;
        this.api = api;
        this.messages = messages;
    }

    void template(ObjectNode template, String path) {
        check.string(template, "name", path, true);
        ObjectNode language = check.object(template, "language", path, true);
        if (language != null) {
            language(language, at(path, "language"));
        }
        ArrayNode components = check.array(template, "components", path, false);
        if (components != null) {
            components(components, at(path, "components"), COMPONENT_TYPES);
        }
    }

    /** v1 requires {@code policy: deterministic}; v2 accepts deterministic or fallback, or none. */
    private void language(ObjectNode language, String path) {
        check.string(language, "code", path, true);
        if (api == ApiVersion.V1) {
            check.equalTo(language, "policy", path, "deterministic");
        } else {
            check.oneOf(language, "policy", path, false, V2_POLICIES);
        }
    }

    private void components(ArrayNode components, String path, List<String> allowedTypes) {
        for (int i = 0; i < components.size(); i++) {
            String itemPath = at(path, i);
            JsonNode component = components.get(i);
            if (!component.isObject()) {
                check.fail(itemPath, "must be an object");
                continue;
            }
            String type = check.oneOf(component, "type", itemPath, true, allowedTypes);
            if (type != null && allowedTypes.contains(type)) {
                component(type, component, itemPath);
            }
        }
    }

    private void component(String type, JsonNode component, String path) {
        switch (type) {
        case "header" -> parameters(component, path, 1, HEADER_PARAMETER_TYPES, HEADER_TEXT_MAX);
        case "body" -> parameters(component, path, Integer.MAX_VALUE, BODY_PARAMETER_TYPES, BODY_TEXT_MAX);
        case "button" -> button(component, path);
        case "carousel" -> carousel(component, path);
        default -> limitedTimeOffer(component, path);
        }
    }

    private void parameters(JsonNode component, String path, int max, List<String> types, int textMax) {
        ArrayNode parameters = check.array(component, "parameters", path, true, 1, max);
        if (parameters == null) {
            return;
        }
        forEachObject(parameters, at(path, "parameters"), (parameter, itemPath) -> {
            String type = check.oneOf(parameter, "type", itemPath, true, types);
            if (type != null && types.contains(type)) {
                parameter(type, parameter, itemPath, textMax);
            }
        });
    }

    private void parameter(String type, ObjectNode parameter, String path, int textMax) {
        if (type.equals("text")) {
            String text = check.string(parameter, "text", path, true, textMax);
            parameterText(text, at(path, "text"));
            return;
        }
        ObjectNode value = check.object(parameter, type, path, true);
        if (value == null) {
            return;
        }
        String valuePath = at(path, type);
        switch (type) {
        case "currency" -> {
            check.string(value, "fallback_value", valuePath, true);
            String code = check.string(value, "code", valuePath, true);
            if (code != null && !code.isEmpty() && !CURRENCY_CODE.matcher(code).matches()) {
                check.fail(at(valuePath, "code"), "\"" + code + "\" is not an ISO 4217 code (3 capital letters)");
            }
            check.integer(value, "amount_1000", valuePath, true);
        }
        case "date_time" -> check.string(value, "fallback_value", valuePath, true);
        case "location" -> messages.location(value, valuePath);
        default -> messages.media(type, value, valuePath);
        }
    }

    /** Meta error 132018: no newline, no tab, at most 4 consecutive spaces. */
    private void parameterText(String text, String path) {
        if (text == null) {
            return;
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            check.fail(path, "must not contain a newline");
        }
        if (text.indexOf('\t') >= 0) {
            check.fail(path, "must not contain a tab");
        }
        if (text.contains("     ")) {
            check.fail(path, "must not contain more than 4 consecutive spaces");
        }
    }

    private void button(JsonNode button, String path) {
        String subType = check.oneOf(button, "sub_type", path, true, BUTTON_SUB_TYPES);
        JsonNode index = button.get("index");
        if (Check.absent(index)) {
            check.fail(at(path, "index"), "is required");
        } else if (!index.isTextual()) {
            check.fail(at(path, "index"), "must be a JSON string such as \"0\", not " + index.getNodeType());
        } else if (!BUTTON_INDEX.matcher(index.textValue()).matches()) {
            check.fail(at(path, "index"), "\"" + index.textValue() + "\" is not a digit 0-9");
        }
        ArrayNode parameters = check.array(button, "parameters", path, true, 1, Integer.MAX_VALUE);
        if (parameters == null || subType == null || !BUTTON_SUB_TYPES.contains(subType)) {
            return;
        }
        forEachObject(parameters, at(path, "parameters"), (parameter, itemPath) -> {
            switch (subType) {
            case "url" -> {
                check.equalTo(parameter, "type", itemPath, "text");
                boolean hasText = !Check.absent(parameter.get("text"));
                boolean hasLink = !Check.absent(parameter.get("cta_link"));
                if (!hasText && !hasLink) {
                    check.fail(at(itemPath, "text"), "is required (or the provider's cta_link)");
                }
                parameterText(check.string(parameter, "text", itemPath, false), at(itemPath, "text"));
                check.string(parameter, "cta_link", itemPath, false);
            }
            case "quick_reply" -> {
                check.equalTo(parameter, "type", itemPath, "payload");
                check.string(parameter, "payload", itemPath, true);
            }
            case "copy_code" -> {
                check.equalTo(parameter, "type", itemPath, "coupon_code");
                check.string(parameter, "coupon_code", itemPath, true);
            }
            default -> {
                check.equalTo(parameter, "type", itemPath, "action");
                ObjectNode action = check.object(parameter, "action", itemPath, true);
                if (action != null) {
                    check.string(action, "flow_token", at(itemPath, "action"), false);
                    check.object(action, "flow_action_data", at(itemPath, "action"), false);
                }
            }
            }
        });
    }

    private void carousel(JsonNode carousel, String path) {
        ArrayNode cards = check.array(carousel, "cards", path, true, 1, CAROUSEL_CARDS_MAX);
        if (cards == null) {
            return;
        }
        Set<Long> indexes = new HashSet<>();
        forEachObject(cards, at(path, "cards"), (card, cardPath) -> {
            cardIndex(check, card, cardPath, indexes);
            ArrayNode components = check.array(card, "components", cardPath, true, 1, Integer.MAX_VALUE);
            if (components != null) {
                components(components, at(cardPath, "components"), CARD_COMPONENT_TYPES);
            }
        });
    }

    /** {@code card_index}: a JSON integer 0-9, unique among the cards. */
    static void cardIndex(Check check, ObjectNode card, String path, Set<Long> seen) {
        Long index = check.integer(card, "card_index", path, true);
        if (index == null) {
            return;
        }
        if (index < 0 || index > 9) {
            check.fail(at(path, "card_index"), index + " is outside 0-9");
        } else if (!seen.add(index)) {
            check.fail(at(path, "card_index"), index + " is used by another card");
        }
    }

    private void limitedTimeOffer(JsonNode component, String path) {
        ArrayNode parameters = check.array(component, "parameters", path, true, 1, 1);
        if (parameters == null) {
            return;
        }
        forEachObject(parameters, at(path, "parameters"), (parameter, itemPath) -> {
            check.equalTo(parameter, "type", itemPath, "limited_time_offer");
            ObjectNode offer = check.object(parameter, "limited_time_offer", itemPath, true);
            if (offer != null) {
                check.integer(offer, "expiration_time_ms", at(itemPath, "limited_time_offer"), true);
            }
        });
    }

    /** Runs {@code action} on each item that is an object; other items are a problem. */
    static void forEachObject(Check check, ArrayNode array, String path, ItemAction action) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isObject()) {
                action.run((ObjectNode) item, at(path, i));
            } else {
                check.fail(at(path, i), "must be an object");
            }
        }
    }

    private void forEachObject(ArrayNode array, String path, ItemAction action) {
        forEachObject(check, array, path, action);
    }

    /** What to do with one object item of an array and its path. */
    @FunctionalInterface
    interface ItemAction {
        void run(ObjectNode item, String path);
    }
}
