package dev.herald.sandbox;

import static dev.herald.sandbox.Check.at;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Checks one WhatsApp message object against the limits of whatsapp-reference.md section 3. */
final class MessageValidator {

    static final List<String> TYPES = List.of("text", "image", "video", "document", "audio", "sticker", "location",
            "template", "interactive");
    static final int TEXT_BODY_MAX = 4096;
    static final int CAPTION_MAX = 1024;

    private final Check check;
    private final TemplateValidator templates;
    private final InteractiveValidator interactives;

    MessageValidator(Check check, ApiVersion api) {
        this.check = check;
        this.templates = new TemplateValidator(check, api, this);
        this.interactives = new InteractiveValidator(check, this);
    }

    void message(ObjectNode message, String path) {
        ObjectNode context = check.object(message, "context", path, false);
        if (context != null) {
            check.string(context, "message_id", at(path, "context"), true);
        }
        String type = check.oneOf(message, "type", path, true, TYPES);
        if (type == null || !TYPES.contains(type)) {
            return;
        }
        ObjectNode content = check.object(message, type, path, true);
        if (content == null) {
            return;
        }
        String contentPath = at(path, type);
        switch (type) {
        case "text" -> text(content, contentPath);
        case "location" -> location(content, contentPath);
        case "template" -> templates.template(content, contentPath);
        case "interactive" -> interactives.interactive(content, contentPath);
        default -> media(type, content, contentPath);
        }
    }

    private void text(ObjectNode text, String path) {
        check.string(text, "body", path, true, TEXT_BODY_MAX);
        check.bool(text, "preview_url", path);
    }

    /** A media object of the given kind: exactly one of link or id; caption and filename only where allowed. */
    void media(String kind, ObjectNode media, String path) {
        boolean hasLink = !Check.absent(media.get("link"));
        boolean hasId = !Check.absent(media.get("id"));
        if (hasLink && hasId) {
            check.fail(path, "must have exactly one of link or id, has both");
        } else if (!hasLink && !hasId) {
            check.fail(path, "must have exactly one of link or id, has neither");
        }
        check.httpUrl(media, "link", path, false);
        check.string(media, "id", path, false);
        boolean captioned = kind.equals("image") || kind.equals("video") || kind.equals("document");
        if (captioned) {
            check.string(media, "caption", path, false, CAPTION_MAX);
        } else if (!Check.absent(media.get("caption"))) {
            check.fail(at(path, "caption"), "is not allowed for " + kind);
        }
        if (kind.equals("document")) {
            check.string(media, "filename", path, false);
        } else if (!Check.absent(media.get("filename"))) {
            check.fail(at(path, "filename"), "is allowed only for document, not " + kind);
        }
    }

    /** Latitude and longitude are required JSON strings holding decimal degrees. */
    void location(ObjectNode location, String path) {
        coordinate(location, "latitude", path, 90);
        coordinate(location, "longitude", path, 180);
        check.string(location, "name", path, false);
        check.string(location, "address", path, false);
    }

    private void coordinate(ObjectNode location, String field, String path, int bound) {
        JsonNode node = location.get(field);
        if (node != null && node.isNumber()) {
            check.fail(at(path, field), "must be a JSON string, not a number");
            return;
        }
        String value = check.string(location, field, path, true);
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            BigDecimal degrees = new BigDecimal(value.strip());
            if (degrees.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
                check.fail(at(path, field), "\"" + value + "\" is outside -" + bound + ".." + bound);
            }
        } catch (NumberFormatException e) {
            check.fail(at(path, field), "\"" + value + "\" is not a decimal number");
        }
    }
}
