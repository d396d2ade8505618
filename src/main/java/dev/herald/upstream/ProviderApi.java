package dev.herald.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The provider's send endpoints, relative to the base URL. Bodies go out as already serialised JSON and answers come
 * back as raw {@link Response}s (the default exception mapper is disabled) so that {@link UpstreamClient} classifies
 * every status itself. Built programmatically: the base URL comes from configuration or from the sandbox port.
 */
@RegisterRestClient
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ProviderApi {

    /** v1: key auth. */
    @POST
    @Path("/v1/send")
    Response sendV1(@HeaderParam("X-INS-AUTH-KEY") String key, String body);

    /** v2: bearer token. */
    @POST
    @Path("/v2/transactional/messages/send")
    Response sendV2(@HeaderParam("Authorization") String bearer, String body);
}
