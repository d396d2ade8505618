package dev.herald.upstream;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.herald.message.Message;

/** The v2 send body: sender number and message items. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record V2Request(@JsonProperty("from") String from, @JsonProperty("messages") List<Item> messages) {

    /** One v2 message item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@JsonProperty("phone_number") String phoneNumber, @JsonProperty("user_id") String userId,
            @JsonProperty("message") Message message, @JsonProperty("reply_type") String replyType,
            @JsonProperty("unique_args") Map<String, String> uniqueArgs) {
    }
}
