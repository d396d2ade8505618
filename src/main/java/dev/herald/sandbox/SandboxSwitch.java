package dev.herald.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers 404 for every path under {@code /sandbox} when {@code herald.sandbox.enabled} is false. */
class SandboxSwitch {

    private final boolean enabled;

    SandboxSwitch(SandboxConfig config) {
        this.enabled = config.enabled();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseWhenDisabled(ContainerRequestContext request) {
        if (enabled) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("/sandbox") || path.startsWith("/sandbox/")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return null;
    }
}
