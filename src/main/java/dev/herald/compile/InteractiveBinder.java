package dev.herald.compile;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.herald.definition.YamlNode;
import dev.herald.message.Action;
import dev.herald.message.ActionParameters;
import dev.herald.message.FlowActionPayload;
import dev.herald.message.Interactive;
import dev.herald.message.InteractiveCard;
import dev.herald.message.InteractiveHeader;
import dev.herald.message.ProductItem;
import dev.herald.message.Reply;
import dev.herald.message.ReplyButton;
import dev.herald.message.Row;
import dev.herald.message.Section;
import dev.herald.message.TextBlock;

/** Binds interactive messages: each type with the action keys it allows and the static limits of its parts. */
final class InteractiveBinder {

    static final List<String> HEADER_TYPES = List.of("text", "image", "video", "document");

    /** Action keys allowed per interactive type. */
    static final Map<String, List<String>> ACTION_KEYS = actionKeys();

    private InteractiveBinder() {
    }

    private static Map<String, List<String>> actionKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("button", List.of("buttons"));
        keys.put("list", List.of("button", "sections"));
        keys.put("product", List.of("catalog_id", "product_retailer_id"));
        keys.put("product_list", List.of("catalog_id", "sections"));
        keys.put("flow", List.of("name", "parameters"));
        keys.put("cta_url", List.of("name", "parameters"));
        keys.put("catalog_message", List.of("name", "parameters"));
        keys.put("carousel", List.of("cards"));
        return keys;
    }

    static Part<Interactive> bind(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "interactive", "type", "header", "body", "footer", "action");
        if (map == null) {
            return Part.absent();
        }
        YamlNode typeNode = binder.require(map, "type", "interactive");
        String type = typeNode == null ? null
                : binder.literalChoice(typeNode, "interactive type", ACTION_KEYS.keySet());
        if (type == null) {
            return Part.absent();
        }
        Part<InteractiveHeader> header = header(binder, map, type);
        Part<TextBlock> body = textBlock(binder, map, "body", Limits.BODY_TEXT, !"product".equals(type));
        Part<TextBlock> footer = textBlock(binder, map, "footer", Limits.FOOTER_TEXT, false);
        YamlNode actionNode = binder.require(map, "action", "interactive " + type);
        Part<Action> action = actionNode == null ? Part.absent() : action(binder, actionNode, type);
        return Binder.at(map.location(), scope -> new Interactive(type, header.resolve(scope), body.resolve(scope),
                footer.resolve(scope), action.resolve(scope)));
    }

    private static Part<InteractiveHeader> header(Binder binder, YamlNode.Mapping map, String type) {
        YamlNode.Entry entry = map.entries().get("header");
        if (entry == null) {
            if ("product_list".equals(type)) {
                binder.problem(map.location(), ErrorCode.MISSING_KEY, "interactive product_list has no \"header\"");
            }
            return Part.absent();
        }
        if ("product".equals(type)) {
            binder.problem(entry.keyLocation(), ErrorCode.NOT_ALLOWED,
                    "\"header\" is not allowed on interactive product");
        }
        return header(binder, entry.value());
    }

    static Part<InteractiveHeader> header(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "header", "type", "text", "image", "video", "document");
        if (map == null) {
            return Part.absent();
        }
        YamlNode typeNode = binder.require(map, "type", "header");
        String type = typeNode == null ? null : binder.literalChoice(typeNode, "header type", HEADER_TYPES);
        if (type == null) {
            return Part.absent();
        }
        for (String other : HEADER_TYPES) {
            YamlNode.Entry entry = map.entries().get(other);
            if (entry != null && !other.equals(type)) {
                binder.problem(entry.keyLocation(), ErrorCode.NOT_ALLOWED,
                        "\"" + other + "\" is not allowed in a " + type + " header");
            }
        }
        YamlNode content = binder.require(map, type, type + " header");
        if (content == null) {
            return Part.absent();
        }
        if ("text".equals(type)) {
            Part<String> text = binder.string(content, "header text", Limits.HEADER_TEXT);
            return Binder.at(map.location(),
                    scope -> new InteractiveHeader("text", text.resolve(scope), null, null, null));
        }
        var media = MediaBinder.bind(binder, content, type);
        return Binder.at(map.location(), scope -> {
            var resolved = media.resolve(scope);
            return new InteractiveHeader(type, null, "image".equals(type) ? resolved : null,
                    "video".equals(type) ? resolved : null, "document".equals(type) ? resolved : null);
        });
    }

    static Part<TextBlock> textBlock(Binder binder, YamlNode.Mapping parent, String key, int max, boolean required) {
        YamlNode node = required ? binder.require(parent, key, "interactive") : parent.get(key);
        if (node == null) {
            return Part.absent();
        }
        YamlNode.Mapping map = binder.fields(node, key, "text");
        if (map == null) {
            return Part.absent();
        }
        Part<String> text = binder.requiredString(map, "text", key, max);
        return Binder.at(map.location(), scope -> new TextBlock(text.resolve(scope)));
    }

    static Part<Action> action(Binder binder, YamlNode node, String type) {
        List<String> allowed = ACTION_KEYS.get(type);
        YamlNode.Mapping map = binder.fields(node, "action of interactive " + type, allowed.toArray(String[]::new));
        if (map == null) {
            return Part.absent();
        }
        for (String key : allowed) {
            binder.require(map, key, "action of interactive " + type);
        }
        Part<List<ReplyButton>> buttons = map.get("buttons") == null ? Part.absent()
                : replyButtons(binder, map.get("buttons"));
        Part<String> button = binder.string(map, "button", Limits.LIST_BUTTON);
        Part<List<Section>> sections = map.get("sections") == null ? Part.absent()
                : sections(binder, map.get("sections"), type);
        Part<String> catalogId = binder.string(map, "catalog_id", 0);
        Part<String> productRetailerId = binder.string(map, "product_retailer_id", 0);
        Part<String> name = map.get("name") == null ? Part.absent() : binder.choice(map, "name", Set.of(type));
        Part<ActionParameters> parameters = map.get("parameters") == null ? Part.absent()
                : parameters(binder, map.get("parameters"), type);
        Part<List<InteractiveCard>> cards = map.get("cards") == null ? Part.absent()
                : binder.listOrForEach(map.get("cards"), "cards", "card", Limits.CARDS, InteractiveBinder::card);
        return Binder.at(map.location(),
                scope -> new Action(button.resolve(scope), buttons.resolve(scope), sections.resolve(scope),
                        catalogId.resolve(scope), productRetailerId.resolve(scope), name.resolve(scope),
                        parameters.resolve(scope), cards.resolve(scope)));
    }

    private static Part<List<ReplyButton>> replyButtons(Binder binder, YamlNode node) {
        List<YamlNode> items = binder.list(node, "buttons");
        if (items.isEmpty() || items.size() > Limits.REPLY_BUTTONS) {
            binder.problem(node.location(), ErrorCode.LIMIT_EXCEEDED,
                    "buttons has " + items.size() + " reply buttons, allowed 1 to " + Limits.REPLY_BUTTONS);
        }
        Set<String> titles = new HashSet<>();
        List<ItemPart<ReplyButton>> parts = new java.util.ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Mapping button = binder.fields(item, "reply button", "type", "reply");
            if (button == null) {
                continue;
            }
            binder.require(button, "type", "reply button");
            Part<String> type = binder.choice(button, "type", Set.of("reply"));
            YamlNode replyNode = binder.require(button, "reply", "reply button");
            YamlNode.Mapping reply = replyNode == null ? null : binder.fields(replyNode, "reply", "id", "title");
            if (reply == null) {
                continue;
            }
            Part<String> id = binder.requiredString(reply, "id", "reply", Limits.REPLY_ID);
            Part<String> title = binder.requiredString(reply, "title", "reply", Limits.REPLY_TITLE);
            YamlNode titleNode = reply.get("title");
            if (titleNode instanceof YamlNode.Scalar scalar && !scalar.value().contains("{")
                    && !titles.add(scalar.value())) {
                binder.problem(titleNode.location(), ErrorCode.NOT_ALLOWED,
                        "reply title \"" + scalar.value() + "\" is used twice; titles must be unique");
            }
            Part<ReplyButton> part = Binder.at(button.location(),
                    scope -> new ReplyButton(type.resolve(scope), new Reply(id.resolve(scope), title.resolve(scope))));
            parts.add((scope, index) -> part.resolve(scope));
        }
        return ListPart.written(parts);
    }

    private static Part<List<Section>> sections(Binder binder, YamlNode node, String type) {
        List<YamlNode> items = binder.list(node, "sections");
        if (items.isEmpty() || items.size() > Limits.SECTIONS) {
            binder.problem(node.location(), ErrorCode.LIMIT_EXCEEDED,
                    "sections has " + items.size() + " sections, allowed 1 to " + Limits.SECTIONS);
        }
        boolean list = "list".equals(type);
        String itemsKey = list ? "rows" : "product_items";
        List<ItemPart<Section>> parts = new java.util.ArrayList<>();
        for (YamlNode item : items) {
            YamlNode.Mapping section = binder.fields(item, "section", "title", itemsKey);
            if (section == null) {
                continue;
            }
            if (items.size() > 1 && section.get("title") == null) {
                binder.problem(section.location(), ErrorCode.MISSING_KEY,
                        "section has no \"title\"; it is required when there is more than one section");
            }
            Part<String> title = binder.string(section, "title", Limits.SECTION_TITLE);
            YamlNode content = binder.require(section, itemsKey, "section");
            Part<Section> part;
            if (content == null) {
                part = Part.absent();
            } else if (list) {
                ListPart<Row> rows = binder.listOrForEach(content, "rows", "row", Limits.LIST_ROWS,
                        InteractiveBinder::row);
                part = Binder.at(section.location(),
                        scope -> new Section(title.resolve(scope), rows.resolve(scope), null));
            } else {
                ListPart<ProductItem> products = binder.listOrForEach(content, "product_items", "item",
                        Limits.PRODUCT_ITEMS, InteractiveBinder::productItem);
                part = Binder.at(section.location(),
                        scope -> new Section(title.resolve(scope), null, products.resolve(scope)));
            }
            Part<Section> bound = part;
            parts.add((scope, index) -> bound.resolve(scope));
        }
        return ListPart.written(parts);
    }

    private static ItemPart<Row> row(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "row", "id", "title", "description");
        if (map == null) {
            return (scope, index) -> null;
        }
        Part<String> id = binder.requiredString(map, "id", "row", Limits.ROW_ID);
        Part<String> title = binder.requiredString(map, "title", "row", Limits.ROW_TITLE);
        Part<String> description = binder.string(map, "description", Limits.ROW_DESCRIPTION);
        Part<Row> part = Binder.at(map.location(),
                scope -> new Row(id.resolve(scope), title.resolve(scope), description.resolve(scope)));
        return (scope, index) -> part.resolve(scope);
    }

    private static ItemPart<ProductItem> productItem(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "product item", "product_retailer_id");
        if (map == null) {
            return (scope, index) -> null;
        }
        Part<String> id = binder.requiredString(map, "product_retailer_id", "product item", 0);
        Part<ProductItem> part = Binder.at(map.location(), scope -> new ProductItem(id.resolve(scope)));
        return (scope, index) -> part.resolve(scope);
    }

    private static Part<ActionParameters> parameters(Binder binder, YamlNode node, String type) {
        String[] keys = switch (type) {
        case "flow" -> new String[] { "flow_message_version", "flow_token", "flow_id", "flow_name", "flow_cta",
                "flow_action", "flow_action_payload" };
        case "cta_url" -> new String[] { "display_text", "url" };
        default -> new String[] { "thumbnail_product_retailer_id" };
        };
        YamlNode.Mapping map = binder.fields(node, type + " parameters", keys);
        if (map == null) {
            return Part.absent();
        }
        String owner = type + " parameters";
        if ("flow".equals(type)) {
            binder.require(map, "flow_message_version", owner);
            binder.require(map, "flow_token", owner);
            binder.require(map, "flow_cta", owner);
            if (map.get("flow_id") == null && map.get("flow_name") == null) {
                binder.problem(map.location(), ErrorCode.MISSING_KEY, owner + " needs \"flow_id\" or \"flow_name\"");
            }
        } else if ("cta_url".equals(type)) {
            binder.require(map, "display_text", owner);
            binder.require(map, "url", owner);
        }
        Part<String> version = binder.string(map, "flow_message_version", 0);
        Part<String> token = binder.string(map, "flow_token", 0);
        Part<String> flowId = binder.string(map, "flow_id", 0);
        Part<String> flowName = binder.string(map, "flow_name", 0);
        Part<String> cta = binder.string(map, "flow_cta", Limits.FLOW_CTA);
        Part<String> flowAction = binder.choice(map, "flow_action", Set.of("navigate", "data_exchange"));
        Part<FlowActionPayload> payload = map.get("flow_action_payload") == null ? Part.absent()
                : flowPayload(binder, map.get("flow_action_payload"));
        Part<String> displayText = binder.string(map, "display_text", Limits.CTA_DISPLAY_TEXT);
        Part<String> url = binder.string(map, "url", 0);
        Part<String> thumbnail = binder.string(map, "thumbnail_product_retailer_id", 0);
        return Binder.at(map.location(),
                scope -> new ActionParameters(version.resolve(scope), token.resolve(scope), flowId.resolve(scope),
                        flowName.resolve(scope), cta.resolve(scope), flowAction.resolve(scope), payload.resolve(scope),
                        displayText.resolve(scope), url.resolve(scope), thumbnail.resolve(scope)));
    }

    private static Part<FlowActionPayload> flowPayload(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "flow_action_payload", "screen", "data");
        if (map == null) {
            return Part.absent();
        }
        Part<String> screen = binder.string(map, "screen", 0);
        Part<Map<String, String>> data = map.get("data") == null ? Part.absent()
                : binder.stringMap(map.get("data"), "data");
        return scope -> {
            Map<String, String> values = data.resolve(scope);
            return new FlowActionPayload(screen.resolve(scope), values == null ? null : new LinkedHashMap<>(values));
        };
    }

    private static ItemPart<InteractiveCard> card(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "card", "card_index", "type", "header", "body", "action");
        if (map == null) {
            return (scope, index) -> null;
        }
        YamlNode headerNode = binder.require(map, "header", "card");
        Part<InteractiveHeader> header = headerNode == null ? Part.absent() : header(binder, headerNode);
        Part<TextBlock> body = textBlock(binder, map, "body", Limits.CARD_BODY, false);
        Part<String> type = binder.string(map, "type", 0);
        YamlNode actionNode = binder.require(map, "action", "card");
        Part<Action> action = Part.absent();
        if (actionNode instanceof YamlNode.Mapping actionMap) {
            action = action(binder, actionNode, actionMap.get("buttons") != null ? "button" : "cta_url");
        } else if (actionNode != null) {
            binder.wrongType(actionNode, "card action", "a map");
        }
        Part<Action> cardAction = action;
        YamlNode indexNode = map.get("card_index");
        Integer written = indexNode instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER
                ? Integer.valueOf(s.value()) : null;
        if (indexNode != null && written == null) {
            binder.wrongType(indexNode, "card_index", "an integer");
        }
        return (scope, index) -> scope.origin(new InteractiveCard(written != null ? written : index,
                type.resolve(scope), header.resolve(scope), body.resolve(scope), cardAction.resolve(scope)),
                map.location());
    }
}
