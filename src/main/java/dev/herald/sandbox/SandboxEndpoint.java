package dev.herald.sandbox;

/**
 * The emulator's endpoints a fault rule can target. Public because {@link FaultPlan} implementations are told which
 * endpoint a request came to.
 */
public enum SandboxEndpoint {
    /** {@code POST /v1/send}. */
    V1_SEND(ApiVersion.V1, true),
    /** {@code POST /v2/transactional/messages/send}. */
    V2_SEND(ApiVersion.V2, true),
    /** {@code POST /oauth2/token}, which belongs to v2. */
    TOKEN(ApiVersion.V2, false);

    private final ApiVersion api;
    private final boolean send;

    SandboxEndpoint(ApiVersion api, boolean send) {
        this.api = api;
        this.send = send;
    }

    /** The API this endpoint belongs to; the token endpoint belongs to v2. */
    public ApiVersion api() {
        return api;
    }

    /** Whether this is one of the two send endpoints. */
    public boolean send() {
        return send;
    }

    /** The send endpoint of an API. */
    static SandboxEndpoint sendOf(ApiVersion api) {
        return api == ApiVersion.V1 ? V1_SEND : V2_SEND;
    }
}
