package dev.herald.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.herald.testing.MutableClock;

class SandboxTest {

    static final String UNDECODABLE = "{\"message\":\"failed to validate request\","
            + "\"error\":{\"message\":\"failed to validate request\",\"code\":\"2001\"}}";

    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    final AtomicInteger keyCounter = new AtomicInteger();
    final List<AcceptedMessage> accepted = new ArrayList<>();

    Sandbox sandbox(FaultPlan faults, SendListener listener, int logCapacity) {
        return new Sandbox(SandboxSettings.defaults(), clock, faults, listener,
                () -> "whatsapp-" + keyCounter.incrementAndGet(), logCapacity);
    }

    final Sandbox sandbox = sandbox(FaultPlan.none(), accepted::add, 100);

    static String textMessage(String body) {
        return "{'type':'text','text':{'body':'" + body + "'}}";
    }

    String bearer() {
        SandboxAnswer answer = sandbox.token(null,
                "grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret");
        return "Bearer " + answer.body().get("access_token").asText();
    }

    @Test
    void acceptsTheProvidersV1SampleWithOneKey() {
        SandboxAnswer answer = sandbox.sendV1("sandbox-key", Json.resource("sandbox/v1-sample.json"));

        assertEquals(200, answer.status());
        assertEquals("{\"keys\":[\"whatsapp-1\"]}", answer.body().toString());
    }

    @Test
    void acceptsTheProvidersV2SampleWithAToken() {
        SandboxAnswer answer = sandbox.sendV2(bearer(), Json.resource("sandbox/v2-sample.json"));

        assertEquals(200, answer.status());
        assertEquals("{\"keys\":[\"whatsapp-1\"]}", answer.body().toString());
    }

    @Test
    void issuesOneKeyPerMessageInOrder() {
        String body = Json.text("{'from':'+905551234567','messages':[" + "{'phone_number':'+905559876541','message':"
                + textMessage("a") + "}," + "{'phone_number':'+905559876542','message':" + textMessage("b") + "}]}");

        assertEquals("{\"keys\":[\"whatsapp-1\",\"whatsapp-2\"]}", sandbox.sendV2(bearer(), body).body().toString());
    }

    @Test
    void realKeysAreWhatsappAndARandomUuid() {
        String first = MessageKeys.random().get();
        String second = MessageKeys.random().get();

        assertTrue(MessageKeys.FORMAT.matcher(first).matches(), first);
        assertNotEquals(first, second);
    }

    @Test
    void defaultSandboxIssuesUuidKeys() {
        SandboxAnswer answer = new Sandbox(SandboxSettings.defaults()).sendV1("sandbox-key",
                Json.resource("sandbox/v1-sample.json"));

        assertTrue(MessageKeys.FORMAT.matcher(answer.body().get("keys").get(0).asText()).matches());
    }

    @Test
    void refusesAWrongOrMissingKey() {
        String body = Json.resource("sandbox/v1-sample.json");

        for (String key : new String[] { "wrong", null, "" }) {
            SandboxAnswer answer = sandbox.sendV1(key, body);
            assertEquals(401, answer.status());
            assertEquals("{\"message\":\"unauthorized\"}", answer.body().toString());
        }
    }

    @Test
    void refusesV2WithoutAValidBearerToken() {
        String body = Json.resource("sandbox/v2-sample.json");

        assertEquals(401, sandbox.sendV2(null, body).status());
        assertEquals(401, sandbox.sendV2("Bearer nope", body).status());
        assertEquals(401, sandbox.sendV2("sandbox-key", body).status());
    }

    @Test
    void refusesAnExpiredToken() {
        String bearer = bearer();
        clock.advance(Duration.ofMinutes(90));

        assertEquals(401, sandbox.sendV2(bearer, Json.resource("sandbox/v2-sample.json")).status());
    }

    @Test
    void answers2001ForBodiesThatAreNotAJsonObject() {
        for (String body : new String[] { "{", "", "[]", "\"text\"", "{} {}", "not json" }) {
            SandboxAnswer answer = sandbox.sendV1("sandbox-key", body);
            assertEquals(400, answer.status(), body);
            assertEquals(UNDECODABLE, answer.body().toString(), body);
        }
    }

    @Test
    void answers2002WithADetailOfEveryFailedCheck() {
        String body = Json.text("{'from':'+905551234567','messages':[{'phone_number':'+905559876543','message':"
                + textMessage("x".repeat(4097)) + "},{'phone_number':'123','message':" + textMessage("ok") + "}]}");

        SandboxAnswer answer = sandbox.sendV2(bearer(), body);

        assertEquals(400, answer.status());
        assertEquals(
                "{\"message\":\"failed to validate request\","
                        + "\"detail\":\"messages[0].message.text.body: length 4097 exceeds 4096; "
                        + "messages[1].phone_number: \\\"123\\\" is not an E.164 phone number (+ and 7-15 digits)\","
                        + "\"error\":{\"message\":\"failed to validate request\",\"code\":\"2002\"}}",
                answer.body().toString());
        assertTrue(accepted.isEmpty());
    }

    @Test
    void logsEverySendRequestInArrivalOrder() {
        sandbox.sendV1("sandbox-key", Json.resource("sandbox/v1-sample.json"));
        clock.advance(Duration.ofSeconds(1));
        sandbox.sendV1("wrong", "{}");
        clock.advance(Duration.ofSeconds(1));
        sandbox.sendV2(bearer(), "{oops");

        List<ReceivedRequest> log = sandbox.requests();
        assertEquals(3, log.size());
        assertEquals(List.of(1L, 2L, 3L), log.stream().map(ReceivedRequest::sequence).toList());
        assertEquals(List.of(ApiVersion.V1, ApiVersion.V1, ApiVersion.V2),
                log.stream().map(ReceivedRequest::api).toList());
        assertEquals(List.of(200, 401, 400), log.stream().map(ReceivedRequest::status).toList());
        assertEquals(List.of("whatsapp-1"), log.get(0).keys());
        assertEquals(Instant.parse("2025-01-01T00:00:01Z"), log.get(1).receivedAt());
        assertEquals("{oops", log.get(2).body().textValue(), "undecodable bodies are kept as text");
        assertEquals("{\"sequence\":2,\"api\":\"v1\",\"received_at\":\"2025-01-01T00:00:01Z\",\"status\":401,"
                + "\"keys\":[],\"body\":{}}", log.get(1).toJson().toString());
    }

    @Test
    void listsTheNewestRequestsAndClears() {
        for (int i = 0; i < 3; i++) {
            sandbox.sendV1("wrong", "{\"n\":" + i + "}");
        }

        assertEquals(List.of(2L, 3L), sandbox.requests(2).stream().map(ReceivedRequest::sequence).toList());
        assertEquals(List.of(), sandbox.requests(0));
        sandbox.clearRequests();
        assertEquals(List.of(), sandbox.requests());
        sandbox.sendV1("wrong", "{}");
        assertEquals(4L, sandbox.requests().get(0).sequence(), "sequence numbers survive clearing");
    }

    @Test
    void forgetsTheOldestRequestWhenTheLogIsFull() {
        Sandbox small = sandbox(FaultPlan.none(), SendListener.none(), 2);
        for (int i = 0; i < 3; i++) {
            small.sendV1("wrong", "{}");
        }

        assertEquals(List.of(2L, 3L), small.requests().stream().map(ReceivedRequest::sequence).toList());
    }

    @Test
    void tellsListenersAboutEachAcceptedMessage() {
        sandbox.sendV1("sandbox-key", Json.resource("sandbox/v1-sample.json"));
        sandbox.sendV1("sandbox-key", "{}");

        assertEquals(1, accepted.size());
        AcceptedMessage message = accepted.get(0);
        assertEquals(ApiVersion.V1, message.api());
        assertEquals("whatsapp-1", message.key());
        assertEquals("+15551234567", message.phoneNumber());
        assertEquals("interactive", message.message().get("type").asText());
    }

    @Test
    void aFailingListenerDoesNotChangeTheAnswer() {
        Sandbox failing = sandbox(FaultPlan.none(), message -> {
            throw new IllegalStateException("boom");
        }, 10);

        assertEquals(200, failing.sendV1("sandbox-key", Json.resource("sandbox/v1-sample.json")).status());
    }

    @Test
    void aFaultPlanAnswersInsteadOfValidationAfterAuthentication() {
        SandboxAnswer rateLimited = new SandboxAnswer(429, Map.of("Retry-After", "2"),
                JsonNodeFactory.instance.objectNode().put("message", "rate limited"));
        Sandbox faulty = sandbox(endpoint -> Optional.of(Injection.answer("rate_limited", rateLimited)), accepted::add,
                10);

        assertEquals(rateLimited, faulty.sendV1("sandbox-key", "{not json"));
        assertEquals(401, faulty.sendV1("wrong", "{}").status());
        assertEquals(List.of(429, 401), faulty.requests().stream().map(ReceivedRequest::status).toList());
        assertTrue(accepted.isEmpty());
    }

    @Test
    void settingsNeverPrintSecrets() {
        String text = SandboxSettings.defaults().toString();

        assertFalse(text.contains("sandbox-key"), text);
        assertFalse(text.contains("sandbox-secret"), text);
        assertTrue(text.contains("sandbox-client"), text);
    }
}
