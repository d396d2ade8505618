package dev.herald.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.herald.definition.Location;
import dev.herald.definition.YamlNode;

/** Binds one {@code templates/*.yaml} file into a {@link Mirror}. */
final class MirrorReader {

    static final List<String> CATEGORIES = List.of("AUTHENTICATION", "MARKETING", "UTILITY");
    static final List<String> HEADER_FORMATS = List.of("text", "image", "video", "document");
    static final List<String> BUTTON_TYPES = List.of("copy_code", "flow", "phone_number", "quick_reply", "url");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

    private final Binder binder;

    MirrorReader(Binder binder) {
        this.binder = binder;
    }

    Mirror read(YamlNode root) {
        YamlNode.Mapping map = binder.fields(root, "template mirror", "name", "category", "languages");
        if (map == null) {
            return null;
        }
        YamlNode nameNode = binder.require(map, "name", "template mirror");
        String name = nameNode == null ? null : binder.scalar(nameNode, "name");
        String category = map.get("category") == null ? null
                : binder.literalChoice(map.get("category"), "category", CATEGORIES);
        YamlNode languagesNode = binder.require(map, "languages", "template mirror");
        YamlNode.Mapping languages = languagesNode == null ? null : binder.map(languagesNode, "languages");
        Map<String, Mirror.Variant> variants = new LinkedHashMap<>();
        if (languages != null) {
            for (YamlNode.Entry entry : languages.entries().values()) {
                Mirror.Variant variant = variant(entry.key(), entry.value());
                if (variant != null) {
                    variants.put(Languages.normalise(entry.key()), variant);
                }
            }
            if (languages.entries().isEmpty()) {
                binder.problem(languages.location(), ErrorCode.INVALID_MIRROR, "languages lists no language");
            }
        }
        return name == null ? null : new Mirror(name, category, variants, map.location());
    }

    private Mirror.Variant variant(String code, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "language " + code, "header", "body", "footer", "buttons", "cards");
        if (map == null) {
            return null;
        }
        String[] header = header(map.get("header"));
        String body = text(map, "body");
        String footer = text(map, "footer");
        List<Mirror.Button> buttons = buttons(map.get("buttons"));
        List<Mirror.Card> cards = new ArrayList<>();
        if (map.get("cards") != null) {
            for (YamlNode cardNode : binder.list(map.get("cards"), "cards")) {
                YamlNode.Mapping card = binder.fields(cardNode, "card", "header", "body", "buttons");
                if (card != null) {
                    cards.add(new Mirror.Card(header(card.get("header"))[0], text(card, "body"),
                            buttons(card.get("buttons"))));
                }
            }
        }
        return new Mirror.Variant(Languages.normalise(code), header[0], header[1], body, footer, buttons,
                List.copyOf(cards), map.location());
    }

    private String[] header(YamlNode node) {
        if (node == null) {
            return new String[2];
        }
        YamlNode.Mapping map = binder.fields(node, "header", "format", "text");
        if (map == null) {
            return new String[2];
        }
        YamlNode formatNode = binder.require(map, "format", "header");
        String format = formatNode == null ? null : binder.literalChoice(formatNode, "header format", HEADER_FORMATS);
        return new String[] { format, text(map, "text") };
    }

    private String text(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            return null;
        }
        String text = binder.scalar(node, key);
        if (text != null) {
            checkPlaceholders(text, node.location(), key);
        }
        return text;
    }

    private List<Mirror.Button> buttons(YamlNode node) {
        if (node == null) {
            return List.of();
        }
        List<Mirror.Button> buttons = new ArrayList<>();
        for (YamlNode item : binder.list(node, "buttons")) {
            YamlNode.Mapping map = binder.fields(item, "button", "type", "text", "url", "phone_number");
            if (map == null) {
                continue;
            }
            YamlNode typeNode = binder.require(map, "type", "button");
            String type = typeNode == null ? null : binder.literalChoice(typeNode, "button type", BUTTON_TYPES);
            buttons.add(new Mirror.Button(type == null ? "" : type, text(map, "text"), text(map, "url")));
        }
        return List.copyOf(buttons);
    }

    private void checkPlaceholders(String text, Location location, String what) {
        Set<Integer> seen = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            seen.add(Integer.parseInt(matcher.group(1)));
        }
        int expected = 1;
        for (int n : seen) {
            if (n != expected) {
                binder.problem(location, ErrorCode.INVALID_MIRROR, what + " uses {{" + n + "}} but not {{" + expected
                        + "}}; placeholders are numbered from 1 without gaps");
                return;
            }
            expected++;
        }
    }
}
