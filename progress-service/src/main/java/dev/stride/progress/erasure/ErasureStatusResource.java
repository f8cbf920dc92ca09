package dev.stride.progress.erasure;

import java.sql.SQLException;
import java.util.UUID;

import dev.stride.progress.access.ProgressAccess;
import dev.stride.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code GET /erasures/{requestId}}: which services have confirmed an erasure, for the athlete and the platform. */
@Path("/erasures/{requestId}")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureStatusResource {
    private final Erasures erasures;
    private final ProgressAccess access;
    private final SecurityIdentity identity;

    ErasureStatusResource(Erasures erasures, ProgressAccess access, SecurityIdentity identity) {
        this.erasures = erasures;
        this.access = access;
        this.identity = identity;
    }

    /** 404 alike for a request that does not exist and one of another athlete. */
    @GET
    @Authenticated
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.ACCOUNT_SCOPE)
    public ErasureStatus status(@PathParam("requestId") String requestId) throws SQLException {
        UUID id;
        try {
            id = UUID.fromString(requestId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Erasure request", requestId);
        }
        return erasures.status(id).filter(status -> access.mayManageAccount(identity, status.athleteId()))
                .orElseThrow(() -> ProblemException.notFound("Erasure request", requestId));
    }
}
