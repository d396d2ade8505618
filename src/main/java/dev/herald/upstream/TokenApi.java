package dev.herald.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The OAuth 2.0 token endpoint (client credentials, {@code client_secret_basic}); its base URI is the full token URL.
 */
@RegisterRestClient
interface TokenApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(@HeaderParam("Authorization") String basic, @FormParam("grant_type") String grantType);
}
