package dev.herald.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.herald.config.HeraldConfig;
import dev.herald.config.UpstreamMode;

/**
 * Whether this process serves the emulator under {@code /sandbox}: {@code herald.sandbox.enabled} when it is set, else
 * exactly when {@code herald.upstream.mode=sandbox} (so the production profile serves it only when asked to deliver to
 * it). Every path under {@code /sandbox} answers 404 when it is not served. Public because startup checks that a
 * sandbox upstream has a sandbox to deliver to.
 */
public class SandboxSwitch {

    private final boolean served;

    SandboxSwitch(SandboxConfig config, HeraldConfig herald) {
        this.served = config.enabled()
                .orElse(herald.upstream().mode().filter(mode -> mode == UpstreamMode.SANDBOX).isPresent());
    }

    /** True when the emulator's endpoints are served by this process. */
    public boolean served() {
        return served;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseWhenDisabled(ContainerRequestContext request) {
        if (served) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("/sandbox") || path.startsWith("/sandbox/")) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return null;
    }
}
