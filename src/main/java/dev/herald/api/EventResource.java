package dev.herald.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import dev.herald.compile.ErrorCode;
import dev.herald.idempotency.Claim;
import dev.herald.idempotency.Idempotency;
import dev.herald.idempotency.IdempotencyKeys;
import dev.herald.idempotency.SendGuard;
import dev.herald.idempotency.StoredAnswer;

/**
 * {@code POST /events/{trigger}} and its preview. The body is read raw so that size and syntax are ours to judge, and
 * so that its fingerprint is that of the exact bytes. Idempotency (an {@code Idempotency-Key} header or the body's
 * {@code id}) is applied here, around {@link EventService#fire}. An event without a key or {@code once_per} is resolved
 * on the event loop (resolution is pure computation); one that needs the idempotency store, which may block, or any
 * event while live reload is on, on a worker thread. Neither holds a thread while its messages wait for delivery: the
 * answer completes later.
 */
@Path("/events/{trigger}")
@Tag(name = "events")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    /** Set on an answer that repeats a stored one. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(EventResource.class);

    private final EventService events;
    private final Idempotency idempotency;
    private final ObjectMapper mapper;

    EventResource(EventService events, Idempotency idempotency, ObjectMapper mapper) {
        this.events = events;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    @POST
    @Operation(summary = "Fire an event", description = "Resolves every notification of the trigger for this event "
            + "and delivers the messages; answers once the provider accepted them or refused for good. With an "
            + "Idempotency-Key header (or an id in the body) a repeat returns the first final answer and sends nothing.")
    @APIResponse(responseCode = "200", description = "Every notification sent or skipped", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventAnswer.class)))
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON")
    @APIResponse(responseCode = "404", description = "UNKNOWN_TRIGGER")
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_IN_FLIGHT, with Retry-After")
    @APIResponse(responseCode = "413", description = "BODY_TOO_LARGE")
    @APIResponse(responseCode = "422", description = "UNRESOLVABLE_EVENT (nothing sent), UPSTREAM_REJECTED or "
            + "IDEMPOTENCY_KEY_REUSED")
    @APIResponse(responseCode = "502", description = "UPSTREAM_AUTH")
    @APIResponse(responseCode = "503", description = "UPSTREAM_UNAVAILABLE, with Retry-After")
    @NonBlocking
    public CompletionStage<Response> fire(@PathParam("trigger") String trigger,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri, byte[] body) {
        String instance = uri.getPath();
        Optional<String> key = IdempotencyKeys.of(idempotencyKey, body);
        if (key.isEmpty() && events.firesWithoutBlocking(trigger)) {
            return unwrapped(fireWithoutKey(trigger, idempotencyKey, instance, body));
        }
        // The idempotency store may block (a repeat waits for the first request with its key), and so may a live
        // reload: a worker thread.
        Supplier<CompletionStage<Response>> fire = () -> key.isEmpty()
                ? fireWithoutKey(trigger, idempotencyKey, instance, body)
                : fireOnce(trigger, key.get(), IdempotencyKeys.fingerprint(body), idempotencyKey, instance, body);
        return unwrapped(CompletableFuture.supplyAsync(fire, Infrastructure.getDefaultWorkerPool())
                .thenCompose(Function.identity()));
    }

    private CompletableFuture<Response> fireWithoutKey(String trigger, String header, String instance, byte[] body) {
        SendGuard oncePerOnly = idempotency.guard(trigger, null, null, List.of());
        return events.fire(trigger, body, header, instance, oncePerOnly)
                .thenApply(answer -> Response.ok(answer, MediaType.APPLICATION_JSON).build());
    }

    /**
     * Fires an event that has an idempotency key: the first request is processed and its final answer stored; a repeat
     * gets that answer again byte for byte; a retryable failure (5xx) releases the key, keeping what was sent.
     */
    private CompletableFuture<Response> fireOnce(String trigger, String key, String fingerprint, String header,
            String instance, byte[] body) {
        Claim claim = idempotency.claim(trigger, key, fingerprint);
        if (claim instanceof Claim.Replay replay) {
            LOG.debugf("Replaying the %d answer of %s for idempotency key %s", replay.answer().status(), trigger, key);
            return CompletableFuture.completedFuture(respond(replay.answer()).header(REPLAYED_HEADER, "true").build());
        }
        if (claim instanceof Claim.InFlight) {
            throw new ApiProblem(Problem.of(ErrorCode.IDEMPOTENCY_IN_FLIGHT, 409,
                    "a request with idempotency key \"" + key
                            + "\" is still being processed; retry after Retry-After to get its answer",
                    instance), Duration.ofSeconds(1));
        }
        if (claim instanceof Claim.KeyReused) {
            throw new ApiProblem(Problem.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, 422, "idempotency key \"" + key
                    + "\" was first used for " + trigger + " with a different body; use a new key for a new event",
                    instance));
        }
        SendGuard guard = idempotency.guard(trigger, key, fingerprint, ((Claim.Won) claim).alreadySent());
        CompletableFuture<EventAnswer> fired;
        try {
            fired = events.fire(trigger, body, header, instance, guard);
        } catch (ApiProblem problem) {
            fired = CompletableFuture.failedFuture(problem);
        } catch (RuntimeException | Error e) {
            idempotency.release(trigger, key);
            throw e;
        }
        return fired.handle((sent, failure) -> {
            Throwable cause = cause(failure);
            StoredAnswer answer;
            if (cause == null) {
                answer = stored(200, MediaType.APPLICATION_JSON, null, sent);
            } else if (cause instanceof ApiProblem problem) {
                answer = stored(problem.problem().status(), Problem.MEDIA_TYPE, problem.retryAfter(),
                        problem.problem());
            } else {
                idempotency.release(trigger, key);
                throw new CompletionException(cause);
            }
            if (isFinal(answer.status())) {
                idempotency.complete(trigger, key, answer);
            } else {
                idempotency.release(trigger, key);
            }
            return respond(answer).build();
        });
    }

    /** The stage's own failure, not wrapped, so that the exception mappers see the {@link ApiProblem} itself. */
    private static <T> CompletionStage<T> unwrapped(CompletionStage<T> stage) {
        CompletableFuture<T> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(cause(failure));
            }
        });
        return result;
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /**
     * Answers that a retry would only repeat: success and refusals of the request itself. 5xx (503 retryable, 502
     * credentials, 500) are not final: a retry is processed again.
     */
    static boolean isFinal(int status) {
        return status == 200 || status == 400 || status == 404 || status == 413 || status == 422;
    }

    private StoredAnswer stored(int status, String contentType, Duration retryAfter, Object entity) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.CONTENT_TYPE, contentType);
        if (retryAfter != null) {
            headers.put(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        try {
            return new StoredAnswer(status, headers, mapper.writeValueAsBytes(entity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    private static Response.ResponseBuilder respond(StoredAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body());
        answer.headers().forEach((name, value) -> {
            if (name.equals(HttpHeaders.CONTENT_TYPE)) {
                response.type(value);
            } else {
                response.header(name, value);
            }
        });
        return response;
    }

    @POST
    @Path("/preview")
    @Operation(summary = "Preview an event", description = "The same resolution, nothing sent: per notification "
            + "whether it matched, the language, each expression's value and the exact upstream request body.")
    @APIResponse(responseCode = "200", description = "What each notification would send")
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON")
    @APIResponse(responseCode = "404", description = "UNKNOWN_TRIGGER")
    @APIResponse(responseCode = "413", description = "BODY_TOO_LARGE")
    public PreviewAnswer preview(@PathParam("trigger") String trigger, @Context UriInfo uri, byte[] body) {
        return events.preview(trigger, body, uri.getPath());
    }
}
