package dev.herald.upstream;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.Message;

/** The v1 send body: {@code {"messages":[{"phoneNumber", "message"}]}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record V1Request(@JsonProperty("from") String from, @JsonProperty("messages") List<Item> messages) {

    /** One v1 message item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@JsonProperty("phoneNumber") String phoneNumber, @JsonProperty("message") Message message) {
    }
}
