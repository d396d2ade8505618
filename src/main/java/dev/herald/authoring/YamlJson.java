package dev.herald.authoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.herald.definition.YamlNode;

/** YAML nodes as JSON values: events and expected payloads written inline in fixture files. */
final class YamlJson {

    static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

    private YamlJson() {
    }

    static JsonNode of(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            ObjectNode object = FACTORY.objectNode();
            for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
                object.set(entry.getKey(), of(entry.getValue().value()));
            }
            return object;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            ArrayNode array = FACTORY.arrayNode();
            sequence.items().forEach(item -> array.add(of(item)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        String value = scalar.value();
        switch (scalar.type()) {
        case NULL:
            return FACTORY.nullNode();
        case BOOLEAN:
            return FACTORY.booleanNode(switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
            });
        case INTEGER:
            try {
                return FACTORY.numberNode(new BigInteger(value.replace("_", "")));
            } catch (NumberFormatException e) {
                return FACTORY.textNode(value); // 0x1F, 0o17, 1:30: written forms JSON has no number for
            }
        case DECIMAL:
            try {
                return FACTORY.numberNode(new BigDecimal(value.replace("_", "")));
            } catch (NumberFormatException e) {
                return FACTORY.textNode(value); // .inf, .nan
            }
        default:
            return FACTORY.textNode(value);
        }
    }
}
