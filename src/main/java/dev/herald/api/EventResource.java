package dev.herald.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /events/{trigger}} and its preview. The body is read raw so that size and syntax are ours to judge. */
@Path("/events/{trigger}")
@Tag(name = "events")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventService events;

    EventResource(EventService events) {
        this.events = events;
    }

    @POST
    @Operation(summary = "Fire an event", description = "Resolves every notification of the trigger for this event "
            + "and delivers the messages; answers once the provider accepted them or refused for good.")
    @APIResponse(responseCode = "200", description = "Every notification sent or skipped")
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON")
    @APIResponse(responseCode = "404", description = "UNKNOWN_TRIGGER")
    @APIResponse(responseCode = "413", description = "BODY_TOO_LARGE")
    @APIResponse(responseCode = "422", description = "UNRESOLVABLE_EVENT (nothing sent) or UPSTREAM_REJECTED")
    @APIResponse(responseCode = "502", description = "UPSTREAM_AUTH")
    @APIResponse(responseCode = "503", description = "UPSTREAM_UNAVAILABLE, with Retry-After")
    public EventAnswer fire(@PathParam("trigger") String trigger, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri, byte[] body) {
        return events.fire(trigger, body, idempotencyKey, uri.getPath());
    }

    @POST
    @Path("/preview")
    @Operation(summary = "Preview an event", description = "The same resolution, nothing sent: per notification "
            + "whether it matched, the language, each expression's value and the exact upstream request body.")
    @APIResponse(responseCode = "200", description = "What each notification would send")
    @APIResponse(responseCode = "400", description = "MALFORMED_JSON")
    @APIResponse(responseCode = "404", description = "UNKNOWN_TRIGGER")
    @APIResponse(responseCode = "413", description = "BODY_TOO_LARGE")
    public PreviewAnswer preview(@PathParam("trigger") String trigger, @Context UriInfo uri, byte[] body) {
        return events.preview(trigger, body, uri.getPath());
    }
}
