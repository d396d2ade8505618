package dev.herald.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.herald.compile.ErrorCode;
import dev.herald.config.HeraldConfig;

/**
 * Guards {@code /events}, {@code /definitions}, {@code /preview} and {@code /messages}: 404 when this process runs the
 * sandbox alone; with {@code herald.api.keys} set, no key is 401 UNAUTHENTICATED and an unknown key 403 FORBIDDEN. Keys
 * are compared in constant time and never logged.
 */
class ApiKeyFilter {

    static final String HEADER = "X-API-Key";

    private final List<byte[]> keys;
    private final boolean engineEnabled;

    ApiKeyFilter(HeraldConfig config) {
        this.engineEnabled = config.engineEnabled();
        this.keys = config.api().keys().orElse(Set.of()).stream().filter(key -> !key.isBlank())
                .map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @ServerRequestFilter
    Optional<Response> checkApiKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean engineApi = path.startsWith("/events") || path.startsWith("/definitions") || path.startsWith("/preview")
                || path.startsWith("/messages");
        if (engineApi && !engineEnabled) {
            return Optional.of(refuse(Problem.of(ErrorCode.NOT_FOUND, 404,
                    "this process runs the sandbox only (herald.engine.enabled=false)", path)));
        }
        if (keys.isEmpty() || !engineApi) {
            return Optional.empty();
        }
        String presented = presented(request);
        if (presented == null) {
            return Optional.of(refuse(Problem.of(ErrorCode.UNAUTHENTICATED, 401,
                    "send your API key in the " + HEADER + " header (or Authorization: Bearer <key>)", path)));
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            known |= MessageDigest.isEqual(key, candidate);
        }
        return known ? Optional.empty()
                : Optional.of(refuse(Problem.of(ErrorCode.FORBIDDEN, 403, "this API key is not allowed", path)));
    }

    private static String presented(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key != null && !key.isBlank()) {
            return key.trim();
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    private static Response refuse(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
