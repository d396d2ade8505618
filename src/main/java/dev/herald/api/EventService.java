package dev.herald.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.herald.compile.ErrorCode;
import dev.herald.config.EngineHolder;
import dev.herald.config.HeraldConfig;
import dev.herald.dispatch.Delivery;
import dev.herald.dispatch.DeliveryService;
import dev.herald.idempotency.SendGuard;
import dev.herald.idempotency.SentNotification;
import dev.herald.resolve.NotificationEngine;
import dev.herald.resolve.Outcome;
import dev.herald.status.SentMessage;
import dev.herald.status.StatusService;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.PhoneMask;
import dev.herald.upstream.SendResult;
import dev.herald.upstream.UpstreamClient;

/**
 * Fires and previews events: checks the body, resolves every notification of the trigger, and (when firing) sends the
 * ready messages in their envelopes. If any notification fails to resolve, nothing is sent. Public (with
 * {@link #preview}) because the preview page renders the very same preview the API answers.
 */
@ApplicationScoped
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class);

    private final EngineHolder engines;
    private final UpstreamClient upstream;
    private final DeliveryService delivery;
    private final EventBody bodies;
    private final StatusService status;

    EventService(EngineHolder engines, UpstreamClient upstream, DeliveryService delivery, HeraldConfig config,
            StatusService status) {
        this.status = status;
        this.engines = engines;
        this.upstream = upstream;
        this.delivery = delivery;
        this.bodies = new EventBody(config.api().maxBodySize().asLongValue());
    }

    /**
     * Fires one event. {@code guard} says what must not be sent again (idempotency: notifications already accepted
     * under the same key; {@code once_per} values already sent) and records what the provider accepts now. Resolves on
     * the caller's thread (a body, trigger or resolution problem is thrown as {@link ApiProblem} at once); the answer
     * completes when the dispatcher has every outcome, without holding a thread meanwhile, exceptionally with an
     * {@link ApiProblem} when a message was not sent.
     */
    CompletableFuture<EventAnswer> fire(String trigger, byte[] body, String idempotencyKey, String instance,
            SendGuard guard) {
        JsonNode event = accept(trigger, body, instance);
        String eventId = EventBody.eventId(event, idempotencyKey);
        List<Outcome> outcomes = engines.engine().resolve(trigger, event, false);
        rejectUnresolvable(outcomes, instance);

        Map<String, DeliveryStatus> statuses = new LinkedHashMap<>();
        List<Outcome.Ready> ready = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Skipped skipped) {
                statuses.put(skipped.name(), DeliveryStatus.skipped(skipped.name(), skipped.reason()));
            } else if (outcome instanceof Outcome.Ready r) {
                DeliveryStatus earlier = alreadyDone(r, guard);
                statuses.put(r.name(), earlier);
                if (earlier == null) {
                    ready.add(r);
                }
            }
        }
        statuses.values().stream().filter(s -> s != null).forEach(s -> delivery.count("skipped"));
        return delivery.deliver(trigger, ready).thenApply(deliveries -> {
            SendResult.Failed failure = record(trigger, eventId, ready, deliveries, statuses);
            recordAccepted(ready, statuses, guard);
            List<DeliveryStatus> answer = List.copyOf(statuses.values());
            LOG.debugf("Event %s (%s): %s", trigger, eventId, summary(answer));
            if (failure != null) {
                String detail = "delivery failed: " + failure.detail();
                Problem problem = Problem.of(failure.failure().code(), failure.failure().httpStatus(), detail, instance)
                        .withDelivery(trigger, eventId, answer);
                throw new ApiProblem(problem, failure.retryAfter());
            }
            return new EventAnswer(trigger, eventId, answer);
        });
    }

    /**
     * True when firing this trigger without an idempotency key cannot block, so that it may run on the event loop: no
     * {@code once_per} (the idempotency store may block) and no live reload (which may compile files first).
     */
    boolean firesWithoutBlocking(String trigger) {
        return !engines.reloading() && !engines.engine().usesOncePer(trigger);
    }

    /**
     * Idempotency pre-filter: the status of a notification that must not be sent again (accepted under the same
     * idempotency key before: {@code sent} with its first keys; its {@code once_per} value already sent:
     * {@code skipped}), or null to send it.
     */
    private static DeliveryStatus alreadyDone(Outcome.Ready r, SendGuard guard) {
        Optional<SentNotification> sent = guard.alreadySent(r.name());
        if (sent.isPresent()) {
            return DeliveryStatus.sent(r.name(), sent.get().keys(), sent.get().language());
        }
        if (r.oncePer() == null) {
            return null;
        }
        return guard.oncePerSkip(r.name(), r.oncePer().expression(), r.oncePer().value())
                .map(reason -> DeliveryStatus.skipped(r.name(), reason)).orElse(null);
    }

    /** Idempotency record: remembers every notification the provider accepted just now (and its once_per value). */
    private static void recordAccepted(List<Outcome.Ready> ready, Map<String, DeliveryStatus> statuses,
            SendGuard guard) {
        for (Outcome.Ready r : ready) {
            DeliveryStatus status = statuses.get(r.name());
            if (status != null && "sent".equals(status.status())) {
                guard.accepted(r.name(), status.keys(), status.language(),
                        r.oncePer() == null ? null : r.oncePer().value());
            }
        }
    }

    /**
     * Resolves without sending.
     *
     * @throws ApiProblem
     *             for a malformed or too large body, or an unknown trigger
     */
    public PreviewAnswer preview(String trigger, byte[] body, String instance) {
        JsonNode event = accept(trigger, body, instance);
        ApiVersion version = upstream.settings().version();
        List<PreviewAnswer.Entry> entries = new ArrayList<>();
        for (Outcome outcome : engines.engine().resolve(trigger, event, true)) {
            entries.add(Previews.entry(outcome, version, upstream.settings().from()));
        }
        return new PreviewAnswer(trigger, version.name().toLowerCase(), entries);
    }

    private JsonNode accept(String trigger, byte[] body, String instance) {
        bodies.checkSize(body, instance);
        JsonNode event = bodies.parse(body, instance);
        NotificationEngine engine = engines.engine();
        if (!engine.hasTrigger(trigger)) {
            throw new ApiProblem(Problem.of(ErrorCode.UNKNOWN_TRIGGER, 404,
                    "no notification listens to trigger \"" + trigger + "\"; GET /definitions lists the triggers",
                    instance));
        }
        return event;
    }

    private static void rejectUnresolvable(List<Outcome> outcomes, String instance) {
        List<ResolveError> errors = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Failed f) {
                failed.add(f.name());
                f.problems().forEach(p -> errors.add(ResolveError.of(f.name(), p)));
            }
        }
        if (!failed.isEmpty()) {
            String detail = String.join(", ", failed) + " cannot be resolved for this event; nothing was sent";
            throw new ApiProblem(Problem.of(ErrorCode.UNRESOLVABLE_EVENT, 422, detail, instance).withErrors(errors));
        }
    }

    /**
     * Fills {@code statuses} from the dispatcher's outcomes (batched, paced, retried within the deadline): {@code sent}
     * with the key, {@code failed} with the class code, or {@code unknown} when the provider may have accepted a
     * message that got no answer. Returns the failure that decides the answer's status (a retryable one first: 503 with
     * Retry-After, then 502, then 422), or {@code null} when every message was sent.
     */
    private SendResult.Failed record(String trigger, String eventId, List<Outcome.Ready> ready, List<Delivery> outcomes,
            Map<String, DeliveryStatus> statuses) {
        SendResult.Failed decisive = null;
        for (int i = 0; i < ready.size(); i++) {
            Outcome.Ready r = ready.get(i);
            Delivery d = outcomes.get(i);
            if (d.kind() == Delivery.Kind.SENT) {
                statuses.put(r.name(),
                        DeliveryStatus.sent(r.name(), d.key() == null ? List.of() : List.of(d.key()), r.language()));
                delivery.count("sent");
                if (d.key() != null) {
                    status.sent(new SentMessage(d.key(), eventId, trigger, r.name(),
                            PhoneMask.mask(r.recipient().phoneNumber()), r.language(),
                            r.message().template() == null ? null : r.message().template().name(), Instant.now()));
                }
                continue;
            }
            SendResult.Failed failed = d.failure();
            String code = failed.failure().code().name();
            statuses.put(r.name(),
                    d.kind() == Delivery.Kind.UNKNOWN ? DeliveryStatus.unknown(r.name(), code, failed.detail())
                            : DeliveryStatus.failed(r.name(), code, failed.detail()));
            delivery.count(d.kind() == Delivery.Kind.UNKNOWN ? "unknown"
                    : failed.failure().name().toLowerCase(java.util.Locale.ROOT));
            if (decisive == null || rank(failed) > rank(decisive)) {
                decisive = failed;
            }
        }
        return decisive;
    }

    private static int rank(SendResult.Failed failed) {
        return switch (failed.failure()) {
        case UNAVAILABLE -> 3;
        case AUTH -> 2;
        case REJECTED -> 1;
        };
    }

    private static String summary(List<DeliveryStatus> statuses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        statuses.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
        return counts.isEmpty() ? "no notifications" : counts.toString();
    }
}
