package dev.herald.sandbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Controls the emulator under {@code /sandbox/admin}: fault rules ({@code POST}, {@code GET}, {@code DELETE}
 * {@code /faults}) and request counts ({@code GET}, {@code DELETE} {@code /stats}). Not part of the provider's API.
 */
@Path("/sandbox/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
class SandboxAdminResource {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Sandbox sandbox;
    private final FaultRules faults;

    SandboxAdminResource(Sandbox sandbox, FaultRules faults) {
        this.sandbox = sandbox;
        this.faults = faults;
    }

    /**
     * Queues a rule behind the active ones: 201 with the rule as listed (with its {@code id}), or 400
     * {@code {"message":"invalid fault rule","problems":[...]}}.
     */
    @POST
    @Path("/faults")
    public Response addFault(String body) {
        JsonNode rule;
        try {
            rule = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return invalid(new InvalidFaultRule(java.util.List.of("the body is not JSON: " + e.getOriginalMessage())));
        }
        try {
            return Response.status(201).entity(faults.add(FaultRule.fromJson(rule))).build();
        } catch (InvalidFaultRule invalid) {
            return invalid(invalid);
        }
    }

    /**
     * The active rules in order, each with {@code id}, its keys, {@code remaining} (count rules) and {@code applied}.
     */
    @GET
    @Path("/faults")
    public Response faults() {
        return Response.ok(faults.toJson()).build();
    }

    @DELETE
    @Path("/faults")
    public Response clearFaults() {
        faults.clear();
        return Response.noContent().build();
    }

    /** Send request counts, of both APIs or of {@code ?api=v1|v2}. */
    @GET
    @Path("/stats")
    public Response stats(@QueryParam("api") String api) {
        if (api == null) {
            return Response.ok(sandbox.stats(null)).build();
        }
        for (ApiVersion version : ApiVersion.values()) {
            if (version.wireName().equals(api)) {
                return Response.ok(sandbox.stats(version)).build();
            }
        }
        return Response.status(400).entity(message("api must be v1 or v2, was \"" + api + "\"")).build();
    }

    @DELETE
    @Path("/stats")
    public Response clearStats() {
        sandbox.clearStats();
        return Response.noContent().build();
    }

    private static Response invalid(InvalidFaultRule invalid) {
        ObjectNode body = message("invalid fault rule");
        invalid.problems().forEach(body.putArray("problems")::add);
        return Response.status(400).entity(body).build();
    }

    private static ObjectNode message(String text) {
        return JsonNodeFactory.instance.objectNode().put("message", text);
    }
}
