package dev.herald.upstream;

/** A classified failure raised inside the client (e.g. by the token fetch) and turned into a {@link SendResult}. */
final class UpstreamException extends RuntimeException {

    private final SendResult.Failed failure;

    UpstreamException(SendResult.Failed failure) {
        super(failure.detail(), null, false, false);
        this.failure = failure;
    }

    SendResult.Failed failure() {
        return failure;
    }
}
