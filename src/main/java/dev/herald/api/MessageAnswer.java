package dev.herald.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.herald.status.MessageView;

/** The answer of {@code GET /messages/{key}}: what was sent, the furthest status, and the history. */
@RegisterForReflection
record MessageAnswer(String key, @JsonProperty("event_id") String eventId, String trigger, String notification,
        String recipient, String language, String template, @JsonProperty("sent_at") String sentAt, String status,
        List<Fact> history) {

    /** One fact; {@code code}, {@code title} and {@code retry} for failures only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fact(String status, String at, Integer code, String title, String retry) {
    }

    static MessageAnswer of(MessageView view) {
        var sent = view.sent();
        return new MessageAnswer(sent.key(), sent.eventId(), sent.trigger(), sent.notification(), sent.recipient(),
                sent.language(), sent.template(), sent.sentAt().toString(), view.status().wire(),
                view.history().stream()
                        .map(e -> new Fact(e.status().wire(), e.at().toString(), e.code(), e.title(), e.retry()))
                        .toList());
    }
}
