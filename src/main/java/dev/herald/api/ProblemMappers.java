package dev.herald.api;

import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.herald.compile.DefinitionsException;
import dev.herald.compile.ErrorCode;

/**
 * Turns every failure into an RFC 9457 problem: Herald's own {@link ApiProblem}s, the framework's HTTP errors (unknown
 * path, wrong method, unsupported media type), Jackson input errors (400, never a 5xx), and anything unexpected (500
 * INTERNAL, details only in the server log under an incident id).
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response apiProblem(ApiProblem e) {
        Response.ResponseBuilder response = respond(e.problem());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String code = switch (status) {
        case 404 -> ErrorCode.NOT_FOUND.name();
        case 405 -> ErrorCode.METHOD_NOT_ALLOWED.name();
        case 406, 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE.name();
        default -> type == null ? "HTTP_" + status : type.name();
        };
        String detail = switch (status) {
        case 404 -> "no resource at " + uri.getPath() + "; see /q/openapi for the API";
        case 405 -> "this method is not allowed on " + uri.getPath();
        case 415 -> "unsupported media type; send application/json";
        default -> title;
        };
        Response.ResponseBuilder response = respond(Problem.of(code, title, status, detail, uri.getPath()));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    @ServerExceptionMapper
    Response jackson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(ErrorCode.MALFORMED_JSON, 400, "the body is not valid JSON for this resource",
                uri.getPath())).build();
    }

    /** Live reload (dev mode): the edited definitions do not compile; every request says why until they do. */
    @ServerExceptionMapper
    Response brokenDefinitions(DefinitionsException e, UriInfo uri) {
        return respond(Problem.of(ErrorCode.INVALID_DEFINITIONS, 500, e.getMessage(), uri.getPath())).build();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s (incident %s)", uri.getPath(), incident);
        return respond(Problem.of(ErrorCode.INTERNAL, 500,
                "an unexpected error occurred; the server log has the details under incident " + incident,
                uri.getPath())).build();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
