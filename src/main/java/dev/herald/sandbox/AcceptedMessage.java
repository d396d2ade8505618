package dev.herald.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One message item the emulator accepted, with the key it issued for it. Public because {@link SendListener}s receive
 * it.
 *
 * @param api
 *            which send API accepted it
 * @param key
 *            the issued key, {@code whatsapp-<uuid>}
 * @param phoneNumber
 *            the recipient, as sent ({@code phoneNumber} in v1, {@code phone_number} in v2)
 * @param message
 *            the message object as sent
 */
public record AcceptedMessage(ApiVersion api, String key, String phoneNumber, JsonNode message) {
}
