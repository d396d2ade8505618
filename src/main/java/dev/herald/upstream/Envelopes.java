package dev.herald.upstream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.herald.message.Language;
import dev.herald.message.Message;
import dev.herald.message.Template;
import dev.herald.resolve.Outcome;

/**
 * Wraps resolved messages in the provider's v1 or v2 envelope. One request per sender number: v2 carries {@code from}
 * on the request, so messages from different senders travel separately. Public for the delivery layer.
 */
public final class Envelopes {

    private Envelopes() {
    }

    /** The request bodies for these messages, in order of first appearance of each sender. */
    public static List<Object> build(ApiVersion version, List<Outcome.Ready> ready, String defaultFrom) {
        if (version == ApiVersion.V1) {
            List<V1Request.Item> items = new ArrayList<>(ready.size());
            for (Outcome.Ready r : ready) {
                items.add(new V1Request.Item(r.recipient().phoneNumber(), deterministic(r.message())));
            }
            return items.isEmpty() ? List.of() : List.of(new V1Request(null, items));
        }
        Map<String, List<V2Request.Item>> bySender = new LinkedHashMap<>();
        for (Outcome.Ready r : ready) {
            Outcome.Recipient to = r.recipient();
            String from = to.from() != null ? to.from() : defaultFrom;
            bySender.computeIfAbsent(from, f -> new ArrayList<>()).add(new V2Request.Item(to.phoneNumber(), to.userId(),
                    r.message(), to.replyType(), to.uniqueArgs().isEmpty() ? null : to.uniqueArgs()));
        }
        List<Object> requests = new ArrayList<>(bySender.size());
        bySender.forEach((from, items) -> requests.add(new V2Request(from, items)));
        return requests;
    }

    /** v1 requires {@code language.policy} and accepts only {@code deterministic}. */
    static Message deterministic(Message message) {
        Template template = message.template();
        if (template == null) {
            return message;
        }
        Template fixed = new Template(template.name(), new Language(template.language().code(), "deterministic"),
                template.components());
        return new Message(message.type(), message.context(), message.text(), message.image(), message.video(),
                message.document(), message.audio(), message.sticker(), message.location(), fixed,
                message.interactive());
    }
}
