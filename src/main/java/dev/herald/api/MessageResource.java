package dev.herald.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.herald.compile.ErrorCode;
import dev.herald.status.StatusService;

/** {@code GET /messages/{key}} and {@code GET /messages?event_id=…}: what happened to the messages Herald sent. */
@Path("/messages")
@Tag(name = "messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final StatusService status;

    MessageResource(StatusService status) {
        this.status = status;
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One message", description = "Event, notification, masked recipient, current status, history")
    @APIResponse(responseCode = "404", description = "UNKNOWN_MESSAGE")
    public MessageAnswer message(@PathParam("key") String key) {
        return status.find(key).map(MessageAnswer::of).orElseThrow(() -> new ApiProblem(
                Problem.of(ErrorCode.UNKNOWN_MESSAGE, 404, "no message \"" + key + "\"", "/messages/" + key)));
    }

    @GET
    @Operation(summary = "The messages of one event")
    @APIResponse(responseCode = "400", description = "MISSING_PARAMETER")
    public List<MessageAnswer> byEvent(@QueryParam("event_id") String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw new ApiProblem(
                    Problem.of(ErrorCode.MISSING_PARAMETER, 400, "GET /messages needs ?event_id=…", "/messages"));
        }
        return status.byEvent(eventId).stream().map(MessageAnswer::of).toList();
    }
}
