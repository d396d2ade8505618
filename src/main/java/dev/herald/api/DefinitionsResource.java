package dev.herald.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.herald.config.EngineHolder;
import dev.herald.resolve.DefinitionInfo;

/** {@code GET /definitions}: the compiled notifications. */
@Path("/definitions")
@Tag(name = "definitions")
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionsResource {

    /** The body of {@code GET /definitions}. */
    record Definitions(List<DefinitionInfo> notifications) {
    }

    private final EngineHolder engines;

    DefinitionsResource(EngineHolder engines) {
        this.engines = engines;
    }

    @GET
    @Operation(summary = "List the compiled notifications", description = "Name, trigger, kind, template, languages and source file:line of every notification.")
    @APIResponse(responseCode = "200", description = "The compiled notifications, in file and written order")
    public Definitions list() {
        return new Definitions(engines.engine().definitions());
    }
}
