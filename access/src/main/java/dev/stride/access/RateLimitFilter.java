package dev.stride.access;

import dev.stride.problem.ProblemException;
import dev.stride.problem.ProblemMappers;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Per-client rate limits on the API endpoints of an authenticated caller: past the budget, 429
 * problem details with {@code Retry-After}; the answers carry the IETF {@code RateLimit-Policy}
 * and {@code RateLimit} fields (draft-ietf-httpapi-ratelimit-headers). Anonymous requests are not
 * counted: every door but the signed webhooks refuses them with 401 first. Role checks
 * ({@code @RolesAllowed}) run before this filter, so their 403s are neither counted nor fielded.
 */
public class RateLimitFilter {
    static final String POLICY = "per-client";
    private static final String USE = RateLimitFilter.class.getName();

    private final CurrentIdentityAssociation identities;
    private final RateLimits limits;
    private final RequestBudgets budgets = new RequestBudgets(System::nanoTime);

    RateLimitFilter(CurrentIdentityAssociation identities, RateLimits limits) {
        this.identities = identities;
        this.limits = limits;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> limit(ContainerRequestContext request, UriInfo uri) {
        if (!limits.enabled()) {
            return Uni.createFrom().nullItem();
        }
        // A token that does not verify is not counted here: the endpoint's own check refuses it (401), and
        // a door that needs none (the signed webhooks) goes on whatever Authorization header it was sent.
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return null;
            }
            Caller caller = Caller.of(identity);
            RequestBudgets.Use use = budgets.take(caller.client() + "/" + caller.subject(),
                    limits.requestsOf(caller.client()), limits.window());
            request.setProperty(USE, use);
            return use.allowed() ? null : tooMany(use, uri);
        });
    }

    @ServerResponseFilter
    public void fields(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(USE) instanceof RequestBudgets.Use use) {
            response.getHeaders().putSingle("RateLimit-Policy", policy(use));
            response.getHeaders().putSingle("RateLimit", "\"" + POLICY + "\";r=" + use.remaining() + ";t=" + use.resetSeconds());
        }
    }

    private static Response tooMany(RequestBudgets.Use use, UriInfo uri) {
        ProblemException problem = new ProblemException(429, "rate-limited", "Too Many Requests",
                "This client has used its " + use.limit() + " requests of " + use.windowSeconds()
                        + " s; retry after " + use.resetSeconds() + " s");
        return Response.fromResponse(ProblemMappers.response(problem, uri))
                .header("Retry-After", use.resetSeconds()).build();
    }

    private static String policy(RequestBudgets.Use use) {
        return "\"" + POLICY + "\";q=" + use.limit() + ";w=" + use.windowSeconds();
    }
}
