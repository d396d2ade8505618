package dev.herald.status;

import java.util.List;
import java.util.Optional;

/**
 * Every message Herald sent, by key, with its status history. Callbacks for keys not (yet) recorded are kept as pending
 * and applied when the send is recorded: the provider may call back before the send's answer is processed. Public: the
 * seam between the REST layer and a store (the default is {@link InMemoryMessageLog}).
 */
public interface MessageLog {

    /** Records a send; applies pending updates for its key. */
    void sent(SentMessage message);

    /** Applies one update; idempotent (the same fact twice changes nothing). */
    Applied apply(StatusUpdate update);

    /** The message of a key. */
    Optional<MessageView> find(String key);

    /** The messages of one event, in send order. */
    List<MessageView> byEvent(String eventId);

    /** How many updates wait for their send to be recorded. */
    int pendingCount();
}
