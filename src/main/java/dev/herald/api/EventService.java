package dev.herald.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.herald.compile.ErrorCode;
import dev.herald.config.EngineHolder;
import dev.herald.config.HeraldConfig;
import dev.herald.resolve.NotificationEngine;
import dev.herald.resolve.Outcome;
import dev.herald.upstream.ApiVersion;
import dev.herald.upstream.Envelopes;
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
    private final EventBody bodies;

    EventService(EngineHolder engines, UpstreamClient upstream, ObjectMapper mapper, HeraldConfig config) {
        this.engines = engines;
        this.upstream = upstream;
        this.bodies = new EventBody(mapper, config.api().maxBodySize().asLongValue());
    }

    EventAnswer fire(String trigger, byte[] body, String idempotencyKey, String instance) {
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
                statuses.put(r.name(), null);
                ready.add(r);
            }
        }
        SendResult.Failed failure = deliver(ready, statuses);
        List<DeliveryStatus> answer = List.copyOf(statuses.values());
        LOG.infof("Event %s (%s): %s", trigger, eventId, summary(answer));
        if (failure != null) {
            String detail = "delivery failed: " + failure.detail();
            Problem problem = Problem.of(failure.failure().code(), failure.failure().httpStatus(), detail, instance)
                    .withDelivery(trigger, eventId, answer);
            throw new ApiProblem(problem, failure.retryAfter());
        }
        return new EventAnswer(trigger, eventId, answer);
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
     * Sends one request per sender group (all of v1 is one group), stopping at the first failure. Fills
     * {@code statuses}; returns the failure, or {@code null} when every request was accepted.
     */
    private SendResult.Failed deliver(List<Outcome.Ready> ready, Map<String, DeliveryStatus> statuses) {
        ApiVersion version = upstream.settings().version();
        String defaultFrom = upstream.settings().from();
        SendResult.Failed failure = null;
        for (List<Outcome.Ready> group : groups(ready, version, defaultFrom)) {
            if (failure != null) {
                group.forEach(r -> statuses.put(r.name(), DeliveryStatus.notSent(r.name())));
                continue;
            }
            Object request = Envelopes.build(version, group, defaultFrom).get(0);
            SendResult result = upstream.send(request);
            if (result instanceof SendResult.Accepted accepted) {
                for (int i = 0; i < group.size(); i++) {
                    Outcome.Ready r = group.get(i);
                    List<String> keys = i < accepted.keys().size() ? List.of(accepted.keys().get(i)) : List.of();
                    statuses.put(r.name(), DeliveryStatus.sent(r.name(), keys, r.language()));
                }
            } else {
                failure = (SendResult.Failed) result;
                for (Outcome.Ready r : group) {
                    statuses.put(r.name(),
                            DeliveryStatus.failed(r.name(), failure.failure().code().name(), failure.detail()));
                }
            }
        }
        return failure;
    }

    /** The ready outcomes in the groups {@link Envelopes#build} makes one request of: by effective sender for v2. */
    static List<List<Outcome.Ready>> groups(List<Outcome.Ready> ready, ApiVersion version, String defaultFrom) {
        if (ready.isEmpty()) {
            return List.of();
        }
        if (version == ApiVersion.V1) {
            return List.of(ready);
        }
        Map<String, List<Outcome.Ready>> bySender = new LinkedHashMap<>();
        for (Outcome.Ready r : ready) {
            String from = r.recipient().from() != null ? r.recipient().from() : defaultFrom;
            bySender.computeIfAbsent(from, f -> new ArrayList<>()).add(r);
        }
        return List.copyOf(bySender.values());
    }

    private static String summary(List<DeliveryStatus> statuses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        statuses.forEach(s -> counts.merge(s.status(), 1, Integer::sum));
        return counts.isEmpty() ? "no notifications" : counts.toString();
    }
}
