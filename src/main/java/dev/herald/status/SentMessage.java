package dev.herald.status;

import java.time.Instant;

/**
 * What Herald sent under one key. Public because the event service records it.
 *
 * @param recipient
 *            already masked ({@code +90555*****43}): the log never holds a full phone number
 * @param template
 *            the template name, or null for a free-form message
 */
public record SentMessage(String key, String eventId, String trigger, String notification, String recipient,
        String language, String template, Instant sentAt) {
}
