package dev.herald.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * During an end-to-end run (v2 with OAuth tokens, sends, a failure, replays, once_per, debug logging on) no log line
 * holds a credential or an unmasked phone number.
 */
@QuarkusTest
@TestProfile(IdempotencyApiTest.Profile.class)
class LogHygieneTest {

    static final List<String> CREDENTIALS = List.of("sandbox-key", "sandbox-secret");
    static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]{8,}");
    static final Pattern ACCESS_TOKEN = Pattern.compile("(?i)access_token\"?\\s*[:=]\\s*\"?[A-Za-z0-9._~+/=-]{8,}");
    /** An E.164 number written out: a masked one ({@code +90555*****43}) has at most 5 digits after the plus. */
    static final Pattern PHONE = Pattern.compile("\\+\\d{7,15}");

    /** Collects every record, with its formatted message and stack trace. */
    static final class Capture extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " " + message);
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void noLogLineHoldsACredentialOrAnUnmaskedPhoneNumber() {
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String key = "log-" + UUID.randomUUID();
            IdempotencyApiTest.post("greet", key, IdempotencyApiTest.greet("Ali")).then().statusCode(200);
            IdempotencyApiTest.post("greet", key, IdempotencyApiTest.greet("Ali")).then().statusCode(200);
            IdempotencyApiTest.post("greet", null, "{\"phone\": \"+905551234543\"}").then().statusCode(422);
            IdempotencyApiTest.post("greet", null, "{\"phone\": \"12345678\", \"name\": \"x\"}").then().statusCode(422);
            String customer = "cus-" + UUID.randomUUID();
            IdempotencyApiTest.post("signup", null, IdempotencyApiTest.signup(customer)).then().statusCode(200);
            IdempotencyApiTest.post("signup", null, IdempotencyApiTest.signup(customer)).then().statusCode(200);
            IdempotencyApiTest.post("order.paid", newKey(), "{\"phone\": \"+905551234543\", \"order\": \"ORD-1\"}")
                    .then().statusCode(200);
        } finally {
            root.removeHandler(capture);
        }

        assertTrue(capture.lines.stream().anyMatch(l -> l.contains("Event greet")), "event lines were captured");
        assertTrue(capture.lines.stream().anyMatch(l -> l.contains("Replaying")), "debug lines were captured");
        for (String line : capture.lines) {
            for (String credential : CREDENTIALS) {
                assertFalse(line.contains(credential), () -> "a credential in the log: " + line);
            }
            assertNoMatch(BEARER, line, "a bearer token");
            assertNoMatch(ACCESS_TOKEN, line, "an access token");
            assertNoMatch(PHONE, line, "an unmasked phone number");
        }
    }

    private static String newKey() {
        return "log-" + UUID.randomUUID();
    }

    private static void assertNoMatch(Pattern pattern, String line, String what) {
        Matcher matcher = pattern.matcher(line);
        assertFalse(matcher.find(), () -> what + " in the log: " + line);
    }
}
