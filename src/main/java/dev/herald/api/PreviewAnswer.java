package dev.herald.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.resolve.ResolveProblem;

/**
 * The answer of {@code POST /events/{trigger}/preview}: what each notification would send, nothing sent. Public because
 * the preview page renders it.
 */
public record PreviewAnswer(String trigger, @JsonProperty("api_version") String apiVersion, List<Entry> notifications) {

    /** One notification: {@code ready}, {@code skipped} or {@code failed}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String name, String status, String reason, String language,
            @JsonProperty("language_reason") String languageReason, List<Parameter> parameters, List<String> notes,
            @JsonProperty("rendered_text") String renderedText, List<ResolveProblem> problems, Object request) {
    }

    /** One evaluated expression: its source, where it was written ({@code file:line:col}) and its value. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Parameter(String expression, String location, Object value) {
    }
}
