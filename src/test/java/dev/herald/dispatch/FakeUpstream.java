package dev.herald.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted provider on a loopback port: answers sends from a queue of one-shot replies, then from a fallback
 * (default: accept, one key per message); counts every request, per wall-clock second too; issues OAuth tokens.
 */
public final class FakeUpstream implements AutoCloseable {

    /** One answer; {@code drop} closes the connection without an answer. */
    public record Reply(int status, String body, String retryAfter, long delayMillis, boolean drop) {
        public static Reply of(int status, String body) {
            return new Reply(status, body, null, 0, false);
        }

        public Reply after(long millis) {
            return new Reply(status, body, retryAfter, millis, drop);
        }

        public Reply retryAfter(String value) {
            return new Reply(status, body, value, delayMillis, drop);
        }

        public static Reply dropConnection() {
            return new Reply(0, null, null, 0, true);
        }
    }

    /** One received send request; {@code keys} are what the fake answered (empty when refused). */
    public record Received(String path, String auth, JsonNode body, long atMillis, int status, List<String> keys) {
        public List<String> phones() {
            List<String> phones = new ArrayList<>();
            body.path("messages").forEach(m -> phones
                    .add(m.has("phone_number") ? m.path("phone_number").asText() : m.path("phoneNumber").asText()));
            return phones;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    public static final Function<JsonNode, Reply> ACCEPT = body -> null;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(64);
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private volatile Function<JsonNode, Reply> fallback = ACCEPT;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();

    private FakeUpstream(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(executor);
        server.createContext("/oauth2/token", this::token);
        server.createContext("/v1/send", this::send);
        server.createContext("/v2/transactional/messages/send", this::send);
        server.start();
    }

    public static FakeUpstream start() throws IOException {
        return new FakeUpstream(0);
    }

    public static FakeUpstream start(int port) throws IOException {
        return new FakeUpstream(port);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** One-shot replies, used in order before the fallback. */
    public FakeUpstream then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply for every request once the script is used up; {@code null} from it means accept. */
    public FakeUpstream otherwise(Function<JsonNode, Reply> answer) {
        fallback = answer;
        return this;
    }

    public synchronized void reset() {
        script.clear();
        fallback = ACCEPT;
        received.clear();
        tokens.set(0);
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public int requests() {
        return received().size();
    }

    public int tokenRequests() {
        return tokens.get();
    }

    /** Send requests per wall-clock second (epoch second to count). */
    public Map<Long, Integer> perSecond() {
        Map<Long, Integer> counts = new TreeMap<>();
        received().forEach(r -> counts.merge(r.atMillis() / 1000, 1, Integer::sum));
        return counts;
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        int n = tokens.incrementAndGet();
        respond(exchange, 200, "{\"access_token\":\"tok-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
                null);
    }

    private void send(HttpExchange exchange) throws IOException {
        long at = System.currentTimeMillis();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String auth = exchange.getRequestHeaders()
                .getFirst(exchange.getRequestURI().getPath().startsWith("/v1") ? "X-INS-AUTH-KEY" : "Authorization");
        Reply reply = script.poll();
        if (reply == null) {
            reply = fallback.apply(body);
        }
        List<String> given = new ArrayList<>();
        if (reply == null || reply.status() / 100 == 2) {
            body.path("messages").forEach(m -> given.add("whatsapp-" + keys.incrementAndGet()));
        }
        synchronized (this) {
            received.add(new Received(exchange.getRequestURI().getPath(), auth, body, at,
                    reply == null ? 200 : reply.status(), List.copyOf(given)));
        }
        if (reply != null && reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reply != null && reply.drop()) {
            exchange.close();
            return;
        }
        if (reply == null || reply.status() / 100 == 2) {
            respond(exchange, 200, JSON.writeValueAsString(Map.of("keys", given)), null);
        } else {
            respond(exchange, reply.status(), reply.body(), reply.retryAfter());
        }
    }

    private static void respond(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
