package dev.herald.resolve;

import java.util.List;
import java.util.Map;

import dev.herald.expr.Scope;
import dev.herald.message.Message;

/** What one notification made of one event. Public: the API and delivery layers consume it. */
public sealed interface Outcome permits Outcome.Ready, Outcome.Skipped, Outcome.Failed {

    /** The notification's name. */
    String name();

    /**
     * Resolved and valid: ready to be wrapped in an envelope and sent. {@code oncePer} is the resolved {@code once_per}
     * of the notification, or {@code null} when it has none. {@code renderedText} (the template's text with its
     * parameters filled in, for the preview) is there only when resolved with tracing; {@code null} otherwise.
     */
    record Ready(String name, Recipient recipient, Message message, String language, String languageReason,
            String renderedText, List<Scope.Evaluation> trace, List<String> notes, OncePer oncePer) implements Outcome {
    }

    /**
     * A resolved {@code once_per}: the expression as written ({@code {event.customer.id}}) and its value for this event
     * ({@code cus-1}).
     */
    record OncePer(String expression, String value) {
    }

    /** The {@code when} condition was false, or {@code once_per} already sent. */
    record Skipped(String name, String reason) implements Outcome {
    }

    /** The event cannot be resolved for this notification; nothing of this event may be sent. */
    record Failed(String name, List<ResolveProblem> problems) implements Outcome {
    }

    /** Who gets the message and the v2 message-item extras. */
    record Recipient(String phoneNumber, String userId, String from, String replyType, Map<String, String> uniqueArgs) {
    }
}
