package dev.stride.access;

import dev.stride.problem.ProblemException;
import dev.stride.problem.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem details, with the RFC 6750 {@code WWW-Authenticate} challenge. The detail
 * never says why a token was refused beyond "invalid": which check failed is logged by quarkus-oidc.
 */
public class AccessProblems {
    static final String CHALLENGE = "Bearer realm=\"stride\"";

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e, UriInfo uri) {
        return challenge(new ProblemException(401, "unauthenticated", "Unauthorized",
                "Send an OAuth 2.0 access token of the stride realm: Authorization: Bearer <token>"), uri, CHALLENGE);
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, UriInfo uri) {
        return challenge(new ProblemException(401, "invalid-token", "Unauthorized",
                "The access token is malformed, expired, not signed by the stride realm's keys, or not issued for this API"),
                uri, CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return challenge(new ProblemException(403, "forbidden", "Forbidden",
                "This token may not do this: it lacks the scope or role, or it acts for another athlete"),
                uri, CHALLENGE + ", error=\"insufficient_scope\"");
    }

    private static Response challenge(ProblemException problem, UriInfo uri, String challenge) {
        return Response.fromResponse(ProblemMappers.response(problem, uri)).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
