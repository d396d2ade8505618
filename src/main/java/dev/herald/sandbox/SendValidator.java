package dev.herald.sandbox;

import static dev.herald.sandbox.Check.at;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks a decoded send body against the provider's envelope for one API version and every message against the limits
 * of whatsapp-reference.md. Works on raw JSON so it emulates the provider, not Herald's own model.
 */
final class SendValidator {

    static final List<String> REPLY_TYPES = List.of("first", "second", "third", "other");

    private final int maxMessages;

    SendValidator(int maxMessages) {
        this.maxMessages = maxMessages;
    }

    /** Every problem found, each {@code json.path: what is wrong}; empty when the body is valid. */
    List<String> validate(ApiVersion api, ObjectNode root) {
        Check check = new Check();
        MessageValidator messages = new MessageValidator(check, api);
        boolean v1 = api == ApiVersion.V1;
        check.phone(root, "from", "", !v1);
        if (!v1) {
            ObjectNode shortener = check.object(root, "url_shortener_config", "", false);
            if (shortener != null) {
                check.bool(shortener, "status", "url_shortener_config");
                check.string(shortener, "domain", "url_shortener_config", false);
            }
            check.object(root, "unique_args", "", false);
            check.bool(root, "remove_tracking_params", "");
        }
        ArrayNode items = check.array(root, "messages", "", true, 1, maxMessages);
        if (items == null) {
            return check.problems();
        }
        TemplateValidator.forEachObject(check, items, "messages", (item, path) -> {
            check.phone(item, v1 ? "phoneNumber" : "phone_number", path, true);
            if (!v1) {
                check.string(item, "user_id", path, false);
                check.oneOf(item, "reply_type", path, false, REPLY_TYPES);
                check.object(item, "unique_args", path, false);
            }
            ObjectNode message = check.object(item, "message", path, true);
            if (message != null) {
                messages.message(message, at(path, "message"));
            }
        });
        return check.problems();
    }

    /** The recipient field of a message item. */
    static String recipient(ApiVersion api, JsonNode item) {
        return item.path(api == ApiVersion.V1 ? "phoneNumber" : "phone_number").asText();
    }
}
