package dev.herald.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.helper.ConditionalHelpers;

/**
 * Peer: a compiled Handlebars.java template that writes the request JSON as text from the event parsed to a map, every
 * value JSON-escaped ({@link JsonEscaping}).
 */
final class HandlebarsMapping {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Template template;

    HandlebarsMapping(String trigger) throws IOException {
        Handlebars handlebars = new Handlebars().with(new JsonEscaping());
        handlebars.registerHelpers(ConditionalHelpers.class);
        // the files are indented for reading; no literal text in them spans lines
        String source = BenchFiles.text("peers/" + trigger + ".hbs").replaceAll("\\n\\s*", "");
        this.template = handlebars.compileInline(source);
    }

    byte[] map(byte[] body) throws IOException {
        Map<String, Object> event = JSON.readValue(body, MAP);
        return template.apply(event).getBytes(StandardCharsets.UTF_8);
    }
}
