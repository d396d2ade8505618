package dev.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SIGTERM during steady load against the packaged application (production profile), delivering to a standalone sandbox
 * process whose answers take 400 ms, so that events are in flight when the signal comes. Every request gets an answer,
 * 200 or 503 (SHUTTING_DOWN with Retry-After): no connection is reset, and once the process has gone only new
 * connections are refused. Everything the provider accepted was answered 200 with its key, and nothing else.
 */
class ShutdownIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration SANDBOX_DELAY = Duration.ofMillis(400);
    /** Events per second offered: one every 10 ms. */
    private static final long INTERVAL_MILLIS = 10;

    /** What became of one request. */
    record Answer(long sentAt, int status, String body, String retryAfter, Throwable failure) {
    }

    @Test
    void sigtermDuringLoadAnswersEveryRequestAndRecordsEveryAcceptedMessage() throws Exception {
        try (RunningApp sandbox = RunningApp.start(List.of("-Dquarkus.profile=sandbox"), Map.of());
                RunningApp herald = RunningApp.start(
                        List.of("-Dherald.upstream.mode=sandbox",
                                "-Dherald.upstream.base-url=http://localhost:" + sandboxPort(sandbox) + "/sandbox"),
                        Map.of())) {
            String fault = "{\"fault\":\"slow\",\"delay_ms\":" + SANDBOX_DELAY.toMillis() + ",\"share\":1}";
            assertEquals(201, sandbox.post("/sandbox/admin/faults", fault).statusCode());

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            ConcurrentLinkedQueue<CompletableFuture<Answer>> answers = new ConcurrentLinkedQueue<>();
            Router router = new Router(herald);
            long start = System.nanoTime();
            long sigtermAt = 0;
            for (int i = 0; i < 100_000 && router.routes(); i++) {
                long now = System.nanoTime();
                if (sigtermAt == 0 && now - start > TimeUnit.MILLISECONDS.toNanos(1500)) {
                    sigtermAt = now;
                    herald.process().destroy();
                    router.start();
                }
                answers.add(fire(client, herald, i));
                Thread.sleep(INTERVAL_MILLIS);
            }
            long routedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigtermAt);
            assertTrue(herald.process().waitFor(30, TimeUnit.SECONDS), "still running 30 s after SIGTERM");
            long shutdownMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigtermAt);
            int exit = herald.process().exitValue();
            List<Answer> all = new ArrayList<>();
            for (CompletableFuture<Answer> answer : answers) {
                all.add(answer.get(30, TimeUnit.SECONDS));
            }

            Set<String> answeredKeys = new HashSet<>();
            int ok = 0;
            int refused = 0;
            List<String> wrong = new ArrayList<>();
            for (Answer answer : all) {
                if (answer.failure() != null) {
                    wrong.add("no answer: " + answer.failure());
                } else if (answer.status() == 200) {
                    ok++;
                    MAPPER.readTree(answer.body()).path("notifications")
                            .forEach(n -> n.path("keys").forEach(k -> answeredKeys.add(k.asText())));
                } else if (answer.status() == 503 && answer.body().contains("\"code\":\"SHUTTING_DOWN\"")
                        && "1".equals(answer.retryAfter())) {
                    refused++;
                } else {
                    wrong.add(answer.status() + " " + answer.body());
                }
            }
            System.out.printf(
                    "SHUTDOWN: %d requests, %d answered 200, %d answered 503 SHUTTING_DOWN; the router "
                            + "stopped sending %d ms after SIGTERM; exit status %d, %d ms from SIGTERM to exit%n",
                    all.size(), ok, refused, routedMillis, exit, shutdownMillis);

            assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), "only 200 or 503 answers");
            assertTrue(ok > 0 && refused > 0, ok + " sent, " + refused + " refused");
            assertTrue(herald.output().contains("Every event in flight has its answer"), herald.output());
            assertTrue(shutdownMillis < 10_000 + 3_000 + 5_000, shutdownMillis + " ms");
            assertEquals(acceptedKeys(sandbox), answeredKeys, "the provider accepted exactly what was answered 200");
        }
    }

    private static int sandboxPort(RunningApp sandbox) {
        return sandbox.port();
    }

    private static CompletableFuture<Answer> fire(HttpClient client, RunningApp herald, int i) {
        String phone = "+9055500" + String.format("%05d", i);
        String event = "{\"customer\": {\"id\": \"c-" + i + "\", \"phone\": \"" + phone + "\", \"first_name\": \"A\"}}";
        HttpRequest request = HttpRequest.newBuilder(herald.uri("/events/customer.registered"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build();
        long sentAt = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> failure != null ? new Answer(sentAt, 0, null, null, failure)
                        : new Answer(sentAt, response.statusCode(), response.body(),
                                response.headers().firstValue("Retry-After").orElse(null), null));
    }

    /**
     * Routes to the replica until its readiness reports DOWN (or it has gone), checking every 200 ms from its start
     * (SIGTERM) on, so that the requests of the first 200 ms meet the shutting-down replica.
     */
    private static final class Router {

        private final RunningApp replica;
        private volatile boolean routes = true;

        Router(RunningApp replica) {
            this.replica = replica;
        }

        boolean routes() {
            return routes;
        }

        void start() {
            Thread poller = new Thread(() -> {
                while (routes) {
                    try {
                        Thread.sleep(200);
                        if (replica.get("/q/health/ready").statusCode() != 200) {
                            routes = false;
                        }
                    } catch (IOException gone) {
                        routes = false;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "router-readiness");
            poller.setDaemon(true);
            poller.start();
        }
    }

    private static Set<String> acceptedKeys(RunningApp sandbox) throws IOException, InterruptedException {
        JsonNode requests = MAPPER.readTree(sandbox.get("/sandbox/requests").body());
        Set<String> keys = new HashSet<>();
        for (JsonNode request : requests) {
            if (request.path("status").asInt() == 200) {
                request.path("keys").forEach(k -> keys.add(k.asText()));
            }
        }
        return Collections.unmodifiableSet(keys);
    }
}
