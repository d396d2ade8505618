package dev.herald.sandbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * The provider's HTTP surface under {@code /sandbox}. Bodies are read as raw text so that undecodable JSON reaches the
 * emulator's own 2001 answer instead of a framework error. The emulator runs on a worker thread; a delayed answer is
 * written later by a timer, so neither the event loop nor a worker waits; a dropped answer closes the connection.
 */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
class SandboxResource {

    static final String AUTH_KEY_HEADER = "X-INS-AUTH-KEY";

    private final Sandbox sandbox;

    SandboxResource(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @POST
    @Path("/v1/send")
    @Blocking
    public Uni<Response> sendV1(@HeaderParam(AUTH_KEY_HEADER) String authKey, String body,
            @Context HttpServerRequest request) {
        return http(sandbox.sendV1(authKey, body), request);
    }

    @POST
    @Path("/v2/transactional/messages/send")
    @Blocking
    public Uni<Response> sendV2(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body,
            @Context HttpServerRequest request) {
        return http(sandbox.sendV2(authorization, body), request);
    }

    @POST
    @Path("/oauth2/token")
    @Blocking
    public Uni<Response> token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body,
            @Context HttpServerRequest request) {
        return http(sandbox.token(authorization, body), request);
    }

    @GET
    @Path("/requests")
    public Response requests(@QueryParam("limit") Integer limit) {
        if (limit != null && limit < 0) {
            return Response.status(400)
                    .entity(JsonNodeFactory.instance.objectNode().put("message", "limit must not be negative")).build();
        }
        return Response.ok(Sandbox.toJson(limit == null ? sandbox.requests() : sandbox.requests(limit))).build();
    }

    @DELETE
    @Path("/requests")
    public Response clearRequests() {
        sandbox.clearRequests();
        return Response.noContent().build();
    }

    /** The answer after its delay; a dropped answer closes the connection and never completes. */
    private static Uni<Response> http(SandboxAnswer answer, HttpServerRequest request) {
        Uni<SandboxAnswer> due = Uni.createFrom().item(answer);
        if (!answer.delay().isZero()) {
            due = due.onItem().delayIt().by(answer.delay());
        }
        return due.onItem().transformToUni(ready -> {
            if (ready.dropped()) {
                // the answer is only handed over once the connection is closed, so nothing reaches the client
                return Uni.createFrom().completionStage(() -> request.connection().close().toCompletionStage())
                        .replaceWith(Response.noContent().build());
            }
            return Uni.createFrom().item(response(ready));
        });
    }

    private static Response response(SandboxAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach(response::header);
        if (answer.body() != null) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }
}
