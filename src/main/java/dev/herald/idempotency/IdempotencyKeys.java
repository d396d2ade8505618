package dev.herald.idempotency;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Where an event's idempotency key comes from, and the body fingerprint. Public because the API layer uses it. */
public final class IdempotencyKeys {

    private static final JsonFactory JSON = new JsonFactory();

    private IdempotencyKeys() {
    }

    /**
     * The key of a request: the {@code Idempotency-Key} header, else the body's top-level {@code id} (a non-blank
     * string or a number, as written), else none.
     */
    public static Optional<String> of(String header, byte[] body) {
        if (header != null && !header.isBlank()) {
            return Optional.of(header.trim());
        }
        return bodyId(body);
    }

    /** The top-level {@code id} of a JSON object body, read by streaming up to it; none for anything else. */
    static Optional<String> bodyId(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("id".equals(field)) {
                    boolean usable = value == JsonToken.VALUE_STRING && !parser.getText().isBlank()
                            || value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT;
                    return usable ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException malformed) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the raw body bytes, in hex. */
    public static String fingerprint(byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
