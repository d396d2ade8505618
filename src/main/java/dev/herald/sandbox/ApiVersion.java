package dev.herald.sandbox;

/** Which of the provider's two send APIs a request used. Public because log entries and listeners expose it. */
public enum ApiVersion {
    /** {@code POST /v1/send}, key auth, camelCase message items. */
    V1("v1"),
    /** {@code POST /v2/transactional/messages/send}, OAuth 2.0 bearer auth, snake_case message items. */
    V2("v2");

    private final String wireName;

    ApiVersion(String wireName) {
        this.wireName = wireName;
    }

    /** {@code v1} or {@code v2}, as shown in the request log. */
    public String wireName() {
        return wireName;
    }
}
