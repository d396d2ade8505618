package dev.herald.bench;

import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * What a naive notification service does: every {@code POST /events/{trigger}} becomes exactly one upstream request
 * with the body unchanged (the caller already sends the provider's v1 request), and the caller gets the upstream's
 * status and body back. Non-blocking end to end (event loop, Vert.x WebClient): no batching, no pacing, no retries, no
 * resolution or validation.
 */
@Path("/events/{trigger}")
public class ForwardResource {

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "forwarder.upstream-url")
    String upstreamUrl;

    @ConfigProperty(name = "forwarder.api-key")
    String apiKey;

    @ConfigProperty(name = "forwarder.pool-size")
    int poolSize;

    @ConfigProperty(name = "forwarder.timeout-ms")
    long timeoutMs;

    private WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx, new WebClientOptions().setMaxPoolSize(poolSize).setKeepAlive(true)
                .setConnectTimeout((int) timeoutMs));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<Response> forward(@PathParam("trigger") String trigger, byte[] body) {
        return client.postAbs(upstreamUrl).putHeader("X-INS-AUTH-KEY", apiKey)
                .putHeader("Content-Type", "application/json").timeout(timeoutMs).sendBuffer(Buffer.buffer(body))
                .toCompletionStage().thenApply(ForwardResource::answer)
                .exceptionally(failure -> Response.status(503).build());
    }

    private static Response answer(HttpResponse<Buffer> upstream) {
        Response.ResponseBuilder answer = Response.status(upstream.statusCode());
        Buffer body = upstream.body();
        if (body != null) {
            answer.entity(body.getBytes());
            String type = upstream.getHeader("Content-Type");
            if (type != null) {
                answer.type(type);
            }
        }
        return answer.build();
    }
}
