package dev.herald.resolve;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Reads event bodies so that numbers keep their written form (41.00820 stays 41.00820 on the wire) and duplicate keys
 * are refused. Public because the HTTP layer and tests read events the same way.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private EventJson() {
    }

    /**
     * A reader with the same rules as {@link #read}, for callers that report problems themselves (the HTTP API): exact
     * decimals, duplicate keys refused, nothing after the value.
     */
    public static ObjectReader reader() {
        return MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Parses an event body; it must be a JSON object. */
    public static JsonNode read(byte[] body) throws JsonProcessingException {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new NotAnObjectException(node == null ? "empty body"
                        : "the body is " + node.getNodeType().name().toLowerCase() + ", not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new NotAnObjectException(e.getMessage());
        }
    }

    /** The body was JSON but not an object (or unreadable). */
    public static final class NotAnObjectException extends JsonProcessingException {
        NotAnObjectException(String message) {
            super(message);
        }
    }
}
