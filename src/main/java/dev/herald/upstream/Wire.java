package dev.herald.upstream;

/**
 * The HTTP layer under {@link UpstreamClient}: posts a serialised body and returns the raw answer, or throws any
 * runtime exception when there is no answer (the client classifies it as timeout, refused or reset). Production uses
 * the Quarkus REST client ({@link RestWire}); public so that plain tests of the dispatch core can run the real client
 * logic over a JDK HTTP client.
 */
public interface Wire {

    /** A raw HTTP answer; {@code retryAfter} is the header value or {@code null}. */
    record Answer(int status, String body, String retryAfter) {
    }

    /** Posts a send body: {@code auth} is the v1 key or the v2 {@code Bearer} header value. */
    Answer send(ApiVersion version, String auth, String json);

    /** Posts a client-credentials grant with {@code basic} as the {@code Authorization} header value. */
    Answer token(String basic);
}
