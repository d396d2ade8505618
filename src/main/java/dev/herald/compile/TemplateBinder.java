package dev.herald.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.herald.definition.Suggestions;
import dev.herald.definition.YamlNode;
import dev.herald.expr.Expr;
import dev.herald.message.Card;
import dev.herald.message.Component;
import dev.herald.message.Currency;
import dev.herald.message.DateTime;
import dev.herald.message.FlowButtonAction;
import dev.herald.message.LimitedTimeOffer;
import dev.herald.message.Media;
import dev.herald.message.Parameter;

/**
 * Binds {@code template:} (contract section 2.1) into components in wire order (header, body, limited_time_offer,
 * buttons, carousel) and checks it against the template's mirror when one exists.
 */
final class TemplateBinder {

    static final List<String> SUB_TYPES = List.of("url", "quick_reply", "copy_code", "flow");
    static final Set<String> HEADER_KINDS = Set.of("text", "image", "video", "document");

    /** What the rule writes, kept for the mirror cross-check. */
    record Shape(String headerKind, int bodyParameters, List<ButtonShape> buttons, List<Shape> cards,
            dev.herald.definition.Location headerLocation, dev.herald.definition.Location bodyLocation) {
    }

    record ButtonShape(int index, String subType, dev.herald.definition.Location location) {
    }

    private final Binder binder;
    private final Map<String, Mirror> mirrors;

    TemplateBinder(Binder binder, Map<String, Mirror> mirrors) {
        this.binder = binder;
        this.mirrors = mirrors;
    }

    CompiledTemplate bind(YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "template", "name", "language", "header", "body", "buttons",
                "limited_time_offer", "carousel");
        if (map == null) {
            return null;
        }
        YamlNode nameNode = binder.require(map, "name", "template");
        Expr nameExpr = nameNode == null ? null : binder.expr(nameNode, "template name", 0);
        String literalName = nameExpr != null && nameExpr.isConstant() ? nameExpr.source() : null;
        Mirror mirror = literalName == null ? null : mirrors.get(literalName);
        if (literalName != null && mirror == null) {
            String close = Suggestions.closest(literalName, mirrors.keySet());
            if (close != null) {
                binder.problem(nameNode.location(), ErrorCode.UNKNOWN_TEMPLATE,
                        "template \"" + literalName + "\" is not in templates/ (did you mean \"" + close + "\"?)");
            }
        }
        YamlNode languageNode = binder.require(map, "language", "template");
        LanguageSpec language = languageNode == null ? null : language(languageNode, mirror, literalName);

        List<Part<Component>> components = new ArrayList<>();
        Shape shape = components(binder, map, components, true);
        if (mirror != null) {
            new MirrorCheck(binder, mirror).check(shape);
        }
        Part<String> name = nameExpr == null ? Part.absent() : nameExpr::text;
        Part<List<Component>> all = scope -> {
            List<Component> list = new ArrayList<>(components.size());
            for (Part<Component> part : components) {
                list.add(part.resolve(scope));
            }
            return list;
        };
        return new CompiledTemplate(name, literalName, language == null ? null : language.code(),
                language == null ? List.of() : language.fallback(),
                language == null ? Part.absent() : language.policy(), mirror, all, map.location());
    }

    private record LanguageSpec(Expr code, List<String> fallback, Part<String> policy) {
    }

    private LanguageSpec language(YamlNode node, Mirror mirror, String templateName) {
        if (node instanceof YamlNode.Scalar) {
            Expr code = binder.expr(node, "language", 0);
            checkApproved(code, node, mirror, templateName, "language");
            return new LanguageSpec(code, List.of(), Part.absent());
        }
        YamlNode.Mapping map = binder.fields(node, "language", "code", "fallback", "policy");
        if (map == null) {
            return null;
        }
        YamlNode codeNode = binder.require(map, "code", "language");
        Expr code = codeNode == null ? null : binder.expr(codeNode, "language code", 0);
        if (code != null) {
            checkApproved(code, codeNode, mirror, templateName, "language");
        }
        List<String> fallback = new ArrayList<>();
        if (map.get("fallback") != null) {
            for (YamlNode item : binder.list(map.get("fallback"), "fallback")) {
                String value = binder.scalar(item, "fallback language");
                if (value == null) {
                    continue;
                }
                String normalised = Languages.normalise(value);
                if (mirror != null && !mirror.languages().containsKey(normalised)) {
                    binder.problem(item.location(), ErrorCode.LANGUAGE_NOT_APPROVED,
                            "fallback language \"" + value + "\" is not approved for template \"" + templateName
                                    + "\" (approved: " + String.join(", ", mirror.languages().keySet()) + ")");
                }
                fallback.add(normalised);
            }
        }
        Part<String> policy = binder.choice(map, "policy", Set.of("deterministic", "fallback"));
        return new LanguageSpec(code, List.copyOf(fallback), policy);
    }

    private void checkApproved(Expr code, YamlNode node, Mirror mirror, String templateName, String what) {
        if (code == null || !code.isConstant() || mirror == null) {
            return;
        }
        boolean approved = Languages.candidates(code.source()).stream().anyMatch(mirror.languages()::containsKey);
        if (!approved) {
            binder.problem(node.location(), ErrorCode.LANGUAGE_NOT_APPROVED,
                    what + " \"" + code.source() + "\" is not approved for template \"" + templateName
                            + "\" (approved: " + String.join(", ", mirror.languages().keySet()) + ")");
        }
    }

    /** Binds header, body, limited_time_offer, buttons and (top level only) carousel into {@code out}. */
    private Shape components(Binder binder, YamlNode.Mapping map, List<Part<Component>> out, boolean topLevel) {
        String headerKind = null;
        if (map.get("header") != null) {
            HeaderPart header = header(binder, map.get("header"));
            if (header != null) {
                headerKind = header.kind();
                Part<Parameter> parameter = header.parameter();
                out.add(Binder.at(map.get("header").location(),
                        scope -> new Component("header", null, null, List.of(parameter.resolve(scope)), null)));
            }
        }
        int bodyCount = 0;
        if (map.get("body") != null) {
            List<Part<Parameter>> parameters = new ArrayList<>();
            for (YamlNode item : binder.list(map.get("body"), "body")) {
                parameters.add(bodyParameter(binder, item));
            }
            bodyCount = parameters.size();
            if (!parameters.isEmpty()) {
                out.add(Binder.at(map.get("body").location(), scope -> {
                    List<Parameter> values = new ArrayList<>(parameters.size());
                    for (Part<Parameter> part : parameters) {
                        values.add(part.resolve(scope));
                    }
                    return new Component("body", null, null, values, null);
                }));
            }
        }
        if (topLevel && map.get("limited_time_offer") != null) {
            YamlNode.Mapping lto = binder.fields(map.get("limited_time_offer"), "limited_time_offer",
                    "expiration_time_ms");
            if (lto != null) {
                Part<Long> expiry = binder.integer(lto, "expiration_time_ms", "limited_time_offer");
                out.add(Binder
                        .at(lto.location(),
                                scope -> new Component("limited_time_offer", null, null,
                                        List.of(new Parameter("limited_time_offer", null, null, null, null, null, null,
                                                null, null, null, null, new LimitedTimeOffer(expiry.resolve(scope)))),
                                        null)));
            }
        }
        List<ButtonShape> buttons = new ArrayList<>();
        if (map.get("buttons") != null) {
            for (YamlNode item : binder.list(map.get("buttons"), "buttons")) {
                Part<Component> button = button(binder, item, buttons);
                if (button != null) {
                    out.add(button);
                }
            }
        }
        List<Shape> cards = new ArrayList<>();
        if (topLevel && map.get("carousel") != null) {
            ListPart<Card> carousel = binder.listOrForEach(map.get("carousel"), "carousel", "card", Limits.CARDS,
                    (cardBinder, cardNode) -> card(cardBinder, cardNode, cards));
            out.add(Binder.at(map.get("carousel").location(),
                    scope -> new Component("carousel", null, null, null, carousel.resolve(scope))));
        }
        return new Shape(headerKind, bodyCount, buttons, cards,
                map.get("header") == null ? map.location() : map.get("header").location(),
                map.get("body") == null ? map.location() : map.get("body").location());
    }

    private ItemPart<Card> card(Binder binder, YamlNode node, List<Shape> shapes) {
        YamlNode.Mapping map = binder.fields(node, "card", "header", "body", "buttons");
        if (map == null) {
            return (scope, index) -> null;
        }
        binder.require(map, "header", "card");
        List<Part<Component>> components = new ArrayList<>();
        shapes.add(components(binder, map, components, false));
        return (scope, index) -> {
            List<Component> list = new ArrayList<>(components.size());
            for (Part<Component> part : components) {
                list.add(part.resolve(scope));
            }
            return scope.origin(new Card(index, list), map.location());
        };
    }

    private record HeaderPart(String kind, Part<Parameter> parameter) {
    }

    private HeaderPart header(Binder binder, YamlNode node) {
        YamlNode.Mapping map = binder.fields(node, "header", "text", "image", "video", "document");
        if (map == null) {
            return null;
        }
        if (map.entries().size() != 1) {
            binder.problem(map.location(), map.entries().isEmpty() ? ErrorCode.MISSING_KEY : ErrorCode.NOT_ALLOWED,
                    "header needs exactly one of text, image, video, document");
            return null;
        }
        YamlNode.Entry entry = map.entries().values().iterator().next();
        String kind = entry.key();
        if ("text".equals(kind)) {
            Part<String> text = binder.string(entry.value(), "header text parameter", Limits.TEMPLATE_HEADER_PARAM);
            return new HeaderPart(kind,
                    Binder.at(entry.value().location(), scope -> textParameter(text.resolve(scope))));
        }
        Part<Media> media = MediaBinder.bind(binder, entry.value(), kind);
        return new HeaderPart(kind, scope -> {
            Media value = media.resolve(scope);
            return new Parameter(kind, null, null, null, null, "image".equals(kind) ? value : null,
                    "video".equals(kind) ? value : null, "document".equals(kind) ? value : null, null, null, null,
                    null);
        });
    }

    private static Parameter textParameter(String text) {
        return new Parameter("text", text, null, null, null, null, null, null, null, null, null, null);
    }

    private Part<Parameter> bodyParameter(Binder binder, YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            Part<String> text = binder.string(node, "body parameter", Limits.TEMPLATE_BODY_PARAM);
            return Binder.at(node.location(), scope -> textParameter(text.resolve(scope)));
        }
        YamlNode.Mapping map = binder.fields(node, "body parameter", "text", "currency", "date_time");
        if (map == null) {
            return Part.absent();
        }
        if (map.entries().size() != 1) {
            binder.problem(map.location(), ErrorCode.NOT_ALLOWED,
                    "a body parameter is one of text, currency, date_time");
            return Part.absent();
        }
        if (map.get("text") != null) {
            Part<String> text = binder.string(map.get("text"), "body parameter", Limits.TEMPLATE_BODY_PARAM);
            return Binder.at(map.location(), scope -> textParameter(text.resolve(scope)));
        }
        if (map.get("currency") != null) {
            YamlNode.Mapping currency = binder.fields(map.get("currency"), "currency", "code", "amount_1000",
                    "fallback_value");
            if (currency == null) {
                return Part.absent();
            }
            Part<String> code = binder.requiredString(currency, "code", "currency", 3);
            Part<Long> amount = binder.integer(currency, "amount_1000", "currency");
            Part<String> fallback = binder.requiredString(currency, "fallback_value", "currency",
                    Limits.TEMPLATE_BODY_PARAM);
            return Binder.at(currency.location(),
                    scope -> new Parameter("currency", null, null,
                            new Currency(fallback.resolve(scope), code.resolve(scope), amount.resolve(scope)), null,
                            null, null, null, null, null, null, null));
        }
        YamlNode.Mapping dateTime = binder.fields(map.get("date_time"), "date_time", "fallback_value");
        if (dateTime == null) {
            return Part.absent();
        }
        Part<String> fallback = binder.requiredString(dateTime, "fallback_value", "date_time",
                Limits.TEMPLATE_BODY_PARAM);
        return Binder.at(dateTime.location(), scope -> new Parameter("date_time", null, null, null,
                new DateTime(fallback.resolve(scope)), null, null, null, null, null, null, null));
    }

    private Part<Component> button(Binder binder, YamlNode node, List<ButtonShape> shapes) {
        YamlNode.Mapping map = binder.fields(node, "button", "index", "sub_type", "text", "cta_link", "payload",
                "coupon_code", "flow_token", "flow_action_data");
        if (map == null) {
            return null;
        }
        YamlNode indexNode = binder.require(map, "index", "button");
        YamlNode subTypeNode = binder.require(map, "sub_type", "button");
        if (indexNode == null || subTypeNode == null) {
            return null;
        }
        String indexText = binder.scalar(indexNode, "index");
        String subType = binder.literalChoice(subTypeNode, "sub_type", SUB_TYPES);
        if (indexText == null || subType == null) {
            return null;
        }
        if (!indexText.matches("\\d")) {
            binder.problem(indexNode.location(), ErrorCode.INVALID_VALUE,
                    "button index \"" + indexText + "\" must be 0 to 9");
            return null;
        }
        shapes.add(new ButtonShape(Integer.parseInt(indexText), subType, map.location()));
        List<String> keys = switch (subType) {
        case "url" -> map.get("cta_link") != null ? List.of("cta_link") : List.of("text");
        case "quick_reply" -> List.of("payload");
        case "copy_code" -> List.of("coupon_code");
        default -> List.of("flow_token", "flow_action_data");
        };
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!entry.key().equals("index") && !entry.key().equals("sub_type") && !keys.contains(entry.key())) {
                binder.problem(entry.keyLocation(), ErrorCode.NOT_ALLOWED, "\"" + entry.key()
                        + "\" is not allowed on a " + subType + " button (it takes " + String.join(", ", keys) + ")");
            }
        }
        Part<Parameter> parameter = switch (subType) {
        case "url" -> {
            if (map.get("cta_link") != null) {
                Part<String> link = binder.string(map.get("cta_link"), "cta_link", 0);
                yield scope -> new Parameter("text", null, link.resolve(scope), null, null, null, null, null, null,
                        null, null, null);
            }
            Part<String> text = binder.requiredString(map, "text", "url button", 0);
            yield scope -> textParameter(text.resolve(scope));
        }
        case "quick_reply" -> {
            Part<String> payload = binder.requiredString(map, "payload", "quick_reply button", 0);
            yield scope -> new Parameter("payload", null, null, null, null, null, null, null, payload.resolve(scope),
                    null, null, null);
        }
        case "copy_code" -> {
            Part<String> code = binder.requiredString(map, "coupon_code", "copy_code button", 0);
            yield scope -> new Parameter("coupon_code", null, null, null, null, null, null, null, null,
                    code.resolve(scope), null, null);
        }
        default -> {
            Part<String> token = binder.requiredString(map, "flow_token", "flow button", 0);
            Part<Map<String, String>> data = map.get("flow_action_data") == null ? Part.absent()
                    : binder.stringMap(map.get("flow_action_data"), "flow_action_data");
            yield scope -> {
                Map<String, String> values = data.resolve(scope);
                return new Parameter("action", null, null, null, null, null, null, null, null, null,
                        new FlowButtonAction(token.resolve(scope),
                                values == null ? null : new java.util.LinkedHashMap<>(values)),
                        null);
            };
        }
        };
        String index = indexText;
        return Binder.at(map.location(),
                scope -> new Component("button", subType, index, List.of(parameter.resolve(scope)), null));
    }
}
