package dev.herald.api;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.herald.compile.ErrorCode;
import dev.herald.lifecycle.Drain;
import dev.herald.lifecycle.GracefulShutdown;

/**
 * Admits every event request through the shutdown {@link Drain}, before any resource sees it, and counts it until its
 * answer is written (a Vert.x end handler), so that a shutdown waits for the answer itself and not only for its
 * computation. Once shutdown has begun, event requests are answered 503 {@code SHUTTING_DOWN} with {@code Retry-After},
 * and every answer carries {@code Connection: close}, so that clients open their next request on a new connection,
 * which reaches another replica, instead of one this process is about to close.
 */
@ApplicationScoped
class ShutdownFilter {

    /** How soon a caller refused during shutdown should retry (another replica takes it). */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** Before the resources' routes (Quarkus REST routes have order 0 and later). */
    private static final int ORDER = -1000;
    private static final String CONNECTION = "Connection";

    private final Drain drain;
    private final ObjectMapper mapper;

    ShutdownFilter(GracefulShutdown shutdown, ObjectMapper mapper) {
        this.drain = shutdown.drain();
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (!firesAnEvent(context)) {
            if (drain.closed()) {
                context.response().putHeader(CONNECTION, "close");
            }
            context.next();
            return;
        }
        if (!drain.enter()) {
            refuse(context);
            return;
        }
        context.addEndHandler(ended -> drain.leave());
        if (drain.closed()) {
            context.response().putHeader(CONNECTION, "close");
        }
        context.next();
    }

    /** {@code POST /events/{trigger}}: the requests that send; a preview sends nothing and is served to the end. */
    static boolean firesAnEvent(RoutingContext context) {
        String path = context.normalizedPath();
        return context.request().method() == HttpMethod.POST && path.startsWith("/events/")
                && !path.endsWith("/preview");
    }

    private void refuse(RoutingContext context) {
        Problem problem = Problem.of(ErrorCode.SHUTTING_DOWN, 503,
                "Herald is shutting down and takes no new events; retry after Retry-After", context.normalizedPath());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
        context.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
                .putHeader(CONNECTION, "close").end(Buffer.buffer(body));
    }
}
