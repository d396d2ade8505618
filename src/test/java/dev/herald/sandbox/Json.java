package dev.herald.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test helpers: JSON written with single quotes, the provider's sample bodies, and envelopes around one message. */
final class Json {

    static final String FROM = "+905551234567";
    static final String TO = "+905559876543";

    private static final ObjectMapper RELAXED = JsonMapper.builder().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
            .build();

    private Json() {
    }

    /** Parses JSON that may use single quotes. */
    static ObjectNode obj(String json) {
        try {
            return (ObjectNode) RELAXED.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard JSON text of a single-quoted document. */
    static String text(String json) {
        return obj(json).toString();
    }

    /** A test resource as text. */
    static String resource(String path) {
        try (InputStream in = Json.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A v2 body carrying one message item with the given message object. */
    static ObjectNode v2(JsonNode message) {
        ObjectNode root = obj("{'from':'" + FROM + "'}");
        ObjectNode item = root.putArray("messages").addObject();
        item.put("phone_number", TO);
        item.set("message", message);
        return root;
    }

    /** A v1 body carrying one message item with the given message object. */
    static ObjectNode v1(JsonNode message) {
        ObjectNode root = obj("{}");
        ObjectNode item = root.putArray("messages").addObject();
        item.put("phoneNumber", TO);
        item.set("message", message);
        return root;
    }
}
