package dev.herald.api;

import java.io.IOException;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.herald.compile.ErrorCode;
import dev.herald.status.CallbackParser;
import dev.herald.status.MalformedCallbackException;
import dev.herald.status.StatusService;

/**
 * {@code POST /callbacks/whatsapp}: the provider's status callbacks, guarded by their own bearer token (not the API
 * keys). Idempotent and quick: a few map operations under one lock, then 200.
 */
@Path("/callbacks/whatsapp")
@Tag(name = "callbacks")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

    private static final String PATH = "/callbacks/whatsapp";
    private static final int MAX_BODY = 1 << 20;

    private final StatusService status;
    private final CallbackAuth auth;
    private final ObjectMapper mapper;

    CallbackResource(StatusService status, CallbackAuth auth, ObjectMapper mapper) {
        this.status = status;
        this.auth = auth;
        this.mapper = mapper;
    }

    @POST
    @Operation(summary = "Status callback", description = "Accepted, error and status events of the provider (bare or "
            + "in Meta's entry[].changes[].value.statuses[] nesting), correlated by key. Idempotent.")
    @APIResponse(responseCode = "200", description = "Recorded (or already known, or kept until the send is recorded)")
    @APIResponse(responseCode = "400", description = "MALFORMED_CALLBACK")
    @APIResponse(responseCode = "401", description = "CALLBACK_UNAUTHENTICATED")
    public Response callback(@HeaderParam("Authorization") String authorization, byte[] body) {
        if (!auth.allows(authorization)) {
            status.refused();
            return problem(Problem.of(ErrorCode.CALLBACK_UNAUTHENTICATED, 401,
                    "the callback token is missing or wrong: send Authorization: Bearer <herald.callbacks.token>",
                    PATH));
        }
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            return malformed(body == null || body.length == 0 ? "the body is empty" : "the body is larger than 1 MiB");
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (IOException e) {
            return malformed("the body is not JSON");
        }
        try {
            CallbackParser.Parsed parsed = status.callback(json);
            return Response.ok(Map.of("updates", parsed.updates().size())).build();
        } catch (MalformedCallbackException e) {
            return malformed(e.getMessage());
        }
    }

    private static Response malformed(String detail) {
        return problem(Problem.of(ErrorCode.MALFORMED_CALLBACK, 400, detail, PATH));
    }

    private static Response problem(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
