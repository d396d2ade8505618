package dev.herald.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.herald.message.MessageValidator;
import dev.herald.resolve.EventJson;
import dev.herald.resolve.NotificationEngine;
import dev.herald.resolve.Outcome;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.Envelopes;

/**
 * Herald's engine core the way the event endpoint uses it: event bytes parsed, every notification of the trigger
 * resolved (and validated, inside {@link NotificationEngine#resolve}), the ready messages wrapped in the v2 envelope
 * and serialised by Jackson (what {@code UpstreamClient.send} posts).
 */
final class HeraldMapping {

    static final String FROM = "+905551234567";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final NotificationEngine engine;
    private final String trigger;

    HeraldMapping(NotificationEngine engine, String trigger) {
        this.engine = engine;
        this.trigger = trigger;
    }

    static NotificationEngine engine() {
        return NotificationEngine.compile(BenchFiles.definitions().resolve("rules"),
                BenchFiles.definitions().resolve("templates"), MessageValidator.create());
    }

    byte[] map(byte[] body) throws IOException {
        JsonNode event = EventJson.read(body);
        List<Outcome> outcomes = engine.resolve(trigger, event, false);
        List<Outcome.Ready> ready = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Ready r) {
                ready.add(r);
            } else if (outcome instanceof Outcome.Failed failed) {
                throw new IllegalStateException(trigger + " does not resolve: " + failed.problems());
            }
        }
        return JSON.writeValueAsBytes(Envelopes.build(ApiVersion.V2, ready, FROM).get(0));
    }
}
