package dev.stride.progress.erasure;

import java.net.URI;
import java.sql.SQLException;

import dev.stride.progress.access.ProgressAccess;
import dev.stride.progress.athlete.AthleteIds;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code DELETE /athletes/{id}}: forget the athlete in every service; 202 and the status resource in Location. */
@Path("/athletes/{athleteId}")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {
    private final Erasures erasures;

    ErasureResource(Erasures erasures) {
        this.erasures = erasures;
    }

    @DELETE
    @PermissionsAllowed(ProgressAccess.MANAGE_ACCOUNT)
    @SecurityRequirement(name = "stride", scopes = ProgressAccess.ACCOUNT_SCOPE)
    public Response erase(@PathParam("athleteId") String athleteId) throws SQLException {
        ErasureStatus status = erasures.request(AthleteIds.checkedPath(athleteId));
        return Response.accepted(status).location(URI.create("/erasures/" + status.requestId())).build();
    }
}
