package dev.herald.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Files of {@code src/test/resources}, read by the end-to-end tests. */
final class Resources {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Resources() {
    }

    static String text(String path) {
        try {
            return Files.readString(Path.of("src/test/resources", path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON file as Herald writes JSON: compact, keys in the file's order. */
    static String compactJson(String path) {
        try {
            return MAPPER.readTree(text(path)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
