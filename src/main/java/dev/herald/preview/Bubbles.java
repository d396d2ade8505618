package dev.herald.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.compile.Mirror;
import dev.herald.preview.PageView.Bubble;
import dev.herald.preview.PageView.ButtonView;
import dev.herald.preview.PageView.ListView;
import dev.herald.preview.PageView.RowView;
import dev.herald.preview.PageView.SectionView;

/**
 * Draws the chat bubble of one previewed notification from the exact upstream request body (so the page shows what
 * would be sent): template messages through their mirror's texts, every other message from the message object itself.
 * Plain Java.
 */
final class Bubbles {

    private Bubbles() {
    }

    /**
     * @param request
     *            the upstream request body (v1 or v2 envelope) of one notification
     * @param mirrors
     *            template name to its mirror, or {@code null} when there is none
     */
    static Bubble of(JsonNode request, Function<String, Mirror> mirrors) {
        JsonNode message = request.path("messages").path(0).path("message");
        String type = message.path("type").asText();
        return switch (type) {
        case "template" -> template(message.path("template"), mirrors);
        case "interactive" -> interactive(message.path("interactive"),
                "interactive " + text(message.path("interactive"), "type"));
        case "text" -> new Bubble("text", null, null, null, text(message.path("text"), "body"), null, List.of(), null,
                List.of());
        case "image", "video", "document", "audio", "sticker" -> media(type, message.path(type));
        case "location" -> location(message.path("location"));
        default -> new Bubble(type, null, null, null, null, null, List.of(), null, List.of());
        };
    }

    private static Bubble media(String type, JsonNode media) {
        String image = "image".equals(type) || "sticker".equals(type) ? text(media, "link") : null;
        String source = media.hasNonNull("link") ? text(media, "link") : "media id " + text(media, "id");
        String label = image != null ? null
                : type + ": " + (media.hasNonNull("filename") ? text(media, "filename") + " · " : "") + source;
        return new Bubble(type, image, label, null, text(media, "caption"), null, List.of(), null, List.of());
    }

    private static Bubble location(JsonNode location) {
        List<String> lines = new ArrayList<>();
        for (String field : List.of("name", "address")) {
            if (location.hasNonNull(field)) {
                lines.add(text(location, field));
            }
        }
        lines.add("📍 " + text(location, "latitude") + ", " + text(location, "longitude"));
        return new Bubble("location", null, null, null, String.join("\n", lines), null, List.of(), null, List.of());
    }

    // ---- interactive messages: header, body, footer and action as written

    private static Bubble interactive(JsonNode interactive, String kind) {
        JsonNode header = interactive.path("header");
        String headerType = text(header, "type");
        String headerImage = "image".equals(headerType) ? text(header.path("image"), "link") : null;
        String headerMedia = headerType != null && !"text".equals(headerType) && !"image".equals(headerType)
                ? headerType + ": " + mediaSource(header.path(headerType)) : null;
        JsonNode action = interactive.path("action");
        List<ButtonView> buttons = new ArrayList<>();
        for (JsonNode button : action.path("buttons")) {
            buttons.add(new ButtonView(text(button, "type"), text(button.path("reply"), "title"),
                    "sends back " + text(button.path("reply"), "id")));
        }
        JsonNode parameters = action.path("parameters");
        if (parameters.hasNonNull("display_text")) {
            buttons.add(new ButtonView("url", text(parameters, "display_text"), text(parameters, "url")));
        }
        if (parameters.hasNonNull("flow_cta")) {
            buttons.add(new ButtonView("flow", text(parameters, "flow_cta"), flowDetail(parameters)));
        }
        ListView list = null;
        List<String> extra = new ArrayList<>();
        if (action.has("sections")) {
            List<SectionView> sections = new ArrayList<>();
            int products = 0;
            for (JsonNode section : action.path("sections")) {
                List<RowView> rows = new ArrayList<>();
                for (JsonNode row : section.path("rows")) {
                    rows.add(new RowView(text(row, "id"), text(row, "title"), text(row, "description")));
                }
                for (JsonNode item : section.path("product_items")) {
                    rows.add(new RowView(text(item, "product_retailer_id"), text(item, "product_retailer_id"), null));
                    products++;
                }
                sections.add(new SectionView(text(section, "title"), rows));
            }
            String button = action.hasNonNull("button") ? text(action, "button")
                    : products > 0 ? "View items" : "Choose";
            list = new ListView(button, sections);
        }
        if (action.hasNonNull("product_retailer_id")) {
            extra.add("product " + text(action, "product_retailer_id") + " of catalog " + text(action, "catalog_id"));
        }
        if ("catalog_message".equals(text(interactive, "type"))) {
            buttons.add(new ButtonView("catalog", "View catalog", null));
        }
        List<Bubble> cards = new ArrayList<>();
        for (JsonNode card : action.path("cards")) {
            cards.add(interactive(card, "card " + card.path("card_index").asText()));
        }
        String body = text(interactive.path("body"), "text");
        if (!extra.isEmpty()) {
            body = (body == null ? "" : body + "\n\n") + String.join("\n", extra);
        }
        return new Bubble(kind, headerImage, headerMedia, "text".equals(headerType) ? text(header, "text") : null, body,
                text(interactive.path("footer"), "text"), buttons, list, cards);
    }

    private static String flowDetail(JsonNode parameters) {
        String flow = parameters.hasNonNull("flow_name") ? text(parameters, "flow_name") : text(parameters, "flow_id");
        return "opens flow " + flow;
    }

    // ---- template messages: the mirror's texts with the parameters filled in

    private static Bubble template(JsonNode template, Function<String, Mirror> mirrors) {
        String name = text(template, "name");
        String language = text(template.path("language"), "code");
        Mirror mirror = mirrors.apply(name);
        Mirror.Variant variant = mirror == null ? null : mirror.languages().get(language);
        String kind = "template " + name + " (" + language + ")";
        JsonNode components = template.path("components");
        List<Bubble> cards = new ArrayList<>();
        for (JsonNode component : components) {
            if ("carousel".equals(text(component, "type"))) {
                for (JsonNode card : component.path("cards")) {
                    int index = card.path("card_index").asInt();
                    Mirror.Card shape = variant == null || variant.cards() == null || variant.cards().isEmpty() ? null
                            : variant.cards().get(Math.min(index, variant.cards().size() - 1));
                    cards.add(card("card " + index, card.path("components"), shape));
                }
            }
        }
        if (variant == null) {
            Bubble bare = card(kind + ", no mirror in templates/", components, null);
            return new Bubble(bare.kind(), bare.headerImage(), bare.headerMedia(), bare.headerText(), bare.body(), null,
                    bare.buttons(), null, cards);
        }
        Parts parts = parts(components);
        String headerText = "text".equals(variant.headerFormat()) ? Mirror.fill(variant.headerText(), parts.header)
                : null;
        return new Bubble(kind, parts.headerImage, parts.headerMedia, headerText,
                Mirror.fill(variant.body(), parts.body), variant.footer(), buttons(variant.buttons(), components), null,
                cards);
    }

    /** A bubble of template components: through a mirror card's shape when there is one, else the bare values. */
    private static Bubble card(String kind, JsonNode components, Mirror.Card shape) {
        Parts parts = parts(components);
        if (shape != null) {
            return new Bubble(kind, parts.headerImage, parts.headerMedia, null, Mirror.fill(shape.body(), parts.body),
                    null, buttons(shape.buttons(), components), null, List.of());
        }
        List<ButtonView> buttons = new ArrayList<>();
        for (JsonNode component : components) {
            if ("button".equals(text(component, "type"))) {
                buttons.add(new ButtonView(text(component, "sub_type"),
                        text(component, "sub_type") + " " + text(component, "index"),
                        parameterDetail(component.path("parameters").path(0))));
            }
        }
        String body = parts.body.isEmpty() ? null : "parameters: " + String.join(" · ", parts.body);
        String header = parts.header.isEmpty() ? null : String.join(" · ", parts.header);
        return new Bubble(kind, parts.headerImage, parts.headerMedia, header, body, null, buttons, null, List.of());
    }

    private static List<ButtonView> buttons(List<Mirror.Button> written, JsonNode components) {
        List<ButtonView> buttons = new ArrayList<>();
        if (written == null) {
            return buttons;
        }
        for (int i = 0; i < written.size(); i++) {
            Mirror.Button button = written.get(i);
            JsonNode parameter = buttonParameter(components, i);
            String detail = switch (button.type()) {
            case "url" -> Mirror.fill(button.url(), parameter == null ? List.of() : List.of(parameterText(parameter)));
            case "quick_reply" -> parameter == null ? null : "sends back " + parameterText(parameter);
            case "copy_code" -> parameter == null ? null : "copies " + parameterText(parameter);
            default -> parameter == null ? null : parameterDetail(parameter);
            };
            buttons.add(new ButtonView(button.type(), button.text(), detail));
        }
        return buttons;
    }

    private static JsonNode buttonParameter(JsonNode components, int index) {
        for (JsonNode component : components) {
            if ("button".equals(text(component, "type")) && String.valueOf(index).equals(text(component, "index"))) {
                JsonNode parameter = component.path("parameters").path(0);
                return parameter.isMissingNode() ? null : parameter;
            }
        }
        return null;
    }

    /** The header and body values of template components, and a media header. */
    private static final class Parts {
        final List<String> header = new ArrayList<>();
        final List<String> body = new ArrayList<>();
        String headerImage;
        String headerMedia;
    }

    private static Parts parts(JsonNode components) {
        Parts parts = new Parts();
        for (JsonNode component : components) {
            String type = text(component, "type");
            for (JsonNode parameter : component.path("parameters")) {
                if ("header".equals(type)) {
                    String kind = text(parameter, "type");
                    if ("image".equals(kind)) {
                        parts.headerImage = text(parameter.path("image"), "link");
                    } else if ("video".equals(kind) || "document".equals(kind)) {
                        parts.headerMedia = kind + ": " + mediaSource(parameter.path(kind));
                    } else {
                        parts.header.add(parameterText(parameter));
                    }
                } else if ("body".equals(type)) {
                    parts.body.add(parameterText(parameter));
                }
            }
        }
        return parts;
    }

    /** A parameter as the recipient reads it (currency and date_time by their fallback value). */
    private static String parameterText(JsonNode parameter) {
        for (String field : List.of("text", "payload", "coupon_code")) {
            if (parameter.hasNonNull(field)) {
                return text(parameter, field);
            }
        }
        for (String field : List.of("currency", "date_time")) {
            if (parameter.has(field)) {
                return text(parameter.path(field), "fallback_value");
            }
        }
        return "[" + text(parameter, "type") + "]";
    }

    private static String parameterDetail(JsonNode parameter) {
        if (parameter == null || parameter.isMissingNode()) {
            return null;
        }
        return text(parameter, "type") + " " + parameterText(parameter);
    }

    private static String mediaSource(JsonNode media) {
        String source = media.hasNonNull("link") ? text(media, "link") : "media id " + text(media, "id");
        return media.hasNonNull("filename") ? text(media, "filename") + " · " + source : source;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
