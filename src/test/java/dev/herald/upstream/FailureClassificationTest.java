package dev.herald.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class FailureClassificationTest {

    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private final Answers answers = new Answers(new ObjectMapper());

    @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', value = {
            "401 | {\"message\":\"unauthorized\"}                                                      | AUTH        | UNAUTHORIZED",
            "403 | {\"message\":\"ip-restricted\",\"error\":{\"message\":\"ip-restricted\",\"code\":1088}} | AUTH        | FORBIDDEN",
            "429 | {\"message\":\"rate limited\"}                                                      | UNAVAILABLE | RATE_LIMITED",
            "400 | {\"message\":\"bad\",\"error\":{\"message\":\"cannot decode\",\"code\":\"2001\"}}      | REJECTED    | UNDECODABLE",
            "400 | {\"message\":\"bad\",\"error\":{\"message\":\"phone_number invalid\",\"code\":\"2002\"}} | REJECTED   | INVALID",
            "400 | {\"message\":\"bad\",\"error\":{\"message\":\"There is no active provider.\",\"code\":\"2003\"}} | UNAVAILABLE | PROVIDER_FAILURE",
            "400 | {\"error\":{\"code\":2003}}                                                          | UNAVAILABLE | PROVIDER_FAILURE",
            "400 | {\"error\":{\"code\":\"2018\"}}                                                      | UNAVAILABLE | MEDIA_FAILURE",
            "400 | {\"error\":{\"code\":\"INVALID_FILE\"}}                                              | REJECTED    | INVALID_FILE",
            "400 | {\"error\":{\"code\":\"9999\"}}                                                      | REJECTED    | CLIENT_ERROR",
            "400 | not json at all                                                                     | REJECTED    | CLIENT_ERROR",
            "404 | ''                                                                                  | REJECTED    | CLIENT_ERROR",
            "503 | ''                                                                                  | UNAVAILABLE | MAINTENANCE",
            "500 | {\"message\":\"boom\"}                                                              | UNAVAILABLE | SERVER_ERROR",
            "502 | <html>bad gateway</html>                                                            | UNAVAILABLE | SERVER_ERROR",
            "302 | ''                                                                                  | UNAVAILABLE | UNEXPECTED" })
    void classifiesProviderAnswers(int status, String body, UpstreamFailure expected, String rule) {
        SendResult result = answers.interpret(status, body, null, NOW);
        SendResult.Failed failed = assertInstanceOf(SendResult.Failed.class, result);
        assertEquals(expected, failed.failure());
        assertEquals(rule, failed.rule());
        assertEquals(status, failed.status());
        assertEquals(expected == UpstreamFailure.UNAVAILABLE, failed.retryAfter() != null);
    }

    @Test
    void keepsProviderCodeAndMessageOfARejection() {
        SendResult.Failed failed = (SendResult.Failed) answers.interpret(400,
                "{\"message\":\"validation\",\"error\":{\"message\":\"phone_number is invalid\",\"code\":\"2002\"}}",
                null, NOW);
        assertEquals("2002", failed.providerCode());
        assertEquals("provider answered 400 (code 2002): phone_number is invalid", failed.detail());
        assertEquals(UpstreamFailure.REJECTED.code(), failed.failure().code());
        assertNull(failed.retryAfter());
    }

    @Test
    void parsesNumericProviderCode() {
        SendResult.Failed failed = (SendResult.Failed) answers.interpret(403,
                "{\"message\":\"ip-restricted\",\"error\":{\"message\":\"ip-restricted\",\"code\":1088}}", null, NOW);
        assertEquals("1088", failed.providerCode());
    }

    @Test
    void acceptedAnswerGivesKeysInOrder() {
        SendResult result = answers.interpret(200, "{\"keys\":[\"whatsapp-a\",\"whatsapp-b\"]}", null, NOW);
        assertEquals(new SendResult.Accepted(List.of("whatsapp-a", "whatsapp-b")), result);
    }

    @Test
    void retryAfterHonoursSecondsHeader() {
        SendResult.Failed failed = (SendResult.Failed) answers.interpret(429, "{\"message\":\"rate limited\"}", "7",
                NOW);
        assertEquals(Duration.ofSeconds(7), failed.retryAfter());
    }

    @Test
    void retryAfterHonoursHttpDateHeader() {
        assertEquals(Duration.ofSeconds(30), Answers.retryAfter("Wed, 01 Jan 2025 12:00:30 GMT", NOW));
    }

    @Test
    void retryAfterDefaultsToOneSecondWhenAbsentOrUnreadable() {
        assertEquals(Duration.ofSeconds(1), Answers.retryAfter(null, NOW));
        assertEquals(Duration.ofSeconds(1), Answers.retryAfter("soon", NOW));
        assertEquals(Duration.ofSeconds(1), Answers.retryAfter("0", NOW));
    }

    @Test
    void noAnswerIsUnavailable() {
        SendResult.Failed failed = Answers.noAnswer(FailureRule.TIMEOUT, "timed out");
        assertEquals(UpstreamFailure.UNAVAILABLE, failed.failure());
        assertEquals(0, failed.status());
        assertEquals(UpstreamFailure.UNAVAILABLE, UpstreamFailure.classify(0, null));
        assertEquals(Duration.ofSeconds(1), failed.retryAfter());
    }

    @Test
    void noAnswerKindsAreSeparateRows() {
        assertEquals(FailureRule.CONNECTION_REFUSED,
                Answers.noAnswerRule(new RuntimeException(new java.net.ConnectException("Connection refused"))));
        assertEquals(FailureRule.TIMEOUT, Answers
                .noAnswerRule(new RuntimeException(new java.net.http.HttpTimeoutException("request timed out"))));
        assertEquals(FailureRule.CONNECTION_RESET,
                Answers.noAnswerRule(new RuntimeException(new java.io.IOException("Connection reset"))));
    }

    @ParameterizedTest(name = "{0}: retries {1}, may have been accepted {2}")
    @CsvSource({ "TIMEOUT, 0, true", "CONNECTION_REFUSED, 2147483647, false", "CONNECTION_RESET, 0, true",
            "UNAUTHORIZED, 0, false", "FORBIDDEN, 0, false", "RATE_LIMITED, 2147483647, false", "UNDECODABLE, 0, false",
            "INVALID, 0, false", "PROVIDER_FAILURE, 2147483647, false", "MEDIA_FAILURE, 2, false",
            "INVALID_FILE, 0, false", "MAINTENANCE, 2147483647, false", "SERVER_ERROR, 2147483647, false",
            "CLIENT_ERROR, 0, false", "CIRCUIT_OPEN, 0, false", "BULKHEAD_FULL, 2147483647, false",
            "DEADLINE, 0, false", "UNEXPECTED, 0, false" })
    void everyRowSaysWhetherItIsRetried(FailureRule rule, int maxRetries, boolean maybeAccepted) {
        assertEquals(maxRetries, rule.maxRetries());
        assertEquals(maybeAccepted, rule.maybeAccepted());
    }

    @Test
    void retryAfterFromTheProviderIsMarked() {
        SendResult.Failed given = (SendResult.Failed) answers.interpret(429, "{}", "3", NOW);
        SendResult.Failed defaulted = (SendResult.Failed) answers.interpret(503, "", null, NOW);
        assertEquals(true, given.providerRetryAfter());
        assertEquals(false, defaulted.providerRetryAfter());
    }

    @Test
    void httpStatusesOfTheClasses() {
        assertEquals(422, UpstreamFailure.REJECTED.httpStatus());
        assertEquals(502, UpstreamFailure.AUTH.httpStatus());
        assertEquals(503, UpstreamFailure.UNAVAILABLE.httpStatus());
    }
}
