package dev.herald.bench;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.Parser;

/** Peer: a compiled Schibsted JSLT program, event tree in, request tree out, serialised by Jackson. */
final class JsltMapping {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Expression program;

    JsltMapping(String trigger) {
        this.program = Parser.compileString(BenchFiles.text("peers/" + trigger + ".jslt"));
    }

    byte[] map(byte[] body) throws IOException {
        JsonNode event = JSON.readTree(body);
        return JSON.writeValueAsBytes(program.apply(event));
    }
}
